import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  InvalidArgumentError,
  InvalidDateError,
  MONDAY_TO_FRIDAY,
  dayInfo,
  listDays,
  projectCalendar,
  withOverrides,
} from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';


const NOTICE_2025 = {
  title: '国务院办公厅关于2025年部分节假日安排的通知',
  url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
};

// The 2025 notice, item 六: "10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。"
describe('listDays', () => {
  it('lists National Day 2025 day by day, with the two Sundays/Saturdays worked in exchange', () => {
    const days = listDays('2025-09-27', '2025-10-12');
    expect(days.map((day) => [day.date, day.weekday, day.kind])).toEqual([
      ['2025-09-27', 6, 'weekend'],
      ['2025-09-28', 7, 'makeup-workday'], // 9月28日（周日）上班
      ['2025-09-29', 1, 'workday'],
      ['2025-09-30', 2, 'workday'],
      ['2025-10-01', 3, 'holiday'], // 10月1日（周三）至8日（周三）放假: the weekend inside the span is holiday too
      ['2025-10-02', 4, 'holiday'],
      ['2025-10-03', 5, 'holiday'],
      ['2025-10-04', 6, 'holiday'],
      ['2025-10-05', 7, 'holiday'],
      ['2025-10-06', 1, 'holiday'],
      ['2025-10-07', 2, 'holiday'],
      ['2025-10-08', 3, 'holiday'],
      ['2025-10-09', 4, 'workday'],
      ['2025-10-10', 5, 'workday'],
      ['2025-10-11', 6, 'makeup-workday'], // 10月11日（周六）上班
      ['2025-10-12', 7, 'weekend'],
    ]);
    expect(days.filter((day) => day.working).map((day) => day.date)).toEqual([
      '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11',
    ]);
  });

  it('gives each day what dayInfo gives, names and notice included', () => {
    const days = listDays('2025-09-27', '2025-10-12');
    expect(days).toEqual(days.map((day) => dayInfo(day.date)));
    expect(days[4]).toEqual({
      date: '2025-10-01',
      weekday: 3,
      working: false,
      kind: 'holiday',
      holiday: { name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节' },
      source: NOTICE_2025,
      provisional: false,
    });
    expect(days[1]).toEqual({ date: '2025-09-28', weekday: 7, working: true, kind: 'makeup-workday', source: NOTICE_2025, provisional: false });
    expect(days[0]).toEqual({ date: '2025-09-27', weekday: 6, working: false, kind: 'weekend', provisional: false });
  });

  it('counts 18 working days in October 2025 (the doc example)', () => {
    // 1–8 October off; from 9 October: Thursday 9, Friday 10, Saturday 11 (worked) and three full weeks of 5.
    expect(listDays('2025-10-01', '2025-10-31').filter((day) => day.working)).toHaveLength(18);
    expect(listDays('2025-10-08', '2025-10-11').map((day) => `${day.date} ${day.kind}`)).toEqual([
      '2025-10-08 holiday', '2025-10-09 workday', '2025-10-10 workday', '2025-10-11 makeup-workday',
    ]);
  });

  it('lists one day when from and to are the same day', () => {
    expect(listDays('2005-12-31', '2005-12-31')).toEqual([dayInfo('2005-12-31')]);
  });

  it('lists a whole year: 365 days of 2025, 248 of them working days', () => {
    const days = listDays('2025-01-01', '2025-12-31');
    expect(days).toHaveLength(365);
    expect(days.filter((day) => day.working)).toHaveLength(248);
  });

  it('lists the whole of CN coverage, both ends included', () => {
    const days = listDays(CN.coverage.from, CN.coverage.to);
    expect(days).toHaveLength(8401); // 23 years, 6 of them leap years (2004 … 2024)
    expect(days[0]!.date).toBe('2004-01-01');
    expect(days.at(-1)!.date).toBe('2026-12-31');
  });

  it('returns new objects: changing them changes nothing else', () => {
    const [first] = listDays('2025-10-01', '2025-10-01');
    (first!.holiday as { name: string }).name = 'changed';
    expect(listDays('2025-10-01', '2025-10-01')[0]!.holiday!.name).toBe('National Day and Mid-Autumn Festival');
    expect(dayInfo('2025-10-01').holiday!.name).toBe('National Day and Mid-Autumn Festival');
  });

  it('uses the calendar given: overrides, projection, Monday–Friday', () => {
    const office = withOverrides(CN, { closed: [{ date: '2025-11-14', name: 'system shutdown' }] });
    expect(listDays('2025-11-13', '2025-11-14', { calendar: office }).map((day) => day.working)).toEqual([true, false]);
    const projected = projectCalendar(CN, { through: 2027 });
    expect(listDays('2026-12-31', '2027-01-01', { calendar: projected }).map((day) => day.provisional)).toEqual([false, true]);
    expect(listDays('2025-10-01', '2025-10-05', { calendar: MONDAY_TO_FRIDAY }).map((day) => day.kind)).toEqual([
      'workday', 'workday', 'workday', 'weekend', 'weekend',
    ]);
  });

  it('refuses from after to, naming both and what is expected', () => {
    const error = thrown(() => listDays('2025-10-12', '2025-10-01'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe('listDays: from (2025-10-12) is after to (2025-10-01); expected from on or before to (both days are listed)');
  });

  it('refuses a span of more than 100,000 days before building anything', () => {
    // 1901-01-01 … 2174-10-15 is 100,000 days (accepted were it covered); one more day is refused.
    expect(thrown(() => listDays('1901-01-01', '2174-10-15', { calendar: MONDAY_TO_FRIDAY }))).toBeInstanceOf(CalendarCoverageError);
    const error = thrown(() => listDays('1901-01-01', '2174-10-16', { calendar: MONDAY_TO_FRIDAY }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(
      'listDays: the span from 1901-01-01 to 2174-10-16 has 100001 days; expected at most 100,000 days (about 274 years) in one call: list a longer span in parts',
    );
    const started = performance.now();
    expect(thrown(() => listDays('0001-01-01', '9999-12-31'))).toBeInstanceOf(InvalidArgumentError);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('lists the whole Monday–Friday calendar (72,684 days, under the cap)', () => {
    const days = listDays(MONDAY_TO_FRIDAY.coverage.from, MONDAY_TO_FRIDAY.coverage.to, { calendar: MONDAY_TO_FRIDAY });
    expect(days).toHaveLength(72_684); // 199 years, 49 of them leap years (1904 … 2096)
  });

  it('refuses invalid dates with InvalidDateError naming listDays', () => {
    expect(() => listDays('2025-02-30', '2025-03-01')).toThrow(InvalidDateError);
    expect(() => listDays('2025-02-28', '2025-3-1')).toThrow('listDays: invalid date "2025-3-1"');
    expect(() => listDays(20250101 as never, '2025-01-02')).toThrow(InvalidDateError);
  });

  it('refuses a span reaching outside coverage with CalendarCoverageError for the uncovered end', () => {
    const after = thrown(() => listDays('2026-12-30', '2027-01-02')) as CalendarCoverageError;
    expect(after).toBeInstanceOf(CalendarCoverageError);
    expect(after.year).toBe(2027);
    expect(after.message).toContain('listDays: 2027-01-02 lies outside the CN calendar');
    const before = thrown(() => listDays('2003-12-31', '2004-01-02')) as CalendarCoverageError;
    expect(before.year).toBe(2003);
  });

  it('refuses options that are not { calendar }', () => {
    expect(() => listDays('2025-01-01', '2025-01-02', 5 as never)).toThrow(InvalidArgumentError);
    expect(() => listDays('2025-01-01', '2025-01-02', { calendar: 'CN' as never })).toThrow('listDays: options.calendar must be a reviewclock calendar');
  });
});
