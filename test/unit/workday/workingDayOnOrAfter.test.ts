import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  InvalidArgumentError,
  InvalidDateError,
  MONDAY_TO_FRIDAY,
  combineCalendars,
  nextWorkingDay,
  previousWorkingDay,
  withOverrides,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../../src/index.js';
import { HK } from '../../../src/hk.js';
import { thrown } from '../../support/thrown.js';


// National Day 2025 (notice item 六): 1–8 October off, Sunday 28 September and Saturday 11 October worked.
describe('workingDayOnOrAfter', () => {
  it('returns a working day itself, make-up working days included', () => {
    expect(workingDayOnOrAfter('2025-09-30')).toBe('2025-09-30'); // a Tuesday
    expect(workingDayOnOrAfter('2025-09-28')).toBe('2025-09-28'); // 9月28日（周日）上班
    expect(workingDayOnOrAfter('2025-10-11')).toBe('2025-10-11'); // 10月11日（周六）上班
  });

  it('moves every day of the holiday to Thursday 9 October', () => {
    for (const day of ['01', '02', '03', '04', '05', '06', '07', '08']) expect(workingDayOnOrAfter(`2025-10-${day}`)).toBe('2025-10-09');
  });

  it('moves a plain weekend to Monday, and a weekend before a make-up Sunday to that Sunday', () => {
    expect(workingDayOnOrAfter('2025-10-12')).toBe('2025-10-13');
    expect(workingDayOnOrAfter('2025-09-27')).toBe('2025-09-28'); // Saturday, then the Sunday worked
  });

  it('is Civil Code Art. 203 for a period ending on a rest day: the day after the rest days', () => {
    // A one-month period from 2025-09-01 ends on 2025-10-01 (Art. 202), a holiday: it moves to 2025-10-09.
    expect(workingDayOnOrAfter('2025-10-01')).toBe('2025-10-09');
    // Spring Festival 2025: 28 January – 4 February off, Saturday 8 February worked.
    expect(workingDayOnOrAfter('2025-01-28')).toBe('2025-02-05');
  });

  it('agrees with nextWorkingDay from the day before', () => {
    for (const date of ['2025-10-01', '2025-10-09', '2025-10-11', '2025-10-12', '2005-12-31']) {
      const dayBefore = previousDay(date);
      expect(workingDayOnOrAfter(date)).toBe(nextWorkingDay(dayBefore));
    }
  });

  it('answers at the last covered day, and refuses an answer past coverage', () => {
    expect(workingDayOnOrAfter('2026-12-31')).toBe('2026-12-31'); // a Thursday
    const closed = withOverrides(CN, { closed: ['2026-12-31'] });
    const error = thrown(() => workingDayOnOrAfter('2026-12-31', { calendar: closed })) as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.year).toBe(2027);
    expect(error.message).toContain('workingDayOnOrAfter: the 1st working day after 2026-12-31 lies outside the CN calendar');
  });

  it('uses the calendar given', () => {
    expect(workingDayOnOrAfter('2025-10-01', { calendar: MONDAY_TO_FRIDAY })).toBe('2025-10-01');
    expect(workingDayOnOrAfter('2025-10-04', { calendar: MONDAY_TO_FRIDAY })).toBe('2025-10-06');
    // The mainland works Saturday 11 October, Hong Kong does not: the first day both work is Monday 13 October.
    expect(workingDayOnOrAfter('2025-10-11', { calendar: combineCalendars([CN, HK]) })).toBe('2025-10-13');
  });
});

describe('workingDayOnOrBefore', () => {
  it('returns a working day itself, make-up working days included', () => {
    expect(workingDayOnOrBefore('2025-10-09')).toBe('2025-10-09');
    expect(workingDayOnOrBefore('2025-09-28')).toBe('2025-09-28');
    expect(workingDayOnOrBefore('2025-10-11')).toBe('2025-10-11');
  });

  it('moves every day of the holiday back to Tuesday 30 September', () => {
    for (const day of ['01', '02', '03', '04', '05', '06', '07', '08']) expect(workingDayOnOrBefore(`2025-10-${day}`)).toBe('2025-09-30');
  });

  it('moves a weekend back to Friday, or to a make-up Saturday', () => {
    expect(workingDayOnOrBefore('2025-09-27')).toBe('2025-09-26');
    expect(workingDayOnOrBefore('2025-10-12')).toBe('2025-10-11'); // Sunday, after the Saturday worked
  });

  it('agrees with previousWorkingDay from the day after', () => {
    for (const date of ['2025-10-01', '2025-10-09', '2025-10-11', '2025-10-12', '2005-12-31']) {
      expect(workingDayOnOrBefore(date)).toBe(previousWorkingDay(nextDay(date)));
    }
  });

  it('refuses an answer before coverage: 2004-01-01 was New Year’s Day', () => {
    const error = thrown(() => workingDayOnOrBefore('2004-01-01')) as CalendarCoverageError;
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error.year).toBe(2003);
    expect(error.message).toContain('workingDayOnOrBefore: the 1st working day before 2004-01-01 lies outside the CN calendar');
    expect(workingDayOnOrBefore('2004-01-02')).toBe('2004-01-02');
  });

  it('answers at the first day of the Monday–Friday calendar (Tuesday 1901-01-01)', () => {
    expect(workingDayOnOrBefore('1901-01-01', { calendar: MONDAY_TO_FRIDAY })).toBe('1901-01-01');
    expect(workingDayOnOrBefore('1901-01-06', { calendar: MONDAY_TO_FRIDAY })).toBe('1901-01-04');
  });
});

describe('workingDayOnOrAfter and workingDayOnOrBefore: refusals', () => {
  it.each([
    ['workingDayOnOrAfter', workingDayOnOrAfter],
    ['workingDayOnOrBefore', workingDayOnOrBefore],
  ] as const)('%s refuses bad dates, dates outside coverage and bad options with typed errors', (name, fn) => {
    expect(thrown(() => fn('2025-02-29'))).toBeInstanceOf(InvalidDateError);
    expect(thrown(() => fn('2025-2-3')).message).toMatch(new RegExp(`^${name}: invalid date "2025-2-3"`));
    expect(thrown(() => fn(null as never))).toBeInstanceOf(InvalidDateError);
    const outside = thrown(() => fn('2027-01-04')) as CalendarCoverageError;
    expect(outside).toBeInstanceOf(CalendarCoverageError);
    expect(outside.message).toContain(`${name}: 2027-01-04 lies outside the CN calendar`);
    expect(thrown(() => fn('1900-12-31', { calendar: MONDAY_TO_FRIDAY }))).toBeInstanceOf(CalendarCoverageError);
    expect(thrown(() => fn('2025-10-01', 'CN' as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => fn('2025-10-01', { calendar: { id: 'CN' } as never })).message).toContain(`${name}: options.calendar must be a reviewclock calendar`);
  });
});

function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
