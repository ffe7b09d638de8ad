/**
 * Every error reviewclock throws on purpose is a {@link ReviewclockError} with a stable `code`.
 * Messages name the function, the bad value and what would be right; `code` is what programs switch on.
 *
 * @module
 */

/** The stable machine-readable codes of every error reviewclock throws. */
export type ReviewclockErrorCode =
  | 'invalid_date'
  | 'invalid_argument'
  | 'calendar_out_of_range'
  | 'calendar_required'
  | 'invalid_schedule'
  | 'invalid_notice'
  | 'invalid_policy'
  | 'unknown_policy'
  | 'inconsistent_input'
  | 'unknown_stop_reason'
  | 'policy_not_in_force';

/**
 * Base class of every error reviewclock throws on purpose.
 *
 * @example
 * try { addWorkingDays('2025-02-30', 1) } catch (e) {
 *   if (e instanceof ReviewclockError) console.log(e.code) //=> 'invalid_date'
 * }
 */
export class ReviewclockError extends Error {
  /** A stable string that identifies the kind of error; safe to switch on. */
  readonly code: ReviewclockErrorCode;

  constructor(code: ReviewclockErrorCode, message: string) {
    super(message);
    this.name = 'ReviewclockError';
    this.code = code;
  }
}

/** Describes a value for an error message: strings quoted, everything else by type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return `a Date object`;
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/**
 * The entries of an array a caller passed, read index by index, refusing a hole (an index that a sparse array
 * lacks) as soon as it is met. Array methods (`map`, `forEach`, `some`) skip holes, so a hole would pass unchecked,
 * and on a sparse array of length 2**32-1 they walk four billion empty indexes; this stops at the first one.
 *
 * @param what - The array, for the message, e.g. `'dueDate: stops'`.
 * @param value - The array.
 * @returns Its entries, in a new dense array.
 * @throws {InvalidArgumentError} Naming `what` and the index of the first hole.
 */
export function denseEntries(what: string, value: readonly unknown[]): unknown[] {
  const entries: unknown[] = [];
  for (let index = 0; index < value.length; index++) {
    if (!(index in value)) {
      throw new InvalidArgumentError(`${what}[${index}] is missing (the array has a hole there); pass an array without holes`);
    }
    entries.push(value[index]);
  }
  return entries;
}

/**
 * Thrown for a value that is not a valid `YYYY-MM-DD` calendar date: wrong format, a day the month does not
 * have (`2025-02-29`), month 13, or a non-string.
 *
 * @example
 * isWorkingDay('2025-2-3') // throws InvalidDateError: isWorkingDay: invalid date "2025-2-3", expected YYYY-MM-DD ...
 */
export class InvalidDateError extends ReviewclockError {
  /** The value that was passed. */
  readonly value: unknown;

  constructor(fn: string, value: unknown, reason?: string) {
    super(
      'invalid_date',
      `${fn}: invalid date ${describeValue(value)}${reason ? ` (${reason})` : ''}, expected a calendar date as YYYY-MM-DD, e.g. "2025-09-26"`,
    );
    this.name = 'InvalidDateError';
    this.value = value;
  }
}

/**
 * Thrown for an argument that is not a date but is still wrong: a day count that is not a safe integer,
 * an options object of the wrong shape.
 *
 * @example
 * addWorkingDays('2025-09-26', 1.5) // throws InvalidArgumentError (code 'invalid_argument')
 */
export class InvalidArgumentError extends ReviewclockError {
  constructor(message: string) {
    super('invalid_argument', message);
    this.name = 'InvalidArgumentError';
  }
}

/**
 * Thrown when a date, or the result of a computation, lies outside the years a calendar has official data for.
 * reviewclock never guesses a working day: add the year's schedule with `withSchedules`, or opt into
 * projection with `projectCalendar`.
 *
 * @example
 * nextWorkingDay('2026-12-31') // throws CalendarCoverageError: the answer lies in 2027
 */
