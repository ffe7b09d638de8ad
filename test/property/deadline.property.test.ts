import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  dueDate,
  getPolicy,
  isWorkingDay,
  listPolicies,
  type DeadlineStop,
  type PolicyInput,
} from '../../src/index.js';
import { innerDate } from '../support/arbitraries.js';
import { shiftDays } from '../support/referenceCalendar.js';
import { referenceDue } from '../support/referenceDeadline.js';

/** A policy object like the NDA review with another limit, in force over the whole CN coverage; the stop day counts unless told otherwise. */
function reviewPolicy(amount: number, stopDayCounts = true): PolicyInput {
  const nda = getPolicy('cn.nmpa.drug.nda');
  return {
    ...nda,
    id: 'test.review',
    version: 'test',
    limit: { ...nda.limit, amount },
    effective: { from: '2004-01-01', to: null },
    stopDayCounts: { ...nda.stopDayCounts, value: stopDayCounts },
  };
}

const limit = fc.integer({ min: 1, max: 250 });
/** A start at least 800 days inside coverage, so that 250 working days plus stops stay covered. */
const start = innerDate(800);

/** Up to 3 non-overlapping plain stops after `start`, as day offsets (gaps and lengths in calendar days). */
const stopOffsets = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 30 }) }), { maxLength: 3 });

function toStops(from: string, offsets: readonly { gap: number; length: number }[]): DeadlineStop[] {
  const stops: DeadlineStop[] = [];
  let cursor = from;
  for (const { gap, length } of offsets) {
    const stopFrom = shiftDays(cursor, gap);
    const stopTo = shiftDays(stopFrom, length);
    stops.push({ from: stopFrom, to: stopTo });
    cursor = stopTo;
  }
  return stops;
}

