/**
 * Built-in policies: the rules in force before the current ones, so that older applications get due dates under
 * the rules of their day, and the deemed renewal of licences (an authority's decision due by the expiry date).
 * - the 2007 Drug Registration Regulation (SFDA Order 28), for drug applications accepted 2007-10-01 to 2020-06-30;
 * - the 2014 device registration measures (CFDA Order 4; IVD reagents CFDA Order 5), for device applications
 *   accepted 2014-10-01 to 2021-09-30;
 * - deemed renewal: Device Regulations Art. 22 (State Council Order 739; 2014: Order 650 Art. 15 and Order 4
 *   Art. 54) and Administrative Licensing Law Art. 50.
 *
 * Plain data, validated by `PolicySchema` in the catalog test. Facts from shared/domain/fidelity-audit.md §6 and the
 * copies quoted in its notes; wording is ours. Most texts were read only in third-party copies, so these rules are
 * `unverified` unless an official address holds the text.
 *
 * @module
 */
import type { Policy, StopRule } from '../schema.js';
import { ALL, DECIDED_BY_EXPIRY_NOTE, SIX_MONTHS_BACK_NOTE, STOP_DAY_CDE, STOP_DAY_CMDE, STOP_DAY_FILER, STOP_DAY_GENERAL, cite } from './shared.js';

const CDE = { en: 'NMPA Center for Drug Evaluation (CDE)', zh: '国家药品监督管理局药品审评中心（药审中心）' };
const CMDE = { en: 'NMPA Center for Medical Device Evaluation (CMDE)', zh: '国家药品监督管理局医疗器械技术审评中心（器审中心）' };
const NO_DEEMED = { en: 'No deemed approval; the limit is the longest the technical review may take.', zh: '不产生视为批准的后果；该时限为技术审评的最长时间。' };

// ── 2007 Drug Registration Regulation (SFDA Order 28), 2007-10-01 to 2020-06-30 ─────────────────────────────────────

const ORDER_28_PERIOD = { from: '2007-10-01', to: '2020-06-30' } as const;

/** SFDA Order 28. NMPA's English site keeps the (abolished) text; its articles were read only in copies. */
function order28(article: string, articleZh: string): Policy['source'] {
  return {
    document: { zh: '药品注册管理办法（2007年）', en: 'Provisions for Drug Registration (2007, abolished)' },
    number: '国家食品药品监督管理局令第28号 (SFDA Order No. 28)',
    article,
    articleZh,
    url: 'http://english.nmpa.gov.cn/2019-07/25/c_390615.htm',
    publication: 'official',
  };
}

const ORDER_28_UNIT_NOTE =
  "The 2007 text says '日' without a unit. Its Art. 146 applies the time limits of the Administrative Licensing Law, whose Art. 82 counts licensing periods in working days, so reviewclock counts working days; no article of Order 28 stating the unit was found.";
const ORDER_28_SOURCE_NOTE =
  'The address is NMPA’s official English page of the abolished Order 28; only its opening could be read there. Arts. 146 and 149–152 were read in third-party copies, which agree with each other and with the fidelity audit.';
const ORDER_28_SPECIAL_NOTE =
  'Products in the special approval procedure (特殊审批程序) have shorter limits (IND 80, new-drug production 120) and a post-supplement budget of at most 1/4; they are not encoded.';

/**
 * After a supplement under Order 28 Art. 151 the review gets a new budget of at most a third of the original limit,
 * counted from receipt of the materials: a restart, not the 2020 rules' extension by a third. "不超过" (not more than):
 * the third is rounded down.
 */
function order28Supplement(original: number): StopRule {
  const amount = Math.floor(original / 3);
  return {
    reason: 'sponsor-supplement',
    title: { en: 'Applicant supplements materials after a supplement notice', zh: '药审中心发出补充资料通知后申请人补充资料' },
    effect: { action: 'restart', amount },
    article: `Order 28 Art. 151: after the materials are received, at most 1/3 of the original ${original} (${amount}, rounded down)`,
    articleZh: `2007年《药品注册管理办法》第一百五十一条：收到补充资料后，技术审评时间不超过原规定时间的三分之一（${original}日的三分之一，向下取整为${amount}日）`,
  };
}

/** Time not counted under Order 28 Art. 146 (suspension under laws and regulations): a plain pause. */
const ORDER_28_SUSPENSION: StopRule = {
  reason: 'suspension-by-law',
  title: { en: 'Review suspended under laws or regulations', zh: '根据法律法规的规定中止审批' },
  effect: { action: 'resume' },
  article: 'Order 28 Art. 146',
  articleZh: '2007年《药品注册管理办法》第一百四十六条',
};

