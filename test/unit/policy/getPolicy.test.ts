import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  InvalidDateError,
  PolicyNotInForceError,
  UnknownPolicyError,
  getPolicy,
  listPolicies,
} from '../../../src/index.js';

function unknown(id: string): UnknownPolicyError {
  try {
    getPolicy(id);
  } catch (error) {
    if (error instanceof UnknownPolicyError) return error;
    throw error;
  }
  throw new Error(`getPolicy(${id}) did not throw`);
}

describe('getPolicy', () => {
  it('returns the latest version, or the version in force on a date', () => {
    expect(getPolicy('cn.nmpa.drug.deficiency-response').version).toBe('2023-01-01');
    expect(getPolicy('cn.nmpa.drug.deficiency-response', { on: '2022-11-01' }).limit.amount).toBe(160);
    expect(getPolicy('cn.nmpa.drug.deficiency-response', { on: '2022-10-13' }).limit.amount).toBe(80);
    expect(getPolicy('cn.nmpa.drug.ind', { on: '2019-11-30' }).version).toBe('2018-07-27');
    expect(getPolicy('cn.nmpa.drug.ind', { on: '2019-12-01' }).version).toBe('2019-12-01');
  });

  it('refuses a date on which no version is in force, listing the periods', () => {
    expect(() => getPolicy('cn.nmpa.drug.ind.innovative-30', { on: '2025-08-15' })).toThrow(PolicyNotInForceError);
    try {
      getPolicy('cn.nmpa.drug.ind.innovative-30', { on: '2025-08-15' });
    } catch (error) {
      const e = error as PolicyNotInForceError;
      expect(e.code).toBe('policy_not_in_force');
      expect(e.versions).toEqual([
        { version: '2024-07-31', from: '2024-07-31', to: '2025-07-31' },
        { version: '2025-09-09', from: '2025-09-09', to: null },
      ]);
      expect(e.message).toContain('2024-07-31 to 2025-07-31, 2025-09-09 to now');
    }
  });

  it('suggests close ids for an unknown one: typos, the domain catalog’s underscore ids, longer variants', () => {
    expect(unknown('cn.nmpa.drug.nda.priorty').suggestions[0]).toBe('cn.nmpa.drug.nda.priority');
    expect(unknown('cn.nmpa.drug.ind.standard').suggestions).toContain('cn.nmpa.drug.ind');
    expect(unknown('cn.nmpa.device.class3.technical_review').suggestions).toContain('cn.nmpa.device.class3.review');
    expect(unknown('hk.dh.drug.nce_1plus').suggestions[0]).toBe('hk.dh.drug.nce-1plus');
    expect(unknown('CN.NMPA.DRUG.IND').suggestions[0]).toBe('cn.nmpa.drug.ind');
    const error = unknown('cn.gd.gba.hkmo-access.in-catalogue');
    expect(error.code).toBe('unknown_policy');
    expect(error.message).toMatch(/getPolicy: unknown policy id "cn\.gd\.gba\.hkmo-access\.in-catalogue"; did you mean "cn\.gd\.gba\.hkmo-access\./);
    expect(unknown('zzzz').suggestions).toEqual([]);
  });

  it('refuses ids that are not strings, bad dates and bad options', () => {
    expect(() => getPolicy(42 as never)).toThrow(InvalidArgumentError);
    expect(() => getPolicy('cn.nmpa.drug.ind', { on: '2025-02-30' })).toThrow(InvalidDateError);
    expect(() => getPolicy('cn.nmpa.drug.ind', 'x' as never)).toThrow(InvalidArgumentError);
  });
});

describe('listPolicies', () => {
  it('lists every id once, sorted, and filters by words, calendar, product, role, confidence and jurisdiction', () => {
    const ids = listPolicies().map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(listPolicies({ text: 'IND' }).map((p) => p.id)).toEqual(expect.arrayContaining(['cn.nmpa.drug.ind', 'cn.nmpa.drug.ind.innovative-30']));
    expect(listPolicies({ text: '默示许可' }).map((p) => p.id)).toEqual(['cn.nmpa.device.ide', 'cn.nmpa.drug.ind']);
    expect(listPolicies({ calendar: 'HK' }).map((p) => p.id)).toEqual(['hk.dh.drug.nce-1plus', 'hk.dh.pcm.designated-priority', 'hk.dh.pcm.innovative']);
    expect(listPolicies({ jurisdiction: 'CN-GD' }).map((p) => p.id)).toEqual(['cn.gd.gba.hkmo-access.listed', 'cn.gd.gba.hkmo-access.unlisted']);
    expect(listPolicies({ jurisdiction: 'CN' }).some((p) => p.jurisdiction === 'CN-GD')).toBe(true);
    expect(listPolicies({ product: 'device' }).every((p) => p.products.includes('device') || p.products.includes('any'))).toBe(true);
    expect(listPolicies({ role: 'sponsor-window' }).map((p) => p.id)).toContain('cn.nmpa.drug.deficiency-response');
    expect(listPolicies({ confidence: 'unverified' }).every((p) => p.confidence === 'unverified')).toBe(true);
  });

  it('gives the versions in force on a date, or every version', () => {
    const on2022 = listPolicies({ on: '2022-11-01', text: 'cn.nmpa.drug.deficiency' });
    expect(on2022.map((p) => [p.id, p.limit.amount])).toEqual([['cn.nmpa.drug.deficiency-response', 160]]);
    expect(listPolicies({ on: '2019-06-01' }).map((p) => p.id)).toContain('cn.nmpa.drug.ind');
    expect(listPolicies({ on: '2019-06-01' }).find((p) => p.id === 'cn.nmpa.drug.nda')?.version).toBe('2007-10-01');
    expect(listPolicies({ allVersions: true }).length).toBe(listPolicies().length + 18); // 4 dated versions of current rules, 14 of the 2007, 2014 and 2019 rules
  });

  it('refuses a filter of the wrong shape', () => {
    expect(() => listPolicies('ind' as never)).toThrow(InvalidArgumentError);
    expect(() => listPolicies({ text: 3 as never })).toThrow(InvalidArgumentError);
    expect(() => listPolicies({ on: '2025-13-01' })).toThrow(InvalidDateError);
  });
});
