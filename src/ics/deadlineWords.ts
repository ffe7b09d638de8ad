/**
 * The words of the deadline calendar files (`deadlineToICS`, `deadlinesToICS`) in English and Chinese: event titles,
 * descriptions and reminders. The file's structure (UIDs, dates, `SEQUENCE`) never depends on the language.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
import type { BilingualText, Consequence, LimitUnit } from '../policy/schema.js';

/** The languages of a deadline calendar file: `'en'` (the default) or `'zh'` (Chinese). */
export type IcsLanguage = 'en' | 'zh';

const LANGUAGES: readonly IcsLanguage[] = ['en', 'zh'];

/** Reads the `lang` option: undefined is English. */
export function readIcsLanguage(what: string, value: unknown): IcsLanguage {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)) return value as IcsLanguage;
  throw new InvalidArgumentError(`${what} must be 'en' (English) or 'zh' (Chinese), received ${describeValue(value)}`);
}

/** A policy's fields that events cite. */
interface PolicyFacts {
  readonly id: string;
  readonly version: string;
  readonly title: BilingualText;
  readonly confidence: string;
  readonly source: { readonly document: BilingualText; readonly article: string; readonly articleZh?: string | undefined; readonly url: string | null };
}

/** Every phrase of a deadline calendar file, in one language. */
export interface IcsWords {
  readonly lang: IcsLanguage;
  /** Picks a bilingual text's own language. */
  text(text: BilingualText): string;
  /** Both languages, this one first: `'IND review / 药物临床试验审评'`. */
  both(text: BilingualText): string;
  provisionalTag: string;
  projectedTag: string;
  dayZero(policy: string, event: BilingualText): string;
  startDayCounts(counts: boolean): string;
  stopped(policy: string, reason: string, open: boolean): string;
  stoppedSpan(from: string, to: string | null, days: number): string;
  onResume(effect: 'extend' | 'restart', article: string | null | undefined): string;
  clockStop: string;
  extended(policy: string, from: string, to: string): string;
  extendedBy(numerator: number, denominator: number, rounding: string, article: string): string;
  restarted(policy: string, amount: string): string;
  restartedBecause(amount: string, discarded: number, article: string): string;
  due(policy: string, amount: number, unit: LimitUnit, consequence: Consequence): string;
  about(policy: PolicyFacts, calendar: string, provisional: boolean): string[];
  remindToday(subject: string, due: string): string;
  remindBefore(subject: string, due: string, days: number, calendar: string): string;
  atExpiry(consequence: Consequence): string;
  reminderProvisional: string;
  application(title: string | undefined, id: string | undefined): string;
  deadlineName(policy: string, title: BilingualText, start: string): string;
  timelineName(procedure: { readonly id: string; readonly title: BilingualText } | null, start: string): string;
  stage(index: number, label: BilingualText): string;
  completed: string;
  completedLine(label: BilingualText, late: boolean): string;
  milestoneLine(label: BilingualText, policy: string, at: 'start' | 'due', stage: string): string;
  timelineStart: string;
}

const EN_UNITS: Record<LimitUnit, [string, string]> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

const ZH_UNITS: Record<LimitUnit, string> = {
  'working-days': '个工作日',
  'calendar-days': '个自然日',
  weeks: '周',
  months: '个月',
  years: '年',
};

const CONSEQUENCES: Record<Consequence, BilingualText> = {
  'implied-approval': { en: 'implied approval', zh: '默示许可' },
  'deemed-renewal': { en: 'deemed renewal', zh: '视为准予延续' },
  none: { en: 'none', zh: '无' },
};

const CONFIDENCE_ZH: Record<string, string> = { cited: '已核对出处（cited）', unverified: '未经核实（unverified）' };

const EN: IcsWords = {
  lang: 'en',
  text: (text) => text.en,
  both: (text) => `${text.en} / ${text.zh}`,
  provisionalTag: '(provisional) ',
  projectedTag: ' (projected)',
  dayZero: (policy, event) => `Day 0: ${policy} — ${event.en}`,
  startDayCounts: (counts) => (counts ? 'The start day counts.' : 'Counting starts the next day.'),
  stopped: (policy, reason, open) => `Clock stopped: ${policy} — ${reason}${open ? ' (still stopped)' : ''}`,
  stoppedSpan: (from, to, days) =>
    to === null ? `Stopped on ${from}; not resumed yet.` : `Stopped on ${from}, resumed on ${to}: ${days} working day(s) not counted.`,
  onResume: (effect, article) => `On resume the limit is ${effect === 'extend' ? 'extended' : 'restarted'}${article ? ` (${article})` : ''}.`,
  clockStop: 'clock stop',
  extended: (policy, from, to) => `Limit extended: ${policy} — ${from} → ${to}`,
  extendedBy: (numerator, denominator, rounding, article) =>
    `The limit grew by ${numerator}/${denominator} (${rounding}) when the clock resumed (${article}).`,
  restarted: (policy, amount) => `Clock restarted: ${policy} — new limit ${amount}`,
  restartedBecause: (amount, discarded, article) =>
    `A new limit of ${amount} starts; ${discarded} day(s) counted before no longer count (${article}).`,
  due: (policy, amount, unit, consequence) =>
    `Due: ${policy} — ${amount} ${EN_UNITS[unit][amount === 1 ? 0 : 1]}${consequence === 'none' ? '' : ` (${CONSEQUENCES[consequence].en})`}`,
  about: (policy, calendar, provisional) =>
    [
      EN.both(policy.title),
      `Policy ${policy.id}, version ${policy.version}; counted on the ${calendar} calendar.`,
      `Source: ${policy.source.document.en} (${policy.source.document.zh}), ${policy.source.article}${policy.source.url ? ` ${policy.source.url}` : ''}`,
      `Confidence: ${policy.confidence}.`,
      provisional ? 'Provisional: depends on projected calendar days (projectCalendar), not a published schedule.' : undefined,
    ].filter((line): line is string => line !== undefined),
  remindToday: (subject, due) => `Reminder: ${subject} is due today, ${due}.`,
  remindBefore: (subject, due, days, calendar) =>
    `Reminder: ${subject} is due on ${due}, in ${days} working day${days === 1 ? '' : 's'} (counted on the ${calendar} calendar).`,
  atExpiry: (consequence) => (consequence === 'none' ? '' : ` At expiry: ${CONSEQUENCES[consequence].en}.`),
  reminderProvisional:
    '\nProvisional: the due date depends on projected calendar days (projectCalendar), not a published schedule, so the day of this reminder is provisional too.',
  application: (title, id) => (title === undefined ? `Application id: ${id!}` : `Application: ${title}${id === undefined ? '' : ` (id ${id})`}`),
  deadlineName: (policy, title, start) => `${policy}: ${title.en} (start ${start})`,
  timelineName: (procedure, start) => `${procedure ? `${procedure.id}: ${procedure.title.en}` : 'Timeline'} (start ${start})`,
  stage: (index, label) => `Stage ${index + 1} (${label.en}): `,
  completed: 'completed',
  completedLine: (label, late) => `${label.en} / ${label.zh}: completed${late ? ' after its due date' : ''}.`,
  milestoneLine: (label, policy, at, stage) => `${label.en} / ${label.zh}\nPolicy ${policy}, counted from the ${at} of stage ${stage}.`,
  timelineStart: 'Start',
};

