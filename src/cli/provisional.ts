/**
 * Answers that run past the published calendar. The library refuses them (`CalendarCoverageError`); at the terminal,
 * the CLI counts them on the projection instead (the law and the State Council's published principles, see
 * docs/calendar-projection.md), prints them labelled provisional with the exact part first, says which command makes
 * them exact, and exits with status 3 — unless `--project` asked for projected answers (then 0).
 *
 * @module
 */
import { CalendarCoverageError, InvalidArgumentError, dayInfo, projectCalendar, type Calendar, type DeadlineResult } from '../index.js';
import type { CommandCalendars } from './calendars.js';
import type { CliContext } from './context.js';
import { EXIT_OK, EXIT_PROVISIONAL } from './errors.js';
import type { Lang } from './localDate.js';

const projections = new WeakMap<Calendar, Calendar>();

/** The calendar continued past its published years (ten years on, as `--project` without a year). */
function projected(calendar: Calendar): Calendar {
  let result = projections.get(calendar);
  if (!result) {
    result = projectCalendar(calendar);
    projections.set(calendar, result);
  }
  return result;
}

/** True for an error about a day after the calendar's published years (not before them). */
function isPastCoverage(error: unknown, calendar: Calendar): boolean {
  return error instanceof CalendarCoverageError && error.year > Number(calendar.coverage.to.slice(0, 4));
}

/** What {@link answerPastCoverage} found. */
export interface Answer<T> {
  readonly value: T;
  /** The calendar it was counted on (the projection, when `projected`). */
  readonly calendar: Calendar;
  /** True when the CLI projected the calendar itself, because the published years were not enough. */
  readonly projected: boolean;
}

/**
 * Computes an answer on a calendar and, when it needs days past the published years and `--project` was not given,
 * on the projection of that calendar instead.
 *
 * @throws The original `CalendarCoverageError` when the calendar cannot be projected that far (e.g. Hong Kong past
 *   2032), or when the days missing are before the published years.
 */
export function answerPastCoverage<T>(calendars: CommandCalendars, calendar: Calendar, compute: (calendar: Calendar) => T): Answer<T> {
  try {
    return { value: compute(calendar), calendar, projected: false };
  } catch (error) {
    if (calendars.projecting || !isPastCoverage(error, calendar)) throw error;
    let continued: Calendar;
    try {
      continued = projected(calendar);
    } catch (refusal) {
      if (refusal instanceof InvalidArgumentError) throw error;
      throw refusal;
    }
    return { value: compute(continued), calendar: continued, projected: true };
  }
}

/** Sets exit status 3 for an answer the CLI projected itself (a failure already recorded wins). */
export function markProvisional(context: CliContext, answer: { readonly projected: boolean }, provisional: boolean): void {
  if (answer.projected && provisional && context.exitCode === EXIT_OK) context.exitCode = EXIT_PROVISIONAL;
}

/**
 * The first year on or after `fromYear` whose days are projected on a calendar (the year whose notice an answer
 * waits for), or undefined when none is.
 */
export function firstProjectedYear(calendar: Calendar, fromYear: number): number | undefined {
  const lastYear = Number(calendar.coverage.to.slice(0, 4));
  for (let year = Math.max(fromYear, Number(calendar.coverage.from.slice(0, 4))); year <= lastYear; year++) {
    if (dayInfo(`${year}-12-31`, { calendar }).provisional) return year;
  }
  return undefined;
}

/** The command that makes a provisional answer exact, once the year's notice is out. */
export function exactCommand(calendarId: string, year: number, lang: Lang): string {
  const hk = calendarId === 'HK';
  if (lang === 'zh') {
    return hk
      ? `香港${year}年公众假期公布后，将其写成日程文件（"calendar": "HK"）并运行：reviewclock schedule add hk-${year}.json`
      : `国务院办公厅${year}年部分节假日安排的通知公布后，将通知全文粘贴到文件中并运行：reviewclock schedule add notice-${year}.txt`;
  }
  return hk
    ? `Once Hong Kong's general holidays for ${year} are gazetted, write them as a schedule file ("calendar": "HK") and run: reviewclock schedule add hk-${year}.json`
    : `Once the State Council publishes its ${year} holiday notice, paste the notice's text into a file and run: reviewclock schedule add notice-${year}.txt`;
}

/**
 * The lines a provisional deadline starts with at the terminal: the exact part (where the deadline stands on a
 * published `--as-of`), the most likely due date with its range, and the command that makes it exact.
 */
export function provisionalDeadlineLines(result: DeadlineResult, calendar: Calendar, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const fields = result.provisionalFields;
  if (result.status !== null && !fields.includes('status') && result.elapsedDays !== null && result.remainingDays !== null) {
    const when = result.asOf ?? (zh ? '目前' : 'now');
    const stopped = result.status === 'stopped';
    const total = result.elapsedDays + result.remainingDays;
    const working = result.counting === 'working-days';
    const of = working && total === result.limit.amount ? (zh ? `（共${total}个）` : ` of ${total}`) : '';
    const unit = working ? (zh ? '个工作日' : 'working days') : zh ? '个日历日' : 'calendar days';
    lines.push(
      zh
        ? `确定部分（截至${when}，均为已公布日期）：${stopped ? '计时中止' : '计时中'}，已计${result.elapsedDays}${unit}${of}，剩余${result.remainingDays}${unit}。`
        : `Exact${result.asOf ? ` on ${result.asOf}` : ''} (published days only): ${stopped ? 'clock stopped' : 'running'}, ${result.elapsedDays}${of} ${unit} used, ${result.remainingDays} left.`,
    );
  }
  if (result.due !== null && result.dueRange) {
    const { earliest, latest } = result.dueRange;
    lines.push(
      zh
        ? `推算届满日：最可能为${result.due}；${earliest === latest ? '规则允许的各种安排均为同一日期' : `可能在${earliest}至${latest}之间`}（推算，非正式；依据见下文说明）。`
        : `Provisional due date: ${result.due} is the most likely; ${earliest === latest ? 'the same on every arrangement the rules allow' : `possible from ${earliest} to ${latest}`} (projected; the explanation below says from what).`,
    );
  }
  const year = firstProjectedYear(calendar, Number(result.start.slice(0, 4)));
  if (year !== undefined) for (const id of result.calendar.split('+')) lines.push(exactCommand(id, year, lang));
  return lines;
}

/** A short label for a provisional date: `(provisional)`, with the range when it is not one day. */
export function provisionalLabel(lang: Lang, range?: { readonly earliest: string; readonly latest: string } | null): string {
  const span = range && range.earliest !== range.latest ? (lang === 'zh' ? `，可能为${range.earliest}至${range.latest}` : `; possible ${range.earliest} to ${range.latest}`) : '';
  return lang === 'zh' ? `（推算，非正式${span}）` : ` (provisional${span})`;
}
