import { KIND_MAKEUP, KIND_NAMES, KIND_WORKDAY, type CalendarOptions } from '../calendar/Calendar.js';
import type { DayInfo } from '../calendar/types.js';
import { weekdayOfDayNumber, type PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar } from './internal.js';

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
  const index = indexOfDate('dayInfo', calendar, tables, date);
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
