/**
 * Built-in procedures: the usual chains of stages (acceptance → review → decision → certificate) that
 * `projectTimeline` projects, with the milestones that run alongside them. Plain data, validated by
 * `ProcedureSchema` in the catalog test; every policy id here is in the catalog.
 *
 * @module
 */
import type { Procedure } from '../schema.js';

const ACCEPTANCE = { en: 'Acceptance', zh: '受理' };
const DECISION = { en: 'Approval decision', zh: '审批决定' };
const CERTIFICATE = { en: 'Certificate issued', zh: '颁发证书' };
const TRANSFER = { en: 'Transfer to technical review', zh: '转入技术审评' };
const TECHNICAL_REVIEW = { en: 'Technical review', zh: '技术审评' };

function drugMarketing(id: string, review: string, title: { en: string; zh: string }): Procedure {
  return {
    id,
    title,
    stages: [
      { policy: 'cn.nmpa.drug.acceptance', label: ACCEPTANCE },
      { policy: review, label: TECHNICAL_REVIEW },
      { policy: 'cn.nmpa.drug.approval-decision', label: DECISION },
      { policy: 'cn.nmpa.drug.certificate', label: CERTIFICATE },
    ],
    milestones: [
      { policy: 'cn.nmpa.drug.inspection.launch', label: { en: 'Registration inspection launched', zh: '启动注册核查' }, anchor: { stage: review, at: 'start' } },
      { policy: 'cn.nmpa.drug.inspection.report-due', label: { en: 'Inspection report due', zh: '核查报告送达' }, anchor: { stage: review, at: 'due' } },
      { policy: 'cn.nmpa.drug.testing.report-due', label: { en: 'Testing report due', zh: '检验报告送达' }, anchor: { stage: review, at: 'due' } },
    ],
  };
}

function deviceRegistration(id: string, review: string, title: { en: string; zh: string }, qms: boolean): Procedure {
  return {
    id,
    title,
    stages: [
      { policy: 'cn.nmpa.device.acceptance', label: ACCEPTANCE },
      { policy: 'cn.nmpa.device.transfer-to-review', label: TRANSFER },
      { policy: review, label: TECHNICAL_REVIEW },
      { policy: 'cn.nmpa.device.approval-decision', label: { en: 'Registration decision', zh: '注册决定' } },
      { policy: 'cn.nmpa.device.certificate', label: CERTIFICATE },
    ],
    milestones: [
      { policy: 'cn.nmpa.device.fee-payment', label: { en: 'Registration fee due', zh: '缴费截止' }, anchor: { stage: 'cn.nmpa.device.transfer-to-review', at: 'start' } },
      ...(qms
        ? [
            {
              policy: 'cn.nmpa.device.qms-inspection.notify',
              label: { en: 'QMS inspection requested (domestic Class III)', zh: '通知开展体系核查（境内第三类）' },
              anchor: { stage: 'cn.nmpa.device.transfer-to-review', at: 'start' as const },
            },
          ]
        : []),
    ],
  };
}

export const PROCEDURES = [
  {
    id: 'cn.nmpa.drug.ind.application',
    title: { en: 'Drug clinical trial application (IND)', zh: '药物临床试验申请' },
    stages: [
      { policy: 'cn.nmpa.drug.acceptance', label: ACCEPTANCE },
      { policy: 'cn.nmpa.drug.ind', label: { en: 'Review (implied approval at the end)', zh: '审评（届满默示许可）' } },
    ],
    milestones: [],
  },
  {
    id: 'cn.nmpa.drug.ind.innovative-30.application',
    title: { en: 'Innovative-drug IND through the 30-day channel', zh: '创新药临床试验申请"30日通道"' },
    stages: [
      { policy: 'cn.nmpa.drug.acceptance', label: ACCEPTANCE },
      { policy: 'cn.nmpa.drug.ind.innovative-30', label: { en: '30-working-day review', zh: '30个工作日审评' } },
    ],
    milestones: [
      {
        policy: 'cn.nmpa.drug.ind.innovative-30.switch-notice',
        label: { en: 'Last day for a notice returning the IND to the 60-day route', zh: '转回常规程序告知的最后日期' },
        anchor: { stage: 'cn.nmpa.drug.ind.innovative-30', at: 'start' },
      },
      {
        policy: 'cn.nmpa.drug.ind',
        label: { en: 'Statutory implied approval (60 working days, the backstop)', zh: '法定默示许可（六十个工作日兜底）' },
        anchor: { stage: 'cn.nmpa.drug.ind.innovative-30', at: 'start' },
      },
    ],
  },
  drugMarketing('cn.nmpa.drug.nda.registration', 'cn.nmpa.drug.nda', { en: 'Drug marketing authorisation (NDA/BLA)', zh: '药品上市许可' }),
  drugMarketing('cn.nmpa.drug.nda.priority.registration', 'cn.nmpa.drug.nda.priority', {
    en: 'Drug marketing authorisation under priority review',
    zh: '药品上市许可（优先审评审批）',
  }),
  drugMarketing('cn.nmpa.drug.nda.priority-rare-disease.registration', 'cn.nmpa.drug.nda.priority-rare-disease', {
    en: 'Rare-disease drug marketed abroad, priority review',
    zh: '境外已上市罕见病用药优先审评审批',
  }),
  {
    id: 'cn.nmpa.drug.supplement.approval',
    title: { en: 'Post-approval supplementary application', zh: '上市后补充申请' },
    stages: [
      { policy: 'cn.nmpa.drug.acceptance', label: ACCEPTANCE },
      { policy: 'cn.nmpa.drug.supplement', label: TECHNICAL_REVIEW },
      { policy: 'cn.nmpa.drug.approval-decision', label: DECISION },
      { policy: 'cn.nmpa.drug.certificate', label: { en: 'Approval document issued', zh: '颁发批准证明文件' } },
    ],
    milestones: [],
  },
  deviceRegistration('cn.nmpa.device.class2.registration', 'cn.nmpa.device.class2.review', { en: 'Class II device registration', zh: '第二类医疗器械注册' }, false),
  deviceRegistration('cn.nmpa.device.class3.registration', 'cn.nmpa.device.class3.review', { en: 'Class III device registration', zh: '第三类医疗器械注册' }, true),
  {
    id: 'cn.nmpa.device.ide.application',
    title: { en: 'High-risk Class III device clinical trial application', zh: '第三类高风险医疗器械临床试验申请' },
    stages: [
      { policy: 'cn.nmpa.device.acceptance', label: ACCEPTANCE },
      { policy: 'cn.nmpa.device.transfer-to-review', label: TRANSFER },
      { policy: 'cn.nmpa.device.ide.review', label: TECHNICAL_REVIEW },
    ],
    milestones: [
      {
        policy: 'cn.nmpa.device.ide',
        label: {
          en: 'Implied approval if no decision is notified, at the earliest (60 working days from acceptance and fee payment, counted here from acceptance: it comes as many working days later as the fee is paid after acceptance)',
          zh: '逾期未通知视为同意的最早日期（自受理并缴费之日起六十个工作日；此处自受理之日起算，缴费晚于受理几个工作日即相应推后几日）',
        },
        anchor: { stage: 'cn.nmpa.device.transfer-to-review', at: 'start' },
      },
      { policy: 'cn.nmpa.device.fee-payment', label: { en: 'Registration fee due', zh: '缴费截止' }, anchor: { stage: 'cn.nmpa.device.transfer-to-review', at: 'start' } },
    ],
  },
] satisfies Procedure[];
