/**
 * Pieces the catalog files share: the documents rules come from, and the clock-stop reasons they name.
 * Plain data. Facts come from shared/domain/CATALOG.md; wording is reviewclock's own.
 *
 * @module
 */
import type { Policy, PolicySource, StopRule } from '../schema.js';

/** SAMR Order No. 27, in force 2020-07-01. NMPA's official English text is the address given. */
export const DRR = {
  document: { zh: '药品注册管理办法', en: 'Provisions for Drug Registration (Drug Registration Regulation, DRR)' },
  number: '国家市场监督管理总局令第27号 (SAMR Order No. 27)',
  url: 'http://english.nmpa.gov.cn/2022-06/30/c_785628_8.htm',
} as const;

/** SAMR Order No. 47, applied to applications accepted from 2021-10-01. */
export const ORDER_47 = {
  document: { zh: '医疗器械注册与备案管理办法', en: 'Provisions for Medical Device Registration and Filing' },
  number: '国家市场监督管理总局令第47号 (SAMR Order No. 47)',
  url: 'http://www.jianbiaoku.com/webarbs/book/164437/4862439.shtml',
} as const;

/** SAMR Order No. 48 (IVD reagents). */
export const ORDER_48 = {
  document: { zh: '体外诊断试剂注册与备案管理办法', en: 'Provisions for In Vitro Diagnostic Reagent Registration and Filing' },
  number: '国家市场监督管理总局令第48号 (SAMR Order No. 48)',
  url: 'http://www.opndei.com/news/newshtml/hyzx/20211203090838.shtml',
} as const;

/** The Administrative Licensing Law (in force 2004-07-01, amended 2019-04-23). */
export const ALL = {
  document: { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' },
  number: '主席令第7号 (2003), amended 2019-04-23',
  url: 'https://o.borongbank.cn/show-157424.html',
} as const;

/** Builds a source from a document and an article. */
export function cite(
  document: { readonly document: { readonly zh: string; readonly en: string }; readonly number: string; readonly url: string | null },
  article: string,
  url: string | null = document.url,
): PolicySource {
  return { document: { ...document.document }, number: document.number, article, url };
}

// ── Clock-stop reasons of drug reviews (DRR Arts. 87, 103; CDE specification 药审业〔2022〕614号) ──────────────────

const SPONSOR_SUPPLEMENT_TITLE = {
  en: 'Sponsor supplements materials after a CDE supplement notice (发补)',
  zh: '申请人按药审中心补充资料通知补充资料（发补）',
};

/** Supplement during a CDE review: the limit grows by 1/3 on resume (DRR Art. 87). */
export const SUPPLEMENT_EXTENDS_THIRD: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'extend', fraction: { numerator: 1, denominator: 3 }, rounding: 'ceil', once: true },
  article: 'DRR Art. 87 (rounding not stated in the text; reviewclock rounds up)',
};

/** Supplement under priority review: the limit grows by 1/4 on resume (DRR Art. 87). */
export const SUPPLEMENT_EXTENDS_QUARTER: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'extend', fraction: { numerator: 1, denominator: 4 }, rounding: 'ceil', once: true },
  article: 'DRR Art. 87, priority review (rounding not stated in the text; reviewclock rounds up)',
};

/** Supplement where no extension is confirmed: a plain pause (DRR Art. 103(1)). */
export const SUPPLEMENT_PAUSES: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'resume' },
  article: 'DRR Art. 103(1) (article number unverified); no extension on resume is confirmed for this procedure',
};

/** The other periods DRR Art. 103 and the CDE 2022 specification leave out of every review limit: plain pauses. */
export const DRUG_REVIEW_PAUSES: StopRule[] = [
  {
    reason: 'inspection-rectification',
    title: { en: 'Rectification after a registration inspection', zh: '注册核查后整改' },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(1) (article number unverified); CDE specification 药审业〔2022〕614号',
  },
  {
    reason: 'applicant-delay',
    title: {
      en: 'Inspection, testing or expert meeting delayed for reasons of the applicant',
      zh: '因申请人原因延迟核查、检验、召开专家咨询会等',
    },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(2) (article number unverified)',
  },
  {
    reason: 'suspension-by-law',
    title: {
      en: 'Review suspended under laws or regulations (e.g. the patent-linkage waiting period)',
      zh: '根据法律法规中止审评审批（如专利链接等待期）',
    },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(3) (article number unverified); CDE specification 药审业〔2022〕614号',
  },
  {
    reason: 'overseas-inspection',
    title: { en: 'Overseas inspection', zh: '启动境外核查' },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(4) (article number unverified); CDE specification 药审业〔2022〕614号',
  },
  {
    reason: 'objection',
    title: {
      en: 'Objection to a not-approved conclusion, and expert argumentation',
      zh: '对不予批准的审评结论提出异议及专家论证',
    },
    effect: { action: 'resume' },
    article: 'CDE specification 药审业〔2022〕614号',
  },
  {
    reason: 'report-pending',
    title: {
      en: 'Inspection or testing report not received 40 working days before the review deadline',
      zh: '审评时限届满40日前未收到核查或检验报告',
    },
    effect: { action: 'resume' },
    article: 'CDE specification 药审业〔2022〕614号; DRR Arts. 97–98',
  },
];

