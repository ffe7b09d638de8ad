/**
 * The shapes `dueDate` takes and returns: stops, the result, and the trace segments `explain` reads.
 * Every result is plain JSON: dates are `'YYYY-MM-DD'` strings, absent values are `null`, nothing is a class.
 *
 * @module
 */
import type { Calendar } from '../calendar/Calendar.js';
import type { DayKind } from '../calendar/types.js';
import type { PlainDate } from '../date/plainDate.js';
import type { PolicySummary } from '../policy/compile.js';
import type { BilingualText, Consequence, LimitUnit, PolicyInput } from '../policy/schema.js';

/**
 * A clock stop. The working days from `from` to `to` are not counted, both included, where the policy does not count
 * the day the clock stops (`stopDayCounts: false`: every review and authority limit in the catalog), or those after
 * `from` up to `to` where it does (applicant windows); the call's `stopDayCounts` overrides the policy. The day it
 * resumes is like a new day 0. Without `to` (or with `to: null`) the clock is stopped now.
 */
export interface DeadlineStop {
  /** The day the clock stops (e.g. the date of a supplement notice). */
  readonly from: PlainDate;
  /** The day it resumes (e.g. the day all supplementary materials were received); absent or null while stopped. */
  readonly to?: PlainDate | null | undefined;
  /**
   * Why: one of the policy's stop reasons (e.g. `'sponsor-supplement'`), which may extend or restart the limit on
   * resume. Absent or null: a plain pause (with a warning when the policy's reasons extend or restart). A reason the
   * policy does not name is refused with `UnknownStopReasonError`.
   */
  readonly reason?: string | null | undefined;
}

/** The input of `dueDate`. */
export interface DueDateOptions {
  /**
   * A policy id (the version in force on `start` applies: one of `policies`, else the catalog's) or a policy object
   * (validated against `PolicySchema`).
   */
  readonly policy: string | PolicyInput;
  /**
   * A team's own policies, which `policy` may name by id besides the built-in ones: each validated against
   * `PolicySchema`, several versions of an id in force on different days, no id of the built-in catalog. Checked
   * once per array: pass the same array to every call.
   */
  readonly policies?: readonly PolicyInput[] | undefined;
  /** The date of the event that starts the clock: day 0. Required unless `startEvents` is given. */
  readonly start?: PlainDate | undefined;
  /**
   * For a policy whose clock starts on the later of several events (`clockStart.laterOf`, e.g. acceptance and fee
   * payment): the date of each, by event id. The start is the latest of them. Refused for other policies.
   */
  readonly startEvents?: Readonly<Record<string, PlainDate>> | undefined;
  /**
   * Whether the day a clock stops still counts as a day of the limit, overriding the policy's reading
   * (`policy.stopDayCounts`) for this call. The result's `stopDayCounts` says which reading was used and the due date
   * under the other one.
   */
  readonly stopDayCounts?: boolean | undefined;
  /** Clock stops, in any order; they must not overlap or begin before `start`. Only for limits counted forward in working days. */
  readonly stops?: readonly DeadlineStop[] | undefined;
  /** The day to report `status`, `elapsedDays` and `remainingDays` for ("today", passed in, never read from a clock). */
  readonly asOf?: PlainDate | null | undefined;
  /** The calendar to count on. Default `CN`. It must be the policy's calendar or a combination containing it. */
  readonly calendar?: Calendar | undefined;
  /**
   * A discretionary extension the authority has notified (DRR Art. 102, Order 47 Art. 96, Administrative Licensing
   * Law Art. 42), in the policy's unit; refused above the policy's `extensionCap` or when it has none.
   */
  readonly extension?: number | undefined;
  /**
   * Whether to build the `trace` (default `true`). With `false` the result is the same but `trace` is `[]`: the
   * evaluation skips collecting the holidays and segments of the explanation, for callers that evaluate many
   * deadlines and keep only the figures (the CLI's `batch` does).
   */
  readonly trace?: boolean | undefined;
}

