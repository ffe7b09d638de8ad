import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar, shiftWorkingDays } from './internal.js';

/**
 * The first working day strictly after `date`.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns The next working day.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {CalendarCoverageError} When `date` or the answer is outside coverage (after 2026-12-31 the answer
 * depends on the 2027 notice, so it is refused, never guessed).
 *
 * @example
 * nextWorkingDay('2025-01-24') //=> '2025-01-26' (a Sunday worked before Spring Festival)
 */
export function nextWorkingDay(date: PlainDate, options?: CalendarOptions): PlainDate {
  const calendar = readCalendar('nextWorkingDay', options);
  const tables = calendar.tables;
  return shiftWorkingDays('nextWorkingDay', calendar, tables, indexOfDate('nextWorkingDay', calendar, tables, date), date, 1);
}
