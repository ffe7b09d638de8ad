/**
 * Localized long dates for the terminal, by date-fns ("Tuesday, 1 July 2025", "2025年7月1日 星期二").
 *
 * date-fns formats a `Date` with its local-time getters, which would shift a date by a day under a time zone
 * west of UTC. The date is therefore built from its UTC parts as a {@link UtcDate}, whose local getters read
 * UTC, so that the same plain date prints the same under every `TZ`.
 *
 * @module
 */
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { isPlainDate, InvalidDateError, type PlainDate } from '../index.js';
import type { Lang } from './options.js';

export { LANGS, type Lang } from './options.js';

const CONSTRUCT_FROM = Symbol.for('constructDateFrom');

/**
 * A `Date` whose local-time getters answer in UTC, so that date-fns (which calls the local getters) formats the
 * UTC calendar day whatever the machine's zone. date-fns keeps the class through its internal copies via the
 * `constructDateFrom` symbol, as `@date-fns/utc` does.
 */
class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  [CONSTRUCT_FROM](value: Date | number | string): UtcDate {
    return new UtcDate(typeof value === 'string' ? Number.NaN : +value);
  }
}

/** The year, month (1–12) and day of a valid plain date. */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  if (!isPlainDate(date)) throw new InvalidDateError('reviewclock', date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function utcDate(date: PlainDate): UtcDate {
  const { year, month, day } = dateParts(date);
  const ms = Date.UTC(2000, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
  const value = new UtcDate(ms);
  value.setUTCFullYear(year);
  return value;
}

/**
 * A plain date written out in full.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param lang - `'en'` or `'zh'`.
 * @returns e.g. `'Tuesday, 1 July 2025'` or `'2025年7月1日 星期二'`.
 * @throws {InvalidDateError} When `date` is not a valid date.
 *
 * @example
 * longDate('2025-07-01', 'zh') //=> '2025年7月1日 星期二'
 */
export function longDate(date: PlainDate, lang: Lang): string {
  const value = utcDate(date);
  return lang === 'zh' ? format(value, 'PPPP', { locale: zhCN }) : format(value, 'EEEE, d MMMM yyyy', { locale: enUS });
}

/** A short weekday name: `'Mon'` or `'周一'`. */
export function shortWeekday(date: PlainDate, lang: Lang): string {
  const value = utcDate(date);
  return lang === 'zh' ? format(value, 'EEEEEE', { locale: zhCN }) : format(value, 'EEE', { locale: enUS });
}

/** A month heading: `'October 2025'` or `'2025年10月'`. */
export function monthTitle(year: number, month: number, lang: Lang): string {
  const value = utcDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  return lang === 'zh' ? format(value, 'yyyy年M月', { locale: zhCN }) : format(value, 'MMMM yyyy', { locale: enUS });
}

/** A short day: `'1 Oct'` or `'10月1日'`. */
export function shortDate(date: PlainDate, lang: Lang): string {
  const value = utcDate(date);
  return lang === 'zh' ? format(value, 'M月d日', { locale: zhCN }) : format(value, 'd MMM', { locale: enUS });
}

/**
 * The date `days` calendar days after (or before) a plain date, by UTC arithmetic.
 *
 * @example
 * shiftDate('2025-12-31', 1) //=> '2026-01-01'
 */
export function shiftDate(date: PlainDate, days: number): PlainDate {
  const { year, month, day } = dateParts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  if (year < 100) shifted.setUTCFullYear(shifted.getUTCFullYear() - 1900);
  return shifted.toISOString().slice(0, 10);
}
