import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dueDate, explain, type DueDateOptions } from '../../../src/index.js';
import { HK } from '../../../src/hk.js';
import { builtInPolicies } from '../../../src/policy/catalog/index.js';
import { documentTitlesZh, sourceCitationZh, sourceNumberZh } from '../../../src/policy/sourceZh.js';
import type { Policy } from '../../../src/policy/schema.js';

const BUILT_IN_POLICIES = builtInPolicies();

// The Chinese explanation as a regulatory-affairs reader signs it off (shared/domain/fidelity-audit.md §4): each
// title in its own 《》, articles in Chinese, the Civil Code applied by analogy (参照), Hong Kong periods under Cap. 1,
// 发补 as CDE's act, dates as 2025年8月29日 inside sentences, 截止日 for a date counted back.
const zhLines = (options: DueDateOptions) => explain(dueDate(options), { lang: 'zh' }).split('\n');

describe('explain in Chinese: citations', () => {
  it('cites the DAL and the DRR each in its own 《》 with its number and article in Chinese, and says the source is found', () => {
    const lines = zhLines({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', asOf: '2025-11-03' });
    expect(lines[1]).toBe(
      '规则：60个工作日，按内地（CN）日历计算；版本 2019-12-01（自2019年12月1日起施行）。' +
        '依据：《中华人民共和国药品管理法》（主席令第31号，2019年修订）第十九条；《药品注册管理办法》（国家市场监督管理总局令第27号）第二十三条、第九十六条第（一）项。' +
        '来源：有据（已查到出处）。',
    );
    expect(lines.join('\n')).not.toMatch(/DAL|DRR|Art\.|SAMR|可信度|已引证/);
  });

  it('uses the Chinese article of a stop rule (DRR Art. 87) and of a device restart (Order 47 Art. 92(3))', () => {
    const nda = zhLines({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }], asOf: '2025-10-09' });
    expect(nda).toContain('恢复计时后时限延长三分之一（向上取整），由200个工作日变为267个工作日，依据《药品注册管理办法》第八十七条（原文未规定取整方式，本工具向上取整）。');
    expect(nda[1]).toContain('依据：《药品注册管理办法》（国家市场监督管理总局令第27号）第九十六条第（二）项；第八十七条（补充资料后延长时限）。');
    const device = zhLines({ policy: 'cn.nmpa.device.class3.review', start: '2025-12-30', stops: [{ from: '2026-03-16', to: '2026-06-15', reason: 'supplement' }] });
    expect(device).toContain('恢复计时后重新起算：自2026年6月15日（第0日）起重新计算60个工作日，此前已计的48个工作日不再计入，依据《医疗器械注册与备案管理办法》第九十二条第（三）项。');
    expect(device[1]).toContain('依据：《医疗器械注册与备案管理办法》（国家市场监督管理总局令第47号）第九十二条第（三）项。');
  });

  it('cites a discretionary extension by its Chinese article, with the cap in working days', () => {
    const lines = zhLines({ policy: 'cn.nmpa.drug.supplement', start: '2025-03-03', extension: 30 });
    expect(lines).toContain('时限经批准延长30个工作日（最多可延长30个工作日），依据《药品注册管理办法》第一百零二条（条文序号未经核实；《医疗器械注册与备案管理办法》第九十六条有相同规定）。');
  });

  it('keeps an unverified number unverified, in Chinese', () => {
    const lines = zhLines({ policy: 'cn.nmpa.drug.supplement.pilot-60', start: '2025-03-03' });
    expect(lines[1]).toContain('依据：《优化药品补充申请审评审批程序改革试点工作方案》（文号未经核实；药监综药注函〔2024〕599号）全文。来源：未经核实。');
    expect(lines[1]).not.toMatch(/not verified|whole plan|management notice/);
  });

  it('gives every source, stop rule and extension cap of the built-in rules a Chinese article', () => {
    const missing: string[] = [];
    const current: readonly Policy[] = BUILT_IN_POLICIES;
    for (const policy of current) {
      const where = `${policy.id}@${policy.version}`;
      if (!policy.source.articleZh) missing.push(`${where} source`);
      for (const stop of policy.stops) if (!stop.articleZh) missing.push(`${where} stop ${stop.reason}`);
      if (policy.extensionCap && !policy.extensionCap.articleZh) missing.push(`${where} extensionCap`);
    }
    expect(missing).toEqual([]);
  });
});

