import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_SCHEDULES } from '../../../src/calendar/cn/schedules.js';
import { chineseHolidayDates } from '../../../src/calendar/projection/chineseDates.js';
import { formatDayNumber } from '../../../src/date/plainDate.js';
import {
  CN,
  Calendar,
  InvalidArgumentError,
  addWorkingDays,
  combineCalendars,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  projectCalendar,
  withOverrides,
  withSchedules,
} from '../../../src/index.js';
import { shiftDays } from '../../support/referenceCalendar.js';

const dates = (year: number) => {
  const d = chineseHolidayDates(year);
  return {
    lunarNewYear: formatDayNumber(d.lunarNewYear),
    qingming: formatDayNumber(d.qingming),
    dragonBoat: formatDayNumber(d.dragonBoat),
    midAutumn: formatDayNumber(d.midAutumn),
  };
};

describe('computed Chinese-calendar dates', () => {
  it('fall inside the festival spans of every State Council notice 2004–2026', () => {
    const misses: string[] = [];
    for (let year = 2004; year <= 2026; year++) {
      // A notice and its amendments (2020 extended the Spring Festival holiday separately).
      const spans = CN_SCHEDULES.filter((s) => s.year === year).flatMap((s) => s.holidays);
      const computed = dates(year);
      const expectations = [
        ['春节', computed.lunarNewYear],
        ['清明', computed.qingming],
        ['端午', computed.dragonBoat],
        ['中秋', computed.midAutumn],
      ] as const;
      for (const [name, date] of expectations) {
        // Before 2008 Qingming, Dragon Boat and Mid-Autumn were not public holidays.
        if (year < 2008 && name !== '春节') continue;
        if (!spans.some((h) => h.nameZh?.includes(name) && h.from <= date && date <= h.to)) misses.push(`${year} ${name} ${date}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('agree with the chinese-days tables (an independent source) for 2000–2099', () => {
    // The table is chinese-days' output under TZ=Asia/Shanghai (it reads local time), written by
    // scripts/chinese-dates-fixture.mjs, so that this comparison holds under every TZ.
    const { years } = JSON.parse(readFileSync(new URL('../../../fixtures/calendar/chinese-dates.json', import.meta.url), 'utf8')) as {
      years: Record<string, Record<'lunarNewYear' | 'qingming' | 'dragonBoat' | 'midAutumn', string>>;
    };
    expect(Object.keys(years)).toHaveLength(100);
    const differences: string[] = [];
    for (const [year, reference] of Object.entries(years)) {
      const computed = dates(Number(year));
      for (const key of Object.keys(reference) as (keyof typeof reference)[]) {
        if (computed[key] !== reference[key]) differences.push(`${year} ${key}: ${computed[key]} vs ${reference[key]}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('number the months of 2033 by GB/T 33661 (leap 11th month), unlike date-chinese on its own', () => {
    // Mid-Autumn 2033 is 2033-09-08 in the official calendar; a naive leap 7th month puts it on 2033-10-07.
    expect(dates(2033).midAutumn).toBe('2033-09-08');
    expect(dates(2034).lunarNewYear).toBe('2034-02-19');
  });
});

describe('projectCalendar', () => {
  const projected = projectCalendar(CN, { through: 2030 });

  it('keeps the id, extends the coverage and leaves CN unchanged', () => {
    expect(projected.id).toBe('CN');
    expect(projected.coverage).toEqual({ from: '2004-01-01', to: '2030-12-31' });
    expect(CN.coverage.to).toBe('2026-12-31');
  });

  it('projects 2027 from the law and the 2025 principles: blocks, make-up days, candidates', () => {
    // By hand, from the 2027 dates (New Year Fri; eve Fri 02-05; Qingming Mon 04-05; 1 May Sat; Dragon Boat Wed
    // 06-09; Mid-Autumn Wed 09-15; 1 October Fri), with the rules of mainlandPlan.ts:
    // - New Year: Fri–Sun 01-01..01-03 (连休, nothing borrowed);
    // - Spring Festival: 8 days from the eve, Fri 02-05..Fri 02-12: 6 weekdays for 4 statutory days, so 2 make-up days
    //   from the free weekends around it (01-30/31, 02-13/14). 01-30+01-31 makes 11 working days in a row, 02-13 alone
    //   would be a lone working day between rest days; of the rest, Sun 01-31 (5 days before) + Sun 02-14 (2 days
    //   after) are closest;
    // - Qingming: Sat–Mon 04-03..04-05; Dragon Boat 06-09 and Mid-Autumn 09-15 (Wednesdays): that day only;
    // - Labour Day: 5 days from 1 May, Sat 05-01..Wed 05-05: 3 weekdays for 2 statutory days, 1 make-up day: Sat 05-08
    //   (3 days after; the weekend before is 6 days before);
    // - National Day: Fri 10-01..Thu 10-07: 5 weekdays for 3 statutory days, 2 make-up days: Sun 09-26 (5 before) and
    //   Sat 10-09 (2 after); 10-09+10-10 would make 8 working days in a row.
    const holidays: string[] = [];
    const makeups: string[] = [];
    for (let date = '2027-01-01'; date <= '2027-12-31'; date = shiftDays(date, 1)) {
      const info = dayInfo(date, { calendar: projected });
      if (info.kind === 'holiday') holidays.push(date.slice(5));
      if (info.kind === 'makeup-workday') makeups.push(date.slice(5));
      expect(info.provisional).toBe(true);
    }
    expect(holidays).toEqual([
      '01-01', '01-02', '01-03',
      '02-05', '02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12',
      '04-03', '04-04', '04-05',
      '05-01', '05-02', '05-03', '05-04', '05-05',
      '06-09', '09-15',
      '10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07',
    ]);
    expect(makeups).toEqual(['01-31', '02-14', '05-08', '09-26', '10-09']);
    // 261 weekdays, less 13 statutory days (each weekend one made up on a weekday): 248, in every arrangement.
    expect(countWorkingDays('2026-12-31', '2027-12-31', { calendar: projected })).toBe(248);
    expect(dayInfo('2027-02-09', { calendar: projected }).holiday).toEqual({ name: 'Spring Festival', nameZh: '春节' });
    const blocks = (projected.definition.candidates ?? []).filter((b) => b.label.startsWith('2027'));
    // Spring Festival: C(4,2); Labour Day: 4 spans of 5 days holding 1–2 May and a weekend × 4 make-up days; National Day: C(4,2).
    expect(blocks.map((b) => [b.label, b.variants.length])).toEqual([
      ['2027 Spring Festival (春节)', 6],
      ['2027 Labour Day (劳动节)', 16],
      ['2027 National Day (国庆节)', 6],
    ]);
    expect(blocks.every((b) => b.balanced)).toBe(true);
  });

  it('projects published years from `from` on, for back-testing, and agrees with the 2025 and 2026 notices', () => {
    const backtest = projectCalendar(CN, { from: 2025, through: 2026 });
    expect(backtest.coverage).toEqual(CN.coverage);
    for (let date = '2025-01-01'; date <= '2026-12-31'; date = shiftDays(date, 1)) {
      expect(isWorkingDay(date, { calendar: backtest })).toBe(isWorkingDay(date));
      expect(dayInfo(date, { calendar: backtest }).provisional).toBe(true);
    }
    expect(dayInfo('2024-12-31', { calendar: backtest }).provisional).toBe(false);
    expect(() => projectCalendar(CN, { from: 2028 })).toThrow(/options\.from 2028 would leave 2027 uncovered/);
    expect(() => projectCalendar(CN, { from: 2003 })).toThrow(/before the calendar's first year, 2004/);
    expect(() => projectCalendar(CN, { from: 2026, through: 2025 })).toThrow(/after options\.through 2025/);
  });

  it('marks every projected day provisional and no bundled day', () => {
    const tables = projected.tables;
    const firstProjected = tables.last - (4 * 365 + 1) + 1; // 2027-01-01..2030-12-31 is 1461 days
    expect(formatDayNumber(firstProjected)).toBe('2027-01-01');
    for (let i = 0; i < tables.kinds.length; i++) {
      expect(tables.provisional?.[i] === 1).toBe(tables.first + i >= firstProjected);
    }
    expect(dayInfo('2027-03-03', { calendar: projected }).provisional).toBe(true);
    expect(dayInfo('2026-12-31', { calendar: projected }).provisional).toBe(false);
    expect(dayInfo('2026-12-31').provisional).toBe(false);
  });

  it('projects ten years past coverage by default, and through the year of a date', () => {
    expect(projectCalendar(CN).coverage.to).toBe('2036-12-31');
    expect(projectCalendar(CN, { through: '2028-03-15' }).coverage.to).toBe('2028-12-31');
    expect(projectCalendar(CN, { through: 2026 })).toBe(CN);
  });

  it('continues a calendar with added years after them', () => {
    const cn2027 = withSchedules(CN, {
      year: 2027,
      source: { title: 'Example 2027', url: 'https://example.org' },
      holidays: [],
      makeupWorkdays: [],
    });
    const continued = projectCalendar(cn2027, { through: 2028 });
    expect(dayInfo('2027-10-01', { calendar: continued })).toMatchObject({ working: true, provisional: false });
    expect(dayInfo('2028-10-02', { calendar: continued })).toMatchObject({ working: false, provisional: true });
    // Overrides survive projection.
    const overridden = projectCalendar(withOverrides(CN, { closed: ['2026-06-01'] }), { through: 2027 });
    expect(isWorkingDay('2026-06-01', { calendar: overridden })).toBe(false);
  });

  it('refuses what it cannot project', () => {
    expect(() => projectCalendar(CN, { through: 2100 })).toThrow(/cannot project through 2100.*2099/);
    expect(() => projectCalendar(CN, { through: 2030.5 })).toThrow(InvalidArgumentError);
    expect(() => projectCalendar(CN, { through: '2030-13-01' })).toThrow(/invalid date/);
    const other = new Calendar({ ...CN.definition, id: 'XX' });
    expect(() => projectCalendar(other)).toThrow(/the XX calendar has no projection rule/);
    expect(() => projectCalendar(combineCalendars([CN, other]))).toThrow(/the CN\+XX calendar has no projection rule/);
  });

  it('says how to extend a projected calendar', () => {
    expect(() => addWorkingDays('2030-12-01', 100, { calendar: projected })).toThrow(
      /\(2031 is not covered\)\. This CN calendar is projected through 2030; pass a later year to projectCalendar\(calendar, \{ through \}\)/,
    );
  });
});
