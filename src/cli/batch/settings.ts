/**
 * The settings of a batch run, built from the command's options: the evaluator (`dueDate` for each row), the CSV
 * reader and the result columns. Built the same way in the main thread and in every worker thread, from options
 * that can be sent to a worker.
 *
 * @module
 */
import {
  CalendarRequiredError,
  dueDate,
  type Calendar,
  type DeadlineResult,
  type DeadlineStop,
} from '../../index.js';
import { CommandCalendars, type CalendarOptions } from '../calendars.js';
import { readAsOf, readStopDay } from '../deadline.js';
import { readStop } from '../readers.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { answerPastCoverage } from '../provisional.js';
import { RESULT_TEXT, ResultText, type BatchFormat, type BatchInput, type BatchSettings, type RowEvaluator } from './BatchProcessor.js';

/**
 * The options of `reviewclock batch` (plain data: they are sent to worker threads as they are, with the store's
 * directory resolved by the main thread in `storeDirectory`).
 */
export interface BatchOptions extends CalendarOptions {
  readonly format: BatchFormat;
  readonly output?: BatchFormat;
  readonly asOf?: string;
  /** `--stop-day counted|not-counted`: the stop-day reading for every row (default: each policy's own). */
  readonly stopDay?: string;
}

/**
 * The settings for these options: reads the `--schedule` files and the store, and builds the calendar rows count on
 * (`--calendar`, else CN; HK is built on the first row whose policy counts on it).
 */
export async function batchSettings(options: BatchOptions, env: NodeJS.ProcessEnv = process.env): Promise<BatchSettings> {
  const calendars = CommandCalendars.from(options, env);
  // Without --calendar, rows count on their policies' calendars, and a --schedule file for HK extends the HK rows'.
  const calendar = calendars.explicit === undefined ? await calendars.get('CN', null) : await calendars.forCommand();
  const { evaluate, prepare } = makeEvaluator(options, calendar, calendars);
  return {
    inputFormat: options.format,
    outputFormat: options.output ?? options.format,
    resultColumns: RESULT_COLUMNS,
    evaluate,
    prepare,
    readCsvRow,
  };
}

/**
 * A CSV row's application: `policy`, `start`, and optionally `id`, `asOf` and `stops` (FROM..TO ranges separated
 * by `;` or spaces, `FROM..` for a stop still open, each optionally `:reason`).
 */
