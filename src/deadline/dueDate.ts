import { KIND_MAKEUP, KIND_NAMES, KIND_WORKDAY, coverageError, workdayDateAt, type Calendar, type CalendarTables } from '../calendar/Calendar.js';
import { compareCandidates, type CandidateOutcome, type CandidatesComparison } from './dueRange.js';
import { dayNumberFromParts, daysInMonth, formatDayNumber, partsFromDayNumber, yearOfDayNumber, type DayNumber } from '../date/plainDate.js';
import { CalendarCoverageError, InconsistentInputError, InvalidArgumentError, describeValue } from '../errors.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { readPolicySet } from '../policy/policySet.js';
import type { LimitUnit, StopRule } from '../policy/schema.js';
import { ordinal } from '../workday/internal.js';
import { anyProvisionalWithin, calendarIndexOf, dateText, holidaysWithin, makeupWorkdaysWithin, type CalendarIndex } from './calendarIndex.js';
import {
  calendarForPolicy,
  extensionCapOf,
  readExtension,
  checkStartEvents,
  checkStopReasons,
  inputWarnings,
  readOptionalBoolean,
  readOptionalDate,
  readStart,
  readStops,
  resolvePolicy,
  type ParsedStop,
} from './input.js';
import type {
  CountedSegment,
  DeadlineResult,
  DeadlineStatus,
  DueDateOptions,
  ProvisionalField,
  StopDayReading,
  StoppedSegment,
  TraceSegment,
} from './types.js';

const FN = 'dueDate';

/** What a day is, for a coverage error's message. */
const Role = { Start: 0, StopFrom: 1, StopTo: 2, AsOf: 3 } as const;
type Role = (typeof Role)[keyof typeof Role];

/** Counting on one calendar's tables, with coverage errors that say what was being computed. */
class Counter {
  readonly tables: CalendarTables;
  #extra: CalendarIndex | undefined;
  constructor(
    readonly fn: string,
    readonly calendar: Calendar,
    tables: CalendarTables = calendar.tables,
  ) {
    this.tables = tables;
  }

