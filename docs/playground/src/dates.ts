/**
 * Plain-date helpers for the page: walking days and drawing months. Only UTC arithmetic (`Date.UTC`, `getUTC…`),
 * never local-time getters, so the page shows the same days in every time zone.
 *
 * @module
 */
import type { PlainDate } from '../../../src/index.js';

const MS_PER_DAY = 86_400_000;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** The date of a year, month (1–12) and day. */
export function dateOf(year: number, month: number, day: number): PlainDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Year, month (1–12) and day of a valid date. */
export function partsOf(date: PlainDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function msOf(date: PlainDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

/** The date `days` calendar days after `date` (before it for negative `days`). */
export function shiftDate(date: PlainDate, days: number): PlainDate {
  const moved = new Date(msOf(date) + days * MS_PER_DAY);
  return dateOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: PlainDate): number {
  return new Date(msOf(date)).getUTCDay() || 7;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((msOf(to) - msOf(from)) / MS_PER_DAY);
}

/** A year and month, for the month view. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** The month holding a date. */
export function monthOf(date: PlainDate): YearMonth {
  const { year, month } = partsOf(date);
  return { year, month };
}

/** The month `delta` months after `ym`. */
export function addMonths(ym: YearMonth, delta: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
