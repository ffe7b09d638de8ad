/**
 * reviewclock/testing: [fast-check](https://fast-check.dev) arbitraries and helpers for testing your own deadline
 * code against reviewclock as the oracle. fast-check is a peer dependency of this entry point only; importing
 * `reviewclock` itself never loads it.
 *
 * Every arbitrary generates only valid input (dates inside a calendar's coverage, stops that neither overlap nor
 * begin before the start, policies that satisfy `PolicySchema`), is built from `map`s of plain integers so that
 * fast-check shrinks a failure to a small case (the earliest dates, the fewest stops), and checks its own options:
 * a bad option throws a `ReviewclockError` when the arbitrary is made, not in the middle of a run.
 *
 * @packageDocumentation
 *
 * @example
 * import fc from 'fast-check';
 * import { deadlineInput, expectSameDueDate } from 'reviewclock/testing';
 * import { myDueDate } from '../src/deadlines.js'; // your code
 *
 * fc.assert(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind' }), expectSameDueDate(myDueDate)));
 */
import * as fc from 'fast-check';
import { calendarFromOptions, coverageError, isCalendar, workdayDateAt, type Calendar } from './calendar/Calendar.js';
import { CN } from './calendar/cn/index.js';
import { formatDayNumber, parsePlainDate, tryParsePlainDate, yearOfDayNumber, type DayNumber, type PlainDate } from './date/plainDate.js';
import { dueDate } from './deadline/dueDate.js';
import { explain } from './deadline/explain.js';
import type { DeadlineResult, DeadlineStop, DueDateOptions } from './deadline/types.js';
import { InvalidArgumentError, ReviewclockError, denseEntries, describeValue, type ReviewclockErrorCode } from './errors.js';
import { getPolicy } from './policy/getPolicy.js';
import { listPolicies, type PolicyFilter } from './policy/listPolicies.js';
import { parsePolicy, policySchemas, type LimitUnit, type Policy, type PolicyInput } from './policy/schema.js';
import { isWorkingDay } from './workday/isWorkingDay.js';

// ---------------------------------------------------------------------------------------------------------------
// Reading options
// ---------------------------------------------------------------------------------------------------------------

function readObject(fn: string, value: unknown, example: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${fn}: options must be an object like ${example}, received ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

function readInteger(fn: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${fn}: options.${name} must be a whole number from ${min} to ${max}, received ${describeValue(value)}`);
  }
  return value;
}

function readBoolean(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new InvalidArgumentError(`${fn}: options.${name} must be true or false, received ${describeValue(value)}`);
  return value;
}

function isArbitrary(value: unknown): value is fc.Arbitrary<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { generate?: unknown }).generate === 'function' &&
    typeof (value as { shrink?: unknown }).shrink === 'function'
  );
}

/** A closed range of day numbers. */
interface DayRange {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

/** The covered days of `calendar` between `from` and `to` (each optional, both included). */
function readRange(fn: string, calendar: Calendar, from: unknown, to: unknown): DayRange {
  const coverage = calendar.coverage;
  let first = tryParsePlainDate(coverage.from)!;
  let last = tryParsePlainDate(coverage.to)!;
  if (from !== undefined) first = Math.max(first, parsePlainDate(`${fn} (options.from)`, from));
  if (to !== undefined) last = Math.min(last, parsePlainDate(`${fn} (options.to)`, to));
  if (first > last) {
    throw new InvalidArgumentError(
      `${fn}: no day lies between options.from ${describeValue(from)} and options.to ${describeValue(to)} inside the ${calendar.id} calendar's coverage, ${coverage.from} to ${coverage.to}`,
    );
  }
  return { first, last };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and day counts
// ---------------------------------------------------------------------------------------------------------------

/** Options of {@link coveredDate} and {@link workingDay}: a calendar and a range of dates inside its coverage. */
export interface DateRangeOptions {
  /** The calendar whose coverage the dates lie in. Default `CN`. */
  readonly calendar?: Calendar | undefined;
  /** The earliest date (included). Default: the first covered date. */
  readonly from?: PlainDate | undefined;
  /** The latest date (included). Default: the last covered date. */
  readonly to?: PlainDate | undefined;
}

/**
 * Dates inside a calendar's coverage (and inside `from`..`to` when given), as `'YYYY-MM-DD'`: every day equally
 * likely, working day or not. Shrinks towards the earliest date.
 *
 * @param options - `{ calendar, from, to }`; see {@link DateRangeOptions}.
 * @returns An arbitrary of `'YYYY-MM-DD'` strings.
 * @throws {InvalidArgumentError} When an option has the wrong type or no covered day lies between `from` and `to`.
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 *
 * @example
 * fc.sample(coveredDate({ from: '2025-10-01', to: '2025-10-31' }), 3) //=> e.g. ['2025-10-17', '2025-10-04', '2025-10-29']
 * fc.assert(fc.property(coveredDate(), (date) => isPlainDate(date))) // every CN date from 2004-01-01 to 2026-12-31
 */
export function coveredDate(options?: DateRangeOptions): fc.Arbitrary<PlainDate> {
  const fn = 'coveredDate';
  const o = readObject(fn, options, "{ from: '2025-01-01', to: '2025-12-31' }");
  const calendar = calendarFromOptions(fn, o, CN);
  const { first, last } = readRange(fn, calendar, o['from'], o['to']);
  return fc.integer({ min: first, max: last }).map(formatDayNumber);
}

