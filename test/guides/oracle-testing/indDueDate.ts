// An app's own deadline code: the 60-working-day IND review limit, with clock stops, on a holiday table the app
// keeps itself (2025 and 2026, from the State Council notices). It does not use reviewclock.

const REST_WEEKDAYS = new Set([
  // 2025: New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, National Day and Mid-Autumn
  '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04', '2025-04-04',
  '2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06',
  '2025-10-07', '2025-10-08',
  // 2026
  '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23',
  '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02',
  '2026-10-05', '2026-10-06', '2026-10-07',
]);
const MAKEUP_WORKDAYS = new Set([
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
]);

export interface Stop {
  readonly from: string;
  readonly to?: string | null | undefined;
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function isWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (year < 2025 || year > 2026) throw new Error(`no holiday data for ${year}`);
  if (MAKEUP_WORKDAYS.has(date)) return true;
  if (REST_WEEKDAYS.has(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

/**
 * Day 60 of an IND review: the 60th working day after the acceptance date (day 0), not counting the working days
 * of clock stops (from <= day <= to: the day the clock stops does not count on an IND review). Null while a stop has
 * no end and the 60th day has not been reached before it.
 */
export function indDueDate({ start, stops = [] }: { start: string; stops?: readonly Stop[] }): string | null {
  let counted = 0;
  let day = start;
  while (counted < 60) {
    day = nextDay(day);
    const stop = stops.find((s) => s.from <= day && (s.to == null || day <= s.to));
    if (stop && stop.to == null) return null; // the clock is stopped now
    if (stop || !isWorkingDay(day)) continue;
    counted++;
  }
  return day;
}
