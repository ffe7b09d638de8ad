import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, dueDate, explain, projectTimeline, type DeadlineResult, type DueDateOptions } from '../../../src/index.js';
import { HK } from '../../../src/hk.js';

describe('explain', () => {
  const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', asOf: '2025-11-03' });

  it('reads an IND deadline in English', () => {
    const text = explain(ind, { lang: 'en' });
    expect(text.split('\n')).toEqual([
      'cn.nmpa.drug.ind: Drug clinical trial application (IND): review and implied approval',
      expect.stringMatching(/^Rule: 60 working days on the mainland China \(CN\) calendar; version 2019-12-01 \(in force 2019-12-01 to now\)\. Source: .*DAL Art\. 19; DRR Arts\. 23, 96\(1\)\. Confidence: cited\.$/),
      'Day 0: 2025-09-26 (Fri), Acceptance of the IND (the date on the acceptance notice). Counting begins on the next day (by analogy with Civil Code Art. 201).',
      'Counted working days 1–60: 2025-09-28 (Sun) to 2025-12-25 (Thu); 30 rest days not counted, among them National Day and Mid-Autumn Festival 2025-10-01 (Wed) to 2025-10-08 (Wed) (8 days); make-up working days counted: 2025-09-28 (Sun), 2025-10-11 (Sat).',
      'Due: 2025-12-25 (Thu), the 60th counted working day.',
      expect.stringMatching(/^At expiry: implied approval\. Implied approval \(默示许可\): if CDE has not notified/),
      'On 2025-11-03: running — 22 working days counted, 38 working days left.',
    ]);
  });

  it('reads the same deadline in Chinese', () => {
    const text = explain(ind, { lang: 'zh' });
    expect(text).toContain('规则：60个工作日，按内地（CN）日历计算');
    expect(text).toContain('第0日：2025年9月26日（星期五）');
    expect(text).toContain('计入第1–60个工作日：2025年9月28日（星期日）至2025年12月25日（星期四）');
    expect(text).toContain('国庆节、中秋节2025年10月1日（星期三）至2025年10月8日（星期三）（8天）');
    expect(text).toContain('届满日：2025年12月25日（星期四），即第60个计入的工作日。');
    expect(text).toContain('届满后果：默示许可（视为同意）。');
    expect(text).toContain('截至2025年11月3日（星期一）：计时中——已计22个工作日，剩余38个工作日。');
  });

  it('explains a supplement that extends the limit, and a stop that changes nothing', () => {
    const result = dueDate({
      policy: 'cn.nmpa.drug.nda',
      start: '2025-03-03',
      stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }, { from: '2026-07-01', to: '2026-07-05' }],
      stopDayCounts: true,
    });
    const en = explain(result, { lang: 'en' });
    expect(en).toContain('Clock stopped from 2025-06-16 (Mon) to 2025-08-29 (Fri): Sponsor supplements materials after CDE issues a supplement notice (发补). 54 working days not counted');
    expect(en).toContain('On resuming, the limit grows by 1/3, rounded up: 200 → 267 working days (DRR Art. 87');
    expect(en).toContain('Counted working days 72–267: 2025-09-01 (Mon) to 2026-06-17 (Wed)');
    expect(en).toContain('The stop from 2026-07-01 to 2026-07-05 begins on or after the due date, so it changes nothing.');
    const zh = explain(result, { lang: 'zh' });
    expect(zh).toContain('恢复计时后时限延长三分之一（向上取整），由200个工作日变为267个工作日，依据《药品注册管理办法》第八十七条（原文未规定取整方式，本工具向上取整）。');
    expect(zh).toContain('不计入54个工作日');
  });

  it('explains an open stop, with what the resume will bring', () => {
    const result = dueDate({ policy: 'cn.nmpa.device.class3.review', start: '2025-01-02', stops: [{ from: '2025-03-14', reason: 'supplement' }], asOf: '2025-06-30' });
    expect(explain(result)).toContain('No due date until it resumes. When it resumes, a new limit of 60 working days starts.');
    // 47 working days from 01-02 to Fri 03-14 inclusive; the notice day 03-14 is not counted, so 46 (and 44 left).
    expect(explain(result)).toContain('On 2025-06-30: clock stopped — 46 working days counted, 44 working days left; once the clock resumes, 60 working days will be left.');
    expect(explain(result, { lang: 'zh' })).toContain('恢复计时后重新计算60个工作日');
  });

  it('explains a stop without a reason (with its warning), a month period moved off a holiday, and an unverified rule', () => {
    const plain = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29' }] });
    expect(explain(plain)).toContain('no reason given, so a plain pause');
    expect(explain(plain)).toContain('Warning: stops[0] has no reason, so it was taken as a plain pause');
    expect(explain(plain, { lang: 'zh' })).toContain('注意：第1段计时中止（stops[0]）未注明原因');
    const window = dueDate({ policy: 'cn.nmpa.device.deficiency-response', start: '2025-02-15', asOf: '2026-03-01' });
    const en = explain(window);
    expect(en).toContain('Period: 1 year after 2025-02-15 ends on 2026-02-15 (Sun), the corresponding date (by analogy with Civil Code Art. 202).');
    expect(en).toContain('2026-02-15 is a rest day (Spring Festival), so the deadline moves to the next working day, 2026-02-24 (Tue) (by analogy with Civil Code Art. 203).');
    expect(en).toContain('On 2026-03-01: overdue by 5 calendar days.');
    expect(en).toContain('Unverified:');
    const zhWindow = explain(window, { lang: 'zh' });
    expect(zhWindow).toContain('期间：自2025年2月15日起1年，到期月的对应日2026年2月15日（星期日）为最后一日（参照《民法典》第二百零二条）。');
    expect(zhWindow).toContain('2026年2月15日为休息日（春节），期间最后一日顺延至其后第一个工作日2026年2月24日（星期二）（参照《民法典》第二百零三条）。');
  });

  it('never says "overdue by 0 working days": on a rest day after the due date it says no working day has passed', () => {
    // Counting the stop day, the IND is due Fri 2026-01-09; Sat 01-10 is after it, with no working day in between.
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-03' }], stopDayCounts: true, asOf: '2026-01-10' });
    expect(result).toMatchObject({ due: '2026-01-09', status: 'overdue', remainingDays: 0 });
    expect(explain(result)).toContain('On 2026-01-10: overdue since 2026-01-09 (Fri), with no working day since.');
    expect(explain(result)).not.toContain('by 0 working days');
    expect(explain(result, { lang: 'zh' })).toContain('已逾期（届满日2026年1月9日（星期五），此后尚无工作日）。');
  });

  it('says what an expired implied-approval limit means', () => {
    const overdue = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', asOf: '2026-01-05' });
    // 2025-12-25 → Dec 26, 29, 30, 31, (Jan 1–3 off), Sun Jan 4 (make-up), Mon Jan 5 = 6 working days.
    expect(explain(overdue).split('\n').slice(-2)).toEqual([
      'On 2026-01-05: overdue by 6 working days.',
      'The limit has passed: implied approval applies, unless a decision (or, where the rule says so, an opinion that prevents it) was notified within the limit.',
    ]);
    expect(explain(overdue, { lang: 'zh' })).toContain('截至2026年1月5日（星期一）：已逾期6个工作日。\n期限已届满：除期限内已作出并通知决定（或规则所列阻止该后果的意见）外，适用默示许可（视为同意）。');
  });

  it('works on a result read back from JSON, and on a timeline', () => {
    const copy = JSON.parse(JSON.stringify(ind)) as DeadlineResult;
    expect(explain(copy)).toBe(explain(ind));
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-09-19' });
    expect(explain(timeline)).toContain('2. Review (implied approval at the end) [cn.nmpa.drug.ind]');
    expect(explain(timeline, { lang: 'zh' })).toContain('［cn.nmpa.drug.ind］');
  });

  it('refuses what it cannot explain', () => {
    expect(() => explain(ind, { lang: 'fr' as never })).toThrow(InvalidArgumentError);
    expect(() => explain({} as never)).toThrow(InvalidArgumentError);
    expect(() => explain(null as never)).toThrow(/explain: expected a result of dueDate or projectTimeline/);
  });

  it('never prints undefined, null, NaN or an object for any golden case, in either language', () => {
    const dir = new URL('../../../fixtures/deadlines/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const golden of (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { cases: { input: DueDateOptions & { calendar?: string }; expected: { error?: string } }[] }).cases) {
        if (golden.expected.error) continue;
        const { calendar, ...input } = golden.input;
        const result = dueDate({ ...input, ...(calendar === 'HK' ? { calendar: HK } : {}) } as DueDateOptions);
        for (const lang of ['en', 'zh'] as const) {
          const text = explain(result, { lang });
          expect(text, `${file} ${input.policy} ${input.start}`).not.toMatch(/undefined|null|NaN|\[object/);
          expect(text.split('\n').every((line) => line.trim().length > 0)).toBe(true);
        }
      }
    }
  });
});