describe('deadline laws', () => {
  it('agrees with a naive day-by-day reference for plain stops, under both readings of the stop day', () => {
    fc.assert(
      fc.property(start, limit, stopOffsets, fc.boolean(), (day0, amount, offsets, stopDayCounts) => {
        // Arrange
        const stops = toStops(day0, offsets);
        // Act
        const result = dueDate({ policy: reviewPolicy(amount, stopDayCounts), start: day0, stops });
        // Assert
        expect(result.due).toBe(referenceDue(day0, amount, stops.map((s) => ({ from: s.from, to: s.to! })), stopDayCounts));
      }),
      { numRuns: 150 },
    );
  });

  it('a plain stop covering k counted working days moves the due date by exactly k working days', () => {
    fc.assert(
      fc.property(start, limit, fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 0, max: 90 }), (day0, amount, where, length) => {
        // Arrange: a stop that begins before the due date without stops.
        const policy = reviewPolicy(amount);
        const due0 = dueDate({ policy, start: day0 }).due!;
        const span = Math.round((Date.UTC(+due0.slice(0, 4), +due0.slice(5, 7) - 1, +due0.slice(8)) - Date.UTC(+day0.slice(0, 4), +day0.slice(5, 7) - 1, +day0.slice(8))) / 86_400_000);
        const from = shiftDays(day0, Math.floor(where * span));
        const to = shiftDays(from, length);
        const k = countWorkingDays(from, to);
        // Act
        const result = dueDate({ policy, start: day0, stops: [{ from, to }] });
        // Assert
        expect(result.due).toBe(addWorkingDays(due0, k));
        expect(result.stoppedDays).toBe(k);
      }),
    );
  });

  it('stops beginning on or after the due date change nothing', () => {
    fc.assert(
      fc.property(start, limit, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.boolean(), (day0, amount, after, length, open) => {
        const policy = reviewPolicy(amount);
        const plain = dueDate({ policy, start: day0 });
        const from = shiftDays(plain.due!, after);
        const stopped = dueDate({ policy, start: day0, stops: [open ? { from } : { from, to: shiftDays(from, length) }] });
        expect(stopped.due).toBe(plain.due);
        expect(stopped.stoppedDays).toBe(0);
      }),
    );
  });

  it('every working-day limit in the catalog ends on a working day, with or without stops', () => {
    // The rules in force now (an id whose only version ended, such as the 2007 cn.nmpa.drug.generic, has no start after 2020).
    const policies = listPolicies().filter((p) => p.calendar === 'CN' && p.limit.unit === 'working-days' && p.limit.direction === 'after' && p.effective.to === null);
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.double({ min: 0, max: 1, noNaN: true }), stopOffsets, (policy, where, offsets) => {
        // Arrange: a start in the policy's effective period, early enough that the due date stays inside 2026.
        const from = policy.effective.from < '2020-01-01' ? '2020-01-01' : policy.effective.from;
        const latest = policy.limit.amount > 100 ? '2025-06-30' : '2026-03-31';
        const days = Math.max(0, Math.round((Date.parse(`${latest}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000));
        const day0 = shiftDays(from, Math.floor(where * days));
        // Act
        const result = dueDate({ policy: policy.id, start: day0, stops: toStops(day0, offsets) });
        // Assert
        expect(isWorkingDay(result.due!)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a longer limit never gives an earlier date', () => {
    fc.assert(
      fc.property(start, limit, limit, stopOffsets, (day0, a, b, offsets) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const stops = toStops(day0, offsets);
        const early = dueDate({ policy: reviewPolicy(shorter), start: day0, stops }).due!;
        const late = dueDate({ policy: reviewPolicy(longer), start: day0, stops }).due!;
        expect(early <= late).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the DRR Art. 87 extension adds ceil(limit / 3) working days to the plain-stop due date', () => {
    fc.assert(
      fc.property(start, limit, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (day0, amount, gap, length) => {
        const policy = reviewPolicy(amount);
        const due0 = dueDate({ policy, start: day0 }).due!;
        const from = shiftDays(day0, gap);
        fc.pre(from < due0);
        const stop = { from, to: shiftDays(from, length) };
        const plain = dueDate({ policy, start: day0, stops: [stop] });
        const extended = dueDate({ policy, start: day0, stops: [{ ...stop, reason: 'sponsor-supplement' }] });
        expect(extended.limit.amount).toBe(amount + Math.ceil(amount / 3));
        expect(extended.due).toBe(addWorkingDays(plain.due!, Math.ceil(amount / 3)));
      }),
    );
  });

  it('a device supplement restarts the review: the due date is the restart amount after the materials arrive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 200 }), (offset, gap, length) => {
        const day0 = shiftDays('2021-10-01', offset);
        const due0 = dueDate({ policy: 'cn.nmpa.device.class3.review', start: day0 }).due!;
        const from = shiftDays(day0, gap);
        fc.pre(from < due0);
        const to = shiftDays(from, length);
        const result = dueDate({ policy: 'cn.nmpa.device.class3.review', start: day0, stops: [{ from, to, reason: 'supplement' }] });
        expect(result.due).toBe(addWorkingDays(to, 60));
        expect(result.limit.amount).toBe(60);
      }),
    );
  });

  it('the days left once an open stop resumes are the working days from the resume day to the due date once it has resumed', () => {
    const reasons = [undefined, 'sponsor-supplement'] as const;
    fc.assert(
      fc.property(start, limit, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom(...reasons), (day0, amount, gap, length, reason) => {
        const policy = reviewPolicy(amount);
        const from = shiftDays(day0, gap);
        fc.pre(from < dueDate({ policy, start: day0 }).due!);
        const withReason = reason === undefined ? {} : { reason };
        const open = dueDate({ policy, start: day0, stops: [{ from, ...withReason }], trace: false });
        const resumed = dueDate({ policy, start: day0, stops: [{ from, to: shiftDays(from, length), ...withReason }] });
        // Counted from the resume day (day 0 of the rest of the limit) to the due date, day by day.
        expect(open.remainingOnResume).toBe(countWorkingDays(shiftDays(from, length), resumed.due!));
        expect(resumed.remainingOnResume).toBeNull();
      }),
    );
  });

  it('as of any day before the due date, counted + left = limit and counted = working days since the start', () => {
    fc.assert(
      fc.property(start, limit, fc.double({ min: 0, max: 1, noNaN: true }), (day0, amount, where) => {
        const policy = reviewPolicy(amount);
        const due = dueDate({ policy, start: day0 }).due!;
        const asOf = addWorkingDays(day0, Math.floor(where * (amount - 1)));
        const result = dueDate({ policy, start: day0, asOf });
        expect(result.status).toBe(asOf === due ? 'due-today' : 'running');
        expect(result.elapsedDays).toBe(countWorkingDays(day0, asOf));
        expect(result.elapsedDays! + result.remainingDays!).toBe(amount);
      }),
    );
  });

  it('results are plain JSON', () => {
    fc.assert(
      fc.property(start, limit, stopOffsets, fc.option(innerDate(800), { nil: undefined }), (day0, amount, offsets, asOf) => {
        const result = dueDate({ policy: reviewPolicy(amount), start: day0, stops: toStops(day0, offsets), asOf });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});
