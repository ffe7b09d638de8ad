import { describe, expect, it } from 'vitest';
import { builtInPolicies, builtInProcedures } from '../../../src/policy/catalog/index.js';
import { getPolicy, listPolicies, type Policy } from '../../../src/index.js';
import { PolicySchema, ProcedureSchema, policyJsonSchema } from '../../../src/schema.js';

const BUILT_IN_POLICIES = builtInPolicies();
const BUILT_IN_PROCEDURES = builtInProcedures();

const byId = new Map<string, Policy[]>();
for (const policy of BUILT_IN_POLICIES) byId.set(policy.id, [...(byId.get(policy.id) ?? []), policy]);
for (const versions of byId.values()) versions.sort((a, b) => (a.effective.from < b.effective.from ? -1 : 1));

describe('built-in catalog', () => {
  it('every entry parses with PolicySchema, with every field written out (no default filled in)', () => {
    for (const policy of BUILT_IN_POLICIES) {
      const parsed = PolicySchema.safeParse(policy);
      expect(parsed.success ? [] : parsed.error.issues, `${policy.id}@${policy.version}`).toEqual([]);
      expect(parsed.data, `${policy.id}@${policy.version}`).toEqual(policy);
    }
  });

  it('has at least 50 ids, each version unique and no two versions of an id in force on the same day', () => {
    expect(byId.size).toBeGreaterThanOrEqual(50);
    for (const [id, versions] of byId) {
      expect(new Set(versions.map((v) => v.version)).size, id).toBe(versions.length);
      const sorted = [...versions].sort((a, b) => (a.effective.from < b.effective.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const previousEnd = sorted[i - 1]!.effective.to;
        expect(previousEnd, `${id}: version ${sorted[i - 1]!.version} must end before ${sorted[i]!.version} begins`).not.toBeNull();
        expect(previousEnd! < sorted[i]!.effective.from, id).toBe(true);
      }
      expect(new Set(versions.map((v) => v.calendar)).size, `${id} keeps one calendar`).toBe(1);
    }
  });

  it('has the limits the issue requires, in working days', () => {
    const required: [string, number, Policy['consequence']?][] = [
      ['cn.nmpa.drug.ind', 60, 'implied-approval'],
      ['cn.nmpa.drug.ind.innovative-30', 30],
      ['cn.nmpa.drug.nda', 200],
      ['cn.nmpa.drug.nda.priority', 130],
      ['cn.nmpa.drug.nda.priority-rare-disease', 70],
      ['cn.nmpa.drug.supplement', 60],
      ['cn.nmpa.drug.supplement.combined', 80],
      ['cn.nmpa.drug.supplement.with-inspection', 200],
      ['cn.nmpa.drug.supplement.pilot-60', 60],
      ['cn.nmpa.device.class2.review', 60],
      ['cn.nmpa.device.class3.review', 90],
      ['cn.nmpa.device.ide', 60, 'implied-approval'],
      ['cn.gd.gba.hkmo-access.listed', 10],
      ['cn.gd.gba.hkmo-access.unlisted', 20],
      // stages
      ['cn.nmpa.drug.acceptance', 5],
      ['cn.nmpa.device.acceptance', 5],
      ['cn.nmpa.drug.approval-decision', 20],
      ['cn.nmpa.device.approval-decision', 20],
      ['cn.nmpa.drug.certificate', 10],
      ['cn.nmpa.device.certificate', 10],
      ['cn.nmpa.device.transfer-to-review', 3],
      // sponsor window: DRR Art. 87
      ['cn.nmpa.drug.deficiency-response', 80],
      // Hong Kong "1+"
      ['hk.dh.drug.nce-1plus', 150],
    ];
    for (const [id, amount, consequence] of required) {
      for (const version of byId.get(id) ?? []) {
        if (id === 'cn.nmpa.drug.deficiency-response' && version.version === '2022-10-14') continue;
        if (version.effective.to !== null && version.effective.to < '2020-07-01') continue; // the 2007 and 2014 rules: next test
        expect(version.limit, `${id}@${version.version}`).toEqual({ amount, unit: 'working-days', direction: 'after' });
        if (consequence) expect(version.consequence, id).toBe(consequence);
      }
      expect(byId.has(id), id).toBe(true);
    }
    expect(getPolicy('cn.nmpa.device.deficiency-response').limit).toEqual({ amount: 1, unit: 'years', direction: 'after' });
    expect(getPolicy('hk.dh.drug.nce-1plus').calendar).toBe('HK');
    expect(getPolicy('hk.dh.drug.nce-1plus').source.url).toBe('https://www.drugoffice.gov.hk/eps/do/en/consumer/onePlus_faq.html');
  });

  it('keeps each dated version: IND before and after the 2019 law, the 2024 pilot and the 2025 channel, the 2022 temporary 160-day window', () => {
    expect(byId.get('cn.nmpa.drug.ind')!.map((v) => [v.version, v.effective.from, v.effective.to])).toEqual([
      ['2007-10-01', '2007-10-01', '2018-07-26'],
      ['2018-07-27', '2018-07-27', '2019-11-30'],
      ['2019-12-01', '2019-12-01', null],
    ]);
    expect(byId.get('cn.nmpa.drug.ind.innovative-30')!.map((v) => [v.effective.from, v.effective.to])).toEqual([
      ['2024-07-31', '2025-07-31'],
      ['2025-09-09', null],
    ]);
    expect(byId.get('cn.nmpa.drug.deficiency-response')!.map((v) => [v.limit.amount, v.effective.from, v.effective.to])).toEqual([
      [80, '2020-07-01', '2022-10-13'],
      [160, '2022-10-14', '2022-12-31'],
      [80, '2023-01-01', null],
    ]);
  });

  it('keeps the rules before the current ones: the 2007 DRR (a new budget of a third after a supplement) and the 2014 device measures', () => {
    const limits = (id: string) => byId.get(id)!.map((v) => [v.version, v.limit.amount, v.effective.to]);
    expect(limits('cn.nmpa.drug.ind')[0]).toEqual(['2007-10-01', 90, '2018-07-26']);
    expect(limits('cn.nmpa.drug.nda')).toEqual([['2007-10-01', 150, '2020-06-30'], ['2020-07-01', 200, null]]);
    expect(limits('cn.nmpa.drug.generic')).toEqual([['2007-10-01', 160, '2020-06-30']]);
    expect(limits('cn.nmpa.drug.supplement')).toEqual([['2007-10-01', 40, '2020-06-30'], ['2020-07-01', 60, null]]);
    // Order 28 Art. 151: 「收到补充资料后，技术审评时间应当不超过原规定时间的1/3」 — a restart with at most a third, rounded down.
    const supplement = (id: string) => byId.get(id)![0]!.stops.find((s) => s.reason === 'sponsor-supplement')!.effect;
    expect([supplement('cn.nmpa.drug.ind'), supplement('cn.nmpa.drug.nda'), supplement('cn.nmpa.drug.generic'), supplement('cn.nmpa.drug.supplement')]).toEqual([
      { action: 'restart', amount: 30 },
      { action: 'restart', amount: 50 },
      { action: 'restart', amount: 53 },
      { action: 'restart', amount: 13 },
    ]);
    expect(limits('cn.nmpa.device.class2.review')[0]).toEqual(['2014-10-01', 60, '2021-09-30']);
    expect(limits('cn.nmpa.device.class3.review')[0]).toEqual(['2014-10-01', 90, '2021-09-30']);
    expect(byId.get('cn.nmpa.device.class3.review')![0]!.stops.find((s) => s.reason === 'supplement')!.effect).toEqual({ action: 'restart', amount: 60 });
    expect(byId.get('cn.nmpa.device.ide')!.map((v) => [v.version, v.effective.to, v.clockStart.laterOf?.map((e) => e.id)])).toEqual([
      ['2019-03-29', '2021-05-31', ['acceptance', 'fee-payment']],
      ['2021-06-01', null, ['acceptance', 'fee-payment']],
    ]);
  });

  it('models deemed renewal where the text provides it (Device Regulations Art. 22; Administrative Licensing Law Art. 50)', () => {
    for (const id of ['cn.nmpa.device.renewal.decision', 'cn.law.admin-licensing.renewal.decision']) {
      for (const version of byId.get(id)!) {
        expect(version.consequence, id).toBe('deemed-renewal');
        expect(version.limit, id).toEqual({ amount: 0, unit: 'calendar-days', direction: 'before' });
      }
    }
    expect(getPolicy('cn.nmpa.device.renewal.decision').source.article).toBe('Art. 22');
  });

  it('names what happens on resume: DRR Art. 87 extensions and device restarts', () => {
    const effect = (id: string, reason: string) => getPolicy(id).stops.find((s) => s.reason === reason)?.effect;
    expect(effect('cn.nmpa.drug.nda', 'sponsor-supplement')).toEqual({ action: 'extend', fraction: { numerator: 1, denominator: 3 }, rounding: 'ceil', once: true });
    expect(effect('cn.nmpa.drug.nda.priority', 'sponsor-supplement')).toMatchObject({ action: 'extend', fraction: { numerator: 1, denominator: 4 } });
    expect(effect('cn.nmpa.drug.nda.priority-rare-disease', 'sponsor-supplement')).toMatchObject({ fraction: { numerator: 1, denominator: 4 } });
    expect(effect('cn.nmpa.drug.ind', 'sponsor-supplement')).toEqual({ action: 'resume' });
    expect(effect('cn.nmpa.device.class2.review', 'supplement')).toEqual({ action: 'restart', amount: 60 });
    expect(effect('cn.nmpa.device.class3.review', 'supplement')).toEqual({ action: 'restart', amount: 60 });
    expect(effect('cn.nmpa.device.ide.review', 'supplement')).toEqual({ action: 'restart', amount: 40 });
    expect(getPolicy('cn.nmpa.drug.nda').extensionCap?.max).toEqual({ kind: 'fraction', numerator: 1, denominator: 2 });
    expect(getPolicy('cn.law.admin-licensing.decision').extensionCap?.max).toEqual({ kind: 'amount', amount: 10 });
  });

  it('counts on CN or HK only, and explains every unverified entry in its notes', () => {
    for (const policy of BUILT_IN_POLICIES) {
      expect(['CN', 'HK'], policy.id).toContain(policy.calendar);
      if (policy.confidence === 'unverified') expect(policy.notes.length, `${policy.id} says what is unverified`).toBeGreaterThan(0);
      expect(policy.source.url === null || /^https?:\/\//.test(policy.source.url), policy.id).toBe(true);
    }
  });

  it('has procedures that parse and name catalog policies, with milestones anchored on their stages', () => {
    for (const procedure of BUILT_IN_PROCEDURES) {
      expect(ProcedureSchema.parse(procedure), procedure.id).toEqual(procedure);
      const stageIds = procedure.stages.map((s) => s.policy);
      for (const id of [...stageIds, ...procedure.milestones.map((m) => m.policy)]) expect(byId.has(id), `${procedure.id}: ${id}`).toBe(true);
      for (const milestone of procedure.milestones) expect(stageIds, `${procedure.id}: ${milestone.policy}`).toContain(milestone.anchor.stage);
      expect(new Set(stageIds).size, procedure.id).toBe(stageIds.length);
    }
  });

  it('is frozen: a policy from getPolicy cannot be changed in place', () => {
    const policy = getPolicy('cn.nmpa.drug.ind');
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.limit)).toBe(true);
    expect(() => {
      (policy.limit as { amount: number }).amount = 1;
    }).toThrow(TypeError);
    expect(getPolicy('cn.nmpa.drug.ind').limit.amount).toBe(60);
  });

  it('exports a JSON Schema of what a user may write', () => {
    expect(policyJsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(policyJsonSchema.properties)).toEqual(expect.arrayContaining(['id', 'limit', 'calendar', 'clockStart', 'stops', 'consequence', 'effective', 'source', 'confidence']));
    expect(policyJsonSchema['required']).toEqual(expect.arrayContaining(['id', 'limit', 'source', 'confidence']));
    expect(policyJsonSchema['required']).not.toContain('stops'); // has a default
    expect(JSON.parse(JSON.stringify(policyJsonSchema))).toEqual(policyJsonSchema);
  });

  it('lists one current version per id by default', () => {
    expect(listPolicies().length).toBe(byId.size);
  });
});