function order28Review(
  id: string,
  title: Policy['title'],
  amount: number,
  clause: { en: string; zh: string },
  period: { from: string; to: string } = ORDER_28_PERIOD,
  extraNotes: string[] = [],
): Policy {
  return {
    id,
    version: period.from,
    title,
    jurisdiction: 'CN',
    authority: CDE,
    products: ['drug'],
    role: 'review',
    procedure: id === 'cn.nmpa.drug.ind' ? 'clinical-trial-application' : id === 'cn.nmpa.drug.supplement' ? 'supplementary-application' : 'marketing-authorisation',
    limit: { amount, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: {
      event: { en: 'Receipt of the application file by CDE for technical review (unverified)', zh: '药审中心收到申报资料开始技术审评之日（未经核实）' },
      startDayCounts: false,
    },
    stops: [order28Supplement(amount), ORDER_28_SUSPENSION],
    stopDayCounts: STOP_DAY_CDE,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: NO_DEEMED,
    effective: period,
    source: order28(`Art. 150${clause.en}; Arts. 146, 151`, `第一百五十条${clause.zh}，第一百四十六条、第一百五十一条`),
    confidence: 'unverified',
    notes: [ORDER_28_UNIT_NOTE, ORDER_28_SOURCE_NOTE, ...extraNotes, ORDER_28_SPECIAL_NOTE],
  };
}

const ORDER_28_POLICIES: Policy[] = [
  order28Review(
    'cn.nmpa.drug.ind',
    { en: 'New-drug clinical trial application: technical review (2007 rules, 90 days)', zh: '新药临床试验申请技术审评（2007年规定，90日）' },
    90,
    { en: '(1)', zh: '第（一）项' },
    { from: '2007-10-01', to: '2018-07-26' },
    ['Replaced for applications from 2018-07-27 by the 60-day implied approval of NMPA Announcement 2018 No. 50 (the next version of this id).'],
  ),
  order28Review(
    'cn.nmpa.drug.nda',
    { en: 'New-drug production (marketing) application: technical review (2007 rules, 150 days)', zh: '新药生产（上市）申请技术审评（2007年规定，150日）' },
    150,
    { en: '(2)', zh: '第（二）项' },
  ),
  order28Review(
    'cn.nmpa.drug.generic',
    {
      en: 'Generic drug, or new dosage form of a marketed drug: technical review (2007 rules, 160 days)',
      zh: '仿制药及已上市药品改变剂型申请技术审评（2007年规定，160日）',
    },
    160,
    { en: '(3)', zh: '第（三）项' },
    ORDER_28_PERIOD,
    ['From 2020-07-01 generic applications are marketing applications under the 2020 rules (cn.nmpa.drug.nda, 200 working days); this id has no later version.'],
  ),
  order28Review(
    'cn.nmpa.drug.supplement',
    { en: 'Supplementary application needing technical review (2007 rules, 40 days)', zh: '需要进行技术审评的补充申请（2007年规定，40日）' },
    40,
    { en: '(4)', zh: '第（四）项' },
  ),
  {
    id: 'cn.nmpa.drug.approval-decision',
    version: '2007-10-01',
    title: { en: 'Approval decision after the technical review (2007 rules)', zh: '技术审评后的审批决定（2007年规定）' },
    jurisdiction: 'CN',
    authority: { en: 'SFDA (now NMPA)', zh: '国家食品药品监督管理局（现国家药品监督管理局）' },
    products: ['drug'],
    role: 'stage',
    procedure: 'approval-decision',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'End of the technical review (unverified)', zh: '技术审评结束之日（未经核实）' }, startDayCounts: false },
    stops: [],
    extensionCap: {
      max: { kind: 'amount', amount: 10 },
      article: 'Order 28 Art. 152',
      articleZh: '2007年《药品注册管理办法》第一百五十二条',
      note: { en: 'With the approval of the responsible SFDA head, and notice to the applicant.', zh: '经主管局领导批准，可以延长十日，并应当告知申请人。' },
    },
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: { en: 'No deemed approval.', zh: '不产生视为批准的后果。' },
    effective: ORDER_28_PERIOD,
    source: order28('Art. 152', '第一百五十二条'),
    confidence: 'unverified',
    notes: [ORDER_28_UNIT_NOTE, ORDER_28_SOURCE_NOTE],
  },
];

// ── 2014 device registration measures (CFDA Orders 4 and 5), 2014-10-01 to 2021-09-30 ──────────────────────────────

const ORDER_4_PERIOD = { from: '2014-10-01', to: '2021-09-30' } as const;

