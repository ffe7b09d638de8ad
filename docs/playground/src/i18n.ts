/**
 * The page's words in English and Chinese. Library output (explanations, titles, holiday names) comes from
 * reviewclock in the chosen language; this is only the page's own labels.
 *
 * @module
 */
import type { DeadlineStatus, LimitUnit, PlainDate } from '../../../src/index.js';
import { partsOf, weekdayOf } from './dates.js';

/** The languages of the page. */
export type Lang = 'en' | 'zh';

const en = {
  pageTitle: 'reviewclock playground',
  intro:
    'Review deadlines for drugs and medical devices in China, counted in working days on the official State Council calendar. Pick a rule, enter the start date and any clock stops; the page computes everything in your browser — nothing is sent anywhere.',
  inputsHeading: 'Application',
  policyLegend: 'Review rule (policy)',
  policySearch: 'Search rules',
  policySearchHint: 'Words in the title, id, authority or source, e.g. “IND”, “device class 3”, “优先”.',
  policiesShown: (shown: number, total: number) => `${shown} of ${total} rules shown`,
  noPolicyMatches: (text: string) => `No rule matches “${text}”. Try fewer or other words.`,
  datesLegend: 'Dates',
  start: 'Start date (day 0)',
  startHint: 'The date of the event that starts the clock, e.g. the date on the acceptance notice. It is day 0: counting begins the next day.',
  asOf: '“As of” date (optional)',
  asOfHint: 'Shows where the deadline stands on that day: days used, days left, status.',
  today: 'Today in China',
  clear: 'Clear',
  optionsLegend: 'Options',
  language: 'Language',
  project: 'Count past the published calendars (provisional)',
  projectHint:
    'The mainland calendar has the State Council notices up to 2026. With this on, later years follow the statutory holiday rules and every result that depends on them is marked provisional.',
  stopsLegend: 'Clock stops',
  stopsHint:
    'A stop leaves out the working days after “stopped on” up to and including “resumed on”. Leave “resumed on” empty while the clock is still stopped.',
  noStops: 'No clock stops.',
  addStop: 'Add a clock stop',
  stopLegend: (n: number) => `Stop ${n}`,
  stopFrom: 'Stopped on',
  stopTo: 'Resumed on',
  stopToHint: 'Empty: still stopped',
  stopReason: 'Reason',
  reasonNone: 'Other or not stated (plain pause)',
  removeStop: (n: number) => `Remove stop ${n}`,
  resultHeading: 'Result',
  emptyResult: 'Pick a rule and enter a start date to see the due date.',
  example: 'Show an example: an IND accepted on 26 September 2025',
  due: 'Due date',
  clockStopped: 'Clock stopped — no due date until it resumes',
  status: 'Status',
  statusAsOf: (date: string) => `Status on ${date}`,
  noAsOf: 'Enter an “as of” date to see where the deadline stands.',
  statuses: {
    'not-started': 'Not started (the “as of” date is before the start)',
    running: 'Running',
    stopped: 'Clock stopped',
    'due-today': 'Due today',
    overdue: 'Limit has expired',
  } satisfies Record<DeadlineStatus, string>,
  limitApplied: 'Limit applied',
  counted: 'Counted',
  stopped: 'Stopped (not counted)',
  elapsed: 'Used so far',
  left: 'Left',
  overdueBy: (days: string) => `${days} past the due date`,
  consequence: 'At expiry',
  consequences: { 'implied-approval': 'Implied approval', 'deemed-renewal': 'Deemed renewal', none: 'No deemed outcome' } as Record<string, string>,
  calendar: 'Calendar',
  provisionalTitle: 'Provisional',
  provisional: 'This result depends on days past the published State Council notices. It follows the statutory holiday rules, but the real notice may move holidays and make-up working days: check it again when the notice is out.',
  unverifiedTitle: 'Unverified rule',
  unverified: 'Some part of this rule (its number, unit, start event or article) could not be confirmed in the sources. Treat the result as a lead to check.',
  errorTitle: 'This cannot be computed',
  errorCode: 'Error code',
  unexpectedError: 'Unexpected error (please report it)',
  explanationHeading: 'How it was counted',
  monthHeading: 'Month view',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  startMonth: 'Start',
  dueMonth: 'Due date',
  asOfMonth: '“As of”',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  weekdaysLong: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  restDay: 'rest day',
  makeup: 'Make-up working day',
  dayZero: 'Day 0 (start)',
  dayN: (n: number) => `Day ${n}`,
  dueMark: 'Due',
  stopBegins: 'Clock stops',
  stopEnds: 'Clock resumes',
  stoppedDay: 'Stopped',
  asOfMark: '“As of”',
  notCovered: 'no data',
  legend: 'Key',
  legendItems: {
    counted: 'counted working day (numbered)',
    stopped: 'working day not counted (clock stopped)',
    due: 'due date',
    start: 'start (day 0)',
    holiday: 'public holiday',
    weekend: 'weekend rest day',
    makeup: 'weekend made a working day (调休上班)',
  },
  rule: 'Rule',
  source: 'Source',
  startEvent: 'Clock starts',
  stopReasons: 'Stop reasons it names',
  noStopReasons: 'None (any stop is a plain pause)',
  noStopsAllowed: 'Clock stops apply only to limits counted forward in working days.',
  version: (version: string, from: string, to: string | null) => `version ${version}, in force ${from} to ${to ?? 'now'}`,
  confidence: { cited: 'cited', unverified: 'unverified' } as Record<string, string>,
  notes: 'Notes',
  units: {
    'working-days': ['working day', 'working days'],
    'calendar-days': ['calendar day', 'calendar days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    years: ['year', 'years'],
  } satisfies Record<LimitUnit, [string, string]>,
  before: 'before the start',
  groups: {
    drug: 'Drugs (NMPA / CDE)',
    device: 'Medical devices and IVDs (NMPA / CMDE)',
    licensing: 'Administrative licensing (general law)',
    regional: 'Greater Bay Area and Hong Kong',
  },
  roles: {
    review: 'review limit',
    stage: 'procedural step',
    'sponsor-window': 'applicant’s deadline',
    relative: 'counted back from another deadline',
  } as Record<string, string>,
  reasonEffect: 'Effect',
  stopIncomplete: 'Not counted yet: enter the date the clock stopped.',
};

type Strings = typeof en;

const zh: Strings = {
  pageTitle: 'reviewclock 在线计算',
  intro: '按国务院公布的工作日历，计算中国药品、医疗器械审评审批的法定时限。选择规则，填写起算日和计时中止，即可得出届满日；全部在浏览器本地计算，不发送任何数据。',
  inputsHeading: '申请信息',
  policyLegend: '审评时限规则',
  policySearch: '搜索规则',
  policySearchHint: '输入标题、编号、机构或依据中的词，例如“IND”“临床试验”“优先”。',
  policiesShown: (shown, total) => `显示 ${shown} / ${total} 条规则`,
  noPolicyMatches: (text) => `没有与“${text}”匹配的规则，请减少或更换关键词。`,
  datesLegend: '日期',
  start: '起算日（第0日）',
  startHint: '启动计时的事件发生之日，例如受理通知书载明的日期。该日为第0日，自次日起计算。',
  asOf: '查询日（可选）',
  asOfHint: '显示截至该日的进度：已用天数、剩余天数、状态。',
  today: '中国今天',
  clear: '清除',
  optionsLegend: '选项',
  language: '语言',
  project: '超出已公布日历时按推算计算（临时结果）',
  projectHint: '内地日历收录至2026年的国务院放假通知。勾选后，此后年份按法定节假日规则推算，凡依赖推算日期的结果均标为临时结果。',
  stopsLegend: '计时中止',
  stopsHint: '中止期间，自“中止日”次日起至“恢复日”（含）的工作日不计入时限。仍在中止中的，“恢复日”留空。',
  noStops: '没有计时中止。',
  addStop: '添加计时中止',
  stopLegend: (n) => `中止 ${n}`,
  stopFrom: '中止日',
  stopTo: '恢复日',
  stopToHint: '留空：仍在中止',
  stopReason: '原因',
  reasonNone: '其他或未说明（单纯暂停）',
  removeStop: (n) => `删除中止 ${n}`,
  resultHeading: '计算结果',
  emptyResult: '请选择规则并填写起算日，即可看到届满日。',
  example: '示例：2025年9月26日受理的药物临床试验申请',
  due: '届满日',
  clockStopped: '计时中止中——恢复前无法确定届满日',
  status: '状态',
  statusAsOf: (date) => `${date} 的状态`,
  noAsOf: '填写查询日即可查看时限进度。',
  statuses: {
    'not-started': '尚未开始（查询日早于起算日）',
    running: '计时中',
    stopped: '计时中止',
    'due-today': '今日届满',
    overdue: '时限已届满',
  },
  limitApplied: '适用时限',
  counted: '已计入',
  stopped: '中止（不计入）',
  elapsed: '已用',
  left: '剩余',
  overdueBy: (days) => `已超过届满日 ${days}`,
  consequence: '届满后果',
  consequences: { 'implied-approval': '默示许可', 'deemed-renewal': '视为准予延续', none: '无视为后果' },
  calendar: '日历',
  provisionalTitle: '临时结果',
  provisional: '本结果依赖尚未公布放假通知的日期，系按法定节假日规则推算；实际通知可能调整放假和调休上班日期，通知公布后请重新核对。',
  unverifiedTitle: '未经核实的规则',
  unverified: '该规则的部分内容（时限数值、单位、起算事件或条款）未能在依据中核实，结果仅供参考，请自行核对。',
  errorTitle: '无法计算',
  errorCode: '错误代码',
  unexpectedError: '意外错误（请报告）',
  explanationHeading: '计算过程',
  monthHeading: '月历',
  prevMonth: '上个月',
  nextMonth: '下个月',
  startMonth: '起算日',
  dueMonth: '届满日',
  asOfMonth: '查询日',
  weekdays: ['一', '二', '三', '四', '五', '六', '日'],
  weekdaysLong: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  restDay: '休息日',
  makeup: '调休上班',
  dayZero: '第0日（起算）',
  dayN: (n) => `第${n}日`,
  dueMark: '届满',
  stopBegins: '计时中止',
  stopEnds: '恢复计时',
  stoppedDay: '中止',
  asOfMark: '查询日',
  notCovered: '无数据',
  legend: '图例',
  legendItems: {
    counted: '计入的工作日（带序号）',
    stopped: '中止期间不计入的工作日',
    due: '届满日',
    start: '起算日（第0日）',
    holiday: '法定节假日',
    weekend: '周末休息日',
    makeup: '调休上班的周末',
  },
  rule: '规则',
  source: '依据',
  startEvent: '起算事件',
  stopReasons: '规定的中止原因',
  noStopReasons: '无（任何中止均为单纯暂停）',
  noStopsAllowed: '计时中止仅适用于按工作日向后计算的时限。',
  version: (version, from, to) => `版本 ${version}，施行期间 ${from} 至 ${to ?? '今'}`,
  confidence: { cited: '已引证', unverified: '未核实' },
  notes: '说明',
  units: {
    'working-days': ['个工作日', '个工作日'],
    'calendar-days': ['日', '日'],
    weeks: ['周', '周'],
    months: ['个月', '个月'],
    years: ['年', '年'],
  },
  before: '（起算日之前）',
  groups: {
    drug: '药品（国家药监局／药审中心）',
    device: '医疗器械和体外诊断试剂（国家药监局／器审中心）',
    licensing: '行政许可（一般法律规定）',
    regional: '粤港澳大湾区和香港',
  },
  roles: {
    review: '审评时限',
    stage: '程序环节',
    'sponsor-window': '申请人期限',
    relative: '自另一期限倒推',
  },
  reasonEffect: '效果',
  stopIncomplete: '尚未计入：请填写中止日。',
};

/** The strings of a language. */
export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Thursday, 25 December 2025" or "2025年12月25日 星期四". */
export function longDate(date: PlainDate, lang: Lang): string {
  const { year, month, day } = partsOf(date);
  const weekday = strings(lang).weekdaysLong[weekdayOf(date) - 1] ?? '';
  return lang === 'zh' ? `${year}年${month}月${day}日 ${weekday}` : `${weekday}, ${day} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

/** "December 2025" or "2025年12月". */
export function monthTitle(year: number, month: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

/** "60 working days", "1 year", "60个工作日". */
export function amountText(amount: number, unit: LimitUnit, lang: Lang): string {
  const [one, many] = strings(lang).units[unit];
  return lang === 'zh' ? `${amount}${many}` : `${amount} ${amount === 1 ? one : many}`;
}
