/**
 * Built-in policies: the Greater Bay Area access scheme (港澳药械通, mainland calendar) and Hong Kong Department of
 * Health targets (Hong Kong calendar: pass `{ calendar: HK }` from `reviewclock/hk`). Plain data, validated by
 * `PolicySchema` in the catalog test. Facts from shared/domain/CATALOG.md; wording is ours.
 *
 * @module
 */
import type { Policy } from '../schema.js';
import { STOP_DAY_GENERAL, STOP_DAY_HK } from './shared.js';

const GBA_SOURCE = {
  document: {
    zh: '广东省粤港澳大湾区内地九市进口港澳药品医疗器械管理条例',
    en: 'Guangdong Regulations on Importing Hong Kong and Macao Drugs and Medical Devices into the Nine Mainland Cities of the Greater Bay Area',
  },
  number: '广东省人民代表大会常务委员会 (adopted 2024-07-31; in force 2024-12-01)',
  article: 'Art. 8',
  articleZh: '第八条',
  url: 'https://fao.wenzhou.gov.cn/art/2025/3/19/art_1340369_58923024.html',
  publication: 'official' as const,
};
const GBA_AUTHORITY = { en: 'Guangdong MPA and Guangdong Health Commission', zh: '广东省药品监督管理局、广东省卫生健康委员会' };
const GBA_START = {
  en: "Online acceptance of the designated medical institution's application",
  zh: '指定医疗机构的申请经网上受理之日',
};
const GBA_CONSEQUENCE = { en: 'The regulation states no consequence for missing the limit.', zh: '条例未规定逾期的后果。' };
const GBA_NOTES = [
  'Counts mainland working days (calendar CN).',
  'Framework: 粤港澳大湾区药品医疗器械监管创新发展工作方案 (国市监药〔2020〕159号); drugs must be marketed in Hong Kong or Macao; devices must be bought and used by Hong Kong or Macao public hospitals.',
];
const HK_AUTHORITY_PCM = {
  en: 'Department of Health (Chinese Medicine Regulatory Office), Chinese Medicines Board',
  zh: '香港卫生署（中医药规管办公室）、中医药管理委员会中药组',
};
const HK_PCM_SOURCE = {
  document: {
    zh: '分级分流审评审批中成药注册申请的安排（试行）',
    en: 'Tiered and streamlined review of proprietary Chinese medicine registration applications (pilot)',
  },
  number: 'Department of Health announcement of 2025-11-20',
  article: 'press release (target processing times)',
  articleZh: '新闻公报（目标处理时间）',
  url: 'https://www.info.gov.hk/gia/general/202511/20/P2025112000624p.htm',
  publication: 'official' as const,
};
const HK_CALENDAR_NOTE = 'Counts Hong Kong working days: pass { calendar: HK } from "reviewclock/hk".';