/**
 * Working days of a calendar inside its coverage (and inside `from`..`to` when given), each equally likely. Shrinks
 * towards the earliest.
 *
 * @param options - `{ calendar, from, to }`; see {@link DateRangeOptions}.
 * @returns An arbitrary of `'YYYY-MM-DD'` strings on which `isWorkingDay` is true.
 * @throws {InvalidArgumentError} When an option has the wrong type or the range holds no working day.
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 *
 * @example
 * fc.sample(workingDay({ from: '2025-10-01', to: '2025-10-12' }), 3) //=> e.g. ['2025-10-10', '2025-10-09', '2025-10-11']
 * // (1–8 October 2025 are holidays; Saturday 11 October is a make-up working day)
 */
export function workingDay(options?: DateRangeOptions): fc.Arbitrary<PlainDate> {
  const fn = 'workingDay';
  const o = readObject(fn, options, "{ from: '2025-01-01', to: '2025-12-31' }");
  const calendar = calendarFromOptions(fn, o, CN);
  const { first, last } = readRange(fn, calendar, o['from'], o['to']);
  const tables = calendar.tables;
  // cumulative[i] = working days strictly before covered day i, so these are positions of working days.
  const lowest = tables.cumulative[first - tables.first]!;
  const highest = tables.cumulative[last - tables.first + 1]! - 1;
  if (lowest > highest) {
    throw new InvalidArgumentError(`${fn}: the ${calendar.id} calendar has no working day from ${formatDayNumber(first)} to ${formatDayNumber(last)}`);
  }
  return fc.integer({ min: lowest, max: highest }).map((index) => workdayDateAt(tables, index)!);
}

/** Options of {@link workingDayCount}. */
export interface WorkingDayCountOptions {
  /** The smallest count. Default −260 (about a year back). */
  readonly min?: number | undefined;
  /** The largest count. Default 260 (about a year ahead). */
  readonly max?: number | undefined;
}

/**
 * Whole numbers of working days, for `addWorkingDays`-like functions: small counts, zero, negative counts and the
 * bounds come up often. Shrinks towards 0.
 *
 * @param options - `{ min, max }`, default −260 to 260; at most ±1,000,000.
 * @returns An arbitrary of safe integers.
 * @throws {InvalidArgumentError} When a bound is not a whole number within ±1,000,000 or `min` > `max`.
 *
 * @example
 * fc.sample(workingDayCount({ min: 1, max: 200 }), 3) //=> e.g. [60, 1, 137]
 */
export function workingDayCount(options?: WorkingDayCountOptions): fc.Arbitrary<number> {
  const fn = 'workingDayCount';
  const o = readObject(fn, options, '{ min: 1, max: 200 }');
  const min = readInteger(fn, 'min', o['min'], -260, -1_000_000, 1_000_000);
  const max = readInteger(fn, 'max', o['max'], 260, -1_000_000, 1_000_000);
  if (min > max) throw new InvalidArgumentError(`${fn}: options.min ${min} is greater than options.max ${max}`);
  return fc.integer({ min, max });
}

/** Options of {@link addWorkingDaysInput}. */
export interface AddWorkingDaysInputOptions extends DateRangeOptions {
  /** The largest number of working days to add or subtract. Default 260. */
  readonly maxDays?: number | undefined;
}

/** An input of `addWorkingDays` whose answer lies inside the calendar's coverage. */
export interface AddWorkingDaysInput {
  /** Day 0, inside `from`..`to`. */
  readonly date: PlainDate;
  /** The number of working days, from −maxDays to maxDays. */
  readonly days: number;
}

/**
 * Pairs `{ date, days }` for which `addWorkingDays(date, days)` has an answer: the date is covered and so is the
 * `days`-th working day after (or before) it. Near the ends of coverage `days` is cut to what the calendar holds.
 * Shrinks towards the earliest date and `days` 0.
 *
 * @param options - `{ calendar, from, to, maxDays }`; `from`/`to` bound the date, not the answer.
 * @returns An arbitrary of `{ date, days }`.
 * @throws {InvalidArgumentError} When an option has the wrong type or the range is empty.
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 *
 * @example
 * fc.assert(fc.property(addWorkingDaysInput(), ({ date, days }) => {
 *   expect(myAddWorkingDays(date, days)).toBe(addWorkingDays(date, days));
 * }));
 */
export function addWorkingDaysInput(options?: AddWorkingDaysInputOptions): fc.Arbitrary<AddWorkingDaysInput> {
  const fn = 'addWorkingDaysInput';
  const o = readObject(fn, options, '{ maxDays: 260 }');
  const calendar = calendarFromOptions(fn, o, CN);
  const { first, last } = readRange(fn, calendar, o['from'], o['to']);
  const maxDays = readInteger(fn, 'maxDays', o['maxDays'], 260, 0, 1_000_000);
  const tables = calendar.tables;
  const total = tables.workdays.length;
  return fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: -maxDays, max: maxDays })).map(([day, wanted]) => {
    const index = day - tables.first;
    // The answer's position in tables.workdays must stay within 0..total-1 (see shiftWorkingDays).
    const days = wanted > 0 ? Math.min(wanted, total - tables.cumulative[index + 1]!) : Math.max(wanted, -tables.cumulative[index]!);
    return { date: formatDayNumber(day), days: days === 0 ? 0 : days };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Clock stops
// ---------------------------------------------------------------------------------------------------------------

interface StopStep {
  readonly gap: number;
  readonly length: number;
  readonly reason: number;
}

interface StopPlan {
  readonly steps: readonly StopStep[];
  readonly openLast: boolean;
}

function stopPlan(maxCount: number, open: boolean): fc.Arbitrary<StopPlan> {
  return fc.record({
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 0, max: 120 }), reason: fc.nat({ max: 1000 }) }),
      { maxLength: maxCount },
    ),
    openLast: open ? fc.boolean() : fc.constant(false),
  });
}