function order4(product: 'device' | 'ivd', article: string, articleZh: string): Policy['source'] {
  return product === 'device'
    ? {
        document: { zh: '医疗器械注册管理办法', en: 'Provisions for Medical Device Registration (2014)' },
        number: '国家食品药品监督管理总局令第4号 (CFDA Order No. 4)',
        article,
        articleZh,
        url: null,
      }
    : {
        document: { zh: '体外诊断试剂注册管理办法', en: 'Provisions for In Vitro Diagnostic Reagent Registration (2014)' },
        number: '国家食品药品监督管理总局令第5号 (CFDA Order No. 5)',
        article,
        articleZh,
        url: null,
      };
}

const ORDER_4_SOURCE_NOTE =
  'Read in third-party copies of CFDA Order 4 (2014-07-30, in force 2014-10-01): 「技术审评机构应当在60个工作日内完成第二类医疗器械注册的技术审评工作，在90个工作日内完成第三类……技术审评机构应当自收到补充资料之日起60个工作日内完成技术审评」; no official address was found, so the source has none.';
const ORDER_5_NOTE =
  'The final text of CFDA Order 5 (IVD reagents) was not found; its 2014 draft has the same limits as Order 4, and the catalog assumes the final order kept them.';
const BEFORE_ORDER_4 =
  'Applications accepted before 2014-10-01 fell under the 2009 device registration measures, which are not in this catalog, so earlier starts are refused.';

