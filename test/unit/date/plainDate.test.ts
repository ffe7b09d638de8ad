import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberFromParts, formatDayNumber, partsFromDayNumber, tryParsePlainDate, weekdayOfDayNumber } from '../../../src/date/plainDate.js';
import { InvalidArgumentError, chinaDateOf, isPlainDate } from '../../../src/index.js';

describe('plain dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(tryParsePlainDate('1970-01-01')).toBe(0);
    expect(tryParsePlainDate('2000-03-01')).toBe(11017);
    expect(tryParsePlainDate('1969-12-31')).toBe(-1);
    expect(formatDayNumber(20357)).toBe('2025-09-26');
  });

  it('agrees with UTC Date arithmetic on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatDayNumber(day)).toBe(iso);
        expect(tryParsePlainDate(iso)).toBe(day);
        expect(weekdayOfDayNumber(day)).toBe(new Date(day * 86_400_000).getUTCDay() || 7);
      }),
    );
  });

  it('round-trips parts', () => {
    expect(partsFromDayNumber(dayNumberFromParts(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatDayNumber(dayNumberFromParts(1, 1, 1))).toBe('0001-01-01');
  });

  it('validates', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('0000-01-01')).toBe(false);
    expect(isPlainDate('2025-1-01')).toBe(false);
  });
});

describe('chinaDateOf', () => {
  it('reads an instant in UTC+8, whatever the machine time zone', () => {
    expect(chinaDateOf(Date.UTC(2025, 8, 25, 15, 59, 59, 999))).toBe('2025-09-25');
    expect(chinaDateOf(Date.UTC(2025, 8, 25, 16, 0))).toBe('2025-09-26');
    expect(chinaDateOf(new Date(Date.UTC(2025, 11, 31, 16)))).toBe('2026-01-01');
  });

  it.each([Number.NaN, Infinity, new Date(Number.NaN), '2025-01-01'])('refuses %s', (value) => {
    expect(() => chinaDateOf(value as number)).toThrow(InvalidArgumentError);
  });
});
