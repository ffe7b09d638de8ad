/**
 * Plain calendar dates: `'YYYY-MM-DD'` strings outside, integer day numbers (days since 1970-01-01) inside.
 *
 * Nothing here touches `Date` parsing or a local-time getter, so every result is the same under every `TZ`.
 * The arithmetic is Howard Hinnant's days-from-civil algorithm on the proleptic Gregorian calendar.
 *
 * @module
 */
import { InvalidArgumentError, InvalidDateError, describeValue } from '../errors.js';

/**
 * A calendar day in China as `'YYYY-MM-DD'`, with no time and no zone, e.g. `'2025-09-26'`.
 * Dates are plain strings so that they serialise to JSON, sort as strings and compare with `===`.
 */
export type PlainDate = string;

/** An integer count of days since 1970-01-01 (day 0). Internal representation of a {@link PlainDate}. */
export type DayNumber = number;

const CHAR_0 = 48;
const CHAR_DASH = 45;

/** Days from 1970-01-01 to the given proleptic Gregorian date (month 1–12). The parts must already be valid. */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1–12) and day of a day number. */
export function partsFromDayNumber(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year of a day number. */
export function yearOfDayNumber(dayNumber: DayNumber): number {
  return partsFromDayNumber(dayNumber).year;
}

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** Formats a day number as `'YYYY-MM-DD'`. Years outside 0001–9999 are refused. */
export function formatDayNumber(dayNumber: DayNumber): PlainDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < 1 || year > 9999) {
    throw new InvalidArgumentError(`day number ${dayNumber} is outside the years 0001–9999 that a YYYY-MM-DD date can hold`);
  }
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${twoDigits(month)}-${twoDigits(day)}`;
}

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses a `'YYYY-MM-DD'` string into a day number, or returns `undefined` when it is not a valid date.
 * Exactly four-digit years, two-digit months and days; the day must exist in that month.
 * This is on every call's hot path, so it reads character codes directly.
 */
export function tryParsePlainDate(value: unknown): DayNumber | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== CHAR_DASH || value.charCodeAt(7) !== CHAR_DASH) return undefined;
  const y0 = value.charCodeAt(0) - CHAR_0;
  const y1 = value.charCodeAt(1) - CHAR_0;
  const y2 = value.charCodeAt(2) - CHAR_0;
  const y3 = value.charCodeAt(3) - CHAR_0;
  const m0 = value.charCodeAt(5) - CHAR_0;
  const m1 = value.charCodeAt(6) - CHAR_0;
  const d0 = value.charCodeAt(8) - CHAR_0;
  const d1 = value.charCodeAt(9) - CHAR_0;
  // Every digit in 0..9: as unsigned 32-bit numbers, anything else is above 9.
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9) return undefined;
  if ((m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month]! && !(leap && month === 2 && day === 29)) return undefined;
  const y = year - 1;
  const daysBeforeYear = 365 * y + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) - 719162;
  return daysBeforeYear + DAYS_BEFORE_MONTH[month]! + (leap && month > 2 ? 1 : 0) + day - 1;
}

function whyInvalid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1) return 'there is no year 0000';
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  return `${match[1]}-${match[2]} has ${daysInMonth(year, month)} days`;
}

/**
 * Parses a `'YYYY-MM-DD'` string into a day number.
 *
 * @param fn - The public function on whose behalf the date is read; named in the error message.
 * @param value - The value to read.
 * @throws {InvalidDateError} When `value` is not a string holding a valid calendar date.
 */
export function parsePlainDate(fn: string, value: unknown): DayNumber {
  const dayNumber = tryParsePlainDate(value);
  if (dayNumber === undefined) throw new InvalidDateError(fn, value, whyInvalid(value));
  return dayNumber;
}

/**
 * True when `value` is a string holding a valid `'YYYY-MM-DD'` calendar date.
 *
 * @example
 * isPlainDate('2024-02-29') //=> true
 * isPlainDate('2025-02-29') //=> false
 * isPlainDate('2025-2-3')   //=> false
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return tryParsePlainDate(value) !== undefined;
}

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar date in China (China Standard Time, UTC+8) of an instant: a `Date` or epoch milliseconds.
 * This is the one place where an instant becomes a date; it reads the instant's UTC value and never the
 * machine's time zone. (China has kept UTC+8 without daylight saving since 1991.)
 *
 * @param instant - A `Date` or a number of milliseconds since 1970-01-01T00:00:00Z.
 * @returns The `'YYYY-MM-DD'` date in China at that instant.
 * @throws {InvalidArgumentError} For an invalid `Date`, a non-finite number or another type.
 *
 * @example
 * chinaDateOf(Date.UTC(2025, 8, 25, 16, 0)) //=> '2025-09-26' (midnight in Beijing)
 * chinaDateOf(new Date('2025-09-25T15:59:59Z')) //=> '2025-09-25'
 */
export function chinaDateOf(instant: Date | number): PlainDate {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new InvalidArgumentError(
      `chinaDateOf: expected a valid Date or epoch milliseconds, received ${instant instanceof Date ? 'an invalid Date' : describeValue(instant)}`,
    );
  }
  return formatDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY));
}