function order4Review(product: 'device' | 'ivd', klass: 'II' | 'III', amount: number): Policy {
  const ivd = product === 'ivd';
  const what = ivd ? { en: 'IVD reagent', zh: '体外诊断试剂' } : { en: 'device', zh: '医疗器械' };
  return {
    id: `cn.nmpa.${product}.class${klass === 'II' ? 2 : 3}.review`,
    version: ORDER_4_PERIOD.from,
    title: {
      en: `Technical review of a Class ${klass} ${what.en} registration (2014 rules)`,
      zh: `第${klass === 'II' ? '二' : '三'}类${what.zh}注册技术审评（2014年规定）`,
    },
    jurisdiction: 'CN',
    authority:
      klass === 'II'
        ? { en: 'Provincial device review centre (domestic Class II) or CMDE (imported Class II)', zh: '省级医疗器械技术审评机构（境内第二类）或器审中心（进口第二类）' }
        : CMDE,
    products: [product],
    role: 'review',
    procedure: 'registration',
    limit: { amount, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: {
      event: { en: 'Transfer of the application file to technical review (within 3 working days of acceptance)', zh: '申报资料转交技术审评机构之日（受理后三个工作日内）' },
      startDayCounts: false,
    },
    stops: [
      {
        reason: 'supplement',
        title: { en: 'Applicant supplements materials after a correction notice', zh: '申请人按补正通知补充资料' },
        effect: { action: 'restart', amount: 60 },
        article: `${ivd ? 'Order 5' : 'Order 4'}: 60 working days from receipt of the supplementary materials (article number unverified)`,
        articleZh: `《${ivd ? '体外诊断试剂' : '医疗器械'}注册管理办法》（2014年）：自收到补充资料之日起60个工作日内完成技术审评（条文序号未经核实）`,
      },
      {
        reason: 'expert-consultation',
        title: {
          en: 'External expert review, or joint review with the drug review body of a drug–device combination',
          zh: '外聘专家审评、药械组合产品与药品审评机构联合审评',
        },
        effect: { action: 'resume' },
        article: `${ivd ? 'Order 5' : 'Order 4'} (article number unverified)`,
        articleZh: `《${ivd ? '体外诊断试剂' : '医疗器械'}注册管理办法》（2014年）（条文序号未经核实）`,
      },
    ],
    stopDayCounts: STOP_DAY_CMDE,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: {
      en: 'No deemed approval; the registration decision follows within 20 working days (Order 4 Art. 36).',
      zh: '不产生视为批准的后果；注册决定随后于二十个工作日内作出（《医疗器械注册管理办法》第三十六条）。',
    },
    effective: ORDER_4_PERIOD,
    source: order4(product, 'technical-review article (number unverified)', '技术审评条款（条文序号未经核实）'),
    confidence: 'unverified',
    notes: [ORDER_4_SOURCE_NOTE, ...(ivd ? [ORDER_5_NOTE] : []), 'The days the applicant takes to supplement are not counted; the review then restarts with 60 working days from receipt (stop reason "supplement").', BEFORE_ORDER_4],
  };
}

function order4Stage(id: string, title: Policy['title'], amount: number, event: Policy['clockStart']['event'], article: string, articleZh: string, procedure: string): Policy {
  return {
    id,
    version: ORDER_4_PERIOD.from,
    title,
    jurisdiction: 'CN',
    authority: { en: 'The accepting regulatory department', zh: '受理注册申请的食品药品监督管理部门' },
    products: ['device', 'ivd'],
    role: 'stage',
    procedure,
    limit: { amount, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: { en: 'The rule states no consequence for missing the limit.', zh: '未规定逾期的后果。' },
    effective: ORDER_4_PERIOD,
    source: order4('device', article, articleZh),
    confidence: 'unverified',
    notes: [ORDER_4_SOURCE_NOTE, BEFORE_ORDER_4],
  };
}

const ORDER_4_POLICIES: Policy[] = [
  order4Review('device', 'II', 60),
  order4Review('device', 'III', 90),
  order4Review('ivd', 'II', 60),
  order4Review('ivd', 'III', 90),
  order4Stage(
    'cn.nmpa.device.transfer-to-review',
    { en: 'Transfer of an accepted application to technical review (2014 rules)', zh: '受理后将申报资料转交技术审评机构（2014年规定）' },
    3,
    { en: 'Acceptance of the application', zh: '受理申请之日' },
    'transfer article (number unverified)',
    '转交条款（条文序号未经核实）',
    'transfer-to-review',
  ),
  order4Stage(
    'cn.nmpa.device.approval-decision',
    { en: 'Registration decision after the technical review (2014 rules)', zh: '技术审评结束后作出注册决定（2014年规定）' },
    20,
    { en: 'End of the technical review', zh: '技术审评结束之日' },
    'Art. 36',
    '第三十六条',
    'approval-decision',
  ),
  order4Stage(
    'cn.nmpa.device.certificate',
    { en: 'Issue the device registration certificate (2014 rules)', zh: '发给医疗器械注册证（2014年规定）' },
    10,
    { en: 'Date of the registration decision', zh: '作出审批决定之日' },
    'Art. 36',
    '第三十六条',
    'certificate',
  ),
];

// ── Deemed renewal: the authority's decision is due by the expiry date ──────────────────────────────────────────────


const DEVICE_RENEWAL_DECISION_NOTE = {
  en: 'Deemed renewal: if no decision has been made by the end of the expiry date, the renewal is deemed granted (视为准予延续), provided it was applied for in time (6 months before expiry, cn.nmpa.device.renewal.filing) and no ground for refusing renewal applies.',
  zh: '接到延续注册申请的药品监督管理部门应当在注册证有效期届满前作出准予延续的决定；逾期未作决定的，视为准予延续（以按期提出申请且无不予延续情形为前提，见cn.nmpa.device.renewal.filing）。',
};

function renewalDecision(version: string, effective: Policy['effective'], source: Policy['source'], notes: string[]): Policy {
  return {
    id: 'cn.nmpa.device.renewal.decision',
    version,
    title: { en: 'Decision on renewing a device registration certificate (deemed renewal if none by expiry)', zh: '医疗器械延续注册决定（届满前未作决定的视为准予延续）' },
    jurisdiction: 'CN',
    authority: { en: 'The registration authority (NMPA, or the provincial MPA for domestic Class II)', zh: '原注册部门（国家药品监督管理局，或境内第二类的省级药品监督管理部门）' },
    products: ['device', 'ivd'],
    role: 'review',
    procedure: 'renewal',
    limit: { amount: 0, unit: 'calendar-days', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the registration certificate (its last day of validity)', zh: '医疗器械注册证有效期届满之日（有效期最后一日）' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'deemed-renewal',
    consequenceNote: DEVICE_RENEWAL_DECISION_NOTE,
    effective,
    source,
    confidence: 'unverified',
    notes: [DECIDED_BY_EXPIRY_NOTE, ...notes],
  };
}

const RENEWAL_POLICIES: Policy[] = [
  {
    id: 'cn.nmpa.device.renewal.filing',
    version: '2014-10-01',
    title: {
      en: 'Latest date to apply for renewal of a device registration certificate (6 months before it expires; 2014 rules)',
      zh: '申请医疗器械延续注册的最后日期（注册证有效期届满六个月前；2014年规定）',
    },
    jurisdiction: 'CN',
    authority: { en: 'Registrant', zh: '注册人' },
    products: ['device', 'ivd'],
    role: 'sponsor-window',
    procedure: 'renewal',
    limit: { amount: 6, unit: 'months', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the 5-year registration certificate', zh: '医疗器械注册证有效期届满之日' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_FILER,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: {
      en: 'This is the registrant’s filing deadline; the authority’s decision and its deemed renewal are cn.nmpa.device.renewal.decision.',
      zh: '本日期为申请延续注册的最后期限；药品监督管理部门的决定及视为准予延续见cn.nmpa.device.renewal.decision。',
    },
    effective: { from: '2014-10-01', to: '2021-05-31' },
    source: order4('device', 'Art. 54', '第五十四条'),
    confidence: 'unverified',
    notes: [
      'Read in third-party copies of Order 4 Art. 54: 「注册人应当在医疗器械注册证有效期届满6个月前，向食品药品监督管理部门申请延续注册」. No official address was found.',
      'From 2017-01-01 CFDA measured the 6 months to the day the renewal application is accepted, not the day it is sent (CFDA acceptance hall notice of 2016-09-26, read in copies): file early enough for acceptance to fall on or before this date.',
      SIX_MONTHS_BACK_NOTE,
    ],
  },
  renewalDecision(
    '2014-10-01',
    { from: '2014-10-01', to: '2021-05-31' },
    {
      document: { zh: '医疗器械监督管理条例（2014年）；医疗器械注册管理办法', en: 'Regulations on the Supervision and Administration of Medical Devices (2014); Provisions for Medical Device Registration (2014)' },
      number: '国务院令第650号 (State Council Order No. 650); CFDA Order No. 4',
      article: 'Regulations Art. 15; Order 4 Art. 54',
      articleZh: '《医疗器械监督管理条例》第十五条；《医疗器械注册管理办法》第五十四条',
      url: null,
    },
    [
      'Read in third-party copies: 「接到延续注册申请的食品药品监督管理部门应当在医疗器械注册证有效期届满前作出准予延续的决定。逾期未作决定的，视为准予延续。」 (Order 4 Art. 54; the same in Order 650 Art. 15). No official address was found.',
      'From 2017-01-01 CFDA measured the 6-month filing window to the date the renewal application is accepted (a CFDA acceptance-hall notice of 2016-09-26, read in copies).',
    ],
  ),
  renewalDecision(
    '2021-06-01',
    { from: '2021-06-01', to: null },
    {
      document: { zh: '医疗器械监督管理条例', en: 'Regulations on the Supervision and Administration of Medical Devices' },
      number: '国务院令第739号 (State Council Order No. 739)',
      article: 'Art. 22',
      articleZh: '第二十二条',
      url: null,
    },
    [
      'Read in a third-party copy of Art. 22: 「除有本条第三款规定情形外，接到延续注册申请的药品监督管理部门应当在医疗器械注册证有效期届满前作出准予延续的决定。逾期未作决定的，视为准予延续。」 No official address was retrieved; SAMR Order 47 Arts. 82–83 implement the renewal procedure.',
    ],
  ),
  {
    id: 'cn.law.admin-licensing.renewal.decision',
    version: '2004-07-01',
    title: { en: 'Decision on renewing a time-limited licence (deemed renewal if none by expiry)', zh: '行政许可延续决定（届满前未作决定的视为准予延续）' },
    jurisdiction: 'CN',
    authority: { en: 'The authority that granted the licence', zh: '作出行政许可决定的行政机关' },
    products: ['any'],
    role: 'review',
    procedure: 'renewal',
    limit: { amount: 0, unit: 'calendar-days', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the licence (its last day of validity)', zh: '行政许可有效期届满之日（有效期最后一日）' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'deemed-renewal',
    consequenceNote: {
      en: 'Deemed renewal: if the authority has not decided by the end of the expiry date on a renewal applied for in time (30 days before expiry, cn.law.admin-licensing.renewal.filing, unless a law, regulation or rule provides otherwise), the renewal is deemed granted.',
      zh: '行政机关应当根据被许可人的申请，在该行政许可有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续（以按期提出申请为前提，见cn.law.admin-licensing.renewal.filing）。',
    },
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, { en: 'Art. 50(2)', zh: '第五十条第二款' }),
    confidence: 'unverified',
    notes: [
      DECIDED_BY_EXPIRY_NOTE,
      'The deemed-renewal sentence of Art. 50 was read only in paraphrasing copies; the first paragraph (30 days before expiry) is quoted verbatim in several.',
      'Sector rules prevail where they provide otherwise (Art. 50: 「法律、法规、规章另有规定的，依照其规定」): for devices see cn.nmpa.device.renewal.decision.',
    ],
  },
];

/** The earlier versions and the deemed-renewal decisions. */
export const LEGACY_POLICIES: readonly Policy[] = [...ORDER_28_POLICIES, ...ORDER_4_POLICIES, ...RENEWAL_POLICIES];
