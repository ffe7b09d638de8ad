import fc from 'fast-check';
import { FIRST, LAST, fromMs, toMs } from './referenceCalendar.js';

const DAY = 86_400_000;
const firstDay = toMs(FIRST) / DAY;
const lastDay = toMs(LAST) / DAY;

/** A date inside CN coverage, as YYYY-MM-DD (built with UTC arithmetic, not with reviewclock). */
export const coveredDate = fc.integer({ min: firstDay, max: lastDay }).map((day) => fromMs(day * DAY));

/** A date inside CN coverage at least `margin` days from either end. */
export function innerDate(margin: number): fc.Arbitrary<string> {
  return fc.integer({ min: firstDay + margin, max: lastDay - margin }).map((day) => fromMs(day * DAY));
}

/** A number of working days that a deadline may use. */
export const workingDayCount = fc.integer({ min: -300, max: 300 });
