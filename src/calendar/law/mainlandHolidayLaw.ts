/**
 * The law behind every mainland rest day: the 全国年节及纪念日放假办法 (Measures on National Holidays and
 * Commemoration Days), Art. 2 (the holidays of all citizens, with their days) and Art. 6 (a holiday that falls on
 * a Saturday or Sunday is made up on a working day, 补假), in each revision that has been in force since 2000.
 *
 * The State Council's yearly notice arranges these days (and swaps weekends, 调休) but cannot remove one: reading
 * a notice (`scheduleFromNotice`) checks every statutory day against it, and projecting a year (`projectCalendar`)
 * starts from it. Lunar dates and the Qingming solar term are computed (`chineseDates.ts`), never typed in.
 *
 * @module
 */
import { dayNumberFromParts, type DayNumber } from '../../date/plainDate.js';
import { CHINESE_DATES_FIRST_YEAR, CHINESE_DATES_LAST_YEAR, chineseHolidayDates } from '../projection/chineseDates.js';
import type { CalendarSource, HolidayName } from '../types.js';

/** The festivals of Art. 2. */
export type MainlandFestival =
  | 'new-year'
  | 'spring-festival'
  | 'qingming'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day';

/** The names of each festival, as the notices and the bundled data write them. */
export const FESTIVAL_NAMES: Readonly<Record<MainlandFestival, HolidayName & { readonly nameZh: string }>> = {
  'new-year': { name: "New Year's Day", nameZh: '元旦' },
  'spring-festival': { name: 'Spring Festival', nameZh: '春节' },
  qingming: { name: 'Qingming Festival', nameZh: '清明节' },
  'labour-day': { name: 'Labour Day', nameZh: '劳动节' },
  'dragon-boat': { name: 'Dragon Boat Festival', nameZh: '端午节' },
  'mid-autumn': { name: 'Mid-Autumn Festival', nameZh: '中秋节' },
  'national-day': { name: 'National Day', nameZh: '国庆节' },
};

/** Which days of a festival Art. 2 gives, in one revision. */
type StatutoryDays = 'jan-1' | 'eve-1-2' | 'day-1-2-3' | 'eve-1-2-3' | 'day' | 'may-1' | 'may-1-2' | 'may-1-2-3' | 'oct-1-2-3';

/** One revision of the Measures: when it applies and what its Art. 2 gives. */
export interface MainlandHolidayLaw {
  /** The first and last calendar years whose holidays the revision governs. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** The revising decision, with the address of a copy of it. */
  readonly source: CalendarSource;
  /** In the source's words, what Art. 2 gives. */
  readonly article2: string;
  /** The festivals of Art. 2 in this revision. */
  readonly festivals: Readonly<Partial<Record<MainlandFestival, StatutoryDays>>>;
}

/**
 * The revisions of the Measures since 2000, oldest first. Each decision took effect on 1 January of its first year
 * (the 1999 one on its publication, before the first holiday it governs).
 */
export const MAINLAND_HOLIDAY_LAWS: readonly MainlandHolidayLaw[] = [
  {
    firstYear: 2000,
    lastYear: 2007,
    source: {
      title:
        '国务院关于修改《全国年节及纪念日放假办法》的决定（1999年9月18日，第一次修订）— its Art. 2 as the 2004–2007 notices name the 法定假日; ' +
        'the revision is listed in the 2013 republication',
      url: 'http://www.gov.cn/zhuanti/2013-12/11/content_2610576.htm',
    },
    article2: '新年1天（1月1日）；春节3天（农历正月初一、初二、初三）；劳动节3天（5月1日、2日、3日）；国庆节3天（10月1日、2日、3日）',
    festivals: { 'new-year': 'jan-1', 'spring-festival': 'day-1-2-3', 'labour-day': 'may-1-2-3', 'national-day': 'oct-1-2-3' },
  },
  {
    firstYear: 2008,
    lastYear: 2013,
    source: {
      title: '国务院关于修改《全国年节及纪念日放假办法》的决定（国务院令第513号，2007年12月14日，自2008年1月1日起施行）— secondary copy',
      url: 'http://m.03j9n.cn/law/1/34245.html',
    },
    article2:
      '新年1天（1月1日）；春节3天（农历除夕、正月初一、初二）；清明节1天（农历清明当日）；劳动节1天（5月1日）；' +
      '端午节1天（农历端午当日）；中秋节1天（农历中秋当日）；国庆节3天（10月1日、2日、3日）',
    festivals: {
      'new-year': 'jan-1',
      'spring-festival': 'eve-1-2',
      qingming: 'day',
      'labour-day': 'may-1',
      'dragon-boat': 'day',
      'mid-autumn': 'day',
      'national-day': 'oct-1-2-3',
    },
  },
  {
    firstYear: 2014,
    lastYear: 2024,
    source: {
      title: '国务院关于修改《全国年节及纪念日放假办法》的决定（国务院令第644号，2013年12月11日，自2014年1月1日起施行）',
      url: 'http://www.gov.cn/zhuanti/2013-12/11/content_2610576.htm',
    },
    article2:
      '新年1天（1月1日）；春节3天（农历正月初一、初二、初三）；清明节1天；劳动节1天（5月1日）；端午节1天；中秋节1天；' +
      '国庆节3天（10月1日、2日、3日）',
    festivals: {
      'new-year': 'jan-1',
      'spring-festival': 'day-1-2-3',
      qingming: 'day',
      'labour-day': 'may-1',
      'dragon-boat': 'day',
      'mid-autumn': 'day',
      'national-day': 'oct-1-2-3',
    },
  },
  {
    firstYear: 2025,
    lastYear: CHINESE_DATES_LAST_YEAR,
    source: {
      title: '国务院关于修改《全国年节及纪念日放假办法》的决定（2024年11月10日，自2025年1月1日起施行）— Xinhua text, secondary copy',
      url: 'https://hunantoday.cn/news/xhn/202501/21587032.html',
    },
    article2:
      '元旦1天（1月1日）；春节4天（农历除夕、正月初一至初三）；清明节1天；劳动节2天（5月1日、2日）；端午节1天；中秋节1天；' +
      '国庆节3天（10月1日至3日）',
    festivals: {
      'new-year': 'jan-1',
      'spring-festival': 'eve-1-2-3',
      qingming: 'day',
      'labour-day': 'may-1-2',
      'dragon-boat': 'day',
      'mid-autumn': 'day',
      'national-day': 'oct-1-2-3',
    },
  },
];