  /** The calendar's extra tables (holiday runs, make-up days, provisional counts), built on first use. */
  get extra(): CalendarIndex {
    return (this.#extra ??= calendarIndexOf(this.tables));
  }

  describe(day: DayNumber, role: Role, stopIndex: number): string {
    const date = formatDayNumber(day);
    switch (role) {
      case Role.Start:
        return `${date} (the start, or the day before it when the start day counts)`;
      case Role.StopFrom:
        return `${date} (the start of stops[${stopIndex}])`;
      case Role.StopTo:
        return `${date} (the end of stops[${stopIndex}])`;
      case Role.AsOf:
        return `asOf ${date}`;
    }
  }

  /** Index of a covered day, or a coverage error. */
  index(day: DayNumber, role: Role, stopIndex = 0): number {
    const i = day - this.tables.first;
    if (i < 0 || day > this.tables.last) throw coverageError(this.fn, this.calendar, this.describe(day, role, stopIndex), yearOfDayNumber(day));
    return i;
  }

  /** Working days on or before a covered day. */
  upTo(day: DayNumber, role: Role, stopIndex = 0): number {
    return this.tables.cumulative[this.index(day, role, stopIndex) + 1]!;
  }

  isWorking(index: number): boolean {
    const kind = this.tables.kinds[index];
    return kind === KIND_WORKDAY || kind === KIND_MAKEUP;
  }

  date(day: DayNumber): string {
    return dateText(this.extra, day);
  }

  pastEnd(what: string): Error {
    return coverageError(this.fn, this.calendar, what, yearOfDayNumber(this.tables.last) + 1);
  }

  beforeStart(what: string): Error {
    return coverageError(this.fn, this.calendar, what, yearOfDayNumber(this.tables.first) - 1);
  }
}

function extendBy(base: number, numerator: number, denominator: number, rounding: 'ceil' | 'floor' | 'round'): number {
  const scaled = base * numerator;
  if (rounding === 'ceil') return Math.floor((scaled + denominator - 1) / denominator);
  if (rounding === 'floor') return Math.floor(scaled / denominator);
  return Math.floor((2 * scaled + denominator) / (2 * denominator));
}

interface Run {
  readonly anchor: DayNumber;
  readonly end: DayNumber;
  readonly usedBefore: number;
  readonly days: number;
  readonly limit: number;
}

function countedSegment(
  counter: Counter,
  anchor: DayNumber,
  end: DayNumber,
  anchorCount: number,
  days: number,
  firstDay: number,
  clock: number,
): CountedSegment {
  const { tables } = counter;
  return {
    type: 'counted',
    direction: 'after',
    from: counter.date(anchor),
    to: counter.date(end),
    firstDate: workdayDateAt(tables, anchorCount)!,
    lastDate: workdayDateAt(tables, anchorCount + days - 1)!,
    days,
    firstDay,
    lastDay: firstDay + days - 1,
    clock,
    restDays: end - anchor - days,
    holidays: holidaysWithin(counter.extra, anchor + 1, end),
    makeupWorkdays: makeupWorkdaysWithin(counter.extra, anchor + 1, end),
  };
}

interface Evaluation {
  due: DayNumber | null;
  limit: number;
  countedDays: number;
  stoppedDays: number;
  status: DeadlineStatus | null;
  elapsedDays: number | null;
  remainingDays: number | null;
  /** With an open stop: the days left once the clock resumes (under the limit that will then apply); else null. */
  remainingOnResume: number | null;
  /** Days the answer depends on, for `provisional`. */
  firstDay: DayNumber;
  lastDay: DayNumber;
  trace: TraceSegment[] | null;
  counting: 'working-days' | 'calendar-days';
  /** The days whose working status or count the due date depends on besides the counted runs (anchors, stop days, a period's nominal end). */
  points: DayNumber[];
  /** The last day of a stop that restarted the clock (the discarded days depend on counting before it), or undefined. */
  restartedAt: DayNumber | undefined;
  /** The first and last day whose status the due date depends on (null without a due date). */
  dueDependsOn: readonly [DayNumber, DayNumber] | null;
  /** How many stops took effect (began before the due date). */
  appliedStops: number;
}

/** A limit in working days counted forward, with stops, extensions and restarts. */
function forwardWorkingDays(
  counter: Counter,
  compiled: CompiledPolicy,
  startDay: DayNumber,
  stops: readonly ParsedStop[],
  asOfDay: DayNumber | undefined,
  extension: number,
  stopDayCounts: boolean,
  trace: TraceSegment[] | null,
): Evaluation {
  const { tables } = counter;
  const { policy, stopRules } = compiled;
  let anchor = policy.clockStart.startDayCounts ? startDay - 1 : startDay;
  let anchorCount = counter.upTo(anchor, Role.Start);
  const points: DayNumber[] = [anchor];
  let restartedAt: DayNumber | undefined;
  let clockBase = policy.limit.amount;
  let clockLimit = clockBase + extension;
  let used = 0;
  let clock = 1;
  let countedDays = 0;
  let stoppedDays = 0;
  let openFrom: DayNumber | undefined;
  let remainingOnResume: number | null = null;
  let extended: string[] | undefined;
  const runs: Run[] = [];
  /** The stop after each run: `marks[k]` follows `runs[k]`. */
  const marks: ParsedStop[] = [];
  let k = 0;
  for (; k < stops.length; k++) {
    const stop = stops[k]!;
    // The last day counted before the stop: the day it begins, or (when that day does not count) the day before.
    const lastCounted = stopDayCounts ? stop.from : Math.max(stop.from - 1, anchor);
    const candidate = tables.workdays[anchorCount + clockLimit - used - 1];
    if (candidate !== undefined && candidate <= lastCounted) break; // the limit ends before the stop takes a day from it
    const fromCount = counter.upTo(lastCounted, Role.StopFrom, stop.index);
    points.push(stop.from, lastCounted);
    const days = fromCount - anchorCount;
    runs.push({ anchor, end: lastCounted, usedBefore: used, days, limit: clockLimit });
    marks.push(stop);
    if (days > 0) trace?.push(countedSegment(counter, anchor, lastCounted, anchorCount, days, used + 1, clock));
    used += days;
    countedDays += days;
    const rule: StopRule | undefined = stop.reason === null ? undefined : stopRules.get(stop.reason);
    const effect = rule?.effect;
    const alreadyExtended = effect !== undefined && effect.action === 'extend' && effect.once && extended !== undefined && extended.includes(rule!.reason);
    const action = effect === undefined || alreadyExtended ? 'resume' : effect.action;
    let nextLimit = clockLimit;
    let nextBase = clockBase;
    if (action === 'extend' && effect!.action === 'extend') {
      nextLimit = clockLimit + extendBy(clockBase, effect!.fraction.numerator, effect!.fraction.denominator, effect!.rounding);
    } else if (action === 'restart' && effect!.action === 'restart') {
      nextBase = effect!.amount;
      nextLimit = effect!.amount + extension;
    }
    if (stop.to === null) {
      const stoppedSoFar = asOfDay !== undefined && asOfDay > lastCounted ? counter.upTo(asOfDay, Role.AsOf) - fromCount : 0;
      stoppedDays += stoppedSoFar;
      openFrom = stop.from;
      // A restart begins a new clock at 0; a plain pause or an extension goes on from the days used.
      remainingOnResume = action === 'restart' ? nextLimit : nextLimit - used;
      trace?.push({
        type: 'stopped',
        from: counter.date(stop.from),
        to: null,
        fromCounted: lastCounted === stop.from,
        days: stoppedSoFar,
        reason: stop.reason,
        reasonTitle: rule ? rule.title : null,
        known: rule !== undefined,
        effect: action,
        alreadyExtended,
        article: rule ? rule.article : null,
        articleZh: rule?.articleZh ?? null,
        limitOnResume: action === 'resume' ? null : nextLimit,
      });
      k++;
      break;
    }
    const to = stop.to;
    const toCount = counter.upTo(to, Role.StopTo, stop.index);
    points.push(to);
    const toText = counter.date(to);
    stoppedDays += toCount - fromCount;
    trace?.push({
      type: 'stopped',
      from: counter.date(stop.from),
      to: toText,
      fromCounted: lastCounted === stop.from,
      days: toCount - fromCount,
      reason: stop.reason,
      reasonTitle: rule ? rule.title : null,
      known: rule !== undefined,
      effect: action,
      alreadyExtended,
      article: rule ? rule.article : null,
      articleZh: rule?.articleZh ?? null,
      limitOnResume: null,
    });
    if (action === 'extend' && effect!.action === 'extend') {
      (extended ??= []).push(rule!.reason);
      trace?.push({
        type: 'extended',
        date: toText,
        reason: rule!.reason,
        from: clockLimit,
        to: nextLimit,
        fraction: { numerator: effect!.fraction.numerator, denominator: effect!.fraction.denominator },
        rounding: effect!.rounding,
        article: rule!.article,
        articleZh: rule!.articleZh ?? null,
      });
    } else if (action === 'restart') {
      trace?.push({ type: 'restarted', date: toText, reason: rule!.reason, amount: nextLimit, discarded: used, article: rule!.article, articleZh: rule!.articleZh ?? null });
      restartedAt = to;
      used = 0;
      clock++;
    }
    clockLimit = nextLimit;
    clockBase = nextBase;
    anchor = to;
    anchorCount = toCount;
  }

  let due: DayNumber | null = null;
  if (openFrom === undefined) {
    const remaining = clockLimit - used;
    const position = anchorCount + remaining - 1;
    const found = tables.workdays[position];
    if (found === undefined) {
      throw counter.pastEnd(`the ${ordinal(remaining)} working day after ${formatDayNumber(anchor)} (the due date)`);
    }
    due = found;
    runs.push({ anchor, end: found, usedBefore: used, days: remaining, limit: clockLimit });
    trace?.push(countedSegment(counter, anchor, found, anchorCount, remaining, used + 1, clock));
    countedDays += remaining;
    for (; k < stops.length; k++) {
      const stop = stops[k]!;
      trace?.push({ type: 'ignored-stop', from: formatDayNumber(stop.from), to: stop.to === null ? null : formatDayNumber(stop.to), reason: stop.reason });
    }
    trace?.push({ type: 'due', date: workdayDateAt(tables, position)!, consequence: policy.consequence });
  }

  // Where the clock stands on asOf.
  let status: DeadlineStatus | null = null;
  let elapsedDays: number | null = null;
  let remainingDays: number | null = null;
  if (asOfDay === undefined) {
    if (openFrom !== undefined) {
      const run = runs[runs.length - 1]!;
      status = 'stopped';
      elapsedDays = countedDays;
      remainingDays = run.limit - run.usedBefore - run.days;
    }
  } else if (asOfDay < startDay) {
    status = 'not-started';
    elapsedDays = 0;
    remainingDays = runs[0]!.limit;
  } else if (due !== null && asOfDay >= due) {
    const extra = asOfDay === due ? 0 : counter.upTo(asOfDay, Role.AsOf) - counter.upTo(due, Role.AsOf);
    status = asOfDay === due ? 'due-today' : 'overdue';
    elapsedDays = countedDays + extra;
    remainingDays = extra === 0 ? 0 : -extra;
  } else {
    let countedBefore = 0;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const mark = marks[r];
      if (mark && asOfDay >= mark.from) {
        if (mark.to === null || asOfDay < mark.to) {
          status = 'stopped';
          elapsedDays = countedBefore + run.days;
          remainingDays = run.limit - run.usedBefore - run.days;
          break;
        }
        countedBefore += run.days;
        continue;
      }
      const counted = asOfDay <= run.anchor ? 0 : counter.upTo(asOfDay, Role.AsOf) - counter.upTo(run.anchor, Role.AsOf);
      status = 'running';
      elapsedDays = countedBefore + counted;
      remainingDays = run.limit - run.usedBefore - counted;
      break;
    }
  }