describe('explain in Chinese: counting rules', () => {
  it('applies the Civil Code by analogy (参照) on the mainland', () => {
    const lines = zhLines({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
    expect(lines[2]).toBe('第0日：2025年9月26日（星期五），受理临床试验申请之日（受理通知书载明的日期）；当日不计入，自次日起算（参照《民法典》第二百零一条）。');
    const window = zhLines({ policy: 'cn.nmpa.device.deficiency-response', start: '2025-02-15' });
    expect(window).toContain('期间：自2025年2月15日起1年，到期月的对应日2026年2月15日（星期日）为最后一日（参照《民法典》第二百零二条）。');
    expect(window).toContain('2026年2月15日为休息日（春节），期间最后一日顺延至其后第一个工作日2026年2月24日（星期二）（参照《民法典》第二百零三条）。');
  });

  it('cites Hong Kong law for a Hong Kong policy, in both languages', () => {
    const result = dueDate({ policy: 'hk.dh.drug.nce-1plus', start: '2025-03-03', calendar: HK });
    const zh = explain(result, { lang: 'zh' });
    expect(zh).toContain('第0日：2025年3月3日（星期一），缴付订明费用后申请获接纳之日；当日不计入，自次日起算（参照《释义及通则条例》（第1章）第71(1)(a)条）。');
    expect(zh).toContain('依据：《「1+」新药审批机制》目标处理时间。来源：有据（已查到出处）。');
    expect(zh).not.toContain('民法典');
    const en = explain(result, { lang: 'en' });
    expect(en).toContain('Counting begins on the next day (by analogy with the Interpretation and General Clauses Ordinance, Cap. 1, s. 71(1)(a)).');
    expect(en).not.toContain('Civil Code');
  });

  it('moves a Hong Kong calendar period off a holiday under Cap. 1 s. 71(1)(b)', () => {
    const policy = { ...BUILT_IN_POLICIES.find((p) => p.id === 'hk.dh.drug.nce-1plus')!, id: 'hk.test.month', limit: { amount: 1, unit: 'months' as const, direction: 'after' as const }, stops: [] };
    // One month after Mon 2025-03-31 is Wed 2025-04-30 (no holiday); one month after 2025-03-18 is Fri 2025-04-18, Good Friday.
    const result = dueDate({ policy, start: '2025-03-18', calendar: HK });
    const zh = explain(result, { lang: 'zh' });
    expect(zh).toContain('期间：自2025年3月18日起1个月，到期月的对应日2025年4月18日（星期五）为最后一日。');
    expect(zh).toMatch(/2025年4月18日为休息日（耶穌受難節），期间最后一日顺延至其后第一个工作日2025年4月22日（星期二）（参照《释义及通则条例》（第1章）第71\(1\)\(b\)条）。/);
    expect(explain(result)).toContain('(by analogy with the Interpretation and General Clauses Ordinance, Cap. 1, s. 71(1)(b)).');
  });
});

describe('explain in Chinese: stops, dates and filing deadlines', () => {
  it('names 发补 as CDE’s act and says 计时中止 / 恢复计时, with the resume date in Chinese', () => {
    const lines = zhLines({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }], asOf: '2025-10-09' });
    expect(lines).toContain('计时中止：2025年6月16日（星期一）至2025年8月29日（星期五），药审中心发补后申请人补充资料。不计入55个工作日（含中止当日），自2025年8月29日次日起恢复计时。');
    expect(explain(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] }))).toContain(
      'Sponsor supplements materials after CDE issues a supplement notice (发补).',
    );
  });

  it('writes no ISO date inside a Chinese sentence', () => {
    const ignored = zhLines({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2026-07-01', to: '2026-07-05' }] });
    expect(ignored).toContain('自2026年7月1日起的计时中止（至2026年7月5日）始于届满日当日或之后，不影响期限。');
    const open = zhLines({ policy: 'cn.nmpa.device.class3.review', start: '2025-01-02', stops: [{ from: '2025-03-14', reason: 'supplement' }], asOf: '2025-06-30' });
    expect(open).toContain('自2025年3月14日（星期五）起计时中止，尚未恢复：申请人按补正资料通知补正资料（截至2025年6月30日已中止73个工作日）。恢复计时前没有届满日。恢复计时后重新计算60个工作日。');
    const report = zhLines({ policy: 'cn.nmpa.drug.inspection.report-due', start: '2026-06-17' });
    expect(report.some((line) => line.startsWith('自2026年6月17日向前倒数40个工作日：'))).toBe(true);
    // Every golden case: outside the version label and policy ids, no YYYY-MM-DD is left in the Chinese text.
    const dir = new URL('../../../fixtures/deadlines/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const golden of (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { cases: { input: DueDateOptions & { calendar?: string }; expected: { error?: string } }[] }).cases) {
        if (golden.expected.error) continue;
        const { calendar, ...input } = golden.input;
        const text = explain(dueDate({ ...input, ...(calendar === 'HK' ? { calendar: HK } : {}) } as DueDateOptions), { lang: 'zh' });
        expect(text.replace(/版本 \d{4}-\d\d-\d\d/g, ''), `${file} ${input.policy} ${input.start}`).not.toMatch(/\d{4}-\d\d-\d\d/);
      }
    }
  });

  it('calls the date of a filing window counted back 截止日 (Last day to file), with a note instead of an expiry', () => {
    const result = dueDate({ policy: 'cn.nmpa.device.renewal.filing', start: '2026-04-05' });
    const zh = explain(result, { lang: 'zh' }).split('\n');
    expect(zh).toContain('期间：自2026年4月5日向前倒数6个月，对应日2025年10月5日（星期日）为截止日（参照《民法典》第二百零二条）。');
    expect(zh).toContain('2025年10月5日为休息日（国庆节、中秋节），截止日提前至其前一个工作日2025年9月30日（星期二）：倒数期间按此日办理不致逾期（保守处理；《民法典》未规定倒数期间）。');
    expect(zh).toContain('截止日：2025年9月30日（星期二）。');
    expect(zh.some((line) => line.startsWith('届满日') || line.startsWith('届满后果'))).toBe(false);
    expect(zh.some((line) => line.startsWith('说明：本日期为申请延续注册的最后期限。'))).toBe(true);
    expect(zh[1]).toContain('依据：《医疗器械监督管理条例》（国务院令第739号）第二十二条（条文序号未经核实）；《医疗器械注册与备案管理办法》（国家市场监督管理总局令第47号）延续注册相关章节。来源：未经核实。');
    expect(explain(result)).toContain('Last day to file: 2025-09-30 (Tue).');
  });

  it('states the DAL Art. 19 test for the IND: whether the decision was notified', () => {
    const text = explain(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }), { lang: 'zh' });
    expect(text).toContain('届满后果：默示许可（视为同意）。默示许可：药审中心应当自受理临床试验申请之日起六十个工作日内决定是否同意并通知申办者；逾期未通知的，视为同意');
    expect(text).not.toContain('否定或质疑意见');
  });
});