/** Stops of an IND review: the DRR Art. 103 periods, all plain pauses (no extension is provided for INDs). */
export const IND_PAUSES: StopRule[] = [SUPPLEMENT_PAUSES, ...DRUG_REVIEW_PAUSES.filter((stop) => stop.reason !== 'objection' && stop.reason !== 'report-pending')];

// ── Clock-stop reasons of device reviews (SAMR Order 47 Arts. 92, 97) ────────────────────────────────────────────

/** Supplement after a device correction notice: a new limit starts when the materials arrive (Order 47 Art. 92). */
export function deviceSupplementRestart(amount: number, article: string): StopRule {
  return {
    reason: 'supplement',
    title: {
      en: 'Applicant supplements or corrects materials after a correction notice (补正资料)',
      zh: '申请人按补正资料通知补正资料',
    },
    effect: { action: 'restart', amount },
    article,
  };
}

/** The other periods left out of device review limits: plain pauses. */
export const DEVICE_REVIEW_PAUSES: StopRule[] = [
  {
    reason: 'qms-inspection',
    title: { en: 'Registration quality-management-system inspection, and rectification after it', zh: '注册质量管理体系核查及整改' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
  },
  {
    reason: 'applicant-delay',
    title: { en: 'Inspection delayed for reasons of the applicant', zh: '因申请人原因延迟核查' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
  },
  {
    reason: 'expert-consultation',
    title: {
      en: 'External expert consultation, or joint review with CDE of a drug–device combination',
      zh: '外聘专家咨询、药械组合产品与药审中心联合审评',
    },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified; explicit in the 2014 rules)',
  },
  {
    reason: 'suspension-by-law',
    title: { en: 'Review suspended under laws or regulations', zh: '根据法律法规中止审评' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
  },
];

// ── Whether the day the clock stops counts (a reading the texts leave open; see docs/readings.md) ──────────────────

/** Drug reviews at CDE: the day of the notice counts; the CDE specification that would settle it was not retrieved. */
export const STOP_DAY_CDE: Policy['stopDayCounts'] = {
  value: true,
  basis: {
    en: 'The day CDE issues the notice that stops the clock is a review day: the applicant\'s time runs from the next day (by analogy with Civil Code Art. 201), and DRR Art. 103 leaves out only the applicant\'s time. The CDE specification on stopping and resuming the review clock (药审业〔2022〕614号) was not retrieved; the domain catalog\'s worked example does not count the day, which gives a due date one working day later.',
    zh: '药审中心发出中止计时通知之日仍属审评时间：申请人的时间自次日起算（参照《民法典》第二百零一条），《药品注册管理办法》第一百零三条不计入审评时限的仅为申请人所用时间。《药品审评中心审评计时中止与恢复管理规范》（药审业〔2022〕614号）原文未能取得；领域资料的算例不计入该日，所得届满日晚一个工作日。',
  },
  confidence: 'unverified',
};

/** Device reviews at CMDE: the day of the correction notice counts; no text settles it. */
export const STOP_DAY_CMDE: Policy['stopDayCounts'] = {
  value: true,
  basis: {
    en: 'The day the correction notice is issued is a review day: the applicant\'s time runs from the next day (by analogy with Civil Code Art. 201). No device rule found says whether that day is counted.',
    zh: '发出补正通知之日仍属审评时间：申请人的时间自次日起算（参照《民法典》第二百零一条）。未查到医疗器械规章规定该日是否计入。',
  },
  confidence: 'unverified',
};

/** Other limits: the same reading, with no text of its own. */
export const STOP_DAY_GENERAL: Policy['stopDayCounts'] = {
  value: true,
  basis: {
    en: 'The day the clock stops is an ordinary day of the limit, and the time left out runs from the next day (by analogy with Civil Code Art. 201). No text found settles it for this rule.',
    zh: '中止计时之日仍计入时限，不计入的期间自次日起算（参照《民法典》第二百零一条）。未查到本规则的明确规定。',
  },
  confidence: 'unverified',
};