describe('explain on a result made with trace: false', () => {
  // The IND above: accepted 2025-09-26, 60 working days → 2025-12-25 (hand count in the test above).
  it('still says the start and the due date, and why the account is short', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', trace: false });
    const en = explain(result, { lang: 'en' });
    expect(en).toContain('Start: 2025-09-26 (Fri). Due: 2025-12-25 (Thu).');
    expect(en).toContain('trace: false');
    const zh = explain(result, { lang: 'zh' });
    expect(zh).toContain('起算日：2025年9月26日（星期五）。届满日：2025年12月25日（星期四）。');
  });

  it('names the extended limit, and an open stop as having no due date', () => {
    // NDA 200 WD extended by 1/3 after a supplement stop: 267 (the traced version's derivation is in the goldens).
    const stop = { from: '2025-03-03', to: '2025-04-01', reason: 'sponsor-supplement' };
    const traced = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-01-06', stops: [stop] });
    const untraced = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-01-06', stops: [stop], trace: false });
    expect(untraced.due).toBe(traced.due);
    expect(explain(untraced)).toContain(`Due: ${traced.due}`);
    expect(explain(untraced)).toContain('(limit applied: 267 working days)');
    const open = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-01-06', stops: [{ from: '2025-03-03' }], asOf: '2025-05-06', trace: false });
    expect(explain(open)).toContain('Start: 2025-01-06 (Mon). No due date while the clock is stopped.');
    expect(explain(open, { lang: 'zh' })).toContain('计时中止期间暂无届满日。');
  });
});