  const endDay = due ?? openFrom!;
  const startOfSpan = Math.min(startDay, policy.clockStart.startDayCounts ? startDay - 1 : startDay);
  return {
    due,
    limit: clockLimit,
    countedDays,
    stoppedDays,
    status,
    elapsedDays,
    remainingDays,
    remainingOnResume,
    firstDay: startOfSpan,
    lastDay: asOfDay !== undefined && asOfDay > endDay ? asOfDay : endDay,
    trace,
    counting: 'working-days',
    points,
    restartedAt,
    dueDependsOn: due === null ? null : [points[0]!, due],
    appliedStops: marks.length,
  };
}

/** The nominal last day of a calendar period `amount` units after (sign 1) or before (sign -1) a day. */
function calendarPeriodEnd(day: DayNumber, amount: number, unit: LimitUnit, sign: 1 | -1): { end: DayNumber; rule: 'corresponding-date' | 'month-end' | 'days' } {
  if (unit === 'calendar-days') return { end: day + sign * amount, rule: 'days' };
  if (unit === 'weeks') return { end: day + sign * 7 * amount, rule: 'days' };
  const { year, month, day: dayOfMonth } = partsFromDayNumber(day);
  const months = sign * amount * (unit === 'years' ? 12 : 1);
  const total = year * 12 + (month - 1) + months;
  const endYear = Math.floor(total / 12);
  const endMonth = total - endYear * 12 + 1;
  const length = daysInMonth(endYear, endMonth);
  const endDay = Math.min(dayOfMonth, length);
  return { end: dayNumberFromParts(endYear, endMonth, endDay), rule: endDay === dayOfMonth ? 'corresponding-date' : 'month-end' };
}

