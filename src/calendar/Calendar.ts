/**
 * The calendar engine: which days are working days over a contiguous range of covered days, compiled once into
 * lookup tables so that every question is answered in constant time. It knows nothing about China; the data
 * comes from schedules (see `fromSchedules.ts`) or from other calendars (Hong Kong, overrides, combinations).
 *
 * @module
 */
import { CalendarCoverageError, InvalidArgumentError, describeValue } from '../errors.js';
import { formatDayNumber, type DayNumber, type PlainDate, yearOfDayNumber } from '../date/plainDate.js';
import type { CalendarSource, DayKind, HolidayName, HolidaySchedule } from './types.js';

/** Numeric codes of {@link DayKind} in the compiled tables. */
export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_MAKEUP = 3;

/** The {@link DayKind} of each numeric kind code. */
export const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup-workday'];

/**
 * The raw day data of a calendar: one entry per covered day, starting at `first`.
 * `holidayRefs[i]` and `sourceRefs[i]` are 0 for none, else 1 + an index into `holidays` / `sources`.
 */
export interface CalendarDays {
  readonly first: DayNumber;
  readonly kinds: Uint8Array;
  readonly holidayRefs: Uint32Array;
  readonly holidays: readonly HolidayName[];
  readonly sourceRefs: Uint32Array;
  readonly sources: readonly CalendarSource[];
  /** 1 where the day is projected rather than published; absent when no day is. */
  readonly provisional?: Uint8Array | undefined;
}

/** The lookup tables every working-day question is answered from. */
export interface CalendarTables extends CalendarDays {
  /** Last covered day number. */
  readonly last: DayNumber;
  /** `cumulative[i]` = working days among the first `i` covered days; length = covered days + 1. */
  readonly cumulative: Int32Array;
  /** The day numbers of all working days, ascending. */
  readonly workdays: Int32Array;
  /** `workdays` formatted as `YYYY-MM-DD`, filled in as they are asked for: read it through {@link workdayDateAt}. */
  readonly workdayDates: (PlainDate | undefined)[];
}

/** How a calendar is made: its identity, its covered range, and a function that produces its days on demand. */
export interface CalendarDefinition {
  /** Short id, e.g. `'CN'`. */
  readonly id: string;
  /** What the calendar is, in a sentence fragment, e.g. `'mainland China (State Council notices 2004–2026)'`. */
  readonly name: string;
  /** First covered day. */
  readonly first: DayNumber;
  /** Last covered day. */
  readonly last: DayNumber;
  /** Produces the day data; called once, on first use. */
  readonly days: () => CalendarDays;
  /** What a user does to cover another year; ends the coverage error's message. */
  readonly extendHint: (year: number) => string;
  /**
   * The schedules the days were built from, over Monday–Friday work and Saturday–Sunday rest, when that is all the
   * calendar is (`CN`, and `withSchedules` of it). Lets `withSchedules(…, { replace: true })` rebuild a year exactly,
   * including the days its old notice set in the year before.
   */
  readonly schedules?: readonly HolidaySchedule[] | undefined;
  /** The calendars a combination is made of (`combineCalendars`), in order. */
  readonly members?: readonly Calendar[] | undefined;
  /** How `projectCalendar` continues this calendar past its coverage; CN's rule is built into `projectCalendar`. */
  readonly projection?: CalendarProjection | undefined;
  /** For a projected calendar: the blocks whose arrangement is open, in date order, not overlapping. */
  readonly candidates?: readonly CandidateBlock[] | undefined;
}

/** One arrangement of a projected holiday block: its rest days (weekends inside included) and make-up working days. */
export interface BlockVariant {
  readonly rest: readonly DayNumber[];
  readonly makeup: readonly DayNumber[];
}

/** A holiday block of a projected year: its names, its document, and the arrangements the rule allows, most likely first. */
export interface BlockPlan {
  readonly holiday: HolidayName;
  /** The document every projected day of the block cites. */
  readonly source: CalendarSource;
  /** At least one; the first is the most likely, and is what the projected calendar's days show. */
  readonly variants: readonly BlockVariant[];
}