export class CalendarCoverageError extends ReviewclockError {
  /** The calendar year that is not covered. */
  readonly year: number;
  /** The id of the calendar asked, e.g. `'CN'`. */
  readonly calendar: string;
  /** The first and last covered dates. */
  readonly coverage: { readonly from: string; readonly to: string };

  constructor(message: string, year: number, calendar: string, coverage: { from: string; to: string }) {
    super('calendar_out_of_range', message);
    this.name = 'CalendarCoverageError';
    this.year = year;
    this.calendar = calendar;
    this.coverage = { from: coverage.from, to: coverage.to };
  }
}

/**
 * Thrown when a policy counts days on a calendar that the caller has to pass explicitly (for example Hong Kong
 * days, which live in the `reviewclock/hk` entry point so that mainland-only users never load them).
 */
export class CalendarRequiredError extends ReviewclockError {
  /** The id of the calendar the caller must pass, e.g. `'HK'`. */
  readonly calendar: string;

  constructor(message: string, calendar: string) {
    super('calendar_required', message);
    this.name = 'CalendarRequiredError';
    this.calendar = calendar;
  }
}

/** One problem found in a schedule, a policy or another structured input, with the path to the bad field. */
export interface InputIssue {
  /** Where the problem is, e.g. `['holidays', 2, 'from']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong there and what would be right. */
  readonly message: string;
  /** A machine-readable kind, where one applies (zod's issue code, or one of ours). */
  readonly code?: string;
}

