/**
 * The mainland projection rule: the rest days that the 全国年节及纪念日放假办法 (Measures on National Holidays and
 * Commemoration Days, as revised on 2024-11-10, in force since 2025-01-01) gives every citizen, without the State
 * Council's yearly swaps (调休):
 * - Art. 2: New Year 1 day (1 January); Spring Festival 4 days (the eve and the 1st–3rd of the first lunar month);
 *   Qingming 1 day; Labour Day 2 days (1–2 May); Dragon Boat 1 day (5th of the 5th month); Mid-Autumn 1 day
 *   (15th of the 8th month); National Day 3 days (1–3 October);
 * - Art. 6: a holiday that falls on a Saturday or Sunday is made up on a working day (补假). Here: the first
 *   Monday–Friday after the festival that is not already a rest day; likewise for a holiday that falls on another
 *   holiday (Mid-Autumn on 1–3 October).
 * No make-up working days: the yearly notice's swaps cannot be foreseen.
 *
 * @module
 */
import { dayNumberFromParts, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import type { CalendarProjection, ProjectedRestDay } from '../Calendar.js';
import type { HolidayName } from '../types.js';
import { CHINESE_DATES_FIRST_YEAR, CHINESE_DATES_LAST_YEAR, chineseHolidayDates } from './chineseDates.js';

interface Festival {
  readonly holiday: HolidayName;
  readonly inLieu: HolidayName;
  readonly days: readonly DayNumber[];
}

function festival(name: string, nameZh: string, days: readonly DayNumber[]): Festival {
  return { holiday: { name, nameZh }, inLieu: { name: `${name} (day off in lieu)`, nameZh: `${nameZh}（补假）` }, days };
}

/**
 * The statutory rest days of one year (Art. 2), with or without the days in lieu of Art. 6.
 *
 * @param year - A Gregorian year within the range the Chinese-calendar computation is checked for.
 * @param inLieu - Whether to add the days in lieu (Art. 6). Default true; false only for measuring what they change.
 */
export function mainlandStatutoryRestDays(year: number, inLieu = true): ProjectedRestDay[] {
  const { lunarNewYear, qingming, dragonBoat, midAutumn } = chineseHolidayDates(year);
  const festivals = [
    festival("New Year's Day", '元旦', [dayNumberFromParts(year, 1, 1)]),
    festival('Spring Festival', '春节', [lunarNewYear - 1, lunarNewYear, lunarNewYear + 1, lunarNewYear + 2]),
    festival('Qingming Festival', '清明节', [qingming]),
    festival('Labour Day', '劳动节', [dayNumberFromParts(year, 5, 1), dayNumberFromParts(year, 5, 2)]),
    festival('Dragon Boat Festival', '端午节', [dragonBoat]),
    festival('Mid-Autumn Festival', '中秋节', [midAutumn]),
    festival('National Day', '国庆节', [dayNumberFromParts(year, 10, 1), dayNumberFromParts(year, 10, 2), dayNumberFromParts(year, 10, 3)]),
  ].sort((a, b) => a.days[0]! - b.days[0]!);
  const rest = new Map<DayNumber, HolidayName>();
  const owed: { after: DayNumber; holiday: HolidayName }[] = [];
  for (const { holiday, inLieu: inLieuName, days } of festivals) {
    for (const day of days) {
      if (rest.has(day) || weekdayOfDayNumber(day) >= 6) owed.push({ after: days[days.length - 1]!, holiday: inLieuName });
      if (!rest.has(day)) rest.set(day, holiday);
    }
  }
  if (inLieu) {
    for (const { after, holiday } of owed) {
      let day = after + 1;
      while (rest.has(day) || weekdayOfDayNumber(day) >= 6) day++;
      rest.set(day, holiday);
    }
  }
  return [...rest].map(([day, holiday]) => ({ day, holiday })).sort((a, b) => a.day - b.day);
}

/** The mainland projection rule used by `projectCalendar` for `CN` and calendars made from it. */
export const MAINLAND_PROJECTION: CalendarProjection = {
  basis: 'the statutory holiday list of the 全国年节及纪念日放假办法 (2024 revision), without yearly swaps',
  source: {
    title: '全国年节及纪念日放假办法（2024年11月10日修订）第二条、第六条 — projected, not a published holiday notice',
    url: 'https://hunantoday.cn/news/xhn/202501/21587032.html',
  },
  firstYear: Math.max(2025, CHINESE_DATES_FIRST_YEAR),
  lastYear: CHINESE_DATES_LAST_YEAR,
  restDays: (year) => mainlandStatutoryRestDays(year),
};
