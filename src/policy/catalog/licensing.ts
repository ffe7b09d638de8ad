/**
 * Built-in policies: the general limits of the Administrative Licensing Law, which apply to every licence,
 * including the drug and device approvals whose own rules mirror them. Plain data, validated by `PolicySchema` in
 * the catalog test. Facts from shared/domain/CATALOG.md; wording is ours.
 *
 * @module
 */
import type { Policy } from '../schema.js';
import { ALL, cite } from './shared.js';

const ANY_AUTHORITY = { en: 'Any licensing authority', zh: '行政许可实施机关' };
const NOT_SPECIFIED = { en: 'The law states no consequence for missing the limit.', zh: '法律未规定逾期的后果。' };
const NO_DEEMED = {
  en: 'No general deemed approval; the remedies for inaction are administrative reconsideration or litigation.',
  zh: '不产生一般性的视为许可后果；对不作为可申请行政复议或提起行政诉讼。',
};
const UNIT_NOTE = 'Art. 82: the periods of this law for licensing authorities are counted in working days, not including statutory holidays.';

export const LICENSING_POLICIES = [
  {
    id: 'cn.law.admin-licensing.acceptance',
    version: '2004-07-01',
    title: { en: 'Any licence application: notify all corrections needed, or accept', zh: '行政许可申请：一次告知需补正的全部内容或受理' },
    jurisdiction: 'CN',
    authority: ANY_AUTHORITY,
    products: ['any'],
    role: 'stage',
    procedure: 'acceptance',
    limit: { amount: 5, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Receipt of the application materials', zh: '收到申请材料之日' }, startDayCounts: false },
    stops: [],
    consequence: 'none',
    consequenceNote: {
      en: 'If the corrections needed are not notified in time, the application counts as accepted from receipt (逾期不告知的，自收到申请材料之日起即为受理): a deemed acceptance, not an approval.',
      zh: '逾期不告知的，自收到申请材料之日起即为受理：此为视为受理而非视为许可。',
    },
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 32(1)(iv) (article number unverified; text cited)', 'https://beijing.11467.com/info/32927653.htm'),
    confidence: 'unverified',
    notes: [UNIT_NOTE],
  },
  {
    id: 'cn.law.admin-licensing.decision',
    version: '2004-07-01',
    title: { en: 'Licensing decision by a single authority', zh: '行政机关作出行政许可决定' },
    jurisdiction: 'CN',
    authority: ANY_AUTHORITY,
    products: ['any'],
    role: 'review',
    procedure: 'licensing-decision',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Acceptance of the licence application', zh: '受理行政许可申请之日' }, startDayCounts: false },
    stops: [
      {
        reason: 'excluded-time',
        title: {
          en: 'Hearing, tender, auction, inspection, testing, quarantine, appraisal or expert review',
          zh: '听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审',
        },
        effect: { action: 'resume' },
        article: 'Administrative Licensing Law Art. 45',
      },
    ],
    extensionCap: {
      max: { kind: 'amount', amount: 10 },
      article: 'Administrative Licensing Law Art. 42(1)',
      note: {
        en: 'With the approval of the head of the authority, and the reasons told to the applicant; laws and administrative regulations may provide otherwise.',
        zh: '经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人；法律、法规另有规定的，依照其规定。',
      },
    },
    consequence: 'none',
    consequenceNote: NO_DEEMED,
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 42(1)'),
    confidence: 'cited',
    notes: [
      UNIT_NOTE,
      "NMPA's 20-working-day approval decisions (DRR Art. 100, Order 47 Art. 94) mirror this limit; the long technical reviews fit into the Art. 45 excluded time (expert review).",
    ],
  },
  {
    id: 'cn.law.admin-licensing.joint-decision',
    version: '2004-07-01',
    title: { en: 'Licensing handled jointly or centrally by several authorities', zh: '统一办理、联合办理、集中办理的行政许可' },
    jurisdiction: 'CN',
    authority: { en: 'The authorities handling the licence together', zh: '统一、联合或集中办理的行政机关' },
    products: ['any'],
    role: 'review',
    procedure: 'licensing-decision',
    limit: { amount: 45, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Acceptance of the licence application', zh: '受理行政许可申请之日' }, startDayCounts: false },
    stops: [
      {
        reason: 'excluded-time',
        title: {
          en: 'Hearing, tender, auction, inspection, testing, quarantine, appraisal or expert review',
          zh: '听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审',
        },
        effect: { action: 'resume' },
        article: 'Administrative Licensing Law Art. 45',
      },
    ],
    extensionCap: {
      max: { kind: 'amount', amount: 15 },
      article: 'Administrative Licensing Law Art. 42(2)',
      note: {
        en: "With the approval of the head of the people's government at that level, with the reasons told to the applicant.",
        zh: '经本级人民政府负责人批准，可以延长十五日，并应当将延长期限的理由告知申请人。',
      },
    },
    consequence: 'none',
    consequenceNote: NO_DEEMED,
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 42(2)'),
    confidence: 'cited',
    notes: [UNIT_NOTE],
  },
  {
    id: 'cn.law.admin-licensing.lower-level-review',
    version: '2004-07-01',
    title: { en: 'Preliminary review by a lower-level authority before a higher authority decides', zh: '下级行政机关初步审查后报上级决定' },
    jurisdiction: 'CN',
    authority: { en: 'The lower-level authority', zh: '下级行政机关' },
    products: ['any'],
    role: 'stage',
    procedure: 'preliminary-review',
    limit: { amount: 20, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Acceptance of the licence application', zh: '受理行政许可申请之日' }, startDayCounts: false },
    stops: [],
    consequence: 'none',
    consequenceNote: NOT_SPECIFIED,
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 43'),
    confidence: 'cited',
    notes: [UNIT_NOTE],
  },
  {
    id: 'cn.law.admin-licensing.certificate',
    version: '2004-07-01',
    title: { en: 'Issue and deliver the licence after a grant', zh: '作出准予许可决定后颁发、送达许可证件' },
    jurisdiction: 'CN',
    authority: ANY_AUTHORITY,
    products: ['any'],
    role: 'stage',
    procedure: 'certificate',
    limit: { amount: 10, unit: 'working-days', direction: 'after' },
    calendar: 'CN',
    clockStart: { event: { en: 'Date of the decision to grant', zh: '作出准予行政许可决定之日' }, startDayCounts: false },
    stops: [],
    consequence: 'none',
    consequenceNote: NOT_SPECIFIED,
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 44'),
    confidence: 'cited',
    notes: [UNIT_NOTE],
  },
  {
    id: 'cn.law.admin-licensing.renewal.filing',
    version: '2004-07-01',
    title: { en: 'Latest date to apply to renew a time-limited licence (30 days before it expires)', zh: '申请延续行政许可有效期的最后日期（届满三十日前）' },
    jurisdiction: 'CN',
    authority: { en: 'Licence holder', zh: '被许可人' },
    products: ['any'],
    role: 'sponsor-window',
    procedure: 'renewal',
    limit: { amount: 30, unit: 'calendar-days', direction: 'before' },
    calendar: 'CN',
    clockStart: { event: { en: 'Expiry date of the licence', zh: '行政许可有效期届满之日' }, startDayCounts: false },
    stops: [],
    consequence: 'none',
    consequenceNote: {
      en: 'This is the holder’s filing deadline. For an application filed in time the authority decides before the licence expires; if it has not, the renewal counts as granted (逾期未作决定的，视为准予延续).',
      zh: '本日期为被许可人申请延续的最后期限。按期申请的，行政机关应当在有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续。',
    },
    effective: { from: '2004-07-01', to: null },
    source: cite(ALL, 'Art. 50', null),
    confidence: 'unverified',
    notes: [
      'The text of Art. 50 was not verified.',
      'Counted in calendar days: Art. 82 makes the authority’s periods working days, and the holder’s lead time is read as calendar days (unverified). When the day 30 days before expiry is a rest day, the deadline moves to the previous working day (a conservative choice for a period counted backwards).',
    ],
  },
] satisfies Policy[];
