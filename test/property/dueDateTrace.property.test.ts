/**
 * The trace-free evaluation used by `reviewclock batch` must give exactly what `dueDate` gives, trace aside: the
 * same due date, status, counts and flags, and the same error (class, code and message) when `dueDate` refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPolicies, type DeadlineStop, type DueDateOptions } from '../../src/index.js';
import { dueDate } from '../../src/index.js';
import { innerDate } from '../support/arbitraries.js';
import { shiftDays } from '../support/referenceCalendar.js';

const POLICIES = listPolicies().filter((policy) => policy.calendar === 'CN');
/** Up to 3 stops after the start as offsets in calendar days, with the policy's own reasons (to meet its extend and
 * restart rules, twice at times), another reason or none; any of them may be open (no `to`). */
function stopShapes(reasons: readonly (string | null)[]) {
  return fc.array(
    fc.record({
      gap: fc.integer({ min: -2, max: 90 }),
      length: fc.integer({ min: 0, max: 60 }),
      reason: fc.constantFrom(...reasons),
      open: fc.boolean(),
    }),
    { maxLength: 3 },
  );
}

const policyAndStops = fc
  .constantFrom(...POLICIES)
  .chain((policy) => fc.tuple(fc.constant(policy.id), stopShapes([...policy.stops.map((rule) => rule.reason), 'other', null])));

function toStops(start: string, shapes: readonly { gap: number; length: number; reason: string | null; open: boolean }[]): DeadlineStop[] {
  const stops: DeadlineStop[] = [];
  let cursor = start;
  for (const { gap, length, reason, open } of shapes) {
    const from = shiftDays(cursor, gap);
    const to = shiftDays(from, length);
    stops.push({ from, ...(open ? {} : { to }), ...(reason === null ? {} : { reason }) });
    cursor = to;
  }
  return stops;
}

type Outcome = { readonly result: unknown } | { readonly error: { readonly name: string; readonly code: unknown; readonly message: string } };

function outcome(call: () => { trace: unknown }): Outcome {
  try {
    return { result: { ...call(), trace: [] } };
  } catch (error) {
    const { name, message } = error as Error;
    return { error: { name, code: (error as { code?: unknown }).code, message } };
  }
}

describe('dueDate with trace: false', () => {
  it('gives what dueDate gives, trace aside, for catalog policies with stops, extensions and asOf', () => {
    fc.assert(
      fc.property(
        policyAndStops,
        innerDate(400),
        fc.option(fc.integer({ min: -30, max: 700 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        ([policy, shapes], start, asOfOffset, extension) => {
          // Arrange: any mix, valid or not (stops on a calendar-period policy, an extension it does not allow…)
          const options: DueDateOptions = {
            policy,
            start,
            ...(shapes.length > 0 && { stops: toStops(start, shapes) }),
            ...(asOfOffset !== undefined && { asOf: shiftDays(start, asOfOffset) }),
            ...(extension !== undefined && { extension }),
          };
          // Act
          const full = outcome(() => dueDate(options));
          const lean = outcome(() => dueDate({ ...options, trace: false }));
          // Assert
          expect(lean).toEqual(full);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('returns an empty trace where dueDate returns the steps', () => {
    // Arrange: the NDA review from the dueDate example, one stop (start, counted, stopped, extended, counted, due)
    const options = { policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] };
    // Act
    const lean = dueDate({ ...options, trace: false });
    // Assert
    expect(lean.trace).toEqual([]);
    expect(dueDate(options).trace.length).toBeGreaterThan(0);
    expect(lean.due).toBe('2026-06-18'); // 200 working days grow to 267 on resume (+1/3, rounded up), the notice day not counted, per the dueDate example
  });
});
