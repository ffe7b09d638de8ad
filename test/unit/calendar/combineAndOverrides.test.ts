import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  InconsistentInputError,
  InvalidArgumentError,
  InvalidDateError,
  addWorkingDays,
  combineCalendars,
  dayInfo,
  dueDate,
  isWorkingDay,
  withOverrides,
  withSchedules,
} from '../../../src/index.js';

describe('withOverrides', () => {
  const agency = withOverrides(CN, {
    closed: [{ date: '2025-11-14', name: 'eCTD system shutdown', nameZh: '系统停机' }, '2025-11-17'],
    open: ['2025-10-08', '2025-10-12'],
    source: { title: 'CDE notice on the eCTD migration (example)', url: 'https://example.org/cde' },
  });

  it('keeps the id and coverage and leaves CN unchanged', () => {
    expect(agency.id).toBe('CN');
    expect(agency.coverage).toEqual(CN.coverage);
    expect(isWorkingDay('2025-11-14')).toBe(true);
  });

  it('closes and opens days, with names and source', () => {
    // Fri 2025-11-14 and Mon 2025-11-17 closed: the working day after Thu 11-13 is Tue 11-18.
    expect(addWorkingDays('2025-11-13', 1, { calendar: agency })).toBe('2025-11-18');
    expect(dayInfo('2025-11-14', { calendar: agency })).toMatchObject({
      working: false,
      kind: 'holiday',
      holiday: { name: 'eCTD system shutdown', nameZh: '系统停机' },
      source: { title: 'CDE notice on the eCTD migration (example)' },
      provisional: false,
    });
    expect(dayInfo('2025-11-17', { calendar: agency }).holiday).toEqual({ name: 'Closed' });
    // Wed 2025-10-08 is a National Day rest day, opened: a plain workday. Sun 2025-10-12 opened: a make-up working day.
    expect(dayInfo('2025-10-08', { calendar: agency })).toMatchObject({ working: true, kind: 'workday' });
    expect(dayInfo('2025-10-12', { calendar: agency })).toMatchObject({ working: true, kind: 'makeup-workday' });
  });

  it('refuses bad overrides with typed errors', () => {
    expect(() => withOverrides(CN, { closed: ['2025-02-29'] })).toThrow(InvalidDateError);
    expect(() => withOverrides(CN, { closed: ['2025-02-29'] })).toThrow(/withOverrides: closed\[0\]: invalid date "2025-02-29"/);
    expect(() => withOverrides(CN, { closed: ['2027-01-04'] })).toThrow(CalendarCoverageError);
    expect(() => withOverrides(CN, { closed: ['2025-05-06'], open: ['2025-05-06'] })).toThrow(InconsistentInputError);
    expect(() => withOverrides(CN, { closed: '2025-05-06' as never })).toThrow(InvalidArgumentError);
    expect(() => withOverrides(CN, { closed: [{ date: '2025-05-06', name: '' }] })).toThrow(/closed\[0\]\.name must be a non-empty string/);
    expect(() => withOverrides(CN, undefined as never)).toThrow(InvalidArgumentError);
  });

  it('says that overrides do not extend coverage', () => {
    expect(() => addWorkingDays('2026-12-30', 5, { calendar: agency })).toThrow(/Overrides do not extend coverage/);
  });
});

describe('combineCalendars', () => {
  it('joins ids with + and covers the intersection', () => {
    const cn2027 = withSchedules(CN, { year: 2027, source: { title: 'x', url: 'https://example.org' }, holidays: [], makeupWorkdays: [] });
    const shutdown = withOverrides(CN, { closed: ['2025-06-03'] });
    const both = combineCalendars([cn2027, shutdown]);
    expect(both.id).toBe('CN+CN');
    expect(both.coverage).toEqual({ from: '2004-01-01', to: '2026-12-31' });
    expect(isWorkingDay('2025-06-03', { calendar: both })).toBe(false);
    // A make-up Saturday that both calendars work stays a make-up working day.
    expect(dayInfo('2025-10-11', { calendar: both })).toMatchObject({ working: true, kind: 'makeup-workday' });
    expect(() => isWorkingDay('2027-01-04', { calendar: both })).toThrow(/covers only the days all of CN, CN cover; extend CN/);
  });

  it('takes a schedule for the member it belongs to (see withSchedules.test.ts), but not once its days are changed', () => {
    const both = combineCalendars([CN, withOverrides(CN, { closed: ['2025-06-03'] })]);
    const schedule = { year: 2027, source: { title: 'x', url: 'https://example.org' }, holidays: [], makeupWorkdays: [] };
    expect(withSchedules(both, schedule).coverage.to).toBe('2027-12-31');
    expect(() => withSchedules(withOverrides(both, { open: ['2025-06-08'] }), schedule)).toThrow(
      /the CN\+CN calendar is a combination whose days were changed after combining/,
    );
  });

  it('refuses fewer than two calendars and non-calendars', () => {
    expect(() => combineCalendars([CN])).toThrow(/two or more calendars/);
    expect(() => combineCalendars([CN, 'HK' as never])).toThrow(/calendars\[1\] must be a reviewclock calendar/);
  });

  it('refuses copies of a calendar with a typed error, not a TypeError: a spread, Object.create, a forged brand', () => {
    const copies: unknown[] = [{ ...CN }, Object.create(CN), Object.assign(Object.create(Object.getPrototypeOf(CN) as object), CN), { [Symbol.for('reviewclock.calendar')]: true, id: 'CN' }];
    for (const copy of copies) {
      expect(() => isWorkingDay('2025-01-02', { calendar: copy as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      expect(() => addWorkingDays('2025-01-02', 3, { calendar: copy as never })).toThrow(InvalidArgumentError);
      expect(() => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', calendar: copy as never })).toThrow(InvalidArgumentError);
      expect(() => combineCalendars([CN, copy as never])).toThrow(InvalidArgumentError);
    }
  });
});