/** A calendar period forward or backward, or a working-day limit counted backward: no stops. */
function periodOrBackward(
  counter: Counter,
  compiled: CompiledPolicy,
  startDay: DayNumber,
  asOfDay: DayNumber | undefined,
  trace: TraceSegment[] | null,
): Evaluation {
  const { tables } = counter;
  const { policy } = compiled;
  const { amount, unit, direction } = policy.limit;
  const forward = direction === 'after';
  const startDayCounts = policy.clockStart.startDayCounts;
  const anchor = startDayCounts ? startDay + (forward ? -1 : 1) : startDay;
  let due: DayNumber;
  let nominalEnd: DayNumber | undefined;
  const working = unit === 'working-days';
  if (working) {
    // Only backward here: the `amount`-th working day strictly before the anchor.
    const before = tables.cumulative[counter.index(anchor, Role.Start)]!;
    const position = before - amount;
    if (position < 0) throw counter.beforeStart(`the ${ordinal(amount)} working day before ${formatDayNumber(anchor)} (the due date)`);
    due = tables.workdays[position]!;
    if (trace) {
      const segment: CountedSegment = {
      type: 'counted',
      direction: 'before',
      from: counter.date(anchor),
      to: counter.date(due),
      firstDate: workdayDateAt(tables, before - 1)!,
      lastDate: workdayDateAt(tables, position)!,
      days: amount,
      firstDay: 1,
      lastDay: amount,
      clock: 1,
      restDays: anchor - due - amount,
      holidays: holidaysWithin(counter.extra, due, anchor - 1),
      makeupWorkdays: makeupWorkdaysWithin(counter.extra, due, anchor - 1),
      };
      trace.push(segment);
    }
  } else {
    const { end, rule } = calendarPeriodEnd(anchor, amount, unit, forward ? 1 : -1);
    nominalEnd = end;
    const endIndex = end - tables.first;
    if (endIndex < 0 || end > tables.last) {
      const what = `the last day of ${amount} ${unit} ${forward ? 'after' : 'before'} ${formatDayNumber(anchor)}`;
      throw endIndex < 0 ? counter.beforeStart(what) : counter.pastEnd(what);
    }
    trace?.push({ type: 'period', direction, from: counter.date(anchor), to: counter.date(end), amount, unit, rule });
    // A deadline on the start day itself (amount 0: a decision due by an expiry date) is that date, never moved.
    if (amount === 0 || counter.isWorking(endIndex)) due = end;
    else {
      const position = forward ? tables.cumulative[endIndex + 1]! : tables.cumulative[endIndex]! - 1;
      const found = position < 0 ? undefined : tables.workdays[position];
      if (found === undefined) {
        const what = `the ${forward ? 'next' : 'previous'} working day ${forward ? 'after' : 'before'} ${formatDayNumber(end)} (the last day of the period is a rest day)`;
        throw forward ? counter.pastEnd(what) : counter.beforeStart(what);
      }
      due = found;
      const holidayRef = tables.holidayRefs[endIndex]!;
      const names = holidayRef ? tables.holidays[holidayRef - 1] : undefined;
      trace?.push({
        type: 'rolled',
        direction: forward ? 'forward' : 'backward',
        from: counter.date(end),
        to: counter.date(due),
        kind: KIND_NAMES[tables.kinds[endIndex]!]!,
        holiday: names ? { name: names.name, nameZh: names.nameZh ?? null } : null,
      });
    }
  }
  trace?.push({ type: 'due', date: counter.date(due), consequence: policy.consequence });

  let status: DeadlineStatus | null = null;
  let elapsedDays: number | null = null;
  let remainingDays: number | null = null;
  if (asOfDay !== undefined) {
    if (forward && asOfDay < startDay) {
      status = 'not-started';
      elapsedDays = 0;
      remainingDays = working ? amount : due - startDay;
    } else {
      status = asOfDay < due ? 'running' : asOfDay === due ? 'due-today' : 'overdue';
      remainingDays = working
        ? asOfDay === due
          ? 0
          : counter.upTo(due, Role.AsOf) - counter.upTo(asOfDay, Role.AsOf)
        : due - asOfDay;
      if (forward) elapsedDays = asOfDay - startDay;
    }
  }
  const span = [startDay, anchor, due, ...(asOfDay === undefined ? [] : [asOfDay])];
  const points = working ? [anchor] : [anchor, nominalEnd!, nominalEnd! + (forward ? -1 : 1)];
  return {
    due,
    limit: amount,
    countedDays: working ? amount : Math.abs(due - startDay),
    stoppedDays: 0,
    status,
    elapsedDays,
    remainingDays,
    remainingOnResume: null,
    firstDay: Math.min(...span),
    lastDay: Math.max(...span),
    trace,
    counting: working ? 'working-days' : 'calendar-days',
    points,
    restartedAt: undefined,
    // A period's due date depends only on its nominal last day and the days it rolls over; a count, on every day counted.
    dueDependsOn: working ? [Math.min(anchor, due), Math.max(anchor, due)] : [Math.min(nominalEnd!, due), Math.max(nominalEnd!, due)],
    appliedStops: 0,
  };
}

