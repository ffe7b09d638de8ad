import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar, KIND_MAKEUP, KIND_WORKDAY, type CandidateBlock } from '../../src/calendar/Calendar.js';
import { dayNumberFromParts, formatDayNumber, parsePlainDate } from '../../src/date/plainDate.js';
import { CN, dueDate, projectCalendar, type DeadlineResult, type DeadlineStop } from '../../src/index.js';

// dueRange is computed from a few candidates (dueRange.ts explains which). The reference here tries every
// combination of every block's arrangements over the years a deadline can reach, each as a full calendar, and takes
// the earliest and latest due date. The two must agree on every input.

const FIRST = dayNumberFromParts(2024, 6, 1);

/** Every candidate arrangement of a projected calendar, as calendars of their own (with no candidates). */
function everyCandidate(projected: Calendar, years: readonly number[]): Calendar[] {
  const tables = projected.tables;
  const blocks = (projected.definition.candidates ?? []).filter((b) => years.includes(Number(b.label.slice(0, 4))));
  const combos: CandidateBlock['variants'][number][] = [[]];
  for (const block of blocks) {
    const next: (typeof combos)[number][] = [];
    for (const combo of combos) for (const variant of block.variants) next.push([...combo, ...variant]);
    combos.splice(0, combos.length, ...next);
  }
  const last = tables.last;
  return combos.map(
    (changes, index) =>
      new Calendar({
        id: 'CN',
        name: `candidate ${index}`,
        first: FIRST,
        last,
        days: () => {
          const offset = FIRST - tables.first;
          const kinds = tables.kinds.slice(offset);
          for (const { day, kind } of changes) kinds[day - FIRST] = kind;
          return {
            first: FIRST,
            kinds,
            holidayRefs: tables.holidayRefs.slice(offset),
            holidays: tables.holidays,
            sourceRefs: tables.sourceRefs.slice(offset),
            sources: tables.sources,
          };
        },
        extendHint: () => '',
      }),
  );
}

function referenceRange(candidates: readonly Calendar[], input: Parameters<typeof dueDate>[0]): { earliest: string; latest: string } {
  const dues = candidates.map((calendar) => dueDate({ ...input, calendar, trace: false }).due!);
  dues.sort();
  return { earliest: dues[0]!, latest: dues[dues.length - 1]! };
}

const date = (first: string, last: string) =>
  fc.integer({ min: parsePlainDate('t', first), max: parsePlainDate('t', last) }).map(formatDayNumber);

