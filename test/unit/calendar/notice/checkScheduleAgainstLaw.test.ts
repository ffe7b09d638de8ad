import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CN,
  InvalidArgumentError,
  NoticeParseError,
  checkScheduleAgainstLaw,
  scheduleFromNotice,
  type CheckScheduleOptions,
  type HolidaySchedule,
} from '../../../../src/index.js';

// The checks scheduleFromNotice makes on what it reads, made on schedules given as data (the CLI's JSON files).

const bundled = CN.definition.schedules!;
const years = [...new Set(bundled.map((schedule) => schedule.year))];
const example2027 = readFileSync(new URL('../../../../fixtures/notices/2027-example.txt', import.meta.url), 'utf8');
/** The invented 2027 example as a schedule (not calendar data). */
const schedule2027 = scheduleFromNotice(example2027).schedule;

function refusal(schedule: unknown, options?: CheckScheduleOptions): NoticeParseError {
  try {
    checkScheduleAgainstLaw(schedule as HolidaySchedule, options);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    expect((error as NoticeParseError).code).toBe('invalid_notice');
    expect((error as NoticeParseError).sentence).toBeNull();
    expect((error as NoticeParseError).message).toMatch(/^checkScheduleAgainstLaw: /);
    return error as NoticeParseError;
  }
  throw new Error('expected a NoticeParseError');
}

/** `schedule` with holidays[index] replaced by `holiday` (appended when index is the length). */
function withHoliday(schedule: HolidaySchedule, index: number, holiday: HolidaySchedule['holidays'][number]): HolidaySchedule {
  const holidays = [...schedule.holidays];
  holidays[index] = holiday;
  return { ...schedule, holidays };
}

/** A Hong Kong-like list of 2027 general holidays, without a "calendar" field (not calendar data). */
const HONG_KONG_LIKE_2027: HolidaySchedule = {
  year: 2027,
  source: { title: 'General Holidays 2027 (Hong Kong-like test data)', url: '' },
  holidays: [
    { name: 'The first day of January', nameZh: '一月一日', from: '2027-01-01', to: '2027-01-01' },
    { name: "Lunar New Year's Day", nameZh: '农历年初一', from: '2027-02-06', to: '2027-02-06' },
    { name: 'The third day of Lunar New Year', nameZh: '农历年初三', from: '2027-02-08', to: '2027-02-08' },
    { name: 'The fourth day of Lunar New Year', nameZh: '农历年初四', from: '2027-02-09', to: '2027-02-09' },
    { name: 'Good Friday', nameZh: '耶稣受难节', from: '2027-03-26', to: '2027-03-27' },
    { name: 'Easter Monday', nameZh: '复活节星期一', from: '2027-03-29', to: '2027-03-29' },
    { name: 'Ching Ming Festival', nameZh: '清明节', from: '2027-04-05', to: '2027-04-05' },
    { name: 'Labour Day', nameZh: '劳动节', from: '2027-05-01', to: '2027-05-01' },
    { name: 'Tuen Ng Festival', nameZh: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: 'HKSAR Establishment Day', nameZh: '香港特别行政区成立纪念日', from: '2027-07-01', to: '2027-07-01' },
    { name: 'The day following the Chinese Mid-Autumn Festival', nameZh: '中秋节翌日', from: '2027-09-16', to: '2027-09-16' },
    { name: 'National Day', nameZh: '国庆日', from: '2027-10-01', to: '2027-10-01' },
    { name: 'Christmas Day', nameZh: '圣诞节', from: '2027-12-25', to: '2027-12-25' },
  ],
  makeupWorkdays: [],
};