/**
 * When a review-time limit ends: evaluates a policy for one application, from its start date, through its clock
 * stops, extensions and restarts, to the due date, with where it stands on `asOf` and a trace of every step.
 *
 * Counting (see docs/policies.md for the full rules):
 * - `start` is day 0; the limit ends on the `amount`-th counted day after it (Civil Code Art. 201).
 * - A stop `{ from, to, reason }` leaves out the working days after `from` up to and including `to`; the day it
 *   resumes is like a new day 0. Whether `from` itself is left out too is the policy's reading (`stopDayCounts`):
 *   drug and device reviews and the authority's other limits do not count the stop day (from ≤ x ≤ to left out),
 *   sponsor windows do (from < x ≤ to). The option `stopDayCounts` takes the other reading; the result's
 *   `stopDayCounts` says which was used and gives the due date under the other (`otherReadingDue`). A stop with no
 *   `to` means the clock is stopped now: `due` is null, and the result gives the days used and left. A stop
 *   beginning after the due date (or on it, where the stop day counts) changes nothing.
 * - A reason the policy names may extend the limit on resume (DRR Art. 87: +1/3, +1/4 under priority review,
 *   rounded up) or restart it (a device review gets 60 new working days after a supplement). A stop without a
 *   reason is a plain pause (with a `warnings` entry where the policy's reasons extend or restart); a reason the
 *   policy does not name is refused with `UnknownStopReasonError`.
 * - Calendar-day, week, month and year limits end on the corresponding date, or the month's last day when there is
 *   none, and move to the next working day when that is a rest day (Civil Code Arts. 202–203). A period counted
 *   backwards (a filing deadline before an expiry) moves to the previous working day instead.
 * - The version of a catalog policy in force on `start` applies; when none is, the call is refused.
 *
 * Constant time per stop: every count is two lookups in the calendar's tables.
 *
 * @param options - `{ policy, start, stops?, asOf?, calendar?, extension? }`; see {@link DueDateOptions}.
 * @returns A plain JSON {@link DeadlineResult}: `due`, the limit applied, counted and stopped days, `status`,
 * `elapsedDays` and `remainingDays` on `asOf`, the consequence, `provisional`, and the `trace`.
 * @throws {InvalidDateError} For a date that is not a valid `YYYY-MM-DD` date (start, a stop's from/to, asOf).
 * @throws {UnknownPolicyError} For an id not in the catalog; `suggestions` holds the closest ids.
 * @throws {PolicyValidationError} For a policy object that fails `PolicySchema`; `issues` carry zod's paths.
 * @throws {PolicyNotInForceError} When no version of the policy is in force on `start`.
 * @throws {InconsistentInputError} For a stop before the start, a stop ending before it begins, overlapping stops,
 * stops on a limit not counted forward in working days, or an extension the policy does not allow.
 * @throws {CalendarRequiredError} When the policy counts on another calendar (e.g. `HK`) than the one given.
 * @throws {CalendarCoverageError} When a day the answer needs lies outside the calendar's coverage.
 * @throws {InvalidArgumentError} For options of the wrong shape.
 *
 * @example
 * dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }).due //=> '2025-12-25'
 * dueDate({
 *   policy: 'cn.nmpa.drug.nda',
 *   start: '2025-03-03',
 *   stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }],
 * }).due //=> '2026-06-18' (the limit grows from 200 to 267 working days when the clock resumes; 2025-06-16 is not counted)
 * dueDate({
 *   policy: 'cn.nmpa.drug.nda',
 *   start: '2025-03-03',
 *   stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }],
 *   stopDayCounts: true,
 * }).due //=> '2026-06-17' (the other reading: the day the clock stops counts)
 * dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16' }], asOf: '2025-07-01' })
 * //=> { due: null, status: 'stopped', elapsedDays: 70, remainingDays: 130, warnings: [{ code: 'stop-without-reason', … }], … }
 * dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', reason: 'supplement' }] })
 * // throws UnknownStopReasonError (did you mean "sponsor-supplement"?)
 */