/** A rule that continues a calendar past its coverage: rest days from a standing rule instead of a published list. */
export interface CalendarProjection {
  /** What the rule follows, for messages and the calendar's name, e.g. `'Hong Kong General Holidays Ordinance rules'`. */
  readonly basis: string;
  /** The document the rule comes from, for days no block names. */
  readonly source: CalendarSource;
  /** The first year the rule can project. */
  readonly firstYear: number;
  /** The last year the rule can project. */
  readonly lastYear: number;
  /** The holiday blocks of one year (besides Saturdays and Sundays), with their candidate arrangements. */
  readonly plan: (year: number) => readonly BlockPlan[];
}

/** A day whose kind differs in one candidate arrangement from the calendar's own (most likely) days. */
export interface CandidateChange {
  readonly day: DayNumber;
  /** The day's kind code in that arrangement (`KIND_*`). */
  readonly kind: number;
}

/**
 * A run of projected days that the rule leaves open: the arrangements a published notice may choose, as changes to
 * the calendar's own days. `dueDate` evaluates a deadline on each relevant arrangement for its `dueRange`.
 */
export interface CandidateBlock {
  /** The first and last day any arrangement changes. */
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** What the block is, e.g. `'2027 Spring Festival (春节)'`. */
  readonly label: string;
  /** The arrangements; the first is the calendar's own (no change). */
  readonly variants: readonly (readonly CandidateChange[])[];
  /** The most the working days counted up to a day of the block can differ between an arrangement and the calendar's own. */
  readonly shift: number;
  /** True when every arrangement has as many working days in the block as the calendar's own. */
  readonly balanced: boolean;
}

const CALENDAR_BRAND: unique symbol = Symbol.for('reviewclock.calendar') as never;

/** True for an object built by this build's Calendar constructor (it has the private field), set by the class. */
let ownInstance: (value: object) => boolean;

/**
 * A working-day calendar: which days in its covered range are working days, with holiday names and sources.
 * Answers are exact inside `coverage` and refused outside it with a {@link CalendarCoverageError}.
 * Get one from the library (`CN`, `HK`) or from `withSchedules`, `projectCalendar`, `withOverrides` or
 * `combineCalendars`; do not construct one directly.
 *
 * @example
 * CN.id       //=> 'CN'
 * CN.coverage //=> { from: '2004-01-01', to: '2026-12-31' }
 */
export class Calendar {
  static {
    ownInstance = (value) => #tables in value;
  }

  /** Short id, e.g. `'CN'`. */
  readonly id: string;
  /** What the calendar is. */
  readonly name: string;
  /** The first and last covered dates. */
  readonly coverage: { readonly from: PlainDate; readonly to: PlainDate };
  /** @internal */
  readonly [CALENDAR_BRAND] = true;
  /** @internal */
  readonly definition: CalendarDefinition;
  #tables: CalendarTables | undefined;

  /** @internal Use the library's calendars and calendar functions instead. */
  constructor(definition: CalendarDefinition) {
    this.id = definition.id;
    this.name = definition.name;
    this.definition = definition;
    this.coverage = Object.freeze({ from: formatDayNumber(definition.first), to: formatDayNumber(definition.last) });
    Object.freeze(this.coverage);
  }

  /** @internal The compiled lookup tables (built on first use). */
  get tables(): CalendarTables {
    return (this.#tables ??= compileTables(this.definition));
  }

  /** A short description, e.g. `'CN calendar (2004-01-01 to 2026-12-31)'`. */
  toString(): string {
    return `${this.id} calendar (${this.coverage.from} to ${this.coverage.to})`;
  }
}

function compileTables(definition: CalendarDefinition): CalendarTables {
  const days = definition.days();
  const length = definition.last - definition.first + 1;
  if (days.first !== definition.first || days.kinds.length !== length) {
    throw new Error(`reviewclock internal error: calendar ${definition.id} data does not match its coverage`);
  }
  const cumulative = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    const kind = days.kinds[i];
    if (kind === KIND_WORKDAY || kind === KIND_MAKEUP) count++;
    cumulative[i + 1] = count;
  }
  const workdays = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) {
    const kind = days.kinds[i];
    if (kind === KIND_WORKDAY || kind === KIND_MAKEUP) workdays[k++] = definition.first + i;
  }
  // Formatted on demand (formatting all 8,000 working days of CN up front was most of the first call's cost).
  return { ...days, last: definition.last, cumulative, workdays, workdayDates: new Array<PlainDate | undefined>(count) };
}

