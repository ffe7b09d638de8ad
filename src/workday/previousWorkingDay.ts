import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar, shiftWorkingDays } from './internal.js';

/**
 * The last working day strictly before `date`.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns The previous working day.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {CalendarCoverageError} When `date` or the answer is outside coverage.
 *
 * @example
 * previousWorkingDay('2025-10-09') //=> '2025-09-30'
 */
export function previousWorkingDay(date: PlainDate, options?: CalendarOptions): PlainDate {
  const calendar = readCalendar('previousWorkingDay', options);
  const tables = calendar.tables;
  return shiftWorkingDays('previousWorkingDay', calendar, tables, indexOfDate('previousWorkingDay', calendar, tables, date), date, -1);
}
