/**
 * `reviewclock add`, `count` and `day`: the working-day engine at the terminal. The commands' arguments, options and
 * help are in `definitions/workday.ts`, which loads this module when one of them runs.
 *
 * @module
 */
import { addWorkingDays, countWorkingDays, dayInfo, dueDate, getPolicy, type Calendar, type DayInfo, type PolicyInput } from '../../index.js';
import { writeJson, type CliContext } from '../context.js';
import { longDate, type Lang } from '../localDate.js';
import { CommandCalendars } from '../calendars.js';
import { answerPastCoverage, markProvisional } from '../provisional.js';
import type { CommonOptions } from '../options.js';
import { readDate, readDays } from '../readers.js';

/** `reviewclock add DATE DAYS`: the DAYS-th working day after (or before) DATE. */
export async function runAdd(dateText: string, daysText: string, options: CommonOptions, context: CliContext): Promise<void> {
  const date = readDate(dateText);
  const days = readDays(daysText);
  const calendars = CommandCalendars.from(options, context.env);
  const answer = answerPastCoverage(calendars, await calendars.forCommand(), (calendar) => addWorkingDays(date, days, { calendar }));
  const result = answer.value;
  const provisional = dependsOnProjection(date, result, answer.calendar);
  markProvisional(context, answer, provisional);
  const range = provisional ? workingDayRange(date, days, answer.calendar) : null;
  if (options.json) return writeJson(context, provisional ? { date: result, provisional, dateRange: range } : { date: result });
  const lang = options.lang ?? 'en';
  context.out(`${context.colors.bold(result)}  ${longDate(result, lang)}${provisionalNote(provisional, lang, range)}\n`);
}

/** `reviewclock count FROM TO`: the working days x with FROM < x <= TO. */
export async function runCount(fromText: string, toText: string, options: CommonOptions, context: CliContext): Promise<void> {
  const from = readDate(fromText);
  const to = readDate(toText);
  const calendars = CommandCalendars.from(options, context.env);
  const answer = answerPastCoverage(calendars, await calendars.forCommand(), (calendar) => countWorkingDays(from, to, { calendar }));
  const count = answer.value;
  const provisional = dependsOnProjection(from, to, answer.calendar);
  markProvisional(context, answer, provisional);
  if (options.json) return writeJson(context, provisional ? { count, provisional } : { count });
  context.out(`${context.colors.bold(String(count))} ${countSentence(count, from, to, options.lang ?? 'en')}${provisionalNote(provisional, options.lang)}\n`);
}

/** `reviewclock day DATE`: what DATE is on the calendar. */
export async function runDay(dateText: string, options: CommonOptions, context: CliContext): Promise<void> {
  const date = readDate(dateText);
  const calendars = CommandCalendars.from(options, context.env);
  const answer = answerPastCoverage(calendars, await calendars.forCommand(), (calendar) => dayInfo(date, { calendar }));
  const info = answer.value;
  markProvisional(context, answer, info.provisional);
  if (options.json) return writeJson(context, info);
  context.out(describeDay(info, options.lang ?? 'en', context));
}

/**
 * Whether an answer spanning two days depends on a projected day. A projection only ever extends a calendar past
 * its published years, so the span depends on one exactly when its later end is projected.
 */
function dependsOnProjection(a: string, b: string, calendar: Calendar): boolean {
  return dayInfo(a > b ? a : b, { calendar }).provisional;
}

function provisionalNote(provisional: boolean, lang: Lang | undefined, range?: { earliest: string; latest: string } | null): string {
  if (!provisional) return '';
  const span = range && range.earliest !== range.latest;
  if (lang === 'zh') return `  （推算结果，尚未公布${span ? `；可能为${range.earliest}至${range.latest}` : ''}）`;
  return `  (provisional: depends on projected days, not yet published${span ? `; possible ${range.earliest} to ${range.latest}` : ''})`;
}

/**
 * The earliest and latest answer of `add` over every arrangement of the projected days: the due date of a limit of
 * `days` working days from `date`, as `dueDate` gives its range.
 */
export function workingDayRange(date: string, days: number, calendar: Calendar): { earliest: string; latest: string } | null {
  if (days === 0) return null;
  const template = getPolicy('cn.nmpa.drug.ind');
  const id = calendar.id.includes('+') ? 'CN' : calendar.id;
  const policy: PolicyInput = {
    ...template,
    id: 'cli.add',
    version: 'cli',
    calendar: id,
    jurisdiction: id,
    limit: { amount: Math.abs(days), unit: 'working-days', direction: days > 0 ? 'after' : 'before' },
    effective: { from: '1901-01-01', to: null },
    stops: [],
  };
  delete (policy as { extensionCap?: unknown }).extensionCap;
  return dueDate({ policy, start: date, calendar, trace: false }).dueRange;
}

function countSentence(count: number, from: string, to: string, lang: Lang): string {
  if (lang === 'zh') {
    return count >= 0 ? `个工作日（${from} 之后至 ${to}，含 ${to}）` : `个工作日（${to} 在 ${from} 之前：${to} 之后至 ${from} 共 ${-count} 个工作日，取负）`;
  }
  const noun = Math.abs(count) === 1 ? 'working day' : 'working days';
  return count >= 0
    ? `${noun} after ${from}, up to and including ${to}`
    : `${noun} (${to} is before ${from}: ${-count} after ${to} up to and including ${from}, negated)`;
}

const KIND_TEXT: Record<Lang, Record<DayInfo['kind'], string>> = {
  en: { workday: 'working day', weekend: 'weekend rest day', holiday: 'holiday rest day', 'makeup-workday': 'make-up working day' },
  zh: { workday: '工作日', weekend: '周末休息日', holiday: '节假日', 'makeup-workday': '调休上班日' },
};

function describeDay(info: DayInfo, lang: Lang, context: CliContext): string {
  const { colors } = context;
  const kind = KIND_TEXT[lang][info.kind];
  const paint = info.working ? (info.kind === 'makeup-workday' ? colors.yellow : colors.green) : colors.red;
  const holiday = info.holiday
    ? lang === 'zh'
      ? `：${info.holiday.nameZh ?? info.holiday.name}`
      : `: ${info.holiday.name}${info.holiday.nameZh ? ` (${info.holiday.nameZh})` : ''}`
    : '';
  const lines = [`${colors.bold(info.date)}  ${longDate(info.date, lang)}`, `${paint(kind)}${holiday}`];
  if (info.provisional) lines.push(lang === 'zh' ? '（推算结果，尚未公布）' : '(provisional: projected, not yet published)');
  if (info.source) {
    const url = info.source.url ? ` ${colors.dim(info.source.url)}` : '';
    lines.push(`${lang === 'zh' ? '来源：' : 'Source: '}${info.source.title}${url}`);
  }
  return `${lines.join('\n')}\n`;
}
