import { KIND_MAKEUP, KIND_WORKDAY, type CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar } from './internal.js';

/**
 * Whether a day is a working day: a Monday–Friday that is not a rest day of the year's holiday notice, or a
 * Saturday/Sunday that the notice makes a working day.
 *
 * @param date - The day, `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns True on working days.
 * @throws {InvalidDateError} When `date` is not a valid `YYYY-MM-DD` date.
 * @throws {CalendarCoverageError} When `date` is outside the calendar's coverage.
 *
 * @example
 * isWorkingDay('2025-10-08') //=> false (National Day and Mid-Autumn Festival)
 * isWorkingDay('2025-10-11') //=> true  (a Saturday worked in exchange)
 * isWorkingDay('2005-12-31') //=> true  (set by the 2006 notice)
 */
export function isWorkingDay(date: PlainDate, options?: CalendarOptions): boolean {
  const calendar = readCalendar('isWorkingDay', options);
  const tables = calendar.tables;
  const kind = tables.kinds[indexOfDate('isWorkingDay', calendar, tables, date)];
  return kind === KIND_WORKDAY || kind === KIND_MAKEUP;
}
