import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReviewclockError, dueDate, type DeadlineResult, type DeadlineStop } from '../../src/index.js';
import { HK } from '../../src/hk.js';

interface GoldenCase {
  name: string;
  input: { policy: string; start?: string; startEvents?: Record<string, string>; stops?: DeadlineStop[]; asOf?: string | null; extension?: number; stopDayCounts?: boolean; calendar?: 'CN' | 'HK' };
  expected: Partial<{
    due: string | null;
    limit: number;
    version: string;
    status: string;
    elapsedDays: number;
    remainingDays: number;
    countedDays: number;
    stoppedDays: number;
    consequence: string;
    confidence: string;
    error: string;
  }>;
  derivation: string;
}

const dir = new URL('../../fixtures/deadlines/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const all: { file: string; golden: GoldenCase }[] = files.flatMap((file) =>
  (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { cases: GoldenCase[] }).cases.map((golden) => ({ file, golden })),
);

/** The fields of a result that a golden case can pin. */
function observed(result: DeadlineResult): Record<string, unknown> {
  return {
    due: result.due,
    limit: result.limit.amount,
    version: result.policy.version,
    status: result.status,
    elapsedDays: result.elapsedDays,
    remainingDays: result.remainingDays,
    countedDays: result.countedDays,
    stoppedDays: result.stoppedDays,
    consequence: result.consequence,
    confidence: result.policy.confidence,
  };
}

describe('golden deadlines (fixtures/deadlines)', () => {
  it('has at least 40 cases, each with a derivation', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const { golden } of all) expect(golden.derivation.length, golden.name).toBeGreaterThan(20);
  });

  it('covers every id the issue requires, with and without stops', () => {
    const required = [
      'cn.nmpa.drug.ind',
      'cn.nmpa.drug.ind.innovative-30',
      'cn.nmpa.drug.nda',
      'cn.nmpa.drug.nda.priority',
      'cn.nmpa.drug.nda.priority-rare-disease',
      'cn.nmpa.drug.supplement',
      'cn.nmpa.drug.supplement.combined',
      'cn.nmpa.drug.supplement.with-inspection',
      'cn.nmpa.drug.supplement.pilot-60',
      'cn.nmpa.device.class2.review',
      'cn.nmpa.device.class3.review',
      'cn.nmpa.device.ide',
      'cn.gd.gba.hkmo-access.listed',
      'cn.gd.gba.hkmo-access.unlisted',
    ];
    const covered = new Set(all.filter(({ golden }) => golden.expected.error === undefined).map(({ golden }) => golden.input.policy));
    expect(required.filter((id) => !covered.has(id))).toEqual([]);
    const withStops = all.filter(({ golden }) => (golden.input.stops ?? []).length > 0);
    expect(withStops.some(({ golden }) => golden.input.stops!.some((s) => s.to === undefined))).toBe(true); // an open stop
    expect(withStops.some(({ golden }) => golden.input.stops!.some((s) => s.reason === 'sponsor-supplement' && golden.expected.limit !== undefined && golden.expected.limit > 200))).toBe(true); // an extension
    expect(withStops.some(({ golden }) => golden.input.stops!.some((s) => s.reason === 'supplement'))).toBe(true); // a restart
  });

  for (const { file, golden } of all) {
    it(`${file}: ${golden.name}`, () => {
      const { calendar, ...input } = golden.input;
      const run = () => dueDate({ ...input, ...(calendar === 'HK' ? { calendar: HK } : {}) });
      if (golden.expected.error !== undefined) {
        let caught: unknown;
        try {
          run();
        } catch (error) {
          caught = error;
        }
        expect(caught, golden.derivation).toBeInstanceOf(ReviewclockError);
        expect((caught as ReviewclockError).code, golden.derivation).toBe(golden.expected.error);
        return;
      }
      const result = run();
      const actual = observed(result);
      const expected = golden.expected as Record<string, unknown>;
      const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]));
      expect(picked, golden.derivation).toEqual(expected);
      // Every result survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  }
});