export function dueDate(options: DueDateOptions): DeadlineResult {
  return evaluateDeadline(options);
}

function evaluateDeadline(options: DueDateOptions): DeadlineResult {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(
      `${FN}: expected an options object like { policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }, received ${describeValue(options)}`,
    );
  }
  const withTrace = options.trace ?? true;
  if (typeof withTrace !== 'boolean') {
    throw new InvalidArgumentError(`${FN}: trace must be true or false, received ${describeValue(options.trace)}`);
  }
  const given = readStart(FN, options.start, options.startEvents);
  const startDay = given.startDay;
  const compiled = resolvePolicy(FN, options.policy, startDay, readPolicySet(FN, options.policies));
  const { policy, summary } = compiled;
  const startEvents = checkStartEvents(FN, compiled, given);
  const calendar = calendarForPolicy(FN, policy.id, policy.calendar, options.calendar);
  const asOfDay = readOptionalDate(FN, 'asOf', options.asOf);
  const stops = readStops(FN, options.stops, startDay);
  const forwardWorking = policy.limit.unit === 'working-days' && policy.limit.direction === 'after';
  if (stops.length > 0 && !forwardWorking) {
    throw new InconsistentInputError(
      `${FN}: policy "${policy.id}" counts ${policy.limit.amount} ${policy.limit.unit} ${policy.limit.direction === 'before' ? 'back from' : 'from'} the start; clock stops apply only to limits counted forward in working days`,
    );
  }
  checkStopReasons(FN, compiled, stops);
  const extension = readExtension(FN, options.extension, compiled);
  const stopDayOption = readOptionalBoolean(FN, 'stopDayCounts', options.stopDayCounts);
  const stopDayCounts = stopDayOption ?? policy.stopDayCounts.value;
  const counter = new Counter(FN, calendar);
  const start = formatDayNumber(startDay);
  counter.index(startDay, Role.Start);

  const trace: TraceSegment[] | null = withTrace
    ? [{ type: 'start', date: start, event: policy.clockStart.event, startDayCounts: policy.clockStart.startDayCounts, events: startEvents }]
    : null;
  if (extension > 0) {
    trace?.push({ type: 'extension', amount: extension, cap: extensionCapOf(compiled)!, article: policy.extensionCap!.article, articleZh: policy.extensionCap!.articleZh ?? null });
  }
  const evaluation = forwardWorking
    ? forwardWorkingDays(counter, compiled, startDay, stops, asOfDay, extension, stopDayCounts, trace)
    : periodOrBackward(counter, compiled, startDay, asOfDay, trace);

  const evaluateOn = (tables: CalendarTables): CandidateOutcome => {
    const candidate = new Counter(FN, calendar, tables);
    return forwardWorking
      ? forwardWorkingDays(candidate, compiled, startDay, stops, undefined, extension, stopDayCounts, null)
      : periodOrBackward(candidate, compiled, startDay, undefined, null);
  };
  // A deadline on the start day itself (amount 0) depends on no day's status: never provisional.
  const { provisionalFields, dueRange } =
    policy.limit.amount === 0 ? { provisionalFields: [], dueRange: null } : provisionalParts(counter, evaluation, startDay, stops, asOfDay, evaluateOn);
  const stopDay = stops.length === 0 ? null : stopDayReading(counter, compiled, startDay, stops, extension, stopDayCounts, stopDayOption, evaluation.due);

  return {
    kind: 'deadline',
    policy: summary,
    calendar: calendar.id,
    start,
    asOf: asOfDay === undefined ? null : (options.asOf as string),
    due: evaluation.due === null ? null : counter.date(evaluation.due),
    limit: { amount: evaluation.limit, unit: policy.limit.unit },
    counting: evaluation.counting,
    countedDays: evaluation.countedDays,
    stoppedDays: evaluation.stoppedDays,
    status: evaluation.status,
    elapsedDays: evaluation.elapsedDays,
    remainingDays: evaluation.remainingDays,
    remainingOnResume: evaluation.remainingOnResume,
    consequence: policy.consequence,
    provisional: provisionalFields.length > 0,
    provisionalFields: provisionalFields.length === 0 ? NO_FIELDS : PROVISIONAL_FIELDS.filter((field) => provisionalFields.includes(field)),
    dueRange,
    warnings: inputWarnings(compiled, stops, startEvents === null && policy.clockStart.laterOf !== undefined),
    stopDayCounts: stopDay,
    trace: evaluation.trace ?? [],
  };
}

