/**
 * Pieces the catalog files share: the documents rules come from, and the clock-stop reasons they name.
 * Plain data. Facts come from shared/domain/CATALOG.md; wording is reviewclock's own.
 *
 * @module
 */
import type { Policy, PolicySource, StopRule } from '../schema.js';

/** What a document constant or a `cite()` override says about its address (see `PolicySource.publication`). */
export interface SourceAddress {
  readonly url: string | null;
  /** Required when `url` is not null. */
  readonly publication?: 'official' | 'copy' | 'summary';
  /** For a `'copy'`: the site that holds the copy, named in the article as "(verbatim copy on <copyHost>)". */
  readonly copyHost?: string;
}

/** A document rules are cited from, with the address of its text. */
export interface SourceDocument extends SourceAddress {
  readonly document: { readonly zh: string; readonly en: string };
  readonly number: string;
}

/** SAMR Order No. 27, in force 2020-07-01. NMPA's official English text is the address given. */
export const DRR = {
  document: { zh: '药品注册管理办法', en: 'Provisions for Drug Registration (Drug Registration Regulation, DRR)' },
  number: '国家市场监督管理总局令第27号 (SAMR Order No. 27)',
  url: 'http://english.nmpa.gov.cn/2022-06/30/c_785628_8.htm',
  publication: 'official',
} as const satisfies SourceDocument;

/** SAMR Order No. 47, applied to applications accepted from 2021-10-01. The address is a verbatim copy of the Chinese text (chapter VII, time limits) on jianbiaoku.com. */
export const ORDER_47 = {
  document: { zh: '医疗器械注册与备案管理办法', en: 'Provisions for Medical Device Registration and Filing' },
  number: '国家市场监督管理总局令第47号 (SAMR Order No. 47)',
  url: 'http://www.jianbiaoku.com/webarbs/book/164437/4862439.shtml',
  publication: 'copy',
  copyHost: 'jianbiaoku.com',
} as const satisfies SourceDocument;

/** SAMR Order No. 48 (IVD reagents). No official address or verbatim copy of the text was found. */
export const ORDER_48 = {
  document: { zh: '体外诊断试剂注册与备案管理办法', en: 'Provisions for In Vitro Diagnostic Reagent Registration and Filing' },
  number: '国家市场监督管理总局令第48号 (SAMR Order No. 48)',
  url: null,
} as const satisfies SourceDocument;

/** The Administrative Licensing Law (in force 2004-07-01, amended 2019-04-23). The address is the full English text of the 2019 version on LexisNexis China. */
export const ALL = {
  document: { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' },
  number: '主席令第7号 (2003), amended 2019-04-23',
  url: 'http://hk.lexiscn.com/law/content.php?content_type=T&origin_id=3415870&provider_id=1&isEnglish=Y',
  publication: 'copy',
  copyHost: 'hk.lexiscn.com (LexisNexis China, English translation)',
} as const satisfies SourceDocument;

/**
 * Builds a source from a document and an article. The document's address and publication are used unless
 * `address` gives another one (then its `publication` is required for a non-null url). A `'copy'` is named in
 * the article as "(verbatim copy on <host>)". `article` may be `{ en, zh }`: the English `article` and the Chinese
 * `articleZh` (e.g. `{ en: 'Art. 96(2)', zh: '第九十六条第（二）项' }`).
 */
export function cite(document: SourceDocument, article: string | { readonly en: string; readonly zh: string }, address: SourceAddress = document): PolicySource {
  const [en, zh] = typeof article === 'string' ? [article, undefined] : [article.en, article.zh];
  const source: PolicySource = { document: { ...document.document }, number: document.number, article: en, ...(zh !== undefined && { articleZh: zh }), url: address.url };
  if (address.url === null) return source;
  if (address.publication !== undefined) source.publication = address.publication;
  if (address.publication === 'copy' && address.copyHost !== undefined) source.article = `${en} (verbatim copy on ${address.copyHost})`;
  return source;
}

// ── Clock-stop reasons of drug reviews (DRR Arts. 87, 103; CDE specification 药审业〔2022〕614号) ──────────────────

/** 发补 is CDE's act (issuing the supplement notice); the sponsor's act is 补充资料. */
const SPONSOR_SUPPLEMENT_TITLE = {
  en: 'Sponsor supplements materials after CDE issues a supplement notice (发补)',
  zh: '药审中心发补后申请人补充资料',
};

/** CDE's clock-stop specification, as cited in Chinese. */
const CDE_SPEC_ZH = '《国家药品监督管理局药品审评过程中审评计时中止与恢复管理规范（试行）》（药审业〔2022〕614号）';

/** Supplement during a CDE review: the limit grows by 1/3 on resume (DRR Art. 87). */
export const SUPPLEMENT_EXTENDS_THIRD: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'extend', fraction: { numerator: 1, denominator: 3 }, rounding: 'ceil', once: true },
  article: 'DRR Art. 87 (rounding not stated in the text; reviewclock rounds up)',
  articleZh: '《药品注册管理办法》第八十七条（原文未规定取整方式，本工具向上取整）',
};