/**
 * Turns a plan (calendar-day gaps and lengths) into stops from `startDay` on, none past `lastDay`: each begins on or
 * after the end of the one before (the first on or after the start), and only the last may be open.
 */
function buildStops(startDay: DayNumber, lastDay: DayNumber, plan: StopPlan, reasons: readonly (string | null)[]): DeadlineStop[] {
  const stops: DeadlineStop[] = [];
  let cursor = startDay;
  for (const step of plan.steps) {
    const from = cursor + step.gap;
    if (from > lastDay) break;
    const to = Math.min(from + step.length, lastDay);
    const reason = reasons.length ? reasons[step.reason % reasons.length]! : null;
    stops.push({ from: formatDayNumber(from), to: formatDayNumber(to), ...(reason !== null && { reason }) });
    cursor = to;
  }
  if (plan.openLast && stops.length > 0) {
    const { from, reason } = stops.pop()!;
    stops.push({ from, ...(reason !== undefined && reason !== null && { reason }) });
  }
  return stops;
}

/** Options of {@link clockStops}. */
export interface ClockStopsOptions {
  /** The start of the deadline (day 0): no stop begins before it. */
  readonly after: PlainDate;
  /** The calendar whose coverage the stops stay in. Default `CN`. */
  readonly calendar?: Calendar | undefined;
  /** The most stops. Default 3. */
  readonly maxCount?: number | undefined;
  /** Whether the last stop may be open (no `to`: the clock is stopped now). Default true. */
  readonly open?: boolean | undefined;
  /** The reasons to give stops (each stop gets one of them, or none). Default: none. */
  readonly reasons?: readonly string[] | undefined;
}

/**
 * Clock stops of one application, as `dueDate` takes them: in date order, none beginning before `after`, none
 * overlapping another (a stop may begin on the day the one before it ends), all inside the calendar's coverage, and,
 * when `open` allows, a last one with no `to`. Stops last 0 to 120 calendar days with gaps of 0 to 90 days. Shrinks
 * towards fewer, earlier, shorter stops.
 *
 * @param options - `{ after, calendar, maxCount, open, reasons }`; see {@link ClockStopsOptions}.
 * @returns An arbitrary of arrays of `{ from, to?, reason? }`.
 * @throws {InvalidArgumentError} When an option has the wrong type or `after` lies outside the calendar's coverage.
 * @throws {InvalidDateError} When `after` is not a valid date.
 *
 * @example
 * fc.sample(clockStops({ after: '2025-03-03', reasons: ['sponsor-supplement'] }), 1)
 * //=> e.g. [[{ from: '2025-04-20', to: '2025-06-02', reason: 'sponsor-supplement' }, { from: '2025-06-30' }]]
 */
export function clockStops(options: ClockStopsOptions): fc.Arbitrary<DeadlineStop[]> {
  const fn = 'clockStops';
  if (options === undefined) throw new InvalidArgumentError(`${fn}: pass the start, e.g. clockStops({ after: '2025-03-03' })`);
  const o = readObject(fn, options, "{ after: '2025-03-03' }");
  const calendar = calendarFromOptions(fn, o, CN);
  const startDay = parsePlainDate(`${fn} (options.after)`, o['after']);
  const { first, last } = readRange(fn, calendar, undefined, undefined);
  if (startDay < first || startDay > last) {
    throw new InvalidArgumentError(
      `${fn}: options.after ${formatDayNumber(startDay)} lies outside the ${calendar.id} calendar's coverage, ${calendar.coverage.from} to ${calendar.coverage.to}`,
    );
  }
  const maxCount = readInteger(fn, 'maxCount', o['maxCount'], 3, 0, 50);
  const open = readBoolean(fn, 'open', o['open'], true);
  const reasons = readReasons(fn, o['reasons']);
  return stopPlan(maxCount, open).map((plan) => buildStops(startDay, last, plan, [null, ...reasons]));
}

function readReasons(fn: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || denseEntries(`${fn}: options.reasons`, value).some((reason) => typeof reason !== 'string' || reason === '')) {
    throw new InvalidArgumentError(`${fn}: options.reasons must be an array of non-empty strings such as ['sponsor-supplement'], received ${describeValue(value)}`);
  }
  return [...(value as string[])];
}

// ---------------------------------------------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------------------------------------------

/** Options of {@link policyId}. */
export interface PolicyIdOptions {
  /**
   * Which catalog policies, as `listPolicies` takes it (`{ text, jurisdiction, product, role, confidence, calendar, on }`).
   * Without `calendar`, only policies counted on `CN` (Hong Kong policies need `{ calendar: HK }` in `dueDate`).
   */
  readonly filter?: PolicyFilter | undefined;
}

