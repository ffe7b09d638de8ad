import { describe, expect, it } from 'vitest';
import { UnknownPolicyError, getPolicy, listPolicies } from '../../../src/index.js';
import { closestIds } from '../../../src/policy/suggest.js';

function suggestions(id: string): readonly string[] {
  try {
    getPolicy(id);
  } catch (error) {
    if (error instanceof UnknownPolicyError) return error.suggestions;
    throw error;
  }
  throw new Error(`getPolicy(${id}) did not throw`);
}

const IDS = listPolicies().map((p) => p.id);

describe('suggestions for an unknown policy id', () => {
  it('an id extended by one segment suggests the id it extends first: nda.standard is the 200-day NDA, not priority review', () => {
    const found = suggestions('cn.nmpa.drug.nda.standard');
    expect(found[0]).toBe('cn.nmpa.drug.nda');
    expect(getPolicy(found[0]!).limit.amount).toBe(200);
    expect(found.slice(0, 2)).toEqual(['cn.nmpa.drug.nda', 'cn.nmpa.drug.nda.priority']);
    expect(suggestions('cn.nmpa.drug.ind.standard')[0]).toBe('cn.nmpa.drug.ind');
  });

  it('a near typo still comes before the id it extends', () => {
    expect(suggestions('cn.nmpa.drug.ind.innovative30').slice(0, 2)).toEqual(['cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.ind']);
    expect(suggestions('cn.nmpa.drug.nda.priorty').slice(0, 2)).toEqual(['cn.nmpa.drug.nda.priority', 'cn.nmpa.drug.nda']);
  });

  it('a swapped pair suggests the id it mistypes, then the closest of its siblings', () => {
    expect(suggestions('cn.nmpa.device.class3.reveiw').slice(0, 2)).toEqual(['cn.nmpa.device.class3.review', 'cn.nmpa.device.class2.review']);
  });

  it('breaks edit-distance ties by the longest shared dotted prefix, then the shorter id', () => {
    // Both are one edit away; the first shares two segments, the second one.
    expect(closestIds('aa.zz.cc', ['aa.za.cc', 'aa.zz.cd'])).toEqual(['aa.zz.cd', 'aa.za.cc']);
    // Two segments beyond known ids: no parent bonus, the longest prefix wins among them.
    expect(closestIds('cn.nmpa.drug.ind.innovative-30.foo.bar', IDS)[0]).toBe('cn.nmpa.drug.ind.innovative-30');
  });

  it('stays cheap and bounded for a very long id', () => {
    const started = performance.now();
    const found = suggestions(`cn.nmpa.drug.ind.${'x'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found[0]).toBe('cn.nmpa.drug.ind');
    expect(suggestions('x'.repeat(100_000))).toEqual([]);
  });
});