describe('dueRange', () => {
  // 2025 as if unpublished: Spring Festival (6 arrangements), Labour Day (8), National Day and Mid-Autumn (6).
  const projected2025 = projectCalendar(CN, { from: 2025, through: 2025 });
  const candidates2025 = everyCandidate(projected2025, [2025]);

  it('has the candidates the reference enumerates', () => {
    expect(candidates2025.length).toBe(6 * 8 * 6);
    // The most likely arrangement is the calendar's own: candidate 0.
    for (let day = dayNumberFromParts(2025, 1, 1); day <= dayNumberFromParts(2025, 12, 31); day++) {
      const i = day - projected2025.tables.first;
      const j = day - FIRST;
      expect(candidates2025[0]!.tables.kinds[j]).toBe(projected2025.tables.kinds[i]);
    }
    expect([KIND_WORKDAY, KIND_MAKEUP]).toContain(candidates2025[0]!.tables.kinds[dayNumberFromParts(2025, 1, 26) - FIRST]);
  });

  it('is the earliest and latest due date over every candidate, and flags every figure that differs, with stops', () => {
    // Stops anywhere, open or closed, with reasons that extend, restart or only pause: on some arrangements a stop may
    // come before the due date and on others after it.
    const stop = fc
      .record({
        from: date('2024-12-01', '2025-11-30'),
        length: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        reason: fc.constantFrom(undefined, 'sponsor-supplement', 'supplement', 'inspection'),
      })
      .map(({ from, length, reason }): DeadlineStop => ({
        from,
        ...(length !== undefined && { to: formatDayNumber(parsePlainDate('t', from) + length) }),
        ...(reason && { reason }),
      }));
    fc.assert(
      fc.property(
        fc.constantFrom('cn.nmpa.drug.ind', 'cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.supplement', 'cn.nmpa.device.class3.review', 'cn.nmpa.drug.nda.priority-rare-disease'),
        date('2024-12-01', '2025-09-30'),
        fc.array(stop, { maxLength: 2 }),
        (policy, start, rawStops) => {
          const sorted = rawStops.filter((s) => s.from >= start).sort((a, b) => (a.from < b.from ? -1 : 1));
          const stops = sorted.filter((s, i) => (i === 0 || (sorted[i - 1]!.to !== undefined && s.from >= sorted[i - 1]!.to!)) && (s.to !== undefined || i === sorted.length - 1));
          const input = { policy, start, stops };
          let result;
          try {
            result = dueDate({ ...input, calendar: projected2025 });
          } catch {
            return true; // past the projected year
          }
          let outcomes: DeadlineResult[];
          try {
            outcomes = candidates2025.map((calendar) => dueDate({ ...input, calendar, trace: false }));
          } catch {
            return true; // some arrangement reaches past the projected year
          }
          const dues = outcomes.map((o) => o.due).filter((d): d is string => d !== null).sort();
          const fields = result.provisionalFields;
          if (outcomes.some((o) => o.due === null) && dues.length > 0) expect(fields).toContain('due');
          if (result.due !== null && dues.length > 0) {
            expect(result.dueRange ?? { earliest: result.due, latest: result.due }).toEqual({ earliest: dues[0], latest: dues[dues.length - 1] });
          }
          if (result.due === null) expect(result.dueRange).toBeNull();
          const differs = (pick: (o: DeadlineResult) => unknown) => new Set(outcomes.map(pick)).size > 1;
          if (differs((o) => o.limit.amount)) expect(fields).toContain('limit');
          if (differs((o) => o.countedDays)) expect(fields).toContain('countedDays');
          if (differs((o) => o.stoppedDays)) expect(fields).toContain('stoppedDays');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is the earliest and latest due date over every candidate, for periods and limits counted back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cn.nmpa.drug.dsur', 'cn.nmpa.drug.ind.innovative-30.trial-start', 'cn.nmpa.drug.inspection.report-due', 'cn.nmpa.device.renewal.filing', 'cn.law.admin-licensing.renewal.filing'),
        date('2024-12-15', '2025-12-31'),
        (policy, start) => {
          let result;
          try {
            result = dueDate({ policy, start, calendar: projected2025 });
          } catch {
            return true;
          }
          if (result.due! > '2025-12-31' || result.due! < '2024-06-01') return true;
          const reference = referenceRange(candidates2025, { policy, start });
          expect(result.dueRange ?? { earliest: result.due, latest: result.due }).toEqual(reference);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('contains the published due date of every 2025 start, and is null when the due date is exact', () => {
    const misses: string[] = [];
    for (let day = dayNumberFromParts(2024, 10, 1); day <= dayNumberFromParts(2025, 10, 1); day++) {
      const start = formatDayNumber(day);
      const published = dueDate({ policy: 'cn.nmpa.drug.ind', start }).due!;
      if (published > '2025-12-31') continue;
      const { due, dueRange } = dueDate({ policy: 'cn.nmpa.drug.ind', start, calendar: projected2025, trace: false });
      const range = dueRange ?? { earliest: due!, latest: due! };
      if (!(range.earliest <= published && published <= range.latest)) misses.push(`${start}: ${published} outside ${range.earliest}..${range.latest}`);
    }
    expect(misses).toEqual([]);
    // IND from Mon 2024-06-03 by hand: June 4–7 (4), 10 June is Dragon Boat, 11–14 (8), 17–21 (13), 24–28 (18); July's
    // 23 weekdays (41); 1–2 Aug (43), 5–9 (48), 12–16 (53), 19–23 (58), 26 (59), 27 (60): a 2024 date, exact.
    const exact = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2024-06-03', calendar: projected2025 });
    expect(exact).toMatchObject({ due: '2024-08-27', provisional: false, dueRange: null, provisionalFields: [] });
  });
});
