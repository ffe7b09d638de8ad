import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar, workingDayOnOrNear } from './internal.js';

/**
 * `date` itself when it is a working day, else the first working day after it: where a period whose last day is a
 * rest day ends (Civil Code Art. 203 moves it to the day after the rest days), and what chinese-days calls
 * `findWorkday(0)`. Constant time.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns `date`, or the next working day.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {CalendarCoverageError} When `date` or the answer is outside coverage.
 *
 * @example
 * workingDayOnOrAfter('2025-10-01') //=> '2025-10-09' (National Day holiday 1–8 October)
 * workingDayOnOrAfter('2025-10-11') //=> '2025-10-11' (a Saturday worked in exchange)
 */
export function workingDayOnOrAfter(date: PlainDate, options?: CalendarOptions): PlainDate {
  const calendar = readCalendar('workingDayOnOrAfter', options);
  const tables = calendar.tables;
  return workingDayOnOrNear('workingDayOnOrAfter', calendar, tables, indexOfDate('workingDayOnOrAfter', calendar, tables, date), date, true);
}