/**
 * Ids of built-in policies (the catalog of docs/policies.md), each equally likely. Shrinks towards the first id in
 * alphabetical order.
 *
 * @param options - `{ filter }`: see {@link PolicyIdOptions}.
 * @returns An arbitrary of policy ids.
 * @throws {InvalidArgumentError} When the filter is malformed or matches no policy.
 *
 * @example
 * fc.sample(policyId({ filter: { text: 'ind' } }), 2) //=> e.g. ['cn.nmpa.drug.ind', 'cn.nmpa.drug.ind.innovative-30']
 * policyId({ filter: { calendar: 'HK' } }) // the Hong Kong policies
 */
export function policyId(options?: PolicyIdOptions): fc.Arbitrary<string> {
  const fn = 'policyId';
  const o = readObject(fn, options, "{ filter: { text: 'ind' } }");
  const filter = readObject(fn, o['filter'], "{ text: 'ind' }") as PolicyFilter;
  const ids = [...new Set(listPolicies({ calendar: 'CN', ...filter }).map((policy) => policy.id))];
  if (ids.length === 0) throw new InvalidArgumentError(`${fn}: no built-in policy matches the filter ${safeJson(filter, 200)}`);
  return fc.constantFrom(...ids);
}

/** Options of {@link policyObject}. */
export interface PolicyObjectOptions {
  /** The policy's calendar id. Default `'CN'`. */
  readonly calendar?: string | undefined;
  /** The units of the limit to choose from. Default: every unit, working days first. */
  readonly units?: readonly LimitUnit[] | undefined;
  /** The directions to choose from (`'after'`: forward from the start; `'before'`: back from it). Default both. */
  readonly directions?: readonly ('after' | 'before')[] | undefined;
}

const UNITS: readonly LimitUnit[] = ['working-days', 'calendar-days', 'weeks', 'months', 'years'];
const MAX_AMOUNT: Readonly<Record<LimitUnit, number>> = { 'working-days': 300, 'calendar-days': 400, weeks: 60, months: 36, years: 10 };
const STOP_REASONS = ['sponsor-supplement', 'inspection-rectification', 'applicant-delay', 'objection', 'report-pending'];
const SAMPLE_TEXTS = ['Acceptance of the application', '受理之日', 'DRR Art. 87', 'No deemed approval.', 'Review', '审评'];

const alphanumeric = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const word = fc.string({ unit: alphanumeric, minLength: 1, maxLength: 8 });
const kebab = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));
const dottedId = fc.array(kebab, { minLength: 2, maxLength: 4 }).map((segments) => segments.join('.'));
const text = fc.oneof(fc.constantFrom(...SAMPLE_TEXTS), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''));
const bilingual = fc.record({ en: text, zh: text });
const fraction = { numerator: fc.integer({ min: 1, max: 3 }), denominator: fc.integer({ min: 2, max: 6 }) };

const stopEffect = fc.oneof(
  fc.constant({ action: 'resume' as const }),
  fc.record(
    { action: fc.constant('extend' as const), fraction: fc.record(fraction), rounding: fc.constantFrom('ceil' as const, 'floor' as const, 'round' as const), once: fc.boolean() },
    { requiredKeys: ['action', 'fraction', 'rounding'] },
  ),
  fc.record({ action: fc.constant('restart' as const), amount: fc.integer({ min: 1, max: 300 }) }),
);

const stopRule = fc.record({ reason: fc.oneof(fc.constantFrom(...STOP_REASONS), kebab), title: bilingual, effect: stopEffect, article: text });

const extensionCap = fc.record({
  max: fc.oneof(
    fc.record({ kind: fc.constant('fraction' as const), ...fraction }),
    fc.record({ kind: fc.constant('amount' as const), amount: fc.integer({ min: 1, max: 300 }) }),
  ),
  article: text,
  note: bilingual,
});

/** Effective periods that hold over every calendar's coverage: from 1990–2003, to null or 2100–2199. */
const alwaysInForce = fc.record({
  from: fc.integer({ min: tryParsePlainDate('1990-01-01')!, max: tryParsePlainDate('2003-12-31')! }).map(formatDayNumber),
  to: fc.option(fc.integer({ min: tryParsePlainDate('2100-01-01')!, max: tryParsePlainDate('2199-12-31')! }).map(formatDayNumber), { nil: null }),
});

function readChoices<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): readonly T[] {
  if (value === undefined) return allowed;
  if (!Array.isArray(value) || value.length === 0 || denseEntries(`${fn}: options.${name}`, value).some((item) => !allowed.includes(item as T))) {
    throw new InvalidArgumentError(`${fn}: options.${name} must be a non-empty array of ${allowed.map((a) => `'${a}'`).join(', ')}, received ${describeValue(value)}`);
  }
  return [...new Set(value as T[])];
}

/**
 * Policy objects made up for the test, each one valid under `PolicySchema`: any limit (unit, amount, direction),
 * start day counted or not, stop reasons that resume, extend (a fraction, rounded up, down or to the nearest, once or
 * every time) or restart, a discretionary extension cap, and an effective period that holds over the whole coverage
 * of every calendar (so any covered start is in force). Stop reasons and an extension cap appear only on limits
 * counted forward in working days, as the schema requires. Shrinks towards a plain working-day limit.
 *
 * @param options - `{ calendar, units, directions }`; see {@link PolicyObjectOptions}.
 * @returns An arbitrary of policy objects as a user writes them (`PolicyInput`).
 * @throws {InvalidArgumentError} When an option is malformed.
 *
 * @example
 * fc.assert(fc.property(policyObject(), (policy) => PolicySchema.safeParse(policy).success)) // always true
 * fc.sample(policyObject({ units: ['working-days'], directions: ['after'] }), 1)[0].limit //=> e.g. { amount: 17, unit: 'working-days', direction: 'after' }
 */
