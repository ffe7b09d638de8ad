import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  listDays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../src/index.js';
import { coveredDate, innerDate } from '../support/arbitraries.js';
import { referenceAdd, referenceIsWorkingDay, referenceWeekday, shiftDays } from '../support/referenceCalendar.js';
import { orUncovered } from '../support/thrown.js';


/** The reference on or after / before: the day itself when it works, else the day-by-day walk to the next / previous. */
function referenceOnOrNear(date: string, after: boolean): string | undefined {
  return referenceIsWorkingDay(date) ? date : referenceAdd(date, after ? 1 : -1);
}

/** A span of up to `maxDays` days inside CN coverage, as [from, to]. */
const span = (maxDays: number) => fc.tuple(coveredDate, fc.nat(maxDays)).map(([from, extra]) => [from, shiftDays(from, extra)] as const).filter(([, to]) => to <= '2026-12-31');

describe('listDays laws', () => {
  it('lists to − from + 1 days in order, each the day after the one before, agreeing with the reference', () => {
    fc.assert(
      fc.property(span(800), ([from, to]) => {
        // Act
        const days = listDays(from, to);
        // Assert
        const expected = Array.from({ length: days.length }, (_, i) => {
          const date = shiftDays(from, i);
          return { date, weekday: referenceWeekday(date), working: referenceIsWorkingDay(date) };
        });
        expect(days[0]!.date).toBe(from);
        expect(days.at(-1)!.date).toBe(to);
        expect(days.map(({ date, weekday, working }) => ({ date, weekday, working }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives each day exactly what dayInfo gives', () => {
    fc.assert(
      fc.property(span(60), ([from, to]) => {
        const days = listDays(from, to);
        expect(days).toStrictEqual(days.map((day) => dayInfo(day.date)));
      }),
    );
  });

  it('has kinds that agree with the weekday and working flag', () => {
    fc.assert(
      fc.property(span(400), ([from, to]) => {
        const wrong = listDays(from, to).filter((day) => {
          const weekend = day.weekday >= 6;
          const kinds = day.working ? [weekend ? 'makeup-workday' : 'workday'] : weekend ? ['weekend', 'holiday'] : ['holiday'];
          const plain = day.kind === 'workday' || day.kind === 'weekend';
          return !kinds.includes(day.kind) || 'holiday' in day !== (day.kind === 'holiday') || (plain && 'source' in day);
        });
        expect(wrong).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('holds as many working days as countWorkingDays counts (from the day before `from`)', () => {
    fc.assert(
      fc.property(span(3000).filter(([from]) => from > '2004-01-01'), ([from, to]) => {
        const working = listDays(from, to).filter((day) => day.working).length;
        expect(working).toBe(countWorkingDays(shiftDays(from, -1), to));
      }),
      { numRuns: 100 },
    );
  });

  it('splits: list(a, c) = list(a, b) + list(b + 1, c)', () => {
    fc.assert(
      fc.property(span(300), fc.nat(300), ([from, to], cut) => {
        const days = listDays(from, to);
        const at = cut % days.length;
        const middle = days[at]!.date;
        const rest = middle === to ? [] : listDays(shiftDays(middle, 1), to);
        expect([...listDays(from, middle), ...rest]).toStrictEqual(days);
      }),
      { numRuns: 100 },
    );
  });
});

describe('workingDayOnOrAfter / workingDayOnOrBefore laws', () => {
  it('agree with the naive day-by-day reference, edges of coverage included', () => {
    fc.assert(
      fc.property(coveredDate, (date) => {
        expect(orUncovered(() => workingDayOnOrAfter(date))).toBe(referenceOnOrNear(date, true));
        expect(orUncovered(() => workingDayOnOrBefore(date))).toBe(referenceOnOrNear(date, false));
      }),
      { numRuns: 500 },
    );
  });

  it('land on a working day, on the right side of the date, with no working day in between', () => {
    fc.assert(
      fc.property(innerDate(30), (date) => {
        // Act
        const after = workingDayOnOrAfter(date);
        const before = workingDayOnOrBefore(date);
        // Assert
        expect(isWorkingDay(after) && isWorkingDay(before)).toBe(true);
        expect(before <= date && date <= after).toBe(true);
        // No working day strictly between the day before `date` and `after`, nor between `before` and `date`.
        expect(countWorkingDays(shiftDays(date, -1), after)).toBe(1);
        expect(countWorkingDays(before, date)).toBe(0);
        // The date itself when, and only when, it is a working day.
        expect(after === date).toBe(isWorkingDay(date));
        expect(before === date).toBe(isWorkingDay(date));
      }),
    );
  });

  it('are next / previous working day from the neighbouring day, and idempotent', () => {
    fc.assert(
      fc.property(innerDate(30), (date) => {
        expect(workingDayOnOrAfter(date)).toBe(addWorkingDays(shiftDays(date, -1), 1));
        expect(workingDayOnOrBefore(date)).toBe(addWorkingDays(shiftDays(date, 1), -1));
        expect(workingDayOnOrAfter(workingDayOnOrAfter(date))).toBe(workingDayOnOrAfter(date));
        expect(workingDayOnOrBefore(workingDayOnOrBefore(date))).toBe(workingDayOnOrBefore(date));
      }),
    );
  });

  it('are monotonic', () => {
    fc.assert(
      fc.property(innerDate(30), innerDate(30), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(workingDayOnOrAfter(low) <= workingDayOnOrAfter(high)).toBe(true);
        expect(workingDayOnOrBefore(low) <= workingDayOnOrBefore(high)).toBe(true);
      }),
    );
  });
});
