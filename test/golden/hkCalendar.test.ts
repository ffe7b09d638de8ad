import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HK } from '../../src/hk.js';
import {
  CN,
  CalendarCoverageError,
  addWorkingDays,
  combineCalendars,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  projectCalendar,
  withSchedules,
} from '../../src/index.js';
import { referenceIsWorkingDay, referenceWeekday, shiftDays } from '../support/referenceCalendar.js';

interface HkFixture {
  year: number;
  source: { title: string; url: string };
  derivation: string;
  workingDays: number;
  generalHolidays: { date: string; nameZh?: string }[];
}

const dir = new URL('../../fixtures/calendar/hk/', import.meta.url);
const fixtures: HkFixture[] = readdirSync(dir)
  .filter((name) => /^\d{4}\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as HkFixture);

describe('HK against the gazetted general holidays (fixtures/calendar/hk)', () => {
  it('has fixtures for 2025 and 2026 at least', () => {
    expect(fixtures.map((f) => f.year)).toEqual(expect.arrayContaining([2025, 2026]));
  });

  for (const fixture of fixtures) {
    it(`agrees on every day of ${fixture.year}`, () => {
      const holidays = new Map(fixture.generalHolidays.map((h) => [h.date, h]));
      const mismatches: string[] = [];
      for (let date = `${fixture.year}-01-01`; date <= `${fixture.year}-12-31`; date = shiftDays(date, 1)) {
        const weekday = referenceWeekday(date);
        const expectedWorking = weekday <= 5 && !holidays.has(date);
        const expectedKind = holidays.has(date) ? 'holiday' : weekday <= 5 ? 'workday' : 'weekend';
        const info = dayInfo(date, { calendar: HK });
        if (info.working !== expectedWorking || info.kind !== expectedKind || info.provisional) mismatches.push(`${date} ${info.kind}`);
        const nameZh = holidays.get(date)?.nameZh;
        if (nameZh !== undefined && info.holiday?.nameZh !== nameZh) mismatches.push(`${date} named ${info.holiday?.nameZh}`);
      }
      expect(mismatches).toEqual([]);
      // count(a, b) counts a < x <= b: add 1 January itself when it is a working day.
      const jan1 = isWorkingDay(`${fixture.year}-01-01`, { calendar: HK }) ? 1 : 0;
      expect(countWorkingDays(`${fixture.year}-01-01`, `${fixture.year}-12-31`, { calendar: HK }) + jan1).toBe(fixture.workingDays);
    });
  }

  it('names holidays in English and Chinese and cites the year’s gazetted list', () => {
    expect(dayInfo('2026-04-07', { calendar: HK })).toMatchObject({
      holiday: { name: 'The day following Easter Monday', nameZh: '復活節星期一翌日' },
      source: { url: 'https://www.gov.hk/en/about/abouthk/holiday/2026.htm' },
    });
  });
});

describe('HK as a calendar', () => {
  it('has the id HK and covers 2016–2026 only', () => {
    expect(HK.id).toBe('HK');
    expect(HK.coverage).toEqual({ from: '2016-01-01', to: '2026-12-31' });
    expect(() => isWorkingDay('2027-01-04', { calendar: HK })).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay('2027-01-04', { calendar: HK })).toThrow(/withSchedules\(HK, \[schedule\]\).*projectCalendar\(HK\)/);
  });

  it('counts Hong Kong working days across Christmas', () => {
    // Wed 2025-12-24 + 1: Thu 25 and Fri 26 are general holidays, Sat/Sun rest, Mon 29 is the first working day.
    expect(addWorkingDays('2025-12-24', 1, { calendar: HK })).toBe('2025-12-29');
  });

  it('takes a gazetted year as a schedule', () => {
    const hk2027 = withSchedules(HK, {
      year: 2027,
      source: { title: 'General holidays for 2027 (example)', url: 'https://www.gov.hk/en/about/abouthk/holiday/2027.htm' },
      holidays: [{ name: 'The first day of January', nameZh: '一月一日', from: '2027-01-01', to: '2027-01-01' }],
      makeupWorkdays: [],
    });
    expect(hk2027.id).toBe('HK');
    expect(isWorkingDay('2027-01-01', { calendar: hk2027 })).toBe(false);
    expect(isWorkingDay('2027-01-04', { calendar: hk2027 })).toBe(true);
  });

  it('projects provisionally through 2032 and no further', () => {
    const projected = projectCalendar(HK);
    expect(projected.coverage.to).toBe('2032-12-31');
    // 2027-03-26 is Good Friday (Easter Sunday 2027-03-28).
    expect(dayInfo('2027-03-26', { calendar: projected })).toMatchObject({ working: false, provisional: true, holiday: { name: 'Good Friday' } });
    expect(() => projectCalendar(HK, { through: 2033 })).toThrow(/2016–2032/);
  });
});

describe('CN+HK', () => {
  const both = combineCalendars([CN, HK]);

  it('is a working day only when both are', () => {
    expect(both.id).toBe('CN+HK');
    expect(both.coverage).toEqual({ from: '2016-01-01', to: '2026-12-31' });
    const hk2026 = new Set(fixtures.find((f) => f.year === 2026)!.generalHolidays.map((h) => h.date));
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = shiftDays(date, 1)) {
      const expected = referenceIsWorkingDay(date) && referenceWeekday(date) <= 5 && !hk2026.has(date);
      expect(isWorkingDay(date, { calendar: both }), date).toBe(expected);
    }
  });

  it('names the holiday of whichever calendar rests, the first one first', () => {
    expect(dayInfo('2025-12-25', { calendar: both }).holiday).toEqual({ name: 'Christmas Day', nameZh: '聖誕節' });
    expect(dayInfo('2025-10-01', { calendar: both }).holiday?.nameZh).toBe('国庆节、中秋节');
    // A mainland make-up Saturday is a rest day in Hong Kong.
    expect(dayInfo('2025-10-11', { calendar: both })).toMatchObject({ working: false, kind: 'weekend' });
  });
});