export function policyObject(options?: PolicyObjectOptions): fc.Arbitrary<PolicyInput> {
  const fn = 'policyObject';
  const o = readObject(fn, options, "{ units: ['working-days'] }");
  const calendar = o['calendar'] ?? 'CN';
  if (typeof calendar !== 'string' || !/^[A-Z][A-Z0-9-]*$/.test(calendar)) {
    throw new InvalidArgumentError(`${fn}: options.calendar must be a calendar id such as 'CN' or 'HK', received ${describeValue(calendar)}`);
  }
  const units = readChoices(fn, 'units', o['units'], UNITS);
  const directions = readChoices(fn, 'directions', o['directions'], ['after', 'before'] as const);
  const limit = fc.oneof(
    ...units.map((unit) =>
      fc.record({ amount: fc.integer({ min: 1, max: MAX_AMOUNT[unit] }), unit: fc.constant(unit), direction: fc.constantFrom(...directions) }),
    ),
  );
  return fc
    .record(
      {
        id: dottedId,
        version: fc.oneof(fc.constantFrom('2020-07-01', 'v1'), word),
        title: bilingual,
        jurisdiction: fc.constantFrom('CN', 'CN-GD', 'CN-BJ', 'HK'),
        authority: bilingual,
        products: fc.subarray(['drug', 'device', 'ivd', 'any'] as const, { minLength: 1 }),
        role: fc.constantFrom('review', 'stage', 'sponsor-window', 'relative'),
        procedure: kebab,
        limit,
        clockStart: fc.record({ event: bilingual, startDayCounts: fc.boolean() }, { requiredKeys: ['event'] }),
        stops: fc.uniqueArray(stopRule, { selector: (rule) => rule.reason, maxLength: 4 }),
        extensionCap: fc.option(extensionCap, { nil: undefined }),
        consequence: fc.constantFrom('implied-approval', 'deemed-renewal', 'none'),
        consequenceNote: bilingual,
        effective: alwaysInForce,
        source: fc.record({
          document: bilingual,
          number: text,
          article: text,
          url: fc.constantFrom(null, 'https://www.gov.cn/', 'http://english.nmpa.gov.cn/'),
        }),
        confidence: fc.constantFrom('cited', 'unverified'),
        notes: fc.array(text, { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'version', 'title', 'jurisdiction', 'authority', 'products', 'role', 'procedure', 'limit', 'clockStart', 'consequence', 'consequenceNote', 'effective', 'source', 'confidence'] },
    )
    .map(({ stops, extensionCap: cap, ...rest }): PolicyInput => {
      const forwardWorking = rest.limit.unit === 'working-days' && rest.limit.direction === 'after';
      return {
        ...rest,
        products: [...rest.products],
        calendar,
        ...(forwardWorking && stops !== undefined && { stops }),
        ...(forwardWorking && cap !== undefined && { extensionCap: cap }),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Whole deadline inputs
// ---------------------------------------------------------------------------------------------------------------

/** An input of `dueDate` made by {@link deadlineInput}. */
export interface DeadlineInput {
  /** A catalog id or a policy object. */
  readonly policy: string | PolicyInput;
  /** Day 0, inside the calendar's coverage and inside the policy's effective period. */
  readonly start: PlainDate;
  /** The clock stops (empty for limits that are not counted forward in working days). */
  readonly stops: readonly DeadlineStop[];
  /** The day to report the status on (only when `asOf` is enabled). */
  readonly asOf?: PlainDate;
  /** The calendar, only when one was given in the options. */
  readonly calendar?: Calendar;
}

/** Options of {@link deadlineInput}. */
export interface DeadlineInputOptions {
  /**
   * The policy: a catalog id, a policy object, or an arbitrary of either (e.g. `policyId({ filter })` or
   * `policyObject()`). A fixed id or object is checked when the arbitrary is made; values of an arbitrary are used as
   * they come (an invalid one makes `dueDate` refuse the input). Default: any catalog policy counted on the calendar.
   */
  readonly policy?: string | PolicyInput | fc.Arbitrary<string | PolicyInput> | undefined;
  /** The calendar to count on, passed to `dueDate` as `calendar`. Default `CN` (and no `calendar` in the input). */
  readonly calendar?: Calendar | undefined;
  /** The earliest start. Default: the first covered date. */
  readonly from?: PlainDate | undefined;
  /** The latest start. Default: the last covered date. */
  readonly to?: PlainDate | undefined;
  /** The most stops. Default 3; 0 for none. */
  readonly maxStops?: number | undefined;
  /** Whether the last stop may be open (then `due` is null). Default true. */
  readonly openStop?: boolean | undefined;
  /** Whether to add an `asOf` date (sometimes; from 30 days before the start to 400 after). Default true. */
  readonly asOf?: boolean | undefined;
}

/** What a policy allows: the days a start may fall on, the stop reasons, whether stops apply. */
interface PolicyShape {
  readonly windows: readonly DayRange[];
  readonly size: number;
  readonly reasonsOn: (start: DayNumber) => readonly string[];
  readonly takesStops: (start: DayNumber) => boolean;
}

function clip(ranges: readonly DayRange[], range: DayRange): { windows: DayRange[]; size: number } {
  const windows: DayRange[] = [];
  let size = 0;
  for (const r of ranges) {
    const first = Math.max(r.first, range.first);
    const last = Math.min(r.last, range.last);
    if (first <= last) {
      windows.push({ first, last });
      size += last - first + 1;
    }
  }
  return { windows, size };
}

function isForwardWorking(policy: Pick<Policy, 'limit'> | PolicyInput): boolean {
  return policy.limit.unit === 'working-days' && (policy.limit.direction ?? 'after') === 'after';
}

function shapeOf(policy: string | PolicyInput, range: DayRange): PolicyShape {
  if (typeof policy === 'string') {
    const versions = listPolicies({ allVersions: true }).filter((p) => p.id === policy);
    if (versions.length === 0) {
      // Not a catalog id (drawn from the caller's own arbitrary): any start, no stops; dueDate will refuse it.
      return { windows: [range], size: range.last - range.first + 1, reasonsOn: () => [], takesStops: () => false };
    }
    const ranges = versions.map((p) => ({ first: tryParsePlainDate(p.effective.from)!, last: p.effective.to === null ? Number.MAX_SAFE_INTEGER : tryParsePlainDate(p.effective.to)! }));
    const clipped = clip(ranges, range);
    const versionOn = (start: DayNumber) => getPolicy(policy, { on: formatDayNumber(start) });
    return { ...clipped, reasonsOn: (start) => versionOn(start).stops.map((s) => s.reason), takesStops: (start) => isForwardWorking(versionOn(start)) };
  }
  const parsed = policySchemas().PolicySchema.safeParse(policy);
  if (!parsed.success) {
    // Not a valid policy (drawn from the caller's own arbitrary): any start, stops without reasons; dueDate will refuse it.
    return { windows: [range], size: range.last - range.first + 1, reasonsOn: () => [], takesStops: () => true };
  }
  const { effective, stops } = parsed.data;
  const first = tryParsePlainDate(effective.from)!;
  const last = effective.to === null ? Number.MAX_SAFE_INTEGER : tryParsePlainDate(effective.to)!;
  const reasons = stops.map((s) => s.reason);
  const forward = isForwardWorking(parsed.data);
  return { ...clip([{ first, last }], range), reasonsOn: () => reasons, takesStops: () => forward };
}

const POSITIONS = 2 ** 30;

function readPolicyOption(fn: string, value: unknown, calendar: Calendar): fc.Arbitrary<string | PolicyInput> {
  if (value === undefined) {
    const members = calendar.id.split('+');
    const ids = [...new Set(listPolicies({ allVersions: true }).filter((p) => members.includes(p.calendar)).map((p) => p.id))];
    if (ids.length === 0) throw new InvalidArgumentError(`${fn}: no built-in policy counts days on the ${calendar.id} calendar; pass options.policy`);
    return fc.constantFrom(...ids);
  }
  if (isArbitrary(value)) return value as fc.Arbitrary<string | PolicyInput>;
  if (typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value))) {
    return fc.constant(value as string | PolicyInput);
  }
  throw new InvalidArgumentError(`${fn}: options.policy must be a catalog id, a policy object or a fast-check arbitrary of them, received ${describeValue(value)}`);
}

/**
 * Whole inputs of `dueDate`: a policy, a start inside both the calendar's coverage and the policy's effective period
 * (for a catalog id, one of its versions; for a policy object, its `effective` period), clock stops as
 * {@link clockStops} makes them with the reasons of the version in force (none for limits not counted forward in
 * working days), and sometimes an `asOf`. Most inputs have a due date; those whose due date lies past coverage make
 * reviewclock refuse with `calendar_out_of_range`, which {@link expectSameDueDate} checks too. Shrinks towards the
 * earliest start, no stops and no `asOf`.
 *
 * @param options - `{ policy, calendar, from, to, maxStops, openStop, asOf }`; see {@link DeadlineInputOptions}.
 * @returns An arbitrary of `{ policy, start, stops, asOf?, calendar? }`, ready for `dueDate`.
 * @throws {InvalidArgumentError} When an option is malformed, or a fixed policy is in force on no day of the range.
 * @throws {UnknownPolicyError} When a fixed `policy` id is not in the catalog.
 * @throws {PolicyValidationError} When a fixed `policy` object fails `PolicySchema`.
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 *
 * @example
 * fc.sample(deadlineInput({ policy: 'cn.nmpa.drug.nda', from: '2025-01-01', asOf: false }), 1)
 * //=> e.g. [{ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] }]
 * fc.assert(fc.property(deadlineInput({ policy: policyObject({ units: ['working-days'] }) }), (input) => {
 *   dueDate(input); // never throws anything but a ReviewclockError
 * }));
 */
export function deadlineInput(options?: DeadlineInputOptions): fc.Arbitrary<DeadlineInput> {
  const fn = 'deadlineInput';
  const o = readObject(fn, options, "{ policy: 'cn.nmpa.drug.ind' }");
  const calendar = calendarFromOptions(fn, o, CN);
  const range = readRange(fn, calendar, o['from'], o['to']);
  const coverageLast = tryParsePlainDate(calendar.coverage.to)!;
  const coverageFirst = tryParsePlainDate(calendar.coverage.from)!;
  const maxStops = readInteger(fn, 'maxStops', o['maxStops'], 3, 0, 50);
  const openStop = readBoolean(fn, 'openStop', o['openStop'], true);
  const withAsOf = readBoolean(fn, 'asOf', o['asOf'], true);
  const givenCalendar = o['calendar'] === undefined ? undefined : calendar;
  let policies = readPolicyOption(fn, o['policy'], calendar);
  const shapes = new Map<string | PolicyInput, PolicyShape>();
  const shape = (policy: string | PolicyInput): PolicyShape => {
    let found = shapes.get(policy);
    if (!found) shapes.set(policy, (found = shapeOf(policy, range)));
    return found;
  };
  const fixed = o['policy'];
  if (typeof fixed === 'string') getPolicy(fixed); // an unknown id: UnknownPolicyError, with the closest ids
  else if (fixed !== undefined && !isArbitrary(fixed)) parsePolicy(fn, fixed); // PolicyValidationError, with zod's issues
  if (fixed !== undefined && !isArbitrary(fixed) && shape(fixed as string | PolicyInput).size === 0) {
    throw new InvalidArgumentError(
      `${fn}: policy ${typeof fixed === 'string' ? `"${fixed}"` : 'object'} is in force on no day from ${formatDayNumber(range.first)} to ${formatDayNumber(range.last)}`,
    );
  }
  if (fixed === undefined || isArbitrary(fixed)) policies = policies.filter((policy) => shape(policy).size > 0);
  return fc
    .record(
      {
        policy: policies,
        position: fc.integer({ min: 0, max: POSITIONS - 1 }),
        stops: stopPlan(maxStops, openStop),
        asOf: withAsOf ? fc.option(fc.integer({ min: -30, max: 400 }), { nil: undefined }) : fc.constant(undefined),
      },
      { requiredKeys: ['policy', 'position', 'stops'] },
    )
    .map(({ policy, position, stops: plan, asOf: asOfOffset }): DeadlineInput => {
      const { windows, size, reasonsOn, takesStops } = shape(policy);
      let k = Math.floor((position / POSITIONS) * size);
      let start = windows[0]!.first;
      for (const window of windows) {
        const length = window.last - window.first + 1;
        if (k < length) {
          start = window.first + k;
          break;
        }
        k -= length;
      }
      const stops = takesStops(start) ? buildStops(start, coverageLast, plan, [null, ...reasonsOn(start)]) : [];
      const asOfDay = asOfOffset === undefined ? undefined : Math.min(coverageLast, Math.max(coverageFirst, start + asOfOffset));
      return {
        policy,
        start: formatDayNumber(start),
        stops,
        ...(asOfDay !== undefined && { asOf: formatDayNumber(asOfDay) }),
        ...(givenCalendar !== undefined && { calendar: givenCalendar }),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------------------------

/** What a reviewclock call gave: its value, or the typed error it threw (with the error's stable `code`). */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ReviewclockErrorCode; readonly error: ReviewclockError };

/**
 * Runs a computation and returns its value or the `ReviewclockError` it threw, so that a test can compare answers and
 * refusals alike. Any other error is not an answer (it is a bug) and is thrown on.
 *
 * @param compute - The call to make, e.g. `() => addWorkingDays(date, days)`.
 * @returns `{ ok: true, value }` or `{ ok: false, code, error }`.
 *
 * @example
 * outcome(() => addWorkingDays('2025-09-30', 1))  //=> { ok: true, value: '2025-10-09' }
 * outcome(() => addWorkingDays('2026-12-31', 1)).code //=> 'calendar_out_of_range'
 */
export function outcome<T>(compute: () => T): Outcome<T> {
  if (typeof compute !== 'function') {
    throw new InvalidArgumentError(`outcome: pass the call to make as a function, e.g. () => addWorkingDays(date, days), received ${describeValue(compute)}`);
  }
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof ReviewclockError) return { ok: false, code: error.code, error };
    throw error;
  }
}

/** reviewclock's answer for a deadline input: the due date with the full result, or the refusal's code. */
export type OracleAnswer =
  | { readonly ok: true; readonly due: PlainDate | null; readonly result: DeadlineResult }
  | { readonly ok: false; readonly code: ReviewclockErrorCode; readonly error: ReviewclockError };

/**
 * reviewclock's answer for one `dueDate` input: `due` (null while an open stop runs) and the whole result, or the
 * code of the typed error it refuses the input with.
 *
 * @param input - What `dueDate` takes (e.g. from {@link deadlineInput}).
 * @returns `{ ok: true, due, result }` or `{ ok: false, code, error }`.
 *
 * @example
 * oracle({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }).due //=> '2025-12-25'
 * oracle({ policy: 'cn.nmpa.drug.ind', start: '2026-11-02' }).code //=> 'calendar_out_of_range' (due in 2027)
 */
export function oracle(input: DueDateOptions): OracleAnswer {
  const answer = outcome(() => dueDate(input));
  return answer.ok ? { ok: true, due: answer.value.due, result: answer.value } : answer;
}

/** Options of {@link expectSameDueDate}. */
export interface ExpectSameDueDateOptions {
  /**
   * What to require when reviewclock refuses an input (a due date past coverage, a policy not in force):
   * `'must-throw'` (default): your function must throw too; `'skip'`: the input is skipped with `fc.pre`, so it
   * counts as neither a pass nor a failure.
   */
  readonly whenRefused?: 'must-throw' | 'skip' | undefined;
}

/** JSON for a message (calendars by id), cut to `max` characters. */
function safeJson(value: unknown, max = 10_000): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (isCalendar(v) ? `[calendar ${v.id}]` : v)) ?? describeValue(value);
  } catch {
    text = describeValue(value);
  }
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
}

/**
 * A property body that checks your due-date function against reviewclock: for each input your function must return
 * the same due date (`null` or `undefined` while an open stop runs), and must throw where reviewclock refuses the
 * input (or, with `whenRefused: 'skip'`, the input is skipped). On a difference it throws an error that shows the
 * input, both answers and reviewclock's derivation (`explain`), and fast-check shrinks the input first.
 *
 * @param theirs - Your function: takes a {@link DeadlineInput}, returns `'YYYY-MM-DD'`, or null/undefined for no
 *   due date yet.
 * @param options - `{ whenRefused }`; see {@link ExpectSameDueDateOptions}.
 * @returns A function to pass to `fc.property(deadlineInput(...), ...)`.
 *
 * @example
 * const myIndDue = ({ start }: DeadlineInput) => addWorkingDays(start, 60); // ignores stops
 * fc.assert(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind', maxStops: 0 }), expectSameDueDate(myIndDue, { whenRefused: 'skip' })));
 * // passes; with stops allowed it fails, e.g. 'due dates differ: reviewclock "2026-01-09", yours "2025-12-25"' and the derivation
 */
export function expectSameDueDate(
  theirs: (input: DeadlineInput) => PlainDate | null | undefined,
  options?: ExpectSameDueDateOptions,
): (input: DeadlineInput) => void {
  const fn = 'expectSameDueDate';
  if (typeof theirs !== 'function') {
    throw new InvalidArgumentError(`${fn}: pass your due-date function, (input) => 'YYYY-MM-DD' | null, received ${describeValue(theirs)}`);
  }
  const o = readObject(fn, options, "{ whenRefused: 'skip' }");
  const whenRefused = o['whenRefused'] ?? 'must-throw';
  if (whenRefused !== 'must-throw' && whenRefused !== 'skip') {
    throw new InvalidArgumentError(`${fn}: options.whenRefused must be 'must-throw' or 'skip', received ${describeValue(whenRefused)}`);
  }
  return (input) => {
    const ours = oracle(input);
    let mine: { ok: true; due: PlainDate | null } | { ok: false; error: unknown };
    try {
      mine = { ok: true, due: theirs(input) ?? null };
    } catch (error) {
      mine = { ok: false, error };
    }
    const shown = `input: ${safeJson(input)}`;
    if (!ours.ok) {
      if (whenRefused === 'skip') {
        fc.pre(false);
        return;
      }
      if (mine.ok) {
        throw new Error(`reviewclock refuses this input (${ours.code}: ${ours.error.message}), but yours returned ${safeJson(mine.due)}\n${shown}`);
      }
      return;
    }
    if (!mine.ok) {
      throw new Error(`reviewclock's due date is ${safeJson(ours.due)}, but yours threw ${errorText(mine.error)}\n${shown}\nreviewclock's derivation:\n${explain(ours.result)}`);
    }
    if (mine.due !== ours.due) {
      throw new Error(
        `due dates differ: reviewclock ${safeJson(ours.due)}, yours ${safeJson(mine.due)}\n${shown}\nreviewclock's derivation:\n${explain(ours.result)}`,
      );
    }
  };
}

/**
 * The definition of `addWorkingDays`, written the slow and obvious way: walk day by day and count the working days
 * strictly after (or before) `date`. For checking your own fast implementation on a calendar of your own (e.g. made
 * with `withOverrides`). Cost grows with `days`, up to the length of the calendar's coverage; the walk stops with
 * the same coverage error as `addWorkingDays` when it leaves coverage.
 *
 * @param date - Day 0, `'YYYY-MM-DD'`, inside coverage.
 * @param days - A whole number of working days.
 * @param options - `{ calendar }`, default `CN`.
 * @returns The `days`-th working day after `date` (before it for negative `days`); `date` for 0.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {InvalidArgumentError} When `days` is not a safe integer.
 * @throws {CalendarCoverageError} When `date` or the answer lies outside coverage.
 *
 * @example
 * referenceAddWorkingDays('2025-09-30', 1) //=> '2025-10-09' (walks over the National Day holiday)
 * referenceAddWorkingDays('2025-10-09', -1) //=> '2025-09-30'
 */
export function referenceAddWorkingDays(date: PlainDate, days: number, options?: { readonly calendar?: Calendar | undefined }): PlainDate {
  const fn = 'referenceAddWorkingDays';
  const calendar = calendarFromOptions(fn, options, CN);
  let day = parsePlainDate(fn, date);
  isWorkingDay(date, { calendar }); // refuses a date outside coverage
  if (typeof days !== 'number' || !Number.isSafeInteger(days)) {
    throw new InvalidArgumentError(`${fn}: days must be a whole number of working days (a safe integer), received ${describeValue(days)}`);
  }
  const first = tryParsePlainDate(calendar.coverage.from)!;
  const last = tryParsePlainDate(calendar.coverage.to)!;
  const step = days > 0 ? 1 : -1;
  for (let left = Math.abs(days); left > 0; ) {
    day += step;
    if (day < first || day > last) {
      throw coverageError(fn, calendar, `working day number ${Math.abs(days)} ${step > 0 ? 'after' : 'before'} ${date}`, yearOfDayNumber(day));
    }
    if (isWorkingDay(formatDayNumber(day), { calendar })) left--;
  }
  return formatDayNumber(day);
}