const ZH: IcsWords = {
  lang: 'zh',
  text: (text) => text.zh,
  both: (text) => `${text.zh} / ${text.en}`,
  provisionalTag: '（预测）',
  projectedTag: '（推算）',
  dayZero: (policy, event) => `第0日：${policy} — ${event.zh}`,
  startDayCounts: (counts) => (counts ? '起算当日计入期间。' : '起算当日不计入，自次日开始计算。'),
  stopped: (policy, reason, open) => `计时中止：${policy} — ${reason}${open ? '（仍在中止）' : ''}`,
  stoppedSpan: (from, to, days) =>
    to === null ? `${from}起计时中止，尚未恢复。` : `${from}起计时中止，${to}恢复计时：不计入${days}个工作日。`,
  onResume: (effect, article) => `恢复计时后，时限${effect === 'extend' ? '延长' : '重新起算'}${article ? `（${article}）` : ''}。`,
  clockStop: '计时中止',
  extended: (policy, from, to) => `时限延长：${policy} — ${from} → ${to}`,
  extendedBy: (numerator, denominator, rounding, article) =>
    `恢复计时时，时限延长${numerator}/${denominator}（${ROUNDING_ZH[rounding] ?? rounding}）（${article}）。`,
  restarted: (policy, amount) => `重新计时：${policy} — 新时限${amount}`,
  restartedBecause: (amount, discarded, article) => `重新起算${amount}的时限；此前已计的${discarded}日不再计入（${article}）。`,
  due: (policy, amount, unit, consequence) =>
    `届满：${policy} — ${amount}${ZH_UNITS[unit]}${consequence === 'none' ? '' : `（${CONSEQUENCES[consequence].zh}）`}`,
  about: (policy, calendar, provisional) =>
    [
      ZH.both(policy.title),
      `规则 ${policy.id}，版本 ${policy.version}；按 ${calendar} 日历计算。`,
      `依据：${policy.source.document.zh}（${policy.source.document.en}），${policy.source.articleZh ?? policy.source.article}${policy.source.url ? ` ${policy.source.url}` : ''}`,
      `可信度：${CONFIDENCE_ZH[policy.confidence] ?? policy.confidence}。`,
      provisional ? '预测：依据推算的日历（projectCalendar），而非已公布的放假安排。' : undefined,
    ].filter((line): line is string => line !== undefined),
  remindToday: (subject, due) => `提醒：${subject}今日（${due}）届满。`,
  remindBefore: (subject, due, days, calendar) => `提醒：${subject}将于${due}届满，还有${days}个工作日（按 ${calendar} 日历计算）。`,
  atExpiry: (consequence) => (consequence === 'none' ? '' : `届满后果：${CONSEQUENCES[consequence].zh}。`),
  reminderProvisional: '\n预测：届满日依据推算的日历（projectCalendar），而非已公布的放假安排，本提醒的日期同样是预测。',
  application: (title, id) => (title === undefined ? `申请编号：${id!}` : `申请：${title}${id === undefined ? '' : `（编号 ${id}）`}`),
  deadlineName: (policy, title, start) => `${policy}：${title.zh}（起算日 ${start}）`,
  timelineName: (procedure, start) => `${procedure ? `${procedure.id}：${procedure.title.zh}` : '时间线'}（起算日 ${start}）`,
  stage: (index, label) => `第${index + 1}阶段（${label.zh}）：`,
  completed: '已完成',
  completedLine: (label, late) => `${label.zh} / ${label.en}：已完成${late ? '（晚于届满日）' : ''}。`,
  milestoneLine: (label, policy, at, stage) => `${label.zh} / ${label.en}\n规则 ${policy}，自阶段 ${stage} 的${at === 'start' ? '起算日' : '届满日'}起计算。`,
  timelineStart: '起算',
};

const ROUNDING_ZH: Record<string, string> = { ceil: '向上取整', floor: '向下取整', round: '四舍五入' };

/** The words of one language. */
export function icsWords(lang: IcsLanguage): IcsWords {
  return lang === 'zh' ? ZH : EN;
}
