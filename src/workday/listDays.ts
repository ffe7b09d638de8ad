import { coveredIndex, type CalendarOptions } from '../calendar/Calendar.js';
import type { DayInfo } from '../calendar/types.js';
import { formatDayNumber, parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError } from '../errors.js';
import { dayInfoAt, readCalendar } from './internal.js';

const FN = 'listDays';

/**
 * The most days one call lists: 100,000 days, about 274 years. Longer spans are refused before anything is built, so
 * that a mistyped year cannot make a call fill memory; list a longer span in parts.
 */
const MAX_LISTED_DAYS = 100_000;

/**
 * The {@link DayInfo} of every day from `from` to `to`, both included, in date order: a month or a year at a glance
 * (a calendar view, a table of the days a deadline spans). Each day costs the same constant time, read from the
 * calendar's tables.
 *
 * @param from - The first day listed, `'YYYY-MM-DD'`.
 * @param to - The last day listed, `'YYYY-MM-DD'`, on or after `from`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns One {@link DayInfo} per day, `to − from + 1` of them (a new array, a new object per day).
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 * @throws {InvalidArgumentError} When `from` is after `to`, or the span has more than 100,000 days (about 274 years).
 * @throws {CalendarCoverageError} When `from` or `to` is outside the calendar's coverage.
 *
 * @example
 * listDays('2025-10-08', '2025-10-11').map((day) => `${day.date} ${day.kind}`)
 * //=> ['2025-10-08 holiday', '2025-10-09 workday', '2025-10-10 workday', '2025-10-11 makeup-workday']
 * listDays('2025-10-01', '2025-10-31').filter((day) => day.working).length //=> 18 (1–8 October off, Saturday 11 October worked)
 */
export function listDays(from: PlainDate, to: PlainDate, options?: CalendarOptions): DayInfo[] {
  const calendar = readCalendar(FN, options);
  const first = parsePlainDate(FN, from);
  const last = parsePlainDate(FN, to);
  if (first > last) {
    throw new InvalidArgumentError(`${FN}: from (${from}) is after to (${to}); expected from on or before to (both days are listed)`);
  }
  const length = last - first + 1;
  if (length > MAX_LISTED_DAYS) {
    throw new InvalidArgumentError(
      `${FN}: the span from ${from} to ${to} has ${length} days; expected at most 100,000 days ` +
        '(about 274 years) in one call: list a longer span in parts',
    );
  }
  const tables = calendar.tables;
  const firstIndex = coveredIndex(FN, calendar, tables, first, from);
  coveredIndex(FN, calendar, tables, last, to);
  const days: DayInfo[] = [];
  for (let i = 0; i < length; i++) days.push(dayInfoAt(tables, firstIndex + i, formatDayNumber(first + i)));
  return days;
}
