import { coveredIndex, KIND_MAKEUP, KIND_NAMES, KIND_WORKDAY, type CalendarOptions } from '../calendar/Calendar.js';
import type { DayKind } from '../calendar/types.js';
import { formatDayNumber, parsePlainDate, weekdayOfDayNumber, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError } from '../errors.js';
import { readCalendar } from './internal.js';

const FN = 'calendarTable';

/**
 * The most days one table holds: 100,000 days, about 274 years (as for `listDays`). Every calendar reviewclock builds
 * is shorter than that, the bundled years and a projection included; a longer span is refused before anything is
 * built.
 */
export const MAX_CALENDAR_TABLE_DAYS = 100_000;

/**
 * One day of a calendar table: one row of the table `reviewclock export calendar` writes. The keys are the table's
 * column names, in the table's column order, so that a row is exactly what a database row holds.
 *
 * With the `ordinal` column, working-day arithmetic is one lookup per day (for days inside the table):
 * - the n-th working day after `s` (n ≥ 1) is the **working** day whose ordinal is `ordinal(s) + n`;
 * - `countWorkingDays(a, b)` is `ordinal(b) − ordinal(a)`.
 */
export interface CalendarTableRow {
  /** The day, `'YYYY-MM-DD'`. */
  readonly date: PlainDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** True on working days (`kind` is `'workday'` or `'makeup-workday'`). */
  readonly working: boolean;
  /** What the day is: `'workday'`, `'weekend'`, `'holiday'` or `'makeup-workday'`. */
  readonly kind: DayKind;
  /**
   * The number of working days on or before this day within the table: the table's first day has 1 when it is a
   * working day, else 0; a day that is not a working day has the ordinal of the working day before it.
   */
  readonly ordinal: number;
  /** The holiday's English name, on holiday rest days; else null. */
  readonly holiday: string | null;
  /** The holiday's Chinese name, where the schedule gives one; else null. */
  readonly holiday_zh: string | null;
  /** True when the day is projected rather than published (calendars from `projectCalendar`). */
  readonly provisional: boolean;
  /** The title of the notice that set the day (holidays and make-up working days); else null. */
  readonly source: string | null;
  /** The notice's address, where known; else null. */
  readonly source_url: string | null;
}

/**
 * A calendar as a table: one {@link CalendarTableRow} per day from `from` to `to` (both included), each with its
 * working-day `ordinal`, so that deadlines can be computed by a join inside a database (see docs/guides/sql.md).
 * Write it out with `formatCalendarTable`. Each day costs the same constant time, read from the calendar's tables.
 *
 * A deadline near the end of the table has no row: export far enough past the last deadline you need (the whole
 * coverage, `calendar.coverage`, is the usual choice).
 *
 * @param from - The first day, `'YYYY-MM-DD'`.
 * @param to - The last day, `'YYYY-MM-DD'`, on or after `from`.
 * @param options - `{ calendar }`, default `CN`.
 * @returns One row per day, `to − from + 1` of them, in date order.
 * @throws {InvalidDateError} When `from` or `to` is not a valid date.
 * @throws {InvalidArgumentError} When `from` is after `to`, or the span has more than 100,000 days (about 274 years).
 * @throws {CalendarCoverageError} When `from` or `to` is outside the calendar's coverage.
 *
 * @example
 * calendarTable('2025-09-30', '2025-10-01')
 * //=> [{ date: '2025-09-30', weekday: 2, working: true, kind: 'workday', ordinal: 1, holiday: null, holiday_zh: null,
 * //      provisional: false, source: null, source_url: null },
 * //    { date: '2025-10-01', weekday: 3, working: false, kind: 'holiday', ordinal: 1, holiday: 'National Day and Mid-Autumn Festival', … }]
 * const rows = calendarTable(CN.coverage.from, CN.coverage.to); // the whole bundled calendar, 2004–2026
 */
export function calendarTable(from: PlainDate, to: PlainDate, options?: CalendarOptions): CalendarTableRow[] {
  const calendar = readCalendar(FN, options);
  const first = parsePlainDate(FN, from);
  const last = parsePlainDate(FN, to);
  if (first > last) {
    throw new InvalidArgumentError(`${FN}: from (${from}) is after to (${to}); expected from on or before to (both days are in the table)`);
  }
  const length = last - first + 1;
  if (length > MAX_CALENDAR_TABLE_DAYS) {
    throw new InvalidArgumentError(
      `${FN}: the span from ${from} to ${to} has ${length} days; expected at most 100,000 days (about 274 years) in one table`,
    );
  }
  const tables = calendar.tables;
  const firstIndex = coveredIndex(FN, calendar, tables, first, from);
  coveredIndex(FN, calendar, tables, last, to);
  // cumulative[i + 1] working days lie on or before the covered day i; those before the table's first day do not count.
  const base = tables.cumulative[firstIndex]!;
  const rows: CalendarTableRow[] = [];
  for (let i = 0; i < length; i++) {
    const index = firstIndex + i;
    const code = tables.kinds[index]!;
    const holidayRef = tables.holidayRefs[index]!;
    const sourceRef = tables.sourceRefs[index]!;
    const holiday = holidayRef ? tables.holidays[holidayRef - 1] : undefined;
    const source = sourceRef ? tables.sources[sourceRef - 1] : undefined;
    rows.push({
      date: formatDayNumber(first + i),
      weekday: weekdayOfDayNumber(first + i),
      working: code === KIND_WORKDAY || code === KIND_MAKEUP,
      kind: KIND_NAMES[code]!,
      ordinal: tables.cumulative[index + 1]! - base,
      holiday: holiday?.name ?? null,
      holiday_zh: holiday?.nameZh ?? null,
      provisional: tables.provisional?.[index] === 1,
      source: source?.title ?? null,
      source_url: source?.url ? source.url : null,
    });
  }
  return rows;
}
