import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../src/index.js';
import { coveredDate, innerDate, workingDayCount } from '../support/arbitraries.js';
import { referenceAdd, referenceCount, referenceIsWorkingDay } from '../support/referenceCalendar.js';

/** addWorkingDays, or undefined where the answer is outside coverage. */
function add(date: string, days: number): string | undefined {
  try {
    return addWorkingDays(date, days);
  } catch (error) {
    if (error instanceof CalendarCoverageError) return undefined;
    throw error;
  }
}

describe('working-day laws', () => {
  it('lands on a working day for any non-zero count', () => {
    fc.assert(
      fc.property(innerDate(500), workingDayCount.filter((n) => n !== 0), (date, days) => {
        expect(isWorkingDay(addWorkingDays(date, days))).toBe(true);
      }),
    );
  });

  it('count(d, add(d, n)) = n', () => {
    fc.assert(
      fc.property(innerDate(500), workingDayCount, (date, days) => {
        // Arrange: a day 0 that is a working day, so that the law also holds for negative n.
        const start = days < 0 && !isWorkingDay(date) ? nextWorkingDay(date) : date;
        // Act
        const end = addWorkingDays(start, days);
        // Assert
        expect(countWorkingDays(start, end)).toBe(days);
      }),
    );
  });

  it('is monotonic in n', () => {
    fc.assert(
      fc.property(innerDate(500), workingDayCount, workingDayCount, (date, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(date, low) <= addWorkingDays(date, high)).toBe(true);
        if (low < high && low >= 0) expect(addWorkingDays(date, low) < addWorkingDays(date, high)).toBe(true);
      }),
    );
  });

  it('add(add(d, a), b) = add(d, a + b) when a and b have the same sign', () => {
    fc.assert(
      fc.property(innerDate(900), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.boolean(), (date, a, b, negative) => {
        const [x, y] = negative ? [-a, -b] : [a, b];
        expect(addWorkingDays(addWorkingDays(date, x), y)).toBe(addWorkingDays(date, x + y));
      }),
    );
  });

  it('agrees with a naive day-by-day reference on random dates, edges of coverage included', () => {
    fc.assert(
      fc.property(coveredDate, workingDayCount, coveredDate, (date, days, other) => {
        expect(isWorkingDay(date)).toBe(referenceIsWorkingDay(date));
        expect(add(date, days)).toBe(referenceAdd(date, days));
        expect(countWorkingDays(date, other)).toBe(referenceCount(date, other));
      }),
      { numRuns: 200 },
    );
  });

  it('next and previous are add(±1)', () => {
    fc.assert(
      fc.property(innerDate(30), (date) => {
        expect(nextWorkingDay(date)).toBe(referenceAdd(date, 1));
        expect(previousWorkingDay(date)).toBe(referenceAdd(date, -1));
      }),
    );
  });
});