/** Supplement under priority review: the limit grows by 1/4 on resume (DRR Art. 87). */
export const SUPPLEMENT_EXTENDS_QUARTER: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'extend', fraction: { numerator: 1, denominator: 4 }, rounding: 'ceil', once: true },
  article: 'DRR Art. 87, priority review (rounding not stated in the text; reviewclock rounds up)',
  articleZh: '《药品注册管理办法》第八十七条（优先审评；原文未规定取整方式，本工具向上取整）',
};

/** Supplement where no extension is confirmed: a plain pause (DRR Art. 103(1)). */
export const SUPPLEMENT_PAUSES: StopRule = {
  reason: 'sponsor-supplement',
  title: SPONSOR_SUPPLEMENT_TITLE,
  effect: { action: 'resume' },
  article: 'DRR Art. 103(1) (article number unverified); no extension on resume is confirmed for this procedure',
  articleZh: '《药品注册管理办法》第一百零三条第（一）项（条文序号未经核实）；未确认本程序恢复计时后延长时限',
};

/** The other periods DRR Art. 103 and the CDE 2022 specification leave out of every review limit: plain pauses. */
export const DRUG_REVIEW_PAUSES: StopRule[] = [
  {
    reason: 'inspection-rectification',
    title: { en: 'Rectification after a registration inspection', zh: '注册核查后整改' },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(1) (article number unverified); CDE specification 药审业〔2022〕614号',
    articleZh: `《药品注册管理办法》第一百零三条第（一）项（条文序号未经核实）；${CDE_SPEC_ZH}`,
  },
  {
    reason: 'applicant-delay',
    title: {
      en: 'Inspection, testing or expert meeting delayed for reasons of the applicant',
      zh: '因申请人原因延迟核查、检验、召开专家咨询会等',
    },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(2) (article number unverified)',
    articleZh: '《药品注册管理办法》第一百零三条第（二）项（条文序号未经核实）',
  },
  {
    reason: 'suspension-by-law',
    title: {
      en: 'Review suspended under laws or regulations (e.g. the patent-linkage waiting period)',
      zh: '根据法律法规中止审评审批（如专利链接等待期）',
    },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(3) (article number unverified); CDE specification 药审业〔2022〕614号',
    articleZh: `《药品注册管理办法》第一百零三条第（三）项（条文序号未经核实）；${CDE_SPEC_ZH}`,
  },
  {
    reason: 'overseas-inspection',
    title: { en: 'Overseas inspection', zh: '启动境外核查' },
    effect: { action: 'resume' },
    article: 'DRR Art. 103(4) (article number unverified); CDE specification 药审业〔2022〕614号',
    articleZh: `《药品注册管理办法》第一百零三条第（四）项（条文序号未经核实）；${CDE_SPEC_ZH}`,
  },
  {
    reason: 'objection',
    title: {
      en: 'Objection to a not-approved conclusion, and expert argumentation',
      zh: '对不予批准的审评结论提出异议及专家论证',
    },
    effect: { action: 'resume' },
    article: 'CDE specification 药审业〔2022〕614号',
    articleZh: CDE_SPEC_ZH,
  },
  {
    reason: 'report-pending',
    title: {
      en: 'Inspection or testing report not received 40 working days before the review deadline',
      zh: '审评时限届满40日前未收到核查或检验报告',
    },
    effect: { action: 'resume' },
    article: 'CDE specification 药审业〔2022〕614号; DRR Arts. 97–98',
    articleZh: `${CDE_SPEC_ZH}；《药品注册管理办法》第九十七条、第九十八条`,
  },
];

