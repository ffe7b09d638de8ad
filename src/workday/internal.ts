/**
 * Shared pieces of the working-day functions: reading arguments and the constant-time table lookups.
 *
 * @module
 */
import {
  KIND_MAKEUP,
  KIND_NAMES,
  KIND_WORKDAY,
  calendarFromOptions,
  coverageError,
  coveredIndex,
  workdayDateAt,
  type Calendar,
  type CalendarTables,
} from '../calendar/Calendar.js';
import { CN } from '../calendar/cn/index.js';
import type { DayInfo } from '../calendar/types.js';
import { parsePlainDate, weekdayOfDayNumber, yearOfDayNumber, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError, describeValue } from '../errors.js';

/** Reads the `{ calendar }` option (default `CN`). */
export function readCalendar(fn: string, options: unknown): Calendar {
  return options === undefined ? CN : calendarFromOptions(fn, options, CN);
}

/** The index of a date in a calendar's tables; throws for an invalid date or one outside coverage. */
export function indexOfDate(fn: string, calendar: Calendar, tables: CalendarTables, date: unknown): number {
  return coveredIndex(fn, calendar, tables, parsePlainDate(fn, date), date as PlainDate);
}

/** Reads a whole number of days. */
export function readDayCount(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidArgumentError(`${fn}: ${name} must be a whole number of working days (a safe integer), received ${describeValue(value)}`);
  }
  return value;
}

/** English ordinal of a positive integer: 1st, 2nd, 3rd, 11th, 22nd. */
export function ordinal(value: number): string {
  const mod100 = value % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/**
 * The `days`-th working day strictly after (days > 0) or before (days < 0) the covered day at `index`,
 * by two array lookups. `days` must not be 0.
 */
export function shiftWorkingDays(fn: string, calendar: Calendar, tables: CalendarTables, index: number, date: PlainDate, days: number): PlainDate {
  // cumulative[index + 1] working days lie on or before the date, cumulative[index] strictly before it.
  const position = days > 0 ? tables.cumulative[index + 1]! + days - 1 : tables.cumulative[index]! + days;
  const result = workdayDateAt(tables, position);
  if (result !== undefined && position >= 0) return result;
  const past = days > 0;
  throw coverageError(
    fn,
    calendar,
    `the ${ordinal(Math.abs(days))} working day ${past ? 'after' : 'before'} ${date}`,
    yearOfDayNumber(past ? tables.last : tables.first) + (past ? 1 : -1),
  );
}

/** True when the covered day at `index` is a working day (a Monday–Friday workday or a make-up working day). */
export function isWorkingAt(tables: CalendarTables, index: number): boolean {
  const kind = tables.kinds[index];
  return kind === KIND_WORKDAY || kind === KIND_MAKEUP;
}

/**
 * The {@link DayInfo} of the covered day at `index`, read from the tables: `dayInfo` answers one day with it and
 * `listDays` every day of a span, so a span is not validated again day by day. `date` is the day, already valid.
 */
export function dayInfoAt(tables: CalendarTables, index: number, date: PlainDate): DayInfo {
  const kind = tables.kinds[index]!;
  const holidayRef = tables.holidayRefs[index]!;
  const sourceRef = tables.sourceRefs[index]!;
  const holiday = holidayRef ? tables.holidays[holidayRef - 1] : undefined;
  const source = sourceRef ? tables.sources[sourceRef - 1] : undefined;
  return {
    date,
    weekday: weekdayOfDayNumber(tables.first + index),
    working: kind === KIND_WORKDAY || kind === KIND_MAKEUP,
    kind: KIND_NAMES[kind]!,
    ...(holiday && { holiday: { ...holiday } }),
    ...(source && { source: { ...source } }),
    provisional: tables.provisional?.[index] === 1,
  };
}

/**
 * The covered day at `index` itself when it is a working day, else the nearest working day after (`after`) or before
 * it: two array lookups at most.
 */
export function workingDayOnOrNear(fn: string, calendar: Calendar, tables: CalendarTables, index: number, date: PlainDate, after: boolean): PlainDate {
  if (isWorkingAt(tables, index)) return date;
  // Not a working day, so the nearest one on or after it is the nearest strictly after it (and likewise before).
  return shiftWorkingDays(fn, calendar, tables, index, date, after ? 1 : -1);
}
