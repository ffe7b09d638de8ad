/**
 * A naive day-by-day reference for the CN calendar, built only from the golden fixtures (fixtures/calendar/cn) and
 * JavaScript's UTC date arithmetic — never from reviewclock's code or data. Slow on purpose: it walks day by day.
 */
import { readFileSync, readdirSync } from 'node:fs';

export interface CalendarFixture {
  year: number;
  derivation: string;
  workingDays: number;
  restWeekdays: string[];
  makeupWorkdays: string[];
}

const dir = new URL('../../fixtures/calendar/cn/', import.meta.url);
export const calendarFixtures: CalendarFixture[] = readdirSync(dir)
  .filter((name) => /^\d{4}\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as CalendarFixture);

const restWeekdays = new Set(calendarFixtures.flatMap((f) => f.restWeekdays));
const makeupWorkdays = new Set(calendarFixtures.flatMap((f) => f.makeupWorkdays));

export const FIRST = '2004-01-01';
export const LAST = '2026-12-31';
const MS_PER_DAY = 86_400_000;

export function toMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function shiftDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * MS_PER_DAY);
}

/** ISO weekday from UTC arithmetic: 1 = Monday … 7 = Sunday. */
export function referenceWeekday(date: string): number {
  return new Date(toMs(date)).getUTCDay() || 7;
}

export function referenceIsWorkingDay(date: string): boolean {
  if (makeupWorkdays.has(date)) return true;
  if (restWeekdays.has(date)) return false;
  return referenceWeekday(date) <= 5;
}

function covered(date: string): boolean {
  return date >= FIRST && date <= LAST;
}

/** The n-th working day after (n > 0) or before (n < 0) `date`, walking day by day; undefined past coverage. */
export function referenceAdd(date: string, days: number): string | undefined {
  if (days === 0) return date;
  const step = days > 0 ? 1 : -1;
  let left = Math.abs(days);
  let current = date;
  while (left > 0) {
    current = shiftDays(current, step);
    if (!covered(current)) return undefined;
    if (referenceIsWorkingDay(current)) left--;
  }
  return current;
}

/** Working days x with from < x <= to, negative when to < from, walking day by day. */
export function referenceCount(from: string, to: string): number {
  if (to < from) {
    const backwards = referenceCount(to, from);
    return backwards === 0 ? 0 : -backwards;
  }
  let count = 0;
  for (let current = shiftDays(from, 1); current <= to; current = shiftDays(current, 1)) {
    if (referenceIsWorkingDay(current)) count++;
  }
  return count;
}
