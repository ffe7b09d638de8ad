/**
 * Built-in policies: further steps the fidelity audit found with a source — the device priority procedure's check
 * and objection steps, the 20-working-day decisions of the revised DAL Implementing Regulations, and the renewal of
 * a drug manufacturing licence (with its deemed renewal). All read in third-party copies, so all `unverified`.
 *
 * Plain data, validated by `PolicySchema` in the catalog test. Facts from shared/domain/fidelity-audit.md §5–6;
 * wording is ours.
 *
 * @module
 */
import type { Policy } from '../schema.js';
import { DECIDED_BY_EXPIRY_NOTE, SIX_MONTHS_BACK_NOTE, STOP_DAY_FILER, STOP_DAY_GENERAL } from './shared.js';

const CMDE = { en: 'NMPA Center for Medical Device Evaluation (CMDE)', zh: '国家药品监督管理局医疗器械技术审评中心（器审中心）' };
const NOT_SPECIFIED = { en: 'The rule states no consequence for missing the limit.', zh: '未规定逾期的后果。' };

/** CFDA 2016 No. 168, the device priority approval procedure, in force 2017-01-01 (confirmed on gov.cn). */
const PRIORITY_168: Omit<Policy['source'], 'article' | 'articleZh'> = {
  document: { zh: '医疗器械优先审批程序', en: 'Priority Approval Procedure for Medical Devices' },
  number: '国家食品药品监督管理总局公告2016年第168号 (CFDA Announcement 2016 No. 168)',
  url: null,
};
const PRIORITY_NOTE =
  'Read in third-party copies of the procedure; its entry into force on 2017-01-01 is confirmed by a gov.cn notice (「自2017年1月1日起，总局将对……进行优先审批」). No official text of the procedure was found, so the source has no address.';

function deviceStep(
  id: string,
  title: Policy['title'],
  amount: number,
  event: Policy['clockStart']['event'],
  article: string,
  articleZh: string,
  procedure: string,
  consequenceNote: Policy['consequenceNote'],
): Policy {
  return {
    id,
    version: '2017-01-01',
    title,
    jurisdiction: 'CN',
    authority: CMDE,
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
    consequenceNote,
    effective: { from: '2017-01-01', to: null },
    source: { ...PRIORITY_168, article, articleZh },
    confidence: 'unverified',
    notes: [PRIORITY_NOTE],
  };
}

/** The revised Implementing Regulations of the Drug Administration Law (2026). */
function dalImplementing(article: string, articleZh: string): Policy['source'] {
  return {
    document: { zh: '中华人民共和国药品管理法实施条例', en: 'Regulations for the Implementation of the Drug Administration Law (2026 revision)' },
    number: '国务院令第828号 (State Council Order No. 828; number from a third-party copy, not verified)',
    article,
    articleZh,
    url: null,
  };
}
const DAL_IMPLEMENTING_NOTE =
  'Read in a third-party copy of the 2026 revision (「2026年1月16日中华人民共和国国务院令第828号第四次修订」); the domain catalog gives promulgation on 2026-01-27 and entry into force on 2026-05-15, with the order number unverified. effective.from is the entry into force.';

/** SAMR Order 28 of 2020, the drug manufacturing supervision measures, in force 2020-07-01. */
const MANUFACTURING_MEASURES: Omit<Policy['source'], 'article' | 'articleZh'> = {
  document: { zh: '药品生产监督管理办法', en: 'Measures for the Supervision and Administration of Drug Manufacturing' },
  number: '国家市场监督管理总局令第28号 (SAMR Order No. 28)',
  url: null,
};
const MANUFACTURING_NOTE =
  'Read only in a journal article (「应当在有效期届满前六个月，向省级药品监督管理部门申请延续……“视为同意换证”模式」); the article number and the exact wording of the measures are not verified.';