export function readCsvRow(cells: ReadonlyMap<string, string>): BatchInput {
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

/**
 * The result fields of a row, in the order written, with the names and shapes of `dueDate`'s result: `dueRange`
 * (`{ earliest, latest }` for a provisional due date, else null) and `limit` (`{ amount, unit }`) are objects in
 * NDJSON; a CSV column is the path to a value (`dueRange.earliest`, `limit.amount`). `warnings` holds the codes of
 * the result's warnings (NDJSON: an array, present only when there are some; CSV: separated by `;`, empty when none).
 */
export const RESULT_COLUMNS = [
  'due',
  'dueRange.earliest',
  'dueRange.latest',
  'status',
  'asOf',
  'limit.amount',
  'limit.unit',
  'countedDays',
  'stoppedDays',
  'elapsedDays',
  'remainingDays',
  'remainingOnResume',
  'consequence',
  'provisional',
  'version',
  'warnings',
] as const;

/** The most results kept for rows that repeat (about 300 bytes each). */
const MEMO_LIMIT = 65_536;

/**
 * A text of the form `dddd-dd-dd` as the number ddddddddd (e.g. `2025-09-26` as 20250926), or -1 for any other
 * text: one number per such text, so that it can key the memo (the text is not checked as a date here).
 */
export function dateKey(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}

/** Thrown by the evaluator when a row needs the Hong Kong calendar loaded first; the engine waits and retries. */
class CalendarNotLoaded {
  constructor(readonly loading: Promise<unknown>) {}
}

/**
 * The evaluator of a batch: `dueDate` for each row, with `--as-of` (a row's own `asOf` wins) and `--calendar`.
 * Without `--calendar`, rows count on CN, and policies counted on the Hong Kong calendar get HK (built once, on the
 * first such row), each with the stored schedules, `--schedule` files and `--project` applied.
 */
function makeEvaluator(
  options: BatchOptions,
  calendar: Calendar,
  calendars: CommandCalendars,
): { evaluate: RowEvaluator; prepare: (error: unknown) => Promise<unknown> | undefined } {
  const asOf = readAsOf(options.asOf);
  const stopDayCounts = readStopDay(options.stopDay);
  // --policies: read and checked once per thread (the same array for every row, so the library compiles it once).
  const policies = readTeamPolicies(options.policies);
  let hongKong: Calendar | undefined;
  const projections = new Map<Calendar, Calendar>();
  // Rows without stops repeat: a portfolio has far fewer distinct (policy, start, as-of) triples than rows (a few
  // policies times the working days of a few years). Their results are kept in a bounded map, cleared when full.
  // Keyed by as-of, then policy, then the start as a number (no key string to build and hash for every row).
  // Keyed by the as-of text, or null without one: "asOf": "" is an invalid date, not the absence of one.
  const memo = new Map<string | null, Map<string, Map<number, Record<string, unknown>>>>();
  let memoSize = 0;
  const evaluate: RowEvaluator = (input) => {
    const rowAsOf = input.asOf ?? asOf;
    const stops = input.stops;
    const { policy, start } = input;
    const startKey = typeof start === 'string' ? dateKey(start) : -1;
    if (
      startKey < 0 ||
      input.startEvents !== undefined ||
      input.stopDayCounts !== undefined ||
      typeof policy !== 'string' ||
      (rowAsOf !== undefined && typeof rowAsOf !== 'string') ||
      (stops !== undefined && !(Array.isArray(stops) && stops.length === 0))
    ) {
      return evaluateFields(input, rowAsOf);
    }
    const asOfKey = rowAsOf ?? null;
    let byPolicy = memo.get(asOfKey);
    let byStart = byPolicy?.get(policy);
    const known = byStart?.get(startKey);
    if (known !== undefined) return known;
    const fields = evaluateFields(input, rowAsOf);
    if (memoSize >= MEMO_LIMIT) {
      memo.clear();
      memoSize = 0;
      byPolicy = undefined;
      byStart = undefined;
    }
    if (byPolicy === undefined) memo.set(asOfKey, (byPolicy = new Map()));
    if (byStart === undefined) byPolicy.set(policy, (byStart = new Map()));
    // Shared by every row with the same policy and start: the processor keeps its output text in the slot. (Not
    // frozen: a frozen object's properties are slower to read, and nothing writes to a result.)
    Object.defineProperty(fields, RESULT_TEXT, { value: new ResultText() });
    byStart.set(startKey, fields);
    memoSize++;
    return fields;
  };
  const evaluateFields = (input: BatchInput, rowAsOf: unknown): Record<string, unknown> => {
    const ask = (counted: Calendar) =>
      // Without the trace, which batch discards (same checks, errors and fields: test/property/dueDateTrace.property.test.ts).
      dueDate({
        trace: false,
        policy: input.policy as string,
        start: input.start as string,
        stops: input.stops as DeadlineStop[] | undefined,
        asOf: rowAsOf as string | undefined,
        calendar: counted,
        ...(input.startEvents !== undefined && { startEvents: input.startEvents as Record<string, string> }),
        ...((input.stopDayCounts ?? stopDayCounts) !== undefined && { stopDayCounts: (input.stopDayCounts ?? stopDayCounts) as boolean }),
        ...(policies !== undefined && { policies }),
      });
    // Past the published years (without --project), on the projection: the row is provisional, not an error. Once
    // one row needed the projection, later rows go to it straight away: it answers published days exactly as the
    // calendar does, and spares each row a coverage error first.
    const askOn = (counted: Calendar) => {
      const continued = projections.get(counted);
      if (continued) return ask(continued);
      const answer = answerPastCoverage(calendars, counted, ask);
      if (answer.projected) projections.set(counted, answer.calendar);
      return answer.value;
    };
    let result: DeadlineResult;
    try {
      result = askOn(calendar);
    } catch (error) {
      if (calendars.explicit !== undefined || !(error instanceof CalendarRequiredError) || error.calendar !== 'HK') throw error;
      if (!hongKong) throw new CalendarNotLoaded(calendars.get('HK', null).then((loaded) => (hongKong = loaded)));
      result = askOn(hongKong);
    }
    const fields: Record<string, unknown> = {
      due: result.due,
      dueRange: result.dueRange,
      status: result.status,
      asOf: result.asOf,
      limit: result.limit,
      countedDays: result.countedDays,
      stoppedDays: result.stoppedDays,
      elapsedDays: result.elapsedDays,
      remainingDays: result.remainingDays,
      remainingOnResume: result.remainingOnResume,
      consequence: result.consequence,
      provisional: result.provisional,
      version: result.policy.version,
    };
    // NDJSON rows name what is doubtful about their input (a stop without a reason where reasons matter).
    if (result.warnings.length > 0) fields['warnings'] = result.warnings.map((warning) => warning.code);
    // A row given only startEvents gets the start they give (the later event).
    if (typeof input.start !== 'string') fields['start'] = result.start;
    return fields;
  };
  return { evaluate, prepare: (error) => (error instanceof CalendarNotLoaded ? error.loading : undefined) };
}