/**
 * @internal The `position`-th working day of the tables (0 is the first covered one) as `YYYY-MM-DD`, formatted
 * once and then kept; undefined when there is no such working day.
 */
export function workdayDateAt(tables: CalendarTables, position: number): PlainDate | undefined {
  const date = tables.workdayDates[position];
  if (date !== undefined) return date;
  const day = tables.workdays[position];
  return day === undefined ? undefined : (tables.workdayDates[position] = formatDayNumber(day));
}

/**
 * True for calendars made by this library (in either its ESM or its CJS build): branded, and an instance of a
 * Calendar class (built by its constructor, so holding its private tables). A spread copy (`{ ...CN }`),
 * `Object.create(CN)`, fields copied onto `Object.create(Calendar.prototype)` or an object with a forged brand is not
 * one.
 */
export function isCalendar(value: unknown): value is Calendar {
  if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[CALENDAR_BRAND] !== true) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  // The private field is the real brand: a prototype and fields copied onto another object do not carry it.
  if (prototype === Calendar.prototype) return ownInstance(value);
  // A calendar of the library's other build (ESM and CJS each have their class): its own `tables` getter reads its
  // private field, and throws for an object that has not got it.
  const getter = typeof prototype === 'object' && prototype !== null ? Object.getOwnPropertyDescriptor(prototype, 'tables')?.get : undefined;
  if (typeof getter !== 'function') return false;
  try {
    const tables: unknown = getter.call(value);
    return typeof tables === 'object' && tables !== null;
  } catch {
    return false;
  }
}

/** Options accepted by every working-day function. */
export interface CalendarOptions {
  /** The calendar to count on. Default: `CN`, the mainland calendar. */
  readonly calendar?: Calendar | undefined;
}

/**
 * Reads a calendar argument.
 *
 * @param name - How the argument is named in the message, e.g. `'calendars[1]'`.
 * @throws {InvalidArgumentError} When `value` is not a reviewclock calendar.
 */
export function readCalendar(fn: string, value: unknown, name = 'calendar'): Calendar {
  if (!isCalendar(value)) {
    throw new InvalidArgumentError(
      `${fn}: ${name} must be a reviewclock calendar such as CN (or HK from 'reviewclock/hk'), received ${describeValue(value)}`,
    );
  }
  return value;
}

/**
 * Reads the `{ calendar }` option of a public function.
 *
 * @throws {InvalidArgumentError} When `options` is not an object or `calendar` is not a reviewclock calendar.
 */
export function calendarFromOptions(fn: string, options: unknown, fallback: Calendar): Calendar {
  if (options === undefined || options === null) return fallback;
  if (typeof options !== 'object') {
    throw new InvalidArgumentError(`${fn}: options must be an object like { calendar: CN }, received ${typeof options}`);
  }
  const calendar = (options as { calendar?: unknown }).calendar;
  return calendar === undefined ? fallback : readCalendar(fn, calendar, 'options.calendar');
}

/**
 * The error for a date outside a calendar's coverage.
 *
 * @param fn - The public function, for the message.
 * @param calendar - The calendar asked.
 * @param what - What lies outside, e.g. `'2027-01-04'` or `'the 5th working day after 2026-12-28'`.
 * @param year - The uncovered year (for a result past the end, the first year after coverage).
 */
export function coverageError(fn: string, calendar: Calendar, what: string, year: number): CalendarCoverageError {
  const { from, to } = calendar.coverage;
  return new CalendarCoverageError(
    `${fn}: ${what} lies outside the ${calendar.id} calendar, which covers ${from} to ${to} (${year} is not covered). ` +
      calendar.definition.extendHint(year),
    year,
    calendar.id,
    calendar.coverage,
  );
}

/** The index of a covered day in the calendar's tables, or a {@link CalendarCoverageError}. */
export function coveredIndex(fn: string, calendar: Calendar, tables: CalendarTables, day: DayNumber, input: PlainDate): number {
  const index = day - tables.first;
  if (index < 0 || day > tables.last) throw coverageError(fn, calendar, input, yearOfDayNumber(day));
  return index;
}
