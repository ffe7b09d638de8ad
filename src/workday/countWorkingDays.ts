import type { CalendarOptions } from '../calendar/Calendar.js';
import type { PlainDate } from '../date/plainDate.js';
import { indexOfDate, readCalendar } from './internal.js';

/**
 * The number of working days x with `from` < x ≤ `to`: how many working days of a limit have been used by `to`
 * when `from` is day 0. Negative (−count(to, from)) when `to` is before `from`. Constant time.
 *
 * Law: for n ≥ 1, `countWorkingDays(d, addWorkingDays(d, n)) === n`.
 *
 * @param from - Day 0 (not counted), `'YYYY-MM-DD'`.
 * @param to - Last day counted, `'YYYY-MM-DD'`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns The signed number of working days.
 * @throws {InvalidDateError} When either date is not a valid date.
 * @throws {CalendarCoverageError} When either date is outside coverage.
 *
 * @example
 * countWorkingDays('2025-09-26', '2025-12-25') //=> 60
 * countWorkingDays('2024-12-31', '2025-12-31') //=> 248 (the working days of 2025)
 * countWorkingDays('2025-12-31', '2024-12-31') //=> -248
 */
export function countWorkingDays(from: PlainDate, to: PlainDate, options?: CalendarOptions): number {
  const calendar = readCalendar('countWorkingDays', options);
  const tables = calendar.tables;
  const fromIndex = indexOfDate('countWorkingDays', calendar, tables, from);
  const toIndex = indexOfDate('countWorkingDays', calendar, tables, to);
  return tables.cumulative[toIndex + 1]! - tables.cumulative[fromIndex + 1]!;
}
