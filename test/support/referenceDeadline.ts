/**
 * A naive day-by-day reference for working-day deadlines with plain stops, built on the naive reference calendar
 * (test/support/referenceCalendar.ts) — never on reviewclock's code. Slow on purpose.
 */
import { LAST, referenceIsWorkingDay, shiftDays } from './referenceCalendar.js';

export interface ReferenceStop {
  from: string;
  to: string;
}

/**
 * The `limit`-th working day after `start` that lies in no stop (from, to]; undefined when it lies past coverage.
 * A stop that begins on or after that day never matters, since the walk stops there.
 */
export function referenceDue(start: string, limit: number, stops: readonly ReferenceStop[] = [], stopDayCounts = true): string | undefined {
  let counted = 0;
  let day = start;
  while (counted < limit) {
    day = shiftDays(day, 1);
    if (day > LAST) return undefined;
    if (!referenceIsWorkingDay(day)) continue;
    if (stops.some((stop) => (stopDayCounts ? stop.from < day : stop.from <= day) && day <= stop.to)) continue;
    counted++;
  }
  return day;
}
