import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, listPolicies, type PolicyFilter } from '../../../src/index.js';

const ids = (filter: PolicyFilter) => listPolicies(filter).map((p) => p.id);
const versions = (filter: PolicyFilter) => listPolicies(filter).map((p) => `${p.id}@${p.version}`);

const IND_FAMILY = [
  'cn.nmpa.drug.ind',
  'cn.nmpa.drug.ind.innovative-30',
  'cn.nmpa.drug.ind.innovative-30.switch-notice',
  'cn.nmpa.drug.ind.innovative-30.trial-start',
  'cn.nmpa.drug.ind.sponsor-change',
  'cn.nmpa.drug.ind.supplementary-application',
];

describe('listPolicies({ text }): ranking on real queries', () => {
  it('ind: the ids with an "ind" segment first, in id order, then weaker matches', () => {
    const found = ids({ text: 'ind' });
    expect(found.slice(0, IND_FAMILY.length)).toEqual(IND_FAMILY);
    // Below them only policies that match "ind" elsewhere (a word such as "independent" in their notes).
    expect(found.slice(IND_FAMILY.length).every((id) => !id.split(/[.-]/).includes('ind'))).toBe(true);
    // Case and full-width letters make no difference.
    expect(ids({ text: 'IND' })).toEqual(found);
    expect(ids({ text: 'ＩＮＤ' })).toEqual(found);
  });

  it('puts the exact id first, then the ids under it', () => {
    expect(ids({ text: 'cn.nmpa.drug.ind' })).toEqual(IND_FAMILY);
    expect(ids({ text: ' CN.NMPA.DRUG.IND.INNOVATIVE-30 ' }).slice(0, 3)).toEqual(IND_FAMILY.slice(1, 4));
    // A dotted word is part of an id, matched from the start of a segment: "drug.defic" is a prefix.
    expect(ids({ text: 'drug.defic' })).toEqual(['cn.nmpa.drug.deficiency-response']);
    expect(ids({ text: 'rug.ind' })).toEqual([]);
  });

  it('beijing, 北京, CN-BJ: the Beijing pilots (the 30-working-day IND pilot and the 60-working-day supplement pilot)', () => {
    const beijing = ['cn.nmpa.drug.ind.innovative-30@2024-07-31', 'cn.nmpa.drug.supplement.pilot-60@2024-02-01'];
    expect(versions({ text: 'beijing' })).toEqual(beijing);
    expect(versions({ text: '北京' })).toEqual(beijing);
    expect(versions({ text: '北京市' })).toEqual(beijing);
    expect(versions({ text: 'CN-BJ' })).toEqual(beijing);
    expect(versions({ text: 'Beijing' })).toEqual(beijing);
    // The 2024 pilot's limit; the current version of the id is the nationwide channel.
    expect(listPolicies({ text: 'beijing' })[0]!.pilotRegions).toEqual(['CN-BJ', 'CN-SH']);
    expect(listPolicies({ text: 'beijing' })[1]!.pilotRegions).toContain('CN-BJ');
  });

  it('other pilot provinces and the Greater Bay Area by name, in English and Chinese', () => {
    expect(ids({ text: 'hainan' })).toEqual(['cn.nmpa.drug.supplement.pilot-60']);
    expect(ids({ text: '海南' })).toEqual(['cn.nmpa.drug.supplement.pilot-60']);
    expect(ids({ text: 'shanghai' })).toEqual(['cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.supplement.pilot-60']);
    const guangdong = ids({ text: 'guangdong' });
    expect(guangdong.slice(0, 2)).toEqual(['cn.gd.gba.hkmo-access.listed', 'cn.gd.gba.hkmo-access.unlisted']);
    expect(guangdong).toContain('cn.nmpa.drug.supplement.pilot-60');
    expect(ids({ text: '广东' })).toEqual(guangdong);
  });

  it('补充申请: Chinese matches inside the Chinese titles, supplementary applications first', () => {
    const found = ids({ text: '补充申请' });
    expect(found.slice(0, 6)).toEqual([
      'cn.nmpa.drug.ind.supplementary-application',
      'cn.nmpa.drug.supplement',
      'cn.nmpa.drug.supplement.combined',
      'cn.nmpa.drug.supplement.pilot-60',
      'cn.nmpa.drug.supplement.pilot-60-overseas',
      'cn.nmpa.drug.supplement.with-inspection',
    ]);
    // A part of a Chinese word is enough: 试点 is inside 试点地区 and （试点）.
    expect(ids({ text: '试点' })).toEqual(expect.arrayContaining(['cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.supplement.pilot-60']));
  });

  it('renewal: id and title hits above the policies that mention renewal elsewhere; "renew" is a prefix of it', () => {
    const found = ids({ text: 'renewal' });
    const inId = (id: string) => id.split(/[.-]/).includes('renewal');
    const first = found.findIndex((id) => !inId(id));
    // Every id with a "renewal" segment, in id order, then the rest (device reviews "initial, change or renewal").
    expect(first).toBeGreaterThanOrEqual(2);
    expect(found.slice(0, first)).toEqual(expect.arrayContaining(['cn.law.admin-licensing.renewal.filing', 'cn.nmpa.device.renewal.filing']));
    expect(found.slice(0, first)).toEqual([...found.slice(0, first)].sort());
    expect(found.slice(first).some(inId)).toBe(false);
    expect(found.slice(first)).toContain('cn.nmpa.device.class3.review');
    expect(ids({ text: 'renew' })).toEqual(expect.arrayContaining(found));
  });
});