function issuesText(issues: readonly InputIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ')
    .concat(issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}

/**
 * Thrown by `withSchedules` (and the CLI's `--schedule`) for a holiday schedule that is malformed or
 * inconsistent: a bad date, `from` after `to`, a make-up working day that is not a weekend day, or a year
 * that the calendar already has.
 */
export class ScheduleValidationError extends ReviewclockError {
  /** Each problem with the path to the field. */
  readonly issues: readonly InputIssue[];

  constructor(what: string, issues: readonly InputIssue[]) {
    super('invalid_schedule', `${what}: invalid schedule: ${issuesText(issues)}`);
    this.name = 'ScheduleValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown by `scheduleFromNotice` for a text it cannot read as a State Council holiday notice, or whose reading
 * contradicts itself or the law (a statutory holiday left a working day, a make-up day on a weekday, 共N天 that does
 * not match the dates, a weekday label that does not match its date). Never a partial schedule.
 *
 * @example
 * scheduleFromNotice('二、春节：2月30日至3月5日放假调休，共7天。', { year: 2027 })
 * // throws NoticeParseError (code 'invalid_notice'), sentence '二、春节：2月30日至3月5日放假调休，共7天。'
 */
export class NoticeParseError extends ReviewclockError {
  /** The sentence at fault, as it stands in the text (after whitespace is collapsed); null when the text as a whole is at fault. */
  readonly sentence: string | null;
  /**
   * For an amendment that can only be read against the schedule it amends (an extension: which span does it extend?)
   * and was read without `options.amend`: the year of that schedule, so that a caller can look it up and read the
   * amendment again with `{ amend }`. Null otherwise.
   */
  readonly amendsYear: number | null;

  constructor(message: string, sentence: string | null, amendsYear: number | null = null) {
    super('invalid_notice', message);
    this.name = 'NoticeParseError';
    this.sentence = sentence;
    this.amendsYear = amendsYear;
  }
}

/** Thrown for a policy object that fails the policy schema; `issues` are zod's, with their paths. */
export class PolicyValidationError extends ReviewclockError {
  /** Each problem with the path to the field. */
  readonly issues: readonly InputIssue[];

  constructor(what: string, issues: readonly InputIssue[]) {
    super('invalid_policy', `${what}: invalid policy: ${issuesText(issues)}`);
    this.name = 'PolicyValidationError';
    this.issues = issues;
  }
}

/** Thrown for a policy id that is not in the catalog; `suggestions` holds the closest ids. */
export class UnknownPolicyError extends ReviewclockError {
  /** The id that was asked for. */
  readonly id: string;
  /** Catalog ids that look like the one asked for, closest first. */
  readonly suggestions: readonly string[];

  constructor(fn: string, id: string, suggestions: readonly string[]) {
    super(
      'unknown_policy',
      `${fn}: unknown policy id ${describeValue(id)}` +
        (suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '; run `reviewclock policies` to list the ids'),
    );
    this.name = 'UnknownPolicyError';
    this.id = id;
    this.suggestions = suggestions;
  }
}

/** Thrown for input that is well-formed piece by piece but contradicts itself: a stop before the start, overlapping stops. */
export class InconsistentInputError extends ReviewclockError {
  constructor(message: string) {
    super('inconsistent_input', message);
    this.name = 'InconsistentInputError';
  }
}

/**
 * Thrown when no version of a policy is in force on the date asked (the start of a deadline): before a rule took
 * effect, after it lapsed, or in a gap between versions. reviewclock never applies a version outside its effective
 * period; `versions` lists the periods that exist, so that the caller can choose another policy.
 *
 * @example
 * dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-01-15' }) // throws PolicyNotInForceError
 */
export class PolicyNotInForceError extends ReviewclockError {
  /** The policy id. */
  readonly id: string;
  /** The date asked, `YYYY-MM-DD`. */
  readonly date: string;
  /** Every version of the policy with its effective period (`to` null: still in force). */
  readonly versions: readonly { readonly version: string; readonly from: string; readonly to: string | null }[];

  constructor(fn: string, id: string, date: string, versions: readonly { version: string; from: string; to: string | null }[]) {
    const periods = versions.map((v) => `${v.from} to ${v.to ?? 'now'}`).join(', ');
    super(
      'policy_not_in_force',
      `${fn}: no version of policy "${id}" is in force on ${date}; it applies ${periods || 'on no date'}. ` +
        'Use the policy in force on that date, or pass a policy object whose effective period covers it',
    );
    this.name = 'PolicyNotInForceError';
    this.id = id;
    this.date = date;
    this.versions = versions.map((v) => ({ ...v }));
  }
}

/**
 * Thrown for a clock stop whose `reason` the policy does not name: a typo (`'sponsor-suplement'`) or another
 * policy's reason (`'supplement'` is a device reason). It is never read as a plain pause, since the policy's own
 * reasons may extend or restart the limit; leave `reason` out for a plain pause. `allowed` lists the policy's
 * reasons, the closest to the one given first.
 *
 * @example
 * dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-suplement' }] })
 * // throws UnknownStopReasonError: … stops[0].reason "sponsor-suplement" is not a stop reason of policy "cn.nmpa.drug.nda"; did you mean "sponsor-supplement"? …
 */
export class UnknownStopReasonError extends ReviewclockError {
  /** The reason given. */
  readonly reason: string;
  /** The position of the stop in the `stops` passed. */
  readonly stopIndex: number;
  /** The policy id. */
  readonly policyId: string;
  /** The reasons the policy names, closest to `reason` first (empty when it names none). */
  readonly allowed: readonly string[];

  constructor(fn: string, policyId: string, stopIndex: number, reason: string, allowed: readonly string[]) {
    const choices = allowed.length
      ? `; did you mean "${allowed[0]}"? The policy's reasons are ${allowed.map((r) => `"${r}"`).join(', ')}, or leave reason out for a plain pause`
      : '; it names no stop reasons, so leave reason out (a plain pause)';
    super('unknown_stop_reason', `${fn}: stops[${stopIndex}].reason ${describeValue(reason)} is not a stop reason of policy "${policyId}"${choices}`);
    this.name = 'UnknownStopReasonError';
    this.reason = reason;
    this.stopIndex = stopIndex;
    this.policyId = policyId;
    this.allowed = [...allowed];
  }
}