describe('checkScheduleAgainstLaw', () => {
  describe('the bundled schedules', () => {
    it.each(years.map((year) => [year] as const))('passes the bundled %i notice, and each amendment with { amend: notice }', (year) => {
      const [notice, ...amendments] = bundled.filter((schedule) => schedule.year === year);
      expect(checkScheduleAgainstLaw(notice!)).toEqual([]);
      for (const amendment of amendments) expect(checkScheduleAgainstLaw(amendment, { amend: notice })).toEqual([]);
    });

    it('passes the schedule read from the invented 2027 example', () => {
      expect(checkScheduleAgainstLaw(schedule2027)).toEqual([]);
    });

    it('requires every festival of a year, except of an amendment', () => {
      const [notice, labourDay] = bundled.filter((schedule) => schedule.year === 2019);
      expect(refusal(labourDay).message).toMatch(/^checkScheduleAgainstLaw: holidays: no span is named for 元旦、春节、清明节、端午节、中秋节、国庆节/);
      expect(checkScheduleAgainstLaw(labourDay!, { amend: notice })).toEqual([]);
    });

    it('reads festivals from the English names when nameZh is absent', () => {
      const english = { ...schedule2027, holidays: schedule2027.holidays.map(({ nameZh: _, ...holiday }) => holiday) };
      expect(checkScheduleAgainstLaw(english)).toEqual([]);
      const far = withHoliday(english, 7, { name: 'National Day', from: '2027-12-31', to: '2027-12-31' });
      expect(refusal(far).message).toMatch(/^checkScheduleAgainstLaw: holidays\[7\]: the rest days 2027-12-31, for National Day, are 89 days from 国庆节/);
    });
  });

  describe('refusals, each naming the field', () => {
    it('refuses a Hong Kong-like 2027 schedule without "calendar": no Spring Festival, no 元旦', () => {
      const error = refusal(HONG_KONG_LIKE_2027);
      expect(error.message).toBe(
        'checkScheduleAgainstLaw: holidays: no span is named for 元旦、春节、中秋节、国庆节, which the holiday Measures (as revised in 2024) ' +
          'give in 2027; the spans are named for 清明节、劳动节、端午节 (a span is for the festivals its nameZh names: 春节, or 国庆节、中秋节 ' +
          'for a joint holiday)',
      );
      expect(refusal({ ...HONG_KONG_LIKE_2027, calendar: 'HK' }).message).toBe(
        'checkScheduleAgainstLaw: calendar: the schedule is for HK; the holiday Measures govern mainland schedules only ("calendar": "CN", or none)',
      );
    });

    it('refuses a make-up working day on a Friday', () => {
      const error = refusal({ ...schedule2027, makeupWorkdays: ['2027-01-15', ...schedule2027.makeupWorkdays.slice(1)] });
      expect(error.message).toBe(
        'checkScheduleAgainstLaw: makeupWorkdays[0]: make-up working day 2027-01-15 is not a Saturday or Sunday (weekdays are working days already)',
      );
    });

    it('refuses 1 October left a working day', () => {
      const index = schedule2027.holidays.findIndex((holiday) => holiday.nameZh === '国庆节');
      const error = refusal(withHoliday(schedule2027, index, { ...schedule2027.holidays[index]!, from: '2027-10-02' }));
      expect(error.message).toBe(
        `checkScheduleAgainstLaw: holidays[${index}]: 2027-10-01 (国庆节, a statutory holiday under Art. 2 of the Measures as revised in 2024) ` +
          'is a Friday outside every rest span; a statutory holiday on a weekday is a rest day',
      );
    });

    it('refuses a statutory day made a working day, naming the make-up day', () => {
      const notice2015 = bundled.find((schedule) => schedule.year === 2015)!;
      const error = refusal({ ...notice2015, holidays: [], makeupWorkdays: ['2015-10-03'] }, { amend: notice2015 });
      expect(error.message).toMatch(/^checkScheduleAgainstLaw: makeupWorkdays\[0\]: 2015-10-03 \(国庆节, a statutory holiday .*\) is made a working day/);
    });

    it('refuses a span far from the festival its name names', () => {
      const error = refusal(withHoliday(schedule2027, schedule2027.holidays.length, { name: 'National Day', nameZh: '国庆节', from: '2027-12-31', to: '2027-12-31' }));
      expect(error.message).toBe(
        'checkScheduleAgainstLaw: holidays[7]: the rest days 2027-12-31, for 国庆节, are 89 days from 国庆节 (2027-10-01 to 2027-10-03); a span ' +
          'for a festival holds, or lies within 7 days of, one of its days in 2027: is it named for the wrong festival?',
      );
    });

    it('refuses a year without the weekdays in lieu of Art. 6', () => {
      const error = refusal({ ...schedule2027, makeupWorkdays: [...schedule2027.makeupWorkdays, '2027-02-27'] });
      expect(error.message).toMatch(
        /^checkScheduleAgainstLaw: holidays and makeupWorkdays: over 2027 the schedule gives 18 weekday rest days and 6 make-up working days, so 12 weekdays off in all, fewer than the 13 statutory holiday days/,
      );
    });

    it('refuses what the schedule schema refuses, naming the fields', () => {
      expect(refusal({ year: 2027 }).message).toMatch(/^checkScheduleAgainstLaw: source: .*; holidays: .*; makeupWorkdays: /);
      const backwards = withHoliday(schedule2027, 2, { name: 'Qingming Festival', from: '2027-04-05', to: '2027-04-03' });
      expect(refusal(backwards).message).toBe('checkScheduleAgainstLaw: holidays[2].to: "to" 2027-04-03 is before "from" 2027-04-05');
    });

    it('refuses options.amend of another year or calendar, and malformed options', () => {
      const notice2026 = bundled.filter((schedule) => schedule.year === 2026)[0]!;
      expect(refusal(schedule2027, { amend: notice2026 }).message).toMatch(/^checkScheduleAgainstLaw: options\.amend: it is the 2026 schedule \(".*"\), but the schedule is for 2027/);
      expect(refusal(schedule2027, { amend: { ...schedule2027, calendar: 'HK' } }).message).toMatch(/^checkScheduleAgainstLaw: options\.amend\.calendar: /);
      expect(refusal(schedule2027, { amend: { year: 2027 } as HolidaySchedule }).message).toMatch(/^checkScheduleAgainstLaw: options\.amend\.source: /);
      expect(() => checkScheduleAgainstLaw(schedule2027, 2027 as unknown as CheckScheduleOptions)).toThrow(InvalidArgumentError);
    });
  });

  describe('warnings', () => {
    it('warns about a year the law is not modelled for, without checking it', () => {
      const empty = (year: number): HolidaySchedule => ({ year, source: { title: 'test', url: '' }, holidays: [], makeupWorkdays: [] });
      for (const year of [1999, 2100]) {
        expect(checkScheduleAgainstLaw(empty(year))).toEqual([
          {
            code: 'law_not_modelled',
            message: `checkScheduleAgainstLaw: year: ${year} is outside the years 2000–2099 for which the holiday Measures in force are modelled; the schedule was not checked against the law`,
            sentence: null,
          },
        ]);
      }
    });

    it('warns about a span for a festival the law in force does not give, and about overlapping spans', () => {
      const notice2005 = bundled.find((schedule) => schedule.year === 2005)!;
      const qingming = withHoliday(notice2005, notice2005.holidays.length, { name: 'Qingming Festival', nameZh: '清明节', from: '2005-04-05', to: '2005-04-05' });
      expect(checkScheduleAgainstLaw(qingming)).toEqual([
        {
          code: 'not_statutory',
          message: `checkScheduleAgainstLaw: holidays[${notice2005.holidays.length}]: 清明节 is not a holiday of the Measures as revised in 1999; its days were read as the schedule sets them`,
          sentence: null,
        },
      ]);
      const overlapping = withHoliday(schedule2027, schedule2027.holidays.length, { name: 'National Day', nameZh: '国庆节', from: '2027-10-07', to: '2027-10-08' });
      expect(checkScheduleAgainstLaw(overlapping).map((warning) => [warning.code, warning.message])).toEqual([
        ['overlapping_spans', 'checkScheduleAgainstLaw: holidays[7]: its rest days overlap those of another span; both were kept as written'],
      ]);
    });
  });
});