/** The stop-day reading used, and the due date the other reading gives. */
function stopDayReading(
  counter: Counter,
  compiled: CompiledPolicy,
  startDay: DayNumber,
  stops: readonly ParsedStop[],
  extension: number,
  value: boolean,
  option: boolean | undefined,
  due: DayNumber | null,
): StopDayReading {
  let otherReadingDue: string | null = null;
  let otherReadingPastCoverage = false;
  if (due !== null) {
    try {
      const other = forwardWorkingDays(counter, compiled, startDay, stops, undefined, extension, !value, null).due;
      if (other !== null && other !== due) otherReadingDue = counter.date(other);
    } catch (error) {
      if (!(error instanceof CalendarCoverageError)) throw error;
      otherReadingPastCoverage = true; // the other reading's due date lies past the calendar
    }
  }
  const { basis, confidence } = compiled.policy.stopDayCounts;
  return { value, chosenBy: option === undefined ? 'policy' : 'option', basis, confidence, otherReadingDue, otherReadingPastCoverage };
}

/** The `provisionalFields` of an exact result (shared: most results have none). */
const NO_FIELDS: readonly ProvisionalField[] = Object.freeze([]);

/** The result fields that can depend on projected days, in the order results list them. */
const PROVISIONAL_FIELDS: readonly ProvisionalField[] = ['due', 'limit', 'countedDays', 'stoppedDays', 'status', 'elapsedDays', 'remainingDays', 'remainingOnResume'];

/**
 * Which fields of a result depend on projected days, and the range of a provisional due date. Projected days are
 * always the calendar's last ones (or days a projected year sets at the end of the year before), so a figure is exact
 * when every day it is counted from lies before them: days used and left as of a published `asOf` stay exact while
 * the due date is provisional. Where the arrangement of projected days decides something (whether a stop comes
 * before the due date, the limit after it), the candidates are compared (`compareCandidates`).
 */