export const OTHER_STEP_POLICIES: readonly Policy[] = [
  deviceStep(
    'cn.nmpa.device.priority.category-check',
    { en: 'CMDE check of a priority request in category (ii) of the priority procedure', zh: '器审中心对优先审批程序第二条第（二）项情形申请的审核' },
    5,
    { en: 'Receipt of the priority request', zh: '收到优先审批申请之日' },
    'Art. 5 (article number unverified)',
    '第五条（条文序号未经核实）',
    'priority-designation',
    {
      en: 'The rule states no consequence; the request then goes to the expert review and the public notice (cn.nmpa.device.priority.publicity).',
      zh: '未规定逾期的后果；审核后进入专家审核及公示（cn.nmpa.device.priority.publicity）。',
    },
  ),
  deviceStep(
    'cn.nmpa.device.priority.objection',
    { en: 'CMDE study of an objection raised during the priority public notice', zh: '器审中心对优先审批公示期内异议的研究' },
    10,
    { en: 'Receipt of the objection', zh: '收到异议之日' },
    'Art. 8',
    '第八条',
    'priority-designation',
    NOT_SPECIFIED,
  ),
  {
    id: 'cn.nmpa.drug.glp-qualification',
    version: '2026-05-15',
    title: { en: 'Decision on the qualification of a non-clinical (GLP) research institution', zh: '药物非临床安全性评价研究机构资格认定决定' },
    jurisdiction: 'CN',
    authority: { en: 'NMPA', zh: '国家药品监督管理局' },
    products: ['drug'],
    role: 'review',
    procedure: 'glp-qualification',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Acceptance of the application', zh: '受理申请之日' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: NOT_SPECIFIED,
    effective: { from: '2026-05-15', to: null },
    source: dalImplementing('Art. 7', '第七条'),
    confidence: 'unverified',
    notes: ['The copy reads 「自受理申请之日起20个工作日内作出决定」.', DAL_IMPLEMENTING_NOTE],
  },
  {
    id: 'cn.nmpa.drug.ind.sponsor-change',
    version: '2026-05-15',
    title: { en: 'Review of a change of the sponsor of an approved clinical trial', zh: '药物临床试验申办者变更审查' },
    jurisdiction: 'CN',
    authority: { en: 'NMPA CDE', zh: '国家药品监督管理局药品审评中心' },
    products: ['drug'],
    role: 'review',
    procedure: 'clinical-trial-application',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Acceptance of the application', zh: '受理申请之日' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: NOT_SPECIFIED,
    effective: { from: '2026-05-15', to: null },
    source: dalImplementing('Art. 9', '第九条'),
    confidence: 'unverified',
    notes: ['The copy reads 「自受理申请之日起20个工作日内进行审查并作出决定」; who reviews (NMPA or CDE) was not checked.', DAL_IMPLEMENTING_NOTE],
  },
  {
    id: 'cn.nmpa.drug.manufacturing-licence.renewal.filing',
    version: '2020-07-01',
    title: { en: 'Latest date to apply for renewal of a drug manufacturing licence (6 months before it expires)', zh: '申请药品生产许可证延续（重新发证）的最后日期（有效期届满六个月前）' },
    jurisdiction: 'CN',
    authority: { en: 'Licence holder', zh: '持证企业' },
    products: ['drug'],
    role: 'sponsor-window',
    procedure: 'renewal',
    limit: { amount: 6, unit: 'months', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the drug manufacturing licence', zh: '药品生产许可证有效期届满之日' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_FILER,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: {
      en: 'This is the holder’s filing deadline; the provincial MPA’s decision and its deemed renewal are cn.nmpa.drug.manufacturing-licence.renewal.decision.',
      zh: '本日期为申请的最后期限；省级药品监督管理部门的决定及视为同意见cn.nmpa.drug.manufacturing-licence.renewal.decision。',
    },
    effective: { from: '2020-07-01', to: null },
    source: { ...MANUFACTURING_MEASURES, article: 'renewal article (number unverified)', articleZh: '重新发证条款（条文序号未经核实）' },
    confidence: 'unverified',
    notes: [
      MANUFACTURING_NOTE,
      SIX_MONTHS_BACK_NOTE,
    ],
  },
  {
    id: 'cn.nmpa.drug.manufacturing-licence.renewal.decision',
    version: '2020-07-01',
    title: { en: 'Decision on renewing a drug manufacturing licence (deemed renewal if none by expiry)', zh: '药品生产许可证重新发证决定（届满前未作决定的视为同意）' },
    jurisdiction: 'CN',
    authority: { en: 'Provincial MPA', zh: '省级药品监督管理部门' },
    products: ['drug'],
    role: 'review',
    procedure: 'renewal',
    limit: { amount: 0, unit: 'calendar-days', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the licence (its last day of validity)', zh: '药品生产许可证有效期届满之日（有效期最后一日）' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: [],
    consequence: 'deemed-renewal',
    consequenceNote: {
      en: 'Deemed renewal: if the provincial MPA has not decided by the end of the expiry date on an application filed in time, the licence is deemed renewed (视为同意换证).',
      zh: '省级药品监督管理部门应当在有效期届满前作出是否准予重新发证的决定；逾期未作出决定的，视为同意换证（以按期提出申请为前提）。',
    },
    effective: { from: '2020-07-01', to: null },
    source: { ...MANUFACTURING_MEASURES, article: 'renewal article (number unverified)', articleZh: '重新发证条款（条文序号未经核实）' },
    confidence: 'unverified',
    notes: [
      MANUFACTURING_NOTE,
      DECIDED_BY_EXPIRY_NOTE,
    ],
  },
];
