import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN, dayInfo, isWorkingDay, withSchedules, type HolidaySchedule } from '../../src/index.js';
import { FIRST, LAST, fromMs, referenceIsWorkingDay, referenceWeekday, shiftDays, toMs } from '../support/referenceCalendar.js';

const DAY = 86_400_000;
/** Day offsets from 2026-12-01 (the earliest day a 2027 notice may set) to 2027-12-31. */
const WINDOW_START = toMs('2026-12-01') / DAY;
const WINDOW_END = toMs('2027-12-31') / DAY;
const windowDate = fc.integer({ min: WINDOW_START, max: WINDOW_END }).map((day) => fromMs(day * DAY));

/** A valid random 2027 schedule: spans inside the window, make-up days on weekends outside the spans. */
const schedule2027: fc.Arbitrary<HolidaySchedule> = fc
  .record({
    spans: fc.array(fc.tuple(windowDate, fc.integer({ min: 0, max: 9 })), { maxLength: 8 }),
    makeups: fc.uniqueArray(windowDate.filter((date) => referenceWeekday(date) >= 6), { maxLength: 8 }),
  })
  .map(({ spans, makeups }) => {
    const holidays = spans.map(([from, length]) => {
      const to = shiftDays(from, length);
      return { name: 'Rest', from, to: to <= '2027-12-31' ? to : '2027-12-31' };
    });
    const inSpan = (date: string) => holidays.some((h) => h.from <= date && date <= h.to);
    return {
      year: 2027,
      source: { title: 'Random 2027 schedule', url: 'https://example.org/random' },
      holidays,
      makeupWorkdays: makeups.filter((date) => !inSpan(date)),
    };
  });

/** The days of year 2026 that a 2027 schedule sets. */
function daysSetIn2026(schedule: HolidaySchedule): Set<string> {
  const days = new Set<string>();
  for (const { from, to } of schedule.holidays) for (let d = from; d <= to; d = shiftDays(d, 1)) if (d <= LAST) days.add(d);
  for (const d of schedule.makeupWorkdays) if (d <= LAST) days.add(d);
  return days;
}

// Every bundled date, for comparing whole calendars (walked once; the schedules change per run).
const bundledDates: string[] = [];
for (let date = FIRST; date <= LAST; date = shiftDays(date, 1)) bundledDates.push(date);

describe('withSchedules laws', () => {
  it('agrees with CN on every bundled day except the days the added notice sets in 2026', () => {
    fc.assert(
      fc.property(schedule2027, (schedule) => {
        // Arrange
        const extended = withSchedules(CN, [schedule]);
        const setIn2026 = daysSetIn2026(schedule);
        // Act
        const disagreements = bundledDates.filter(
          (date) => !setIn2026.has(date) && isWorkingDay(date, { calendar: extended }) !== referenceIsWorkingDay(date),
        );
        // Assert
        expect(disagreements).toEqual([]);
        for (const date of setIn2026) expect(dayInfo(date, { calendar: extended }).source).toEqual(schedule.source);
      }),
      { numRuns: 40 },
    );
  });

  it('makes exactly the schedule’s days rest and work in 2027', () => {
    fc.assert(
      fc.property(schedule2027, fc.integer({ min: 0, max: 364 }), (schedule, offset) => {
        const extended = withSchedules(CN, schedule);
        const date = shiftDays('2027-01-01', offset);
        const expected = schedule.makeupWorkdays.includes(date)
          ? true
          : schedule.holidays.some((h) => h.from <= date && date <= h.to)
            ? false
            : referenceWeekday(date) <= 5;
        expect(isWorkingDay(date, { calendar: extended })).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