function provisionalParts(
  counter: Counter,
  evaluation: Evaluation,
  startDay: DayNumber,
  stops: readonly ParsedStop[],
  asOfDay: DayNumber | undefined,
  evaluateOn: (tables: CalendarTables) => CandidateOutcome,
): { provisionalFields: ProvisionalField[]; dueRange: DeadlineResult['dueRange'] } {
  const extra = counter.extra;
  if (!extra.provisional) return { provisionalFields: [], dueRange: null };
  const projected = (first: DayNumber, last: DayNumber) => anyProvisionalWithin(extra, Math.min(first, last), Math.max(first, last));
  // Every day the outcome starts from or decides on: the anchors, a period's nominal end, and every stop's days,
  // applied or not (on another arrangement a stop ignored here may come before the due date).
  const points = [...evaluation.points];
  for (const stop of stops) points.push(stop.from, ...(stop.to === null ? [] : [stop.to]));
  const from = Math.min(evaluation.firstDay, ...points);
  const due = evaluation.due;
  const openStop = stops.find((stop) => stop.to === null && (due === null || stop.from < due));
  const reference = due ?? openStop!.from;
  const spanProjected = projected(from, Math.max(reference, ...points));

  let comparison: CandidatesComparison | undefined;
  const candidates = counter.calendar.definition.candidates;
  if (spanProjected && candidates?.length) {
    comparison = compareCandidates(counter.tables, candidates, points, evaluation, reference, evaluateOn);
  }
  const dueProjected = (evaluation.dueDependsOn !== null && projected(...evaluation.dueDependsOn)) || comparison?.dueOrNone === true;
  const dueVaries = comparison !== undefined && (comparison.dueOrNone || comparison.earliest !== comparison.latest);
  const fields: ProvisionalField[] = [];
  if (dueProjected || dueVaries) fields.push('due');
  const limitVaries = comparison?.limitVaries === true;
  if (limitVaries) fields.push('limit');
  const countedProjected =
    evaluation.counting === 'calendar-days'
      ? dueProjected
      : (evaluation.restartedAt !== undefined && projected(from, evaluation.restartedAt)) ||
        (due === null && openStop !== undefined && projected(from, openStop.from)) ||
        comparison?.countedVaries === true;
  if (countedProjected) fields.push('countedDays');
  let stopsProjected = comparison?.stoppedVaries === true;
  for (const stop of stops) {
    if (due !== null && stop.from >= due && !dueVaries) continue; // ignored on every arrangement
    if (projected(stop.from, stop.to ?? asOfDay ?? stop.from)) stopsProjected = true;
  }
  if (stopsProjected) fields.push('stoppedDays');

  const range = due !== null && fields.includes('due') && comparison?.earliest !== undefined
    ? { earliest: comparison.earliest, latest: comparison.latest! }
    : due !== null && fields.includes('due')
      ? { earliest: due, latest: due }
      : undefined;
  if (evaluation.status !== null && evaluation.status !== 'not-started') {
    let asOfProjected: boolean;
    if (evaluation.status === 'stopped') {
      // Stopped (an open stop, or asOf inside a stop): the days used are those counted before the stop began.
      const stop = stops.find((s) => (asOfDay === undefined ? s.to === null : s.from <= asOfDay && (s.to === null || asOfDay < s.to)));
      asOfProjected = stop === undefined || projected(from, stop.from) || comparison?.dueOrNone === true;
    } else {
      asOfProjected =
        asOfDay !== undefined &&
        (projected(from, asOfDay) ||
          // Counted back from the due date, or a period's days to it: they move with it.
          ((evaluation.counting === 'calendar-days' || (due !== null && due < evaluation.points[0]!)) && fields.includes('due')) ||
          // Another arrangement's due date is on or before asOf, or has none: the status may differ.
          (range !== undefined && range.earliest <= asOfDay) ||
          comparison?.dueOrNone === true);
    }
    if (asOfProjected || limitVaries) fields.push('status', 'elapsedDays', 'remainingDays');
  } else if (evaluation.status === 'not-started' && limitVaries) {
    fields.push('remainingDays');
  }
  // The days left on resume: the limit then applying, less the days counted before the open stop.
  if (evaluation.remainingOnResume !== null && (countedProjected || limitVaries)) fields.push('remainingOnResume');
  return {
    provisionalFields: fields,
    dueRange: range === undefined ? null : { earliest: formatDayNumber(range.earliest), latest: formatDayNumber(range.latest) },
  };
}