/**
 * Where a deadline stands on `asOf`:
 * - `'not-started'`: `asOf` is before the start;
 * - `'running'`: the clock is running (on the start day, and on the day a stop ends, too);
 * - `'stopped'`: `asOf` lies in a stop, from its first day up to the day before it ends (or in an open stop);
 * - `'due-today'`: `asOf` is the due date;
 * - `'overdue'`: `asOf` is after the due date (for an implied-approval policy: the approval has arisen).
 */
export type DeadlineStatus = 'not-started' | 'running' | 'stopped' | 'due-today' | 'overdue';

/** A named holiday skipped inside a counted run (clipped to the run). */
export interface SkippedHoliday {
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** Calendar days of the holiday inside the run. */
  readonly days: number;
  readonly name: string;
  readonly nameZh: string | null;
}

/** The start of the clock. */
export interface StartSegment {
  readonly type: 'start';
  readonly date: PlainDate;
  readonly event: BilingualText;
  readonly startDayCounts: boolean;
  /** For a start on the later of several events given as `startEvents`: each event with its date; otherwise null. */
  readonly events: readonly { readonly id: string; readonly title: BilingualText; readonly date: PlainDate }[] | null;
}

/**
 * A run of counted working days. Forward (`direction: 'after'`): the days x with `from` < x ≤ `to`, numbered
 * `firstDay`..`lastDay` on clock `clock`. Backward (`'before'`): the days x with `to` ≤ x < `from`.
 */
export interface CountedSegment {
  readonly type: 'counted';
  readonly direction: 'after' | 'before';
  /** Day 0 of the run (the start, or the day a stop ended). */
  readonly from: PlainDate;
  /** The run's last day: the due date, or the day a stop began. */
  readonly to: PlainDate;
  /** The first and last working day counted. */
  readonly firstDate: PlainDate;
  readonly lastDate: PlainDate;
  /** Working days counted in the run. */
  readonly days: number;
  /** Their numbers on the clock: e.g. 73..267 after a stop. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** 1 for the first clock; 2 after a restart, and so on. */
  readonly clock: number;
  /** Rest days (weekends and holidays) inside the run, not counted. */
  readonly restDays: number;
  /** The named holidays among them. */
  readonly holidays: readonly SkippedHoliday[];
  /** Weekend days inside the run that were working days (调休上班), and so counted. */
  readonly makeupWorkdays: readonly PlainDate[];
}

/** A clock stop that took effect. */
export interface StoppedSegment {
  readonly type: 'stopped';
  readonly from: PlainDate;
  /** Null while the clock is still stopped. */
  readonly to: PlainDate | null;
  /** False when `from` itself was left out (the `stopDayCounts: false` reading, on a day after day 0); true when it counted as usual. */
  readonly fromCounted: boolean;
  /** Working days not counted (for an open stop: up to `asOf`, or 0 without it). */
  readonly days: number;
  /** The reason as given, or null. */
  readonly reason: string | null;
  /** The policy's title for the reason; null when the policy does not name it. */
  readonly reasonTitle: BilingualText | null;
  /** Whether the stop names one of the policy's reasons (false for a stop without a reason, a plain pause). */
  readonly known: boolean;
  /** What the stop does on resume: `'resume'` (plain pause), `'extend'` or `'restart'`. */
  readonly effect: 'resume' | 'extend' | 'restart';
  /** True when the policy's extension for this reason was already used by an earlier stop (so this one only pauses). */
  readonly alreadyExtended: boolean;
  /** The article behind the effect, or null. */
  readonly article: string | null;
  /** The same reference in Chinese citation form (the stop rule's `articleZh`), or null. */
  readonly articleZh: string | null;
  /** For an open stop that extends or restarts: the limit that will apply once the clock resumes. */
  readonly limitOnResume: number | null;
}

