import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar, readDayCount, shiftWorkingDays } from './internal.js';

/**
 * The `days`-th working day strictly after `date` (or, for negative `days`, strictly before it); `date` itself
 * for 0. `date` need not be a working day. Constant time, whatever `days` is.
 *
 * This is how a limit of N working days counted from a day 0 ends: `addWorkingDays(day0, N)`.
 *
 * @param date - The starting day (day 0), `'YYYY-MM-DD'`.
 * @param days - A whole number of working days, positive, negative or zero.
 * @param options - `{ calendar }`, default `CN`.
 * @returns The resulting day, `'YYYY-MM-DD'`.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {InvalidArgumentError} When `days` is not a safe integer.
 * @throws {CalendarCoverageError} When `date` or the result is outside the calendar's coverage.
 *
 * @example
 * addWorkingDays('2025-09-26', 60) //=> '2025-12-25' (IND accepted 26 Sep 2025: the 60th working day)
 * addWorkingDays('2025-09-30', 1)  //=> '2025-10-09' (National Day holiday skipped)
 * addWorkingDays('2025-10-09', -1) //=> '2025-09-30'
 */
export function addWorkingDays(date: PlainDate, days: number, options?: CalendarOptions): PlainDate {
  const calendar = readCalendar('addWorkingDays', options);
  const tables = calendar.tables;
  const index = indexOfDate('addWorkingDays', calendar, tables, date);
  const count = readDayCount('addWorkingDays', 'days', days);
  if (count === 0) return date;
  return shiftWorkingDays('addWorkingDays', calendar, tables, index, date, count);
}
