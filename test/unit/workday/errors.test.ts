import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  InvalidArgumentError,
  InvalidDateError,
  ReviewclockError,
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';


describe('invalid dates', () => {
  const bad: unknown[] = ['2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-2-3', '20250203', '', ' 2025-02-03', '2025-02-03T00:00', '２０２５-02-03', 20250203, null, undefined, new Date(0), {}, ['2025-02-03']];
  it.each(bad.map((v) => [String(v), v]))('refuses %s with InvalidDateError', (_, value) => {
    const error = thrown(() => isWorkingDay(value as string));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error).toBeInstanceOf(ReviewclockError);
    expect((error as InvalidDateError).code).toBe('invalid_date');
    expect((error as Error).message).toMatch(/^isWorkingDay: invalid date .*expected a calendar date as YYYY-MM-DD/);
  });

  it('explains why a well-formed date does not exist', () => {
    expect(() => addWorkingDays('2025-02-29', 1)).toThrow('addWorkingDays: invalid date "2025-02-29" (2025-02 has 28 days)');
    expect(() => dayInfo('2025-13-01')).toThrow('(there is no month 13)');
  });

  it('accepts 29 February in a leap year', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
  });
});

describe('day counts', () => {
  it.each([1.5, Number.NaN, Infinity, -Infinity, '3', 2 ** 53, null])('refuses %s with InvalidArgumentError', (days) => {
    const error = thrown(() => addWorkingDays('2025-01-02', days as number));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).code).toBe('invalid_argument');
  });

  it('answers a huge count with a coverage error at once', () => {
    const error = thrown(() => addWorkingDays('2025-01-02', 1e12)) as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.year).toBe(2027);
    expect(thrown(() => addWorkingDays('2025-01-02', -1e12))).toBeInstanceOf(CalendarCoverageError);
  });
});

describe('coverage', () => {
  it('refuses a date after 2026 and says how to add the year', () => {
    const error = thrown(() => isWorkingDay('2027-01-04')) as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.code).toBe('calendar_out_of_range');
    expect(error.year).toBe(2027);
    expect(error.calendar).toBe('CN');
    expect(error.coverage).toEqual({ from: '2004-01-01', to: '2026-12-31' });
    expect(error.message).toContain('2004-01-01 to 2026-12-31');
    expect(error.message).toContain('(2027 is not covered)');
    expect(error.message).toContain('withSchedules(CN');
  });

  it('refuses a date before 2004', () => {
    expect((thrown(() => dayInfo('2003-12-31')) as CalendarCoverageError).year).toBe(2003);
  });

  it('refuses an answer that lies past coverage instead of guessing a Monday–Friday day', () => {
    const error = thrown(() => nextWorkingDay('2026-12-31')) as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.message).toContain('the 1st working day after 2026-12-31');
    expect(() => addWorkingDays('2026-12-20', 20)).toThrow(CalendarCoverageError);
    expect(() => previousWorkingDay('2004-01-02')).toThrow(CalendarCoverageError);
    expect(() => countWorkingDays('2026-12-01', '2027-01-05')).toThrow(CalendarCoverageError);
  });

  it('answers up to the last covered working day', () => {
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(nextWorkingDay('2004-01-01')).toBe('2004-01-02');
  });
});

describe('options', () => {
  it.each([[42], ['CN'], [{ calendar: 'CN' }], [{ calendar: {} }], [{ calendar: null }]])('refuses %j', (options) => {
    expect(() => isWorkingDay('2025-01-02', options as never)).toThrow(InvalidArgumentError);
  });
});