/** The limit grew when a stop ended (DRR Art. 87). */
export interface ExtendedSegment {
  readonly type: 'extended';
  /** The day the clock resumed. */
  readonly date: PlainDate;
  readonly reason: string;
  readonly from: number;
  readonly to: number;
  readonly fraction: { readonly numerator: number; readonly denominator: number };
  readonly rounding: 'ceil' | 'floor' | 'round';
  readonly article: string;
  /** The stop rule's `articleZh`, or null. */
  readonly articleZh: string | null;
}

/** A new limit started when a stop ended (device review after a supplement). */
export interface RestartedSegment {
  readonly type: 'restarted';
  /** The day the clock restarted (day 0 of the new limit). */
  readonly date: PlainDate;
  readonly reason: string;
  /** The new limit. */
  readonly amount: number;
  /** Working days counted on the previous clock, which no longer count. */
  readonly discarded: number;
  readonly article: string;
  /** The stop rule's `articleZh`, or null. */
  readonly articleZh: string | null;
}

/** A discretionary extension passed in `extension`. */
export interface ExtensionSegment {
  readonly type: 'extension';
  readonly amount: number;
  /** The most the policy allows. */
  readonly cap: number;
  readonly article: string;
  /** The extension cap's `articleZh`, or null. */
  readonly articleZh: string | null;
}

/** A calendar period (calendar days, weeks, months, years) from the start to its nominal last day. */
export interface PeriodSegment {
  readonly type: 'period';
  readonly direction: 'after' | 'before';
  readonly from: PlainDate;
  /** The nominal last day, before any move off a rest day. */
  readonly to: PlainDate;
  readonly amount: number;
  readonly unit: LimitUnit;
  /**
   * `'corresponding-date'`: the same day of the month (Civil Code Art. 202); `'month-end'`: that month has no such
   * day, so its last day; `'days'`: counted in days (calendar days, weeks).
   */
  readonly rule: 'corresponding-date' | 'month-end' | 'days';
}

/** The nominal last day was a rest day, so the deadline moved to a working day. */
export interface RolledSegment {
  readonly type: 'rolled';
  /** `'forward'` (Civil Code Art. 203) or `'backward'` (a filing deadline counted back: never later than due). */
  readonly direction: 'forward' | 'backward';
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** What the nominal day was. */
  readonly kind: DayKind;
  readonly holiday: { readonly name: string; readonly nameZh: string | null } | null;
}

/** A stop that began on or after the due date, so it changes nothing. */
export interface IgnoredStopSegment {
  readonly type: 'ignored-stop';
  readonly from: PlainDate;
  readonly to: PlainDate | null;
  readonly reason: string | null;
}

/** The due date. */
export interface DueSegment {
  readonly type: 'due';
  readonly date: PlainDate;
  readonly consequence: Consequence;
}

/** One line of a deadline's derivation. */
export type TraceSegment =
  | StartSegment
  | ExtensionSegment
  | CountedSegment
  | StoppedSegment
  | ExtendedSegment
  | RestartedSegment
  | PeriodSegment
  | RolledSegment
  | IgnoredStopSegment
  | DueSegment;

/** A field of a {@link DeadlineResult} that can depend on projected days. */
export type ProvisionalField =
  | 'due'
  | 'limit'
  | 'countedDays'
  | 'stoppedDays'
  | 'status'
  | 'elapsedDays'
  | 'remainingDays'
  | 'remainingOnResume';

/**
 * Something legal but doubtful about the input, which the result cannot settle:
 * - `'stop-without-reason'`: a stop has no reason on a policy whose reasons extend or restart the limit, so it was
 *   taken as a plain pause; name the reason if it was, e.g., a supplement;
 * - `'start-is-later-of'`: the clock starts on the later of several events (acceptance and fee payment) and only
 *   `start` was given; it was taken as that later day (pass `startEvents` to have it computed).
 */
export interface DeadlineWarning {
  readonly code: 'stop-without-reason' | 'start-is-later-of';
  /** The stop concerned (its position in the `stops` passed), or null. */
  readonly stopIndex: number | null;
  readonly message: BilingualText;
}

