/**
 * Shared pieces of the calendar functions that make a calendar from another one (`withSchedules`, `withOverrides`,
 * `projectCalendar`, `combineCalendars`): copying days, naming years, reading the calendar argument.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
import { dayNumberFromParts, yearOfDayNumber } from '../date/plainDate.js';
import { readCalendar, type Calendar } from './Calendar.js';

export { readCalendar };
import type { DaysBuilder } from './fromSchedules.js';

/**
 * Copies a calendar's days (kind, holiday name, source, provisional flag) into a builder, over the days both cover.
 *
 * @param builder - The days being built.
 * @param calendar - The calendar to copy from.
 */
export function copyCalendarDays(builder: DaysBuilder, calendar: Calendar): void {
  const tables = calendar.tables;
  const holidayRefs = tables.holidays.map((holiday) => builder.holidayRef(holiday));
  const sourceRefs = tables.sources.map((source) => builder.sourceRef(source));
  const from = Math.max(tables.first, builder.first);
  const to = Math.min(tables.last, builder.first + builder.kinds.length - 1);
  for (let day = from; day <= to; day++) {
    const i = day - tables.first;
    const holidayRef = tables.holidayRefs[i]!;
    const sourceRef = tables.sourceRefs[i]!;
    builder.set(
      day,
      tables.kinds[i]!,
      holidayRef ? holidayRefs[holidayRef - 1]! : 0,
      sourceRef ? sourceRefs[sourceRef - 1]! : 0,
      tables.provisional?.[i] === 1,
    );
  }
}

/** The first and last calendar years with at least one covered day. */
export function coveredYears(calendar: Calendar): { firstYear: number; lastYear: number } {
  return { firstYear: yearOfDayNumber(calendar.definition.first), lastYear: yearOfDayNumber(calendar.definition.last) };
}

/** True when every day of `year` is covered. */
export function coversWholeYear(calendar: Calendar, year: number): boolean {
  return calendar.definition.first <= dayNumberFromParts(year, 1, 1) && calendar.definition.last >= dayNumberFromParts(year, 12, 31);
}

/** `'2027'` or `'2027–2029'`. */
export function yearSpan(firstYear: number, lastYear: number): string {
  return firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
}

/**
 * Reads an options object that may be omitted.
 *
 * @throws {InvalidArgumentError} When `value` is neither undefined nor a plain object.
 */
export function readOptions(fn: string, value: unknown, example: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${fn}: options must be an object like ${example}, received ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}
