/**
 * Shared pieces of the working-day functions: reading arguments and the constant-time table lookups.
 *
 * @module
 */
import { calendarFromOptions, coverageError, coveredIndex, workdayDateAt, type Calendar, type CalendarTables } from '../calendar/Calendar.js';
import { CN } from '../calendar/cn/index.js';
import { parsePlainDate, yearOfDayNumber, type PlainDate } from '../date/plainDate.js';
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