/**
 * A festival's own date in a year: 1 January, the 1st of the first lunar month, the Qingming solar term, 1 May, the
 * 5th of the 5th month, the 15th of the 8th month, 1 October (lunar dates computed).
 *
 * @example
 * formatDayNumber(festivalDate(2027, 'spring-festival')) //=> '2027-02-06'
 */
export function festivalDate(year: number, festival: MainlandFestival): DayNumber {
  switch (festival) {
    case 'new-year':
      return dayNumberFromParts(year, 1, 1);
    case 'spring-festival':
      return chineseHolidayDates(year).lunarNewYear;
    case 'qingming':
      return chineseHolidayDates(year).qingming;
    case 'labour-day':
      return dayNumberFromParts(year, 5, 1);
    case 'dragon-boat':
      return chineseHolidayDates(year).dragonBoat;
    case 'mid-autumn':
      return chineseHolidayDates(year).midAutumn;
    case 'national-day':
      return dayNumberFromParts(year, 10, 1);
  }
}

/** The first and last years for which {@link statutoryHolidays} can answer. */
export const MAINLAND_LAW_FIRST_YEAR = Math.max(MAINLAND_HOLIDAY_LAWS[0]!.firstYear, CHINESE_DATES_FIRST_YEAR);
export const MAINLAND_LAW_LAST_YEAR = MAINLAND_HOLIDAY_LAWS[MAINLAND_HOLIDAY_LAWS.length - 1]!.lastYear;

/** One festival's statutory days in one year. */
export interface StatutoryHoliday {
  readonly festival: MainlandFestival;
  readonly holiday: HolidayName & { readonly nameZh: string };
  /** The days Art. 2 gives, ascending (lunar and solar-term dates computed). */
  readonly days: readonly DayNumber[];
}

/**
 * The revision of the Measures that governs a year's holidays.
 *
 * @param year - A year from {@link MAINLAND_LAW_FIRST_YEAR} to {@link MAINLAND_LAW_LAST_YEAR}.
 * @returns The revision, or undefined outside those years.
 *
 * @example
 * mainlandHolidayLawOf(2027)?.festivals['labour-day'] //=> 'may-1-2'
 */
export function mainlandHolidayLawOf(year: number): MainlandHolidayLaw | undefined {
  if (year < MAINLAND_LAW_FIRST_YEAR || year > MAINLAND_LAW_LAST_YEAR) return undefined;
  return MAINLAND_HOLIDAY_LAWS.find((law) => year >= law.firstYear && year <= law.lastYear);
}

/**
 * The statutory rest days of one year under the revision in force (Art. 2), festival by festival, in date order.
 * Days in lieu (Art. 6) are not included: where they fall is the notice's choice.
 *
 * @param year - A year from {@link MAINLAND_LAW_FIRST_YEAR} to {@link MAINLAND_LAW_LAST_YEAR}.
 * @returns One entry per festival of the revision, sorted by first day.
 * @throws {RangeError} Outside those years (callers check first).
 *
 * @example
 * statutoryHolidays(2027).find((h) => h.festival === 'spring-festival')!.days.map(formatDayNumber)
 * //=> ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] (the eve and the 1st–3rd of the first month)
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const law = mainlandHolidayLawOf(year);
  if (!law) throw new RangeError(`statutoryHolidays: no revision of the holiday Measures is modelled for ${year}`);
  const { lunarNewYear } = chineseHolidayDates(year);
  const daysOf = (festival: MainlandFestival, rule: StatutoryDays): DayNumber[] => {
    switch (rule) {
      case 'jan-1':
        return [dayNumberFromParts(year, 1, 1)];
      case 'eve-1-2':
        return [lunarNewYear - 1, lunarNewYear, lunarNewYear + 1];
      case 'day-1-2-3':
        return [lunarNewYear, lunarNewYear + 1, lunarNewYear + 2];
      case 'eve-1-2-3':
        return [lunarNewYear - 1, lunarNewYear, lunarNewYear + 1, lunarNewYear + 2];
      case 'day':
        return [festivalDate(year, festival)];
      case 'may-1':
        return [dayNumberFromParts(year, 5, 1)];
      case 'may-1-2':
        return [dayNumberFromParts(year, 5, 1), dayNumberFromParts(year, 5, 2)];
      case 'may-1-2-3':
        return [dayNumberFromParts(year, 5, 1), dayNumberFromParts(year, 5, 2), dayNumberFromParts(year, 5, 3)];
      case 'oct-1-2-3':
        return [dayNumberFromParts(year, 10, 1), dayNumberFromParts(year, 10, 2), dayNumberFromParts(year, 10, 3)];
    }
  };
  return (Object.entries(law.festivals) as [MainlandFestival, StatutoryDays][])
    .map(([festival, rule]) => ({ festival, holiday: FESTIVAL_NAMES[festival], days: daysOf(festival, rule) }))
    .sort((a, b) => a.days[0]! - b.days[0]!);
}