export const GBA_HK_POLICIES = [
  {
    id: 'cn.gd.gba.hkmo-access.listed',
    version: '2024-12-01',
    title: {
      en: 'Hong Kong/Macao Drug and Device Access (港澳药械通): importing a product already on the catalogue',
      zh: '“港澳药械通”：进口已列入目录的港澳药品医疗器械',
    },
    jurisdiction: 'CN-GD',
    authority: GBA_AUTHORITY,
    products: ['drug', 'device'],
    role: 'review',
    procedure: 'urgent-import',
    limit: { amount: 10, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: GBA_START, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: ['CN-GD'],
    consequence: 'none',
    consequenceNote: GBA_CONSEQUENCE,
    effective: { from: '2024-12-01', to: null },
    source: GBA_SOURCE,
    confidence: 'cited',
    notes: [
      'Reported as "5+5" working days (health commission and MPA). Whether the two parts run one after the other or side by side is not verified, so only the total is modelled.',
      ...GBA_NOTES,
    ],
  },
  {
    id: 'cn.gd.gba.hkmo-access.unlisted',
    version: '2024-12-01',
    title: {
      en: 'Hong Kong/Macao Drug and Device Access (港澳药械通): a product not yet on the catalogue',
      zh: '“港澳药械通”：进口尚未列入目录的港澳药品医疗器械',
    },
    jurisdiction: 'CN-GD',
    authority: GBA_AUTHORITY,
    products: ['drug', 'device'],
    role: 'review',
    procedure: 'urgent-import',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: GBA_START, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_GENERAL,
    pilotRegions: ['CN-GD'],
    consequence: 'none',
    consequenceNote: GBA_CONSEQUENCE,
    effective: { from: '2024-12-01', to: null },
    source: GBA_SOURCE,
    confidence: 'cited',
    notes: ['Reported as "10+10" working days; only the total is modelled.', ...GBA_NOTES],
  },
  {
    id: 'hk.dh.drug.nce-1plus',
    version: '2023-11-01',
    title: {
      en: 'Registration of a new chemical or biological entity under the "1+" mechanism (target processing time)',
      zh: '「1+」新药审批机制下新化学或生物实体药剂制品注册（目标处理时间）',
    },
    jurisdiction: 'HK',
    authority: {
      en: 'Department of Health (Drug Office); Pharmacy and Poisons Board',
      zh: '香港卫生署（药物办公室）；药剂业及毒药管理局',
    },
    products: ['drug'],
    role: 'review',
    procedure: 'registration',
    limit: { amount: 150, unit: 'working-days', direction: 'after' },
    calendar: 'HK',
    clockStart: {
      event: { en: 'Acceptance of the application on payment of the prescribed fee', zh: '缴付订明费用后申请获接纳之日' },
      startDayCounts: false,
    },
    stops: [
      {
        reason: 'request-for-information',
        title: {
          en: "Request for a written response or further documentary evidence, until the applicant's response is received",
          zh: '要求申请人作出书面回应或补交证明文件，至收到申请人回应为止',
        },
        effect: { action: 'resume' },
        article: 'Department of Health target processing time (stop-clock)',
        articleZh: '卫生署目标处理时间（计时中止安排）',
      },
    ],
    stopDayCounts: STOP_DAY_HK,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: { en: 'A performance target; no deemed approval.', zh: '此为服务承诺的目标处理时间；不产生视为批准的后果。' },
    effective: { from: '2023-11-01', to: null },
    source: {
      document: { zh: '「1+」新药审批机制', en: 'New mechanism for registration of new drugs ("1+" mechanism)' },
      number: 'Pharmacy and Poisons Board / Department of Health guidance notes on registration of NCE products',
      article: 'target processing time',
      articleZh: '目标处理时间',
      url: 'https://www.drugoffice.gov.hk/eps/do/en/consumer/onePlus_faq.html',
      publication: 'official',
    },
    confidence: 'cited',
    notes: [
      HK_CALENDAR_NOTE,
      'From 2023-11-01 for drugs treating life-threatening or severely debilitating diseases; from 2024-11-01 for all new drugs (including vaccines and advanced therapy products) with evidence of prominent clinical benefit. The limit is the same in both phases.',
      'The first day is excluded (Interpretation and General Clauses Ordinance, Cap. 1 s.71 — unverified).',
    ],
  },
  {
    id: 'hk.dh.pcm.innovative',
    version: '2026-01-01',
    title: {
      en: 'Proprietary Chinese medicine registration, "innovative drug" tier (target processing time)',
      zh: '中成药注册“创新药”类别（目标处理时间）',
    },
    jurisdiction: 'HK',
    authority: HK_AUTHORITY_PCM,
    products: ['drug'],
    role: 'review',
    procedure: 'registration',
    limit: { amount: 120, unit: 'working-days', direction: 'after' },
    calendar: 'HK',
    clockStart: { event: { en: 'Acceptance of the application (unverified)', zh: '申请获接纳之日（未经核实）' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_HK,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: {
      en: "A performance target: the time for the Department of Health to complete its assessment and submit it to the Chinese Medicines Committee's management group.",
      zh: '服务目标时限：卫生署完成评审并提交中药组管理小组的时间。',
    },
    effective: { from: '2026-01-01', to: null },
    source: HK_PCM_SOURCE,
    confidence: 'unverified',
    notes: [
      HK_CALENDAR_NOTE,
      'The start event and any stop-clock are not verified. General applications take more than 250 working days (no target).',
    ],
  },
  {
    id: 'hk.dh.pcm.designated-priority',
    version: '2026-01-01',
    title: {
      en: 'Proprietary Chinese medicine registration, "designated priority product" tier (target processing time)',
      zh: '中成药注册“指定优先产品”类别（目标处理时间）',
    },
    jurisdiction: 'HK',
    authority: HK_AUTHORITY_PCM,
    products: ['drug'],
    role: 'review',
    procedure: 'registration',
    limit: { amount: 150, unit: 'working-days', direction: 'after' },
    calendar: 'HK',
    clockStart: { event: { en: 'Acceptance of the application (unverified)', zh: '申请获接纳之日（未经核实）' }, startDayCounts: false },
    stops: [],
    stopDayCounts: STOP_DAY_HK,
    pilotRegions: [],
    consequence: 'none',
    consequenceNote: {
      en: "A performance target: the time for the Department of Health to complete its assessment and submit it to the Chinese Medicines Committee's management group.",
      zh: '服务目标时限：卫生署完成评审并提交中药组管理小组的时间。',
    },
    effective: { from: '2026-01-01', to: null },
    source: HK_PCM_SOURCE,
    confidence: 'unverified',
    notes: [HK_CALENDAR_NOTE, 'At most 2 designated products per applicant per year.', 'The start event and any stop-clock are not verified.'],
  },
] satisfies Policy[];
