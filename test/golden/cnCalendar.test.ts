import { describe, expect, it } from 'vitest';
import { countWorkingDays, dayInfo, isWorkingDay } from '../../src/index.js';
import { calendarFixtures, referenceWeekday, shiftDays } from '../support/referenceCalendar.js';

describe('CN calendar against the golden fixtures (fixtures/calendar/cn)', () => {
  it('has one fixture for every year 2004–2026', () => {
    expect(calendarFixtures.map((f) => f.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  for (const fixture of calendarFixtures) {
    it(`agrees on every day of ${fixture.year}`, () => {
      const rest = new Set(fixture.restWeekdays);
      const makeup = new Set(fixture.makeupWorkdays);
      const mismatches: string[] = [];
      for (let date = `${fixture.year}-01-01`; date <= `${fixture.year}-12-31`; date = shiftDays(date, 1)) {
        const weekday = referenceWeekday(date);
        const expected = makeup.has(date) || (weekday <= 5 && !rest.has(date));
        const info = dayInfo(date);
        if (isWorkingDay(date) !== expected || info.working !== expected || info.weekday !== weekday) mismatches.push(date);
        const expectedKinds = makeup.has(date)
          ? ['makeup-workday']
          : rest.has(date)
            ? ['holiday']
            : weekday <= 5
              ? ['workday']
              : ['weekend', 'holiday'];
        if (!expectedKinds.includes(info.kind)) mismatches.push(`${date} kind ${info.kind}`);
      }
      expect(mismatches).toEqual([]);
    });

    it(`counts ${fixture.workingDays} working days in ${fixture.year}`, () => {
      const jan1Working = fixture.makeupWorkdays.includes(`${fixture.year}-01-01`) || (referenceWeekday(`${fixture.year}-01-01`) <= 5 && !fixture.restWeekdays.includes(`${fixture.year}-01-01`));
      expect(countWorkingDays(`${fixture.year}-01-01`, `${fixture.year}-12-31`) + (jan1Working ? 1 : 0)).toBe(fixture.workingDays);
    });
  }

  it('counts 248 working days in 2025 and in 2026 (the figures the notices give)', () => {
    expect(countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
    expect(countWorkingDays('2025-12-31', '2026-12-31')).toBe(248);
  });
});
