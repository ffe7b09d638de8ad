/**
 * `reviewclock batch`: many applications at once, streamed from a file or stdin.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Option, type Command } from 'commander';
import { InvalidArgumentError, InvalidDateError, isPlainDate } from '../../index.js';
import { readAsOf } from '../deadline.js';
import type { BatchFormat } from '../batch/BatchProcessor.js';
import { runParallelBatch } from '../batch/parallel.js';
import { batchSettings, type BatchOptions } from '../batch/settings.js';
import type { CliContext } from '../context.js';
import { EXIT_PROVISIONAL, oneLine } from '../errors.js';
import { storeDirectoryOf } from '../calendars.js';
import { addCalendarOption, addScheduleOption } from '../options.js';

const FORMATS: readonly BatchFormat[] = ['ndjson', 'csv'];

/** Registers `batch`. */
export function registerBatchCommand(program: Command, context: CliContext): void {
  const command = program
    .command('batch')
    .summary('due dates for many applications, streamed from NDJSON or CSV')
    .description(
      'Read applications from FILE (or stdin when FILE is absent or "-") and write one result per application, in input ' +
        'order, as they are computed; memory stays flat for any input size.\n\n' +
        'Each result carries the input\'s 1-based "line" number, "id", "policy" and "start", then the due date, status ' +
        'and counts, or "error": {"code", "message"} for a row that failed; the other rows go on. Blank lines are skipped ' +
        'and give no result. The exit status is 1 when any row failed (after every row has been written), with a summary ' +
        'on stderr; else 3 when a row needs a holiday calendar not yet published (it is then counted on the projection, ' +
        'with "provisional": true and the range of due dates in "dueEarliest" and "dueLatest"; --project makes it 0). On machines with more than two CPUs, large inputs are spread over worker threads (REVIEWCLOCK_BATCH_THREADS=N ' +
        'sets how many; 0 keeps one thread).',
    )
    .argument('[file]', 'the input file; stdin when absent or "-"')
    .addOption(new Option('--format <format>', 'input format').choices(FORMATS).default('ndjson'))
    .addOption(new Option('--output <format>', 'output format (default: the input format)').choices(FORMATS))
    .option('--as-of <date>', 'report days elapsed, days left and status as of this date (YYYY-MM-DD, or "today" in China)')
    .addOption(
      new Option('--stop-day <reading>', "whether the day a clock stops counts as a day of the limit, for every row (default: each policy's reading)").choices([
        'counted',
        'not-counted',
      ]),
    );
  addCalendarOption(command, "the calendar to count on (default: each policy's own)");
  addScheduleOption(command);
  command
    .addHelpText(
      'after',
      `
Input:
  NDJSON, one application per line; "id" is copied to the result, "asOf" overrides --as-of, "stopDayCounts"
  (true or false) overrides --stop-day, and "startEvents" gives the start events of a clock that starts on the
  later of several (cn.nmpa.device.ide: {"acceptance": DATE, "fee-payment": DATE}) instead of "start":
    {"id": "A-1", "policy": "cn.nmpa.drug.ind", "start": "2025-09-26",
     "stops": [{"from": "2025-10-10", "to": "2025-11-03", "reason": "sponsor-supplement"}]}
  In CSV output a text cell beginning with = + - @, a tab or a carriage return gets a leading ' (spreadsheet
  formulas are shown as text, not run). A stop reason the policy does not name fails the row (unknown_stop_reason). "warnings" lists the codes of what
  is legal but doubtful (stop-without-reason, start-is-later-of): an array in NDJSON, ";"-separated in CSV.
  CSV, with a header naming the columns policy and start, and optionally id, stops, asOf; a stops cell holds
  FROM..TO ranges separated by ";" (FROM.. for a stop still open, :reason after a range); fields may be quoted:
    id,policy,start,stops
    A-1,cn.nmpa.drug.ind,2025-09-26,2025-10-10..2025-11-03;2025-12-01..
  A line (NDJSON) or a record (CSV) over 1 MiB fails as one invalid_row on the line it starts; reading goes on
  with the next one (in CSV, after the record's closing quote; a quote never closed makes the rest one record).

Examples:
  $ reviewclock batch applications.ndjson > due.ndjson
  $ cat applications.ndjson | reviewclock batch --as-of 2025-11-20
  $ reviewclock batch --format csv applications.csv > due.csv
  $ printf '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}\\n' | reviewclock batch`,
    )
    .action(async (file: string | undefined, given: BatchOptions) => {
      // --as-of is checked once here (not on every row), and "today" is fixed once for every worker thread.
      const asOf = readAsOf(given.asOf);
      if (asOf !== undefined && !isPlainDate(asOf)) {
        throw new InvalidDateError('batch --as-of', asOf);
      }
      // The store's directory is resolved here, once, for the worker threads too.
      const storeDirectory = storeDirectoryOf(given, context.env);
      const options: BatchOptions = {
        ...given,
        ...(asOf !== undefined && { asOf }),
        ...(storeDirectory === undefined ? { storedSchedules: false } : { storeDirectory }),
      };
      const settings = await batchSettings(options, context.env);
      const input = await openInput(file, context);
      const summary = await runParallelBatch(input.stream, process.stdout, settings, {
        options,
        entry: context.entry,
        threads: readThreads(context.env['REVIEWCLOCK_BATCH_THREADS']),
      });
      if (summary.failed) {
        context.err(
          `reviewclock: batch: ${summary.failed} of ${summary.rows} rows failed; first at line ${summary.firstFailure?.line}: ` +
            `${oneLine(summary.firstFailure?.message ?? '')}\n`,
        );
        context.exitCode = 1;
      } else if (summary.provisional && options.project === undefined) {
        // Rows past the published years were counted on the projection: exact where they can be, provisional due dates.
        context.err(
          `reviewclock: batch: ${summary.provisional} of ${summary.rows} rows are provisional: they depend on a holiday calendar ` +
            'not yet published (see "provisional", "dueEarliest" and "dueLatest"); add the notice with `reviewclock schedule add NOTICE` to make them exact\n',
        );
        context.exitCode = EXIT_PROVISIONAL;
      }
    });
}

async function openInput(file: string | undefined, context: CliContext): Promise<{ stream: Readable; size: number | undefined }> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) context.err('reviewclock: batch: reading applications from stdin, one per line (Ctrl-D to end)\n');
    return { stream: process.stdin, size: undefined };
  }
  try {
    const handle = await open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream({ highWaterMark: 1 << 17 }), size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidArgumentError(
      `batch: cannot read ${JSON.stringify(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`,
    );
  }
}

/** `REVIEWCLOCK_BATCH_THREADS`: how many worker threads at most (0 or 1: none); default: one per CPU but one, up to 8. */
function readThreads(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError(`REVIEWCLOCK_BATCH_THREADS: invalid value ${JSON.stringify(value)}, expected a whole number such as 0 or 4`);
  }
  return Number(value);
}