describe('listPolicies({ text }): how words match', () => {
  it('matches whole words or word starts, never the inside of a word ("ind" is not in "window")', () => {
    const windows = ids({ text: 'window' });
    expect(windows).toEqual(expect.arrayContaining(['cn.nmpa.drug.objection-window', 'cn.nmpa.drug.reregistration.filing-window']));
    // These ids contain the letters "ind" (in "window") and nothing else starting with "ind": a substring search found them.
    const ind = ids({ text: 'ind' });
    expect(ind).not.toContain('cn.nmpa.drug.objection-window');
    expect(ind).not.toContain('cn.nmpa.drug.reregistration.filing-window');
    expect(ind).not.toContain('cn.nmpa.drug.testing.supplement-window');
    // The inside of a word never matches, whatever its length; short words and numbers match whole words only.
    expect(ids({ text: 'indow' })).toEqual([]);
    expect(ids({ text: 'nda' })).not.toContain('cn.nmpa.drug.api-generic'); // "Standalone" holds "nda"
    expect(ids({ text: 'nd' })).not.toContain('cn.nmpa.drug.nda');
  });

  it('needs every word to match (AND), each word counted once', () => {
    const both = ids({ text: 'nda priority' });
    expect(both).toEqual(['cn.nmpa.drug.nda.priority', 'cn.nmpa.drug.nda.priority-rare-disease']);
    expect(ids({ text: 'priority nda priority NDA' })).toEqual(both);
    expect(ids({ text: 'beijing ind' })).toEqual(['cn.nmpa.drug.ind.innovative-30']);
    expect(ids({ text: '北京 补充申请' })).toEqual(['cn.nmpa.drug.supplement.pilot-60']);
    expect(ids({ text: 'beijing no-such-word-anywhere' })).toEqual([]);
  });

  it('filters nothing for a text with no letters or digits', () => {
    expect(ids({ text: '' })).toEqual(ids({}));
    expect(ids({ text: ' -- ... ' })).toEqual(ids({}));
  });

  it('caps the query: more than 1,000 characters or 32 different words is an InvalidArgumentError naming the value', () => {
    const long = 'ind '.repeat(251);
    expect(() => listPolicies({ text: long })).toThrow(InvalidArgumentError);
    try {
      listPolicies({ text: long });
    } catch (error) {
      expect((error as InvalidArgumentError).code).toBe('invalid_argument');
      expect((error as Error).message).toMatch(/^listPolicies: filter\.text is 1004 characters long, received "ind ind .*at most 1000 characters$/);
    }
    const many = Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ');
    expect(() => listPolicies({ text: many })).toThrow(/listPolicies: filter\.text has more than 32 different words, received "w0 w1 w2/);
    // Repeated words count once, so a long query of few words is fine, and as fast as the short one.
    expect(ids({ text: 'ind '.repeat(250) })).toEqual(ids({ text: 'ind' }));
    // 32 different words are taken (the cost of the longest query is measured by bench/search.bench.mjs).
    const words = Array.from({ length: 32 }, (_, i) => `drug${i}`).join(' ');
    expect(listPolicies({ text: words, allVersions: true })).toEqual([]);
  });
});

describe('listPolicies({ text }) with the other filters', () => {
  it('keeps the filters and the on / allVersions behaviour', () => {
    // On a date, the versions in force then: the Beijing IND pilot was in force on 2025-01-01, not on 2025-10-01.
    expect(versions({ text: 'beijing', on: '2025-01-01' })).toEqual(['cn.nmpa.drug.ind.innovative-30@2024-07-31', 'cn.nmpa.drug.supplement.pilot-60@2024-02-01']);
    expect(versions({ text: 'beijing', on: '2025-10-01' })).toEqual(['cn.nmpa.drug.supplement.pilot-60@2024-02-01']);
    // Every version that matches, oldest first within an id, and an id's versions kept together.
    expect(versions({ text: 'innovative 30', allVersions: true }).slice(0, 2)).toEqual([
      'cn.nmpa.drug.ind.innovative-30@2024-07-31',
      'cn.nmpa.drug.ind.innovative-30@2025-09-09',
    ]);
    expect(versions({ text: 'beijing', allVersions: true })).toEqual(versions({ text: 'beijing' }));
    // Without on or allVersions: the latest version, when it matches.
    expect(versions({ text: '30日通道' })[0]).toBe('cn.nmpa.drug.ind.innovative-30@2025-09-09');
    expect(ids({ text: 'beijing', role: 'stage' })).toEqual([]);
    expect(ids({ text: 'beijing', product: 'device' })).toEqual([]);
    expect(ids({ text: 'guangdong', jurisdiction: 'CN-GD' })).toEqual(['cn.gd.gba.hkmo-access.listed', 'cn.gd.gba.hkmo-access.unlisted']);
    expect(ids({ text: 'hong kong', calendar: 'HK' })).toEqual(['hk.dh.drug.nce-1plus', 'hk.dh.pcm.designated-priority', 'hk.dh.pcm.innovative']);
  });

  it('returns the same frozen policies on every call', () => {
    const first = listPolicies({ text: 'beijing' });
    const second = listPolicies({ text: 'beijing' });
    expect(second).toEqual(first);
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});
