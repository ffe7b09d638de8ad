import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar, workingDayOnOrNear } from './internal.js';

/**
 * `date` itself when it is a working day, else the last working day before it. Constant time.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns `date`, or the previous working day.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {CalendarCoverageError} When `date` or the answer is outside coverage.
 *
 * @example
 * workingDayOnOrBefore('2025-10-08') //=> '2025-09-30' (National Day holiday 1–8 October)
 * workingDayOnOrBefore('2025-09-28') //=> '2025-09-28' (a Sunday worked in exchange)
 */
export function workingDayOnOrBefore(date: PlainDate, options?: CalendarOptions): PlainDate {
  const calendar = readCalendar('workingDayOnOrBefore', options);
  const tables = calendar.tables;
  return workingDayOnOrNear('workingDayOnOrBefore', calendar, tables, indexOfDate('workingDayOnOrBefore', calendar, tables, date), date, false);
}
