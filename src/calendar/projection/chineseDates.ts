/**
 * The Chinese (lunisolar) calendar dates that the mainland statutory holidays follow, computed astronomically:
 * new moons and solar terms from `date-chinese` (the engine date-holidays uses, on VSOP87 and Meeus), months
 * numbered by the rules of GB/T 33661-2017 《农历的编算和颁行》: days begin at midnight Beijing time (UTC+8),
 * the month holding the winter solstice is the 11th, and only a year (岁) of 13 months from one 11th month to
 * the next has a leap month, the first month without a major solar term (中气). That last rule is what
 * `date-chinese`'s own month numbering misses in 2033 (it puts Mid-Autumn on 2033-10-07 instead of 2033-09-08).
 *
 * Kept out of the working-day path: only `projectCalendar` loads it.
 *
 * @module
 */
import type { CalendarChinese } from 'date-chinese';
import type { DayNumber } from '../../date/plainDate.js';
import { loadDateChinese } from '../../lazy/dateChinese.js';

/** Julian day of 1970-01-01T00:00Z; a Beijing midnight is 8 hours earlier in UT. */
const JD_UNIX_EPOCH = 2440587.5;
const BEIJING_OFFSET_DAYS = 8 / 24;

/** The first and last Gregorian years the computation is checked for (against independent tables, see the tests). */
export const CHINESE_DATES_FIRST_YEAR = 1950;
export const CHINESE_DATES_LAST_YEAR = 2099;

/** The holiday dates of one Gregorian year that depend on the Chinese calendar. */
export interface ChineseHolidayDates {
  /** 正月初一, the first day of the lunar year that begins in this Gregorian year. */
  readonly lunarNewYear: DayNumber;
  /** 清明, the day the Sun reaches longitude 15°. */
  readonly qingming: DayNumber;
  /** 五月初五, Dragon Boat Festival. */
  readonly dragonBoat: DayNumber;
  /** 八月十五, Mid-Autumn Festival. */
  readonly midAutumn: DayNumber;
}

let engine: CalendarChinese | undefined;
const cache = new Map<number, ChineseHolidayDates>();

/** A Beijing-midnight Julian ephemeris day from date-chinese as a day number (ΔT, about a minute, is rounded away). */
function dayNumberOfMidnight(jde: number): DayNumber {
  return Math.round(jde + BEIJING_OFFSET_DAYS - JD_UNIX_EPOCH);
}

/**
 * The lunar-calendar holiday dates of a Gregorian year.
 *
 * @param year - A Gregorian year in {@link CHINESE_DATES_FIRST_YEAR}–{@link CHINESE_DATES_LAST_YEAR}.
 */
export function chineseHolidayDates(year: number): ChineseHolidayDates {
  const cached = cache.get(year);
  if (cached) return cached;
  const cal = (engine ??= new (loadDateChinese().CalendarChinese)());
  // The months from the 11th month of the previous lunar year (it holds the December solstice of year - 1) to the
  // 11th month that holds the December solstice of this year.
  const firstEleventh = cal.previousNewMoon(cal.majorSolarTerm(11, year - 1));
  const nextEleventh = cal.previousNewMoon(cal.majorSolarTerm(11, year));
  const starts: number[] = [firstEleventh];
  while (starts[starts.length - 1]! < nextEleventh - 1) starts.push(cal.nextNewMoon(starts[starts.length - 1]! + 1));
  let leapIndex = -1;
  if (starts.length - 1 === 13) {
    // A leap year (岁) of 13 months: the first month without a major solar term is the leap month.
    for (let i = 1; i < 13; i++) {
      if (cal.isLeapMonth(starts[i]!)) {
        leapIndex = i;
        break;
      }
    }
  }
  const monthStart = (month: number): number => {
    // Month 11 is at index 0, 12 at 1, 1 at 2, …; every month from the leap month on shifts by one.
    const index = (month + 1) % 12;
    return starts[leapIndex !== -1 && index >= leapIndex ? index + 1 : index]!;
  };
  const dates: ChineseHolidayDates = {
    lunarNewYear: dayNumberOfMidnight(monthStart(1)),
    qingming: dayNumberOfMidnight(cal.solarTerm(5, year)),
    dragonBoat: dayNumberOfMidnight(monthStart(5)) + 4,
    midAutumn: dayNumberOfMidnight(monthStart(8)) + 14,
  };
  cache.set(year, dates);
  return dates;
}