describe('sourceNumberZh and sourceCitationZh', () => {
  it('keeps the Chinese number and drops the English gloss, translating dates and standard English numbers', () => {
    expect(sourceNumberZh('国家市场监督管理总局令第27号 (SAMR Order No. 27)')).toBe('国家市场监督管理总局令第27号');
    expect(sourceNumberZh('国务院令第739号 (State Council Order No. 739); SAMR Order No. 47')).toBe('国务院令第739号；国家市场监督管理总局令第47号');
    expect(sourceNumberZh('主席令第7号 (2003), amended 2019-04-23')).toBe('主席令第7号，2019年4月23日修正');
    expect(sourceNumberZh('广东省人民代表大会常务委员会 (adopted 2024-07-31; in force 2024-12-01)')).toBe('广东省人民代表大会常务委员会，2024年7月31日通过，2024年12月1日起施行');
    expect(sourceNumberZh('not verified')).toBe('文号未经核实');
    expect(sourceNumberZh('Department of Health announcement of 2025-11-20')).toBe('');
  });

  it('puts each title in its own 《》 and falls back to the English article', () => {
    expect(documentTitlesZh('中华人民共和国药品管理法；药品注册管理办法')).toBe('《中华人民共和国药品管理法》《药品注册管理办法》');
    const source = { document: { zh: '医疗器械监督管理条例；医疗器械注册与备案管理办法', en: 'x' }, number: '国务院令第739号; SAMR Order No. 47', article: 'Regs Art. 27' };
    expect(sourceCitationZh(source)).toBe('《医疗器械监督管理条例》《医疗器械注册与备案管理办法》（国务院令第739号；国家市场监督管理总局令第47号）Regs Art. 27');
    expect(sourceCitationZh({ ...source, articleZh: '《医疗器械监督管理条例》第二十七条；《医疗器械注册与备案管理办法》第四十条' })).toBe(
      '《医疗器械监督管理条例》（国务院令第739号）第二十七条；《医疗器械注册与备案管理办法》（国家市场监督管理总局令第47号）第四十条',
    );
  });
});
