import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  MONDAY_TO_FRIDAY,
  addWorkingDays,
  combineCalendars,
  countWorkingDays,
  dayInfo,
  dueDate,
  getPolicy,
  isWorkingDay,
  listDays,
  nextWorkingDay,
  previousWorkingDay,
  withSchedules,
} from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';


const calendar = MONDAY_TO_FRIDAY;

describe('MONDAY_TO_FRIDAY', () => {
  it('has its own id and an explicit coverage, 1901–2099', () => {
    expect(calendar.id).toBe('MONFRI');
    expect(calendar.coverage).toEqual({ from: '1901-01-01', to: '2099-12-31' });
    expect(String(calendar)).toBe('MONFRI calendar (1901-01-01 to 2099-12-31)');
    expect(calendar.name).toContain('a plain rule, not a notice');
  });

  it('works Monday to Friday and rests on Saturday and Sunday, holidays or not', () => {
    expect(listDays('2025-09-29', '2025-10-05', { calendar }).map((day) => [day.weekday, day.working, day.kind])).toEqual([
      [1, true, 'workday'],
      [2, true, 'workday'],
      [3, true, 'workday'], // National Day on the mainland
      [4, true, 'workday'],
      [5, true, 'workday'],
      [6, false, 'weekend'],
      [7, false, 'weekend'],
    ]);
    expect(isWorkingDay('2025-09-28', { calendar })).toBe(false); // a make-up Sunday on CN only
  });

  it('names no holiday and cites no notice on any day', () => {
    const days = listDays(calendar.coverage.from, calendar.coverage.to, { calendar });
    expect(days.some((day) => 'holiday' in day || 'source' in day || day.provisional)).toBe(false);
    expect(new Set(days.map((day) => day.kind))).toEqual(new Set(['workday', 'weekend']));
    expect(dayInfo('2025-10-01', { calendar })).toEqual({ date: '2025-10-01', weekday: 3, working: true, kind: 'workday', provisional: false });
  });

  it('counts 261 working days in 2025 (52 weeks and a Wednesday) against 248 on CN', () => {
    expect(countWorkingDays('2024-12-31', '2025-12-31', { calendar })).toBe(261);
    expect(countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('counts 5 working days in every full week and 260 to 262 in every year', () => {
    // 52 weeks (260 days) and one day, or two in a leap year: 261 or 262 when the extra days are weekdays.
    const counts = new Set<number>();
    for (let year = 1902; year <= 2099; year++) counts.add(countWorkingDays(`${year - 1}-12-31`, `${year}-12-31`, { calendar }));
    expect([...counts].sort()).toEqual([260, 261, 262]);
    expect(countWorkingDays('1901-01-01', '1901-12-31', { calendar }) + 1).toBe(261); // 1901 began on a Tuesday
    expect(countWorkingDays('2025-10-05', '2025-10-12', { calendar })).toBe(5);
  });

  it('adds working days over weekends only', () => {
    expect(addWorkingDays('2025-09-30', 1, { calendar })).toBe('2025-10-01');
    expect(addWorkingDays('2025-10-03', 1, { calendar })).toBe('2025-10-06');
    expect(addWorkingDays('2025-10-06', -1, { calendar })).toBe('2025-10-03');
    expect(addWorkingDays('2025-10-01', 5, { calendar })).toBe('2025-10-08');
  });

  it('refuses dates outside 1901–2099, and says how to add a year', () => {
    const after = thrown(() => nextWorkingDay('2099-12-31', { calendar })) as CalendarCoverageError;
    expect(after).toBeInstanceOf(CalendarCoverageError);
    expect(after.year).toBe(2100);
    expect(after.calendar).toBe('MONFRI');
    expect(after.message).toContain('withSchedules(MONDAY_TO_FRIDAY');
    const before = thrown(() => previousWorkingDay('1901-01-01', { calendar })) as CalendarCoverageError;
    expect(before.year).toBe(1900);
    expect(before.message).toContain('start in 1901');
  });

  it('extends past 2099 with an empty schedule, as its coverage error says', () => {
    const longer = withSchedules(calendar, [{ year: 2100, source: { title: 'Monday to Friday', url: '' }, holidays: [], makeupWorkdays: [] }]);
    expect(longer.id).toBe('MONFRI');
    expect(longer.coverage.to).toBe('2100-12-31');
    expect(nextWorkingDay('2099-12-31', { calendar: longer })).toBe('2100-01-01'); // a Friday
    expect(isWorkingDay('2100-01-02', { calendar: longer })).toBe(false);
  });

  it('combines with CN, and its id is one a policy and a schedule may name', () => {
    const both = combineCalendars([CN, calendar]);
    expect(both.id).toBe('CN+MONFRI');
    expect(both.coverage).toEqual(CN.coverage);
    expect(isWorkingDay('2025-09-28', { calendar: both })).toBe(false); // CN works, MONFRI rests
    expect(isWorkingDay('2025-10-01', { calendar: both })).toBe(false); // CN rests
    const schedule = { year: 2100, calendar: 'MONFRI', source: { title: 'Monday to Friday', url: '' }, holidays: [], makeupWorkdays: [] };
    expect(withSchedules(calendar, schedule).coverage.to).toBe('2100-12-31');
    // A policy counting on it: 60 working days from Friday 2025-09-26, 12 weeks, with no holiday skipped.
    const policy = { ...getPolicy('cn.nmpa.drug.ind'), calendar: 'MONFRI' };
    expect(dueDate({ policy, start: '2025-09-26', calendar }).due).toBe('2025-12-19');
    expect(dueDate({ policy: getPolicy('cn.nmpa.drug.ind'), start: '2025-09-26' }).due).toBe('2025-12-25'); // CN: National Day
  });
});