/** Stops of an IND review: the DRR Art. 103 periods, all plain pauses (no extension is provided for INDs). */
export const IND_PAUSES: StopRule[] = [SUPPLEMENT_PAUSES, ...DRUG_REVIEW_PAUSES.filter((stop) => stop.reason !== 'objection' && stop.reason !== 'report-pending')];

// ── Clock-stop reasons of device reviews (SAMR Order 47 Arts. 92, 97) ────────────────────────────────────────────

/** Supplement after a device correction notice: a new limit starts when the materials arrive (Order 47 Art. 92). */
export function deviceSupplementRestart(amount: number, article: string, articleZh: string): StopRule {
  return {
    reason: 'supplement',
    title: {
      en: 'Applicant supplements or corrects materials after a correction notice (补正资料)',
      zh: '申请人按补正资料通知补正资料',
    },
    effect: { action: 'restart', amount },
    article,
    articleZh,
  };
}

/** The other periods left out of device review limits: plain pauses. */
export const DEVICE_REVIEW_PAUSES: StopRule[] = [
  {
    reason: 'qms-inspection',
    title: { en: 'Registration quality-management-system inspection, and rectification after it', zh: '注册质量管理体系核查及整改' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
    articleZh: '《医疗器械注册与备案管理办法》第九十七条（条文序号未经核实）',
  },
  {
    reason: 'applicant-delay',
    title: { en: 'Inspection delayed for reasons of the applicant', zh: '因申请人原因延迟核查' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
    articleZh: '《医疗器械注册与备案管理办法》第九十七条（条文序号未经核实）',
  },
  {
    reason: 'expert-consultation',
    title: {
      en: 'External expert consultation, or joint review with CDE of a drug–device combination',
      zh: '外聘专家咨询、药械组合产品与药审中心联合审评',
    },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified; explicit in the 2014 rules)',
    articleZh: '《医疗器械注册与备案管理办法》第九十七条（条文序号未经核实；2014年《医疗器械注册管理办法》有明确规定）',
  },
  {
    reason: 'suspension-by-law',
    title: { en: 'Review suspended under laws or regulations', zh: '根据法律法规中止审评' },
    effect: { action: 'resume' },
    article: 'Order 47 Art. 97 (unverified)',
    articleZh: '《医疗器械注册与备案管理办法》第九十七条（条文序号未经核实）',
  },
];

// ── Notes shared by renewal rules ─────────────────────────────────────────────────────────────────────────────────

/** The note of a filing deadline six months before an expiry (device and drug licence renewals). */
export const SIX_MONTHS_BACK_NOTE =
  'Counted back: the corresponding date six months before the expiry (or that month’s last day). When that day is a rest day the deadline moves to the previous working day, so that filing on it is never late — a conservative choice, since the Civil Code does not address periods counted backwards.';

/** The note of an authority's decision due by an expiry date, with deemed renewal if none is made. */
export const DECIDED_BY_EXPIRY_NOTE =
  'Counted as the expiry date itself: the authority must decide before the validity ends, and a period’s last day ends at 24:00 (Civil Code Art. 203, by analogy), so a decision on the expiry date is in time. The date is not moved off a rest day: the certificate’s or licence’s dates are fixed.';

// ── Whether the day the clock stops counts (a reading the texts leave open; see docs/readings.md) ──────────────────

/**
 * Drug reviews at CDE: the day of the notice does not count. CDE describes the clock as stopped from the day it issues
 * the notice and resumed once it has received all the materials (DRR Art. 87: 「收到……全部补充资料后启动审评」), so
 * the receipt day is a new day 0. Read from secondary accounts; the specification itself was not retrieved.
 */
export const STOP_DAY_CDE: Policy['stopDayCounts'] = {
  value: false,
  basis: {
    en: 'CDE describes the review clock as stopped from the day it issues the supplement notice, and restarted once it has received all the materials (DRR Art. 87), so the notice day is not a review day. This is read from secondary accounts of the CDE specification on stopping and resuming the review clock (药审业〔2022〕614号), whose text was not retrieved, and it matches the domain catalog. Counting the notice day instead gives a due date earlier by up to one working day per stop.',
    zh: '药审中心将审评计时表述为自发出补充资料通知之日起中止、收到全部补充资料后恢复（《药品注册管理办法》第八十七条），故通知当日不计入审评时限。此系依据对《国家药品监督管理局药品审评过程中审评计时中止与恢复管理规范（试行）》（药审业〔2022〕614号）的二手介绍，规范原文未能取得。若计入通知当日，每段中止最多使届满日提前一个工作日。',
  },
  confidence: 'unverified',
};

/** Device reviews: the same reading; no device rule found says whether the notice day counts. */
export const STOP_DAY_CMDE: Policy['stopDayCounts'] = {
  value: false,
  basis: {
    en: 'The clock is taken as stopped from the day the notice is issued (the domain catalog’s reading of stop-clock intervals); no device rule found says whether that day counts. This reading never puts the review deadline earlier than the other.',
    zh: '按自通知发出之日起中止计时处理（领域资料对计时中止期间的理解）；未查到医疗器械规章规定该日是否计入。按此理解，审评届满日不会早于另一种理解。',
  },
  confidence: 'unverified',
};

/** Other limits of an authority: the same reading, with no text of its own. */
export const STOP_DAY_GENERAL: Policy['stopDayCounts'] = {
  value: false,
  basis: {
    en: 'The clock is taken as stopped from the day the stop begins (the domain catalog’s reading of stop-clock intervals); no text found settles it for this rule. This reading never puts the authority’s deadline earlier than the other.',
    zh: '按自中止之日起停止计时处理（领域资料对计时中止期间的理解）；未查到本规则的明确规定。按此理解，机关的届满日不会早于另一种理解。',
  },
  confidence: 'unverified',
};

/** Windows within which the applicant must act: the stop day counts, so that the window never comes out later. */
export const STOP_DAY_FILER: Policy['stopDayCounts'] = {
  value: true,
  basis: {
    en: 'For a window within which the applicant must act, the day the clock stops is counted: the conservative choice for the filer, since the other reading gives a deadline later by up to one working day per stop. No text found settles it.',
    zh: '申请人须在期限内办理的，中止当日计入期限：对申请人而言较为稳妥，按另一种理解，每段中止最多使截止日推后一个工作日。未查到明确规定。',
  },
  confidence: 'unverified',
};

/** Hong Kong reviews: the day the clock stops is left out, by analogy with Cap. 1 s. 71 (the first day of a period is excluded). */
export const STOP_DAY_HK: Policy['stopDayCounts'] = {
  value: false,
  basis: {
    en: 'The clock is taken as stopped from the day the request is issued; the Department of Health’s guidance found does not say whether that day counts. This reading never puts the target date earlier than the other.',
    zh: '按自发出要求之日起中止计时处理；所见卫生署指引未说明该日是否计入。按此理解，目标日期不会早于另一种理解。',
  },
  confidence: 'unverified',
};