/** Which reading of the stop day a result used, and what the other reading gives. */
export interface StopDayReading {
  /** Whether the day each clock stop began was counted as a day of the limit. */
  readonly value: boolean;
  /** `'policy'`: the policy's `stopDayCounts`; `'option'`: the call's `stopDayCounts`. */
  readonly chosenBy: 'policy' | 'option';
  /** The policy's basis for its reading, and its confidence. */
  readonly basis: BilingualText;
  readonly confidence: 'cited' | 'unverified';
  /** The due date under the other reading, when it differs (null when it is the same, with no due date, or past the calendar). */
  readonly otherReadingDue: PlainDate | null;
  /** True when the other reading's due date lies past the calendar's coverage (so it is not given). */
  readonly otherReadingPastCoverage: boolean;
}

/** The result of `dueDate`: plain JSON. */
export interface DeadlineResult {
  readonly kind: 'deadline';
  /** The policy version applied (a frozen object, shared by every result of that version). */
  readonly policy: PolicySummary;
  /** The id of the calendar counted on, e.g. `'CN'`, `'HK'` or `'CN+HK'`. */
  readonly calendar: string;
  readonly start: PlainDate;
  readonly asOf: PlainDate | null;
  /** The last day of the limit; null while an open stop is running. */
  readonly due: PlainDate | null;
  /** The limit applied: after extensions, or the new limit after a restart. */
  readonly limit: { readonly amount: number; readonly unit: LimitUnit };
  /** The unit of `countedDays`, `stoppedDays`, `elapsedDays` and `remainingDays`. */
  readonly counting: 'working-days' | 'calendar-days';
  /**
   * Days counted up to the due date (or, with an open stop, up to the stop), on every clock. For a working-day
   * limit with no restart this equals `limit.amount` once `due` is known. For a calendar period: its length in days.
   */
  readonly countedDays: number;
  /** Working days not counted because of stops (an open stop's days up to `asOf`). */
  readonly stoppedDays: number;
  /** Where the deadline stands on `asOf`; null without `asOf` (except with an open stop: `'stopped'`). */
  readonly status: DeadlineStatus | null;
  /** Days counted from the start up to `asOf` (on every clock; past the due date too); null for a deadline counted backwards or without `asOf`. */
  readonly elapsedDays: number | null;
  /** Days left on the running clock as of `asOf`; negative when overdue (by that many days); null without `asOf`. */
  readonly remainingDays: number | null;
  /**
   * With a stop that is still open (`due` is null): the days that will be left once the clock resumes, under the
   * limit that then applies. For a plain pause it equals the days left before the stop; for a reason that extends
   * the limit (DRR Art. 87: +1/3) it is the extended limit less the days used; for one that restarts the clock, the
   * new limit. Null when no stop is open. It does not depend on `asOf`.
   */
  readonly remainingOnResume: number | null;
  /** What happens when the limit expires. */
  readonly consequence: Consequence;
  /** True when any day the answer depends on is projected rather than published (see `projectCalendar`). */
  readonly provisional: boolean;
  /**
   * The fields that depend on projected days; the others are exact. With `asOf` on a published day, `status`,
   * `elapsedDays` and `remainingDays` stay exact while `due` is provisional. Empty when `provisional` is false.
   */
  readonly provisionalFields: readonly ProvisionalField[];
  /**
   * When `due` is provisional: the earliest and latest due date over every arrangement of the projected days that
   * the rules allow (`due` is the most likely one). Null when `due` is exact or null.
   */
  readonly dueRange: { readonly earliest: PlainDate; readonly latest: PlainDate } | null;
  /** Doubtful but legal input the answer rests on (a stop without a reason, a start given for two events); empty when none. */
  readonly warnings: readonly DeadlineWarning[];
  /** The stop-day reading used, whenever stops are given (the other reading may count a stop this one ignores); null without stops. */
  readonly stopDayCounts: StopDayReading | null;
  /** How the due date was found, segment by segment; `explain` turns it into lines. */
  readonly trace: readonly TraceSegment[];
}
