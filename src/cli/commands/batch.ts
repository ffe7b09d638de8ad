/**
 * `reviewclock batch`: many applications at once, streamed from a file or stdin.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Option, type Command } from 'commander';
import {
  CalendarRequiredError,
  dueDate,
  InvalidArgumentError,
  type Calendar,
  type DeadlineResult,
  type DeadlineStop,
} from '../../index.js';
import { loadHongKong, readAsOf } from '../deadline.js';
import type { CliContext } from '../context.js';
import { oneLine } from '../errors.js';
import { addCalendarOption, addScheduleOption, calendarFromOptions, readStop, type CommonOptions } from '../options.js';
import { runBatch, type BatchFormat, type BatchInput, type RowEvaluator } from '../batch/runBatch.js';

interface BatchOptions extends CommonOptions {
  readonly format: BatchFormat;
  readonly output?: BatchFormat;
  readonly asOf?: string;
}

const FORMATS: readonly BatchFormat[] = ['ndjson', 'csv'];

/** Registers `batch`. */
export function registerBatchCommand(program: Command, context: CliContext): void {
  const command = program
    .command('batch')
    .summary('due dates for many applications, streamed from NDJSON or CSV')
    .description(
      'Read applications from FILE (or stdin when FILE is absent or "-") and write one result per application, in input\n' +
        'order, as they are computed; memory stays flat for any input size.\n\n' +
        'NDJSON input: one object per line,\n' +
        '  {"policy": "cn.nmpa.drug.ind", "start": "2025-09-26", "stops": [{"from": "2025-10-10", "to": "2025-11-03"}]}\n' +
        '  optional keys: "id" (copied to the result), "asOf" (overrides --as-of), a stop\'s "reason".\n' +
        'CSV input: a header line naming the columns policy,start and optionally id, stops, asOf; a stops cell holds\n' +
        '  FROM..TO ranges separated by ";" (FROM.. for a stop still open), e.g. 2025-10-10..2025-11-03;2025-12-01..\n' +
        '  Fields may be quoted ("a,b", "say ""hi""").\n\n' +
        'Each result carries the input\'s 1-based "line" number, "id", "policy" and "start", then the due date and status,\n' +
        'or "error": {"code", "message"} for a row that failed; the other rows go on. Blank lines are skipped and give\n' +
        'no result. The exit status is 1 when any row failed (after every row has been written), with a summary on stderr.',
    )
    .argument('[file]', 'the input file; stdin when absent or "-"')
    .addOption(new Option('--format <format>', 'input format').choices(FORMATS).default('ndjson'))
    .addOption(new Option('--output <format>', 'output format (default: the input format)').choices(FORMATS))
    .option('--as-of <date>', 'report days elapsed, days left and status as of this date (YYYY-MM-DD)');
  addCalendarOption(command, "the calendar to count on (default: each policy's own)");
  addScheduleOption(command);
  command
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock batch applications.ndjson > due.ndjson
  $ cat applications.ndjson | reviewclock batch --as-of 2025-11-20
  $ reviewclock batch --format csv applications.csv > due.csv
  $ printf '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}\\n' | reviewclock batch`,
    )
    .action(async (file: string | undefined, options: BatchOptions) => {
      const calendar = await calendarFromOptions(options);
      const { evaluate, prepare } = makeEvaluator(options, calendar);
      const input = await openInput(file, context);
      const summary = await runBatch(input, process.stdout, {
        inputFormat: options.format,
        outputFormat: options.output ?? options.format,
        resultColumns: RESULT_COLUMNS,
        evaluate,
        prepare,
        readCsvRow,
      });
      if (summary.failed) {
        context.err(
          `reviewclock: batch: ${summary.failed} of ${summary.rows} rows failed; first at line ${summary.firstFailure?.line}: ` +
            `${oneLine(summary.firstFailure?.message ?? '')}\n`,
        );
        context.exitCode = 1;
      }
    });
}

async function openInput(file: string | undefined, context: CliContext): Promise<Readable> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) context.err('reviewclock: batch: reading applications from stdin, one per line (Ctrl-D to end)\n');
    process.stdin.setEncoding('utf8');
    return process.stdin;
  }
  try {
    const handle = await open(file, 'r');
    return handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 18 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidArgumentError(
      `batch: cannot read ${JSON.stringify(file)}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

function readCsvRow(cells: ReadonlyMap<string, string>): BatchInput {
  const stopsCell = cells.get('stops') ?? '';
  const stops = stopsCell
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((text) => readStop(text, 'stops'));
  const asOf = cells.get('asof') ?? cells.get('as_of') ?? '';
  const id = cells.get('id');
  return {
    policy: cells.get('policy'),
    start: cells.get('start'),
    ...(stops.length && { stops }),
    ...(asOf && { asOf }),
    ...(id && { id }),
  };
}

/** The result fields of a row, in the order written (also the CSV columns). */
export const RESULT_COLUMNS = [
  'due',
  'status',
  'asOf',
  'limit',
  'unit',
  'countedDays',
  'stoppedDays',
  'elapsedDays',
  'remainingDays',
  'consequence',
  'provisional',
  'version',
] as const;

/** The most results kept for rows that repeat (about 300 bytes each). */
const MEMO_LIMIT = 65_536;

/** Thrown by the evaluator when a row needs the Hong Kong calendar loaded first; the engine waits and retries. */
class CalendarNotLoaded {
  constructor(readonly loading: Promise<unknown>) {}
}

/**
 * The evaluator of a batch: `dueDate` for each row, with `--as-of` (a row's own `asOf` wins) and `--calendar`.
 * Policies counted on the Hong Kong calendar get it without `--calendar` (loaded once, on the first such row).
 */
function makeEvaluator(options: BatchOptions, calendar: Calendar | undefined): { evaluate: RowEvaluator; prepare: (error: unknown) => Promise<unknown> | undefined } {
  const asOf = readAsOf(options.asOf);
  let hongKong: Calendar | undefined;
  // Rows without stops repeat: a portfolio has far fewer distinct (policy, start, as-of) triples than rows (a few
  // policies times the working days of a few years). Their results are kept in a bounded map, cleared when full.
  const memo = new Map<string, Record<string, unknown>>();
  const evaluate: RowEvaluator = (input) => {
    const rowAsOf = input.asOf ?? asOf;
    const stops = input.stops;
    const key =
      typeof input.policy === 'string' &&
      typeof input.start === 'string' &&
      (rowAsOf === undefined || typeof rowAsOf === 'string') &&
      (stops === undefined || (Array.isArray(stops) && stops.length === 0))
        ? `${input.policy}\u0000${input.start}\u0000${rowAsOf ?? ''}`
        : undefined;
    if (key !== undefined) {
      const known = memo.get(key);
      if (known !== undefined) return known;
    }
    const fields = evaluateFields(input, rowAsOf);
    if (key !== undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, fields);
    }
    return fields;
  };
  const evaluateFields = (input: BatchInput, rowAsOf: unknown): Record<string, unknown> => {
    const ask = (counted: Calendar | undefined) =>
      dueDate({
        policy: input.policy as string,
        start: input.start as string,
        stops: input.stops as DeadlineStop[] | undefined,
        asOf: rowAsOf as string | undefined,
        calendar: counted,
      });
    let result: DeadlineResult;
    try {
      result = ask(calendar);
    } catch (error) {
      if (calendar !== undefined || !(error instanceof CalendarRequiredError) || error.calendar !== 'HK') throw error;
      if (!hongKong) throw new CalendarNotLoaded(loadHongKong().then((loaded) => (hongKong = loaded)));
      result = ask(hongKong);
    }
    return {
      due: result.due,
      status: result.status,
      asOf: result.asOf,
      limit: result.limit.amount,
      unit: result.limit.unit,
      countedDays: result.countedDays,
      stoppedDays: result.stoppedDays,
      elapsedDays: result.elapsedDays,
      remainingDays: result.remainingDays,
      consequence: result.consequence,
      provisional: result.provisional,
      version: result.policy.version,
    };
  };
  return { evaluate, prepare: (error) => (error instanceof CalendarNotLoaded ? error.loading : undefined) };
}
