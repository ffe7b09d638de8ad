import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONDAY_TO_FRIDAY,
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  listDays,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../src/index.js';
import { fromMs, referenceWeekday, shiftDays, toMs } from '../support/referenceCalendar.js';
import { orUncovered } from '../support/thrown.js';

// The trivial reference: a day is a working day when its UTC weekday is Monday to Friday, 1901–2099; walked day by
// day with JavaScript's Date.UTC, never with reviewclock's code.
const FIRST = '1901-01-01';
const LAST = '2099-12-31';
const DAY = 86_400_000;
const calendar = MONDAY_TO_FRIDAY;
const options = { calendar };

const weekdayWorks = (date: string): boolean => referenceWeekday(date) <= 5;

function referenceAdd(date: string, days: number): string | undefined {
  let current = date;
  for (let left = Math.abs(days); left > 0; ) {
    current = shiftDays(current, days > 0 ? 1 : -1);
    if (current < FIRST || current > LAST) return undefined;
    if (weekdayWorks(current)) left--;
  }
  return current;
}

/** Weekdays x with from < x <= to, by whole weeks and a walk over the rest; negative when to < from. */
function referenceCount(from: string, to: string): number {
  if (to < from) return -referenceCount(to, from) || 0;
  const days = (toMs(to) - toMs(from)) / DAY;
  let count = Math.floor(days / 7) * 5;
  for (let i = Math.floor(days / 7) * 7 + 1; i <= days; i++) if (weekdayWorks(shiftDays(from, i))) count++;
  return count;
}


const date = fc.integer({ min: toMs(FIRST) / DAY, max: toMs(LAST) / DAY }).map((day) => fromMs(day * DAY));
const days = fc.integer({ min: -400, max: 400 });

describe('MONDAY_TO_FRIDAY against a plain weekday reference', () => {
  it('isWorkingDay and dayInfo: Monday to Friday work, nothing else is known about a day', () => {
    fc.assert(
      fc.property(date, (d) => {
        const weekday = referenceWeekday(d);
        expect(isWorkingDay(d, options)).toBe(weekday <= 5);
        expect(dayInfo(d, options)).toStrictEqual({ date: d, weekday, working: weekday <= 5, kind: weekday <= 5 ? 'workday' : 'weekend', provisional: false });
      }),
      { numRuns: 1000 },
    );
  });

  it('addWorkingDays, nextWorkingDay, previousWorkingDay agree with the walk, edges of coverage included', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        expect(orUncovered(() => addWorkingDays(d, n, options))).toBe(n === 0 ? d : referenceAdd(d, n));
        expect(orUncovered(() => nextWorkingDay(d, options))).toBe(referenceAdd(d, 1));
        expect(orUncovered(() => previousWorkingDay(d, options))).toBe(referenceAdd(d, -1));
      }),
      { numRuns: 500 },
    );
  });

  it('countWorkingDays agrees with whole weeks plus the rest, over spans of any length', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(countWorkingDays(a, b, options)).toBe(referenceCount(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('workingDayOnOrAfter / OnOrBefore: the day itself on a weekday, else Monday / Friday', () => {
    fc.assert(
      fc.property(date, (d) => {
        const weekday = referenceWeekday(d);
        const after = weekday <= 5 ? d : shiftDays(d, 8 - weekday);
        const before = weekday <= 5 ? d : shiftDays(d, 5 - weekday);
        expect(workingDayOnOrAfter(d, options)).toBe(after); // 2099-12-31 is a Thursday: never past coverage
        expect(orUncovered(() => workingDayOnOrBefore(d, options))).toBe(before < FIRST ? undefined : before);
      }),
      { numRuns: 500 },
    );
  });

  it('listDays: every day, its weekday and whether it works', () => {
    fc.assert(
      fc.property(date, fc.nat(1000), (from, extra) => {
        const to = shiftDays(from, extra) > LAST ? LAST : shiftDays(from, extra);
        const listed = listDays(from, to, options).map((day) => `${day.date} ${day.weekday} ${day.kind}`);
        const expected = Array.from({ length: (toMs(to) - toMs(from)) / DAY + 1 }, (_, i) => {
          const d = shiftDays(from, i);
          return `${d} ${referenceWeekday(d)} ${weekdayWorks(d) ? 'workday' : 'weekend'}`;
        });
        expect(listed).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
