/**
 * Inputs the fuzzing found (test/fuzz/*.fuzz.test.ts), kept as examples: each one once gave an untyped error, a
 * garbage answer or a runaway call, and must now give a typed error at once.
 */
import { describe, expect, it } from 'vitest';
import {
  CN,
  chinaDateOf,
  combineCalendars,
  deadlineToICS,
  dueDate,
  eventsToICS,
  explain,
  getPolicy,
  listProcedures,
  projectTimeline,
  withOverrides,
  withSchedules,
  type DeadlineResult,
} from '../../src/index.js';
import { HolidayScheduleSchema, PolicySchema, ProcedureSchema } from '../../src/schema.js';
import { outcome } from '../../src/testing.js';
import { fuzzCall } from './support/harness.js';

/** The code of the typed error a call throws (the harness fails on any other error, pollution or a runaway). */
function refusal(call: () => unknown): string {
  const got = fuzzCall('regression', undefined, call);
  if (got.ok) throw new Error(`expected a typed error, got ${JSON.stringify(got.value)?.slice(0, 200)}`);
  return got.error.code;
}

const SPARSE = (): unknown[] => new Array(2 ** 32 - 1); // takes no memory; a walk over it takes minutes

describe('fuzz regressions', () => {
  it('chinaDateOf(Object.create(null)): a typed error, not "Cannot convert object to primitive value"', () => {
    expect(refusal(() => chinaDateOf(Object.create(null) as number))).toBe('invalid_argument');
    expect(refusal(() => chinaDateOf('x'.repeat(1_000_000) as unknown as number))).toBe('invalid_argument'); // short message
  });

  it('arrays with holes are refused, not skipped (they gave NaN-NaN-NaN calendars and dropped stops)', () => {
    expect(refusal(() => combineCalendars([, ,] as never))).toBe('invalid_argument');
    expect(refusal(() => withSchedules(CN, [,] as never))).toBe('invalid_argument');
    expect(refusal(() => withOverrides(CN, { closed: [,] as never }))).toBe('invalid_argument');
    expect(refusal(() => eventsToICS([,] as never))).toBe('invalid_argument');
    expect(refusal(() => eventsToICS([{ start: '2025-10-01', summary: 'x', categories: [, 'Holiday'] as never }]))).toBe('invalid_argument');
    expect(refusal(() => projectTimeline({ stages: [,] as never, start: '2021-01-01' }))).toBe('invalid_argument');
    // A hole before a real stop was dropped, and the due date computed as if the array were [stop].
    expect(refusal(() => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [, { from: '2025-10-01', to: '2025-10-20' }] as never }))).toBe(
      'invalid_argument',
    );
  });

  it('sparse arrays of length 2**32-1 are refused at once (dueDate walked them for two minutes)', () => {
    const started = performance.now();
    expect(refusal(() => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: SPARSE() as never }))).toBe('invalid_argument');
    expect(refusal(() => combineCalendars(SPARSE() as never))).toBe('invalid_argument');
    expect(refusal(() => eventsToICS(SPARSE() as never))).toBe('invalid_argument');
    // zod walked every index of an array field and made an issue for each (out of memory): arrays are now bounded.
    const policy = { ...getPolicy('cn.nmpa.drug.ind') };
    expect(PolicySchema.safeParse({ ...policy, notes: SPARSE() }).success).toBe(false);
    expect(refusal(() => dueDate({ policy: { ...policy, stops: SPARSE() } as never, start: '2025-09-26' }))).toBe('invalid_policy');
    expect(ProcedureSchema.safeParse({ ...listProcedures()[0], stages: SPARSE() }).success).toBe(false);
    expect(HolidayScheduleSchema.safeParse({ year: 2027, source: { title: 't', url: 'u' }, holidays: SPARSE(), makeupWorkdays: [] }).success).toBe(false);
    expect(refusal(() => withSchedules(CN, { year: 2027, source: { title: 't', url: 'u' }, holidays: [], makeupWorkdays: SPARSE() } as never))).toBe('invalid_schedule');
    expect(performance.now() - started).toBeLessThan(2_000); // each at once; loose for a loaded machine
  });

  it('projectTimeline: a progress entry that is not an object is refused (null gave a TypeError)', () => {
    const progress = { 'cn.nmpa.drug.acceptance': null } as never;
    expect(refusal(() => projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-01-02', progress }))).toBe('invalid_argument');
  });

  it('explain and deadlineToICS refuse a malformed result with a typed error (they threw TypeErrors)', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
    const malformed: unknown[] = [
      { ...result, policy: { ...result.policy, title: undefined } },
      { ...result, trace: [1, 2] },
      { ...result, trace: [{ type: 'counted' }] },
      { ...result, trace: SPARSE() },
      { ...result, trace: [...result.trace, () => 1] },
      { kind: 'timeline', stages: {}, start: '2025-01-01' },
      { kind: 'timeline', stages: [null], milestones: [], start: '2025-01-01' },
      JSON.parse(`{"kind":"deadline","policy":{"__proto__":{"polluted":"yes"}},"trace":[]}`),
    ];
    for (const value of malformed) {
      expect(refusal(() => explain(value as DeadlineResult))).toBe('invalid_argument');
      expect(refusal(() => deadlineToICS(value as DeadlineResult))).toBe('invalid_argument');
    }
    // A real result still renders, also after a JSON round trip.
    const roundTripped = JSON.parse(JSON.stringify(result)) as DeadlineResult;
    expect(explain(roundTripped)).toBe(explain(result));
    expect(deadlineToICS(roundTripped)).toBe(deadlineToICS(result));
  });

  it('reviewclock/testing: outcome refuses a non-function with a typed error', () => {
    expect(refusal(() => outcome('2025-09-26' as never))).toBe('invalid_argument');
  });
});
