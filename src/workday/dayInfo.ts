import type { CalendarOptions } from '../calendar/Calendar.js';
import type { DayInfo } from '../calendar/types.js';
import type { PlainDate } from '../date/plainDate.js';
import { dayInfoAt, indexOfDate, readCalendar } from './internal.js';

/**
 * Everything known about one day: weekday, whether it is a working day, what kind of day it is, the holiday's
 * names and the notice that set it.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns A {@link DayInfo}.
 * @throws {InvalidDateError} When `date` is not a valid date.
 * @throws {CalendarCoverageError} When `date` is outside coverage.
 *
 * @example
 * dayInfo('2025-10-11')
 * //=> { date: '2025-10-11', weekday: 6, working: true, kind: 'makeup-workday', provisional: false,
 * //     source: { title: '国务院办公厅关于2025年部分节假日安排的通知', url: 'https://www.gov.cn/…' } }
 */
export function dayInfo(date: PlainDate, options?: CalendarOptions): DayInfo {
  const calendar = readCalendar('dayInfo', options);
  const tables = calendar.tables;
  return dayInfoAt(tables, indexOfDate('dayInfo', calendar, tables, date), date);
}
