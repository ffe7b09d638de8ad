/**
 * `reviewclock calendar`: a month (or a year) in the terminal, with rest days, holidays by name, make-up working
 * days, and optionally a deadline's start, counted days, stops and due date. The command's arguments, options and
 * help are in `definitions/calendar.ts`, which loads this module when the command runs.
 *
 * @module
 */
import {
  dayInfo,
  InvalidArgumentError,
  isPlainDate,
  isWorkingDay,
  type Calendar,
  type DayInfo,
  type DeadlineResult,
  type PlainDate,
} from '../../index.js';
import { evaluateDeadline, readAsOf, readStops } from '../deadline.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { readDate } from '../readers.js';
import { shiftDate, type Lang } from '../localDate.js';
import type { CliContext } from '../context.js';
import { drawMonth, legend, type DeadlineMark, type MonthDays } from '../monthGrid.js';
import { CommandCalendars } from '../calendars.js';
import { answerPastCoverage, markProvisional, provisionalDeadlineLines } from '../provisional.js';
import type { CommonOptions } from '../options.js';

/** The options of `calendar`. */
export interface CalendarCommandOptions extends CommonOptions {
  readonly policy?: string;
  readonly start?: string;
  readonly stop?: readonly string[];
  readonly asOf?: string;
}

/**
 * `reviewclock calendar [PERIOD]`: the months as grids, with the deadline of `--policy` and `--start` marked when
 * given (the definition has checked that the arguments ask for one or the other).
 */
export async function runCalendar(period: string | undefined, options: CalendarCommandOptions, context: CliContext): Promise<void> {
  const wantsDeadline = options.policy !== undefined || options.start !== undefined || (options.stop?.length ?? 0) > 0;
  const lang = options.lang ?? 'en';
  const calendars = CommandCalendars.from(options, context.env);
  let shown: Calendar;
  let marks = new Map<PlainDate, DeadlineMark>();
  let summary = '';
  let months = period !== undefined ? readPeriod(period) : [];
  if (wantsDeadline) {
    const answer = await evaluateDeadline(
      {
        policy: options.policy!,
        start: readDate(options.start!),
        stops: readStops(options.stop),
        asOf: readAsOf(options.asOf),
        policies: readTeamPolicies(options.policies),
      },
      calendars,
    );
    const { result, calendar: counted } = answer;
    markProvisional(context, answer, result.provisional);
    shown = counted;
    marks = deadlineMarks(result, counted);
    summary = deadlineSummary(result, marks, lang);
    if (result.provisional) summary += `\n${provisionalDeadlineLines(result, counted, lang).join('\n')}`;
    if (period === undefined) months = monthsBetween(result.start, lastMarked(result, marks));
  } else {
    shown = await calendars.forCommand();
  }
  // Months past the published years are drawn from the projection, and say so.
  const drawn = answerPastCoverage(calendars, shown, (calendar) =>
    months.map(({ year, month }) => drawMonth(monthDays(year, month, calendar), marks, lang, context.colors)),
  );
  const projectedMonths = months.some(({ year, month }) => dayInfo(`${year}-${String(month).padStart(2, '0')}-01`, { calendar: drawn.calendar }).provisional);
  markProvisional(context, drawn, projectedMonths);
  let text = drawn.value.join('\n');
  text += `\n${context.colors.dim(legend(lang, wantsDeadline).trimEnd())}\n`;
  if (projectedMonths && !summary) {
    const hk = drawn.calendar.id === 'HK';
    text += `${
      lang === 'zh'
        ? `（推算结果：所示部分日期尚未公布，系按${hk ? '香港《公众假期条例》' : '放假办法和国务院公布的放假调休原则'}推算）`
        : `(provisional: some days shown are not yet published; projected from ${hk ? "Hong Kong's General Holidays Ordinance" : "the holiday law and the State Council's published principles"})`
    }\n`;
  }
  if (summary) text += `${summary}\n`;
  context.out(text);
}

/**
 * Marks a deadline's days from its trace: the start, each counted working day (each day of a calendar period,
 * with the rest days a roll moves over), each working day the clock was stopped, and the due date. The days marked
 * counted or due are the result's `countedDays`.
 */
export function deadlineMarks(result: DeadlineResult, calendar: Calendar): Map<PlainDate, DeadlineMark> {
  const marks = new Map<PlainDate, DeadlineMark>();
  const options = { calendar };
  /** Marks every day from `from` to `to` (both included; none when `from` is later), or only the working days among them. */
  const markDays = (from: PlainDate, to: PlainDate, mark: DeadlineMark, workingOnly: boolean) => {
    for (let date = from; date <= to; date = shiftDate(date, 1)) {
      if (!workingOnly || isWorkingDay(date, options)) marks.set(date, mark);
    }
  };
  /** The working days between two dates given in either order, both included. */
  const markWorkingDays = (first: PlainDate, last: PlainDate, mark: DeadlineMark) =>
    first <= last ? markDays(first, last, mark, true) : markDays(last, first, mark, true);
  for (const segment of result.trace) {
    if (segment.type === 'counted' && segment.days > 0) markWorkingDays(segment.firstDate, segment.lastDate, 'counted');
    else if (segment.type === 'period') {
      // Every calendar day after the start (a period counted backwards: every day before it).
      if (segment.from <= segment.to) markDays(shiftDate(segment.from, 1), segment.to, 'counted', false);
      else markDays(segment.to, shiftDate(segment.from, -1), 'counted', false);
    } else if (segment.type === 'rolled') {
      // A period ending on a rest day moves to a working day: the rest days it moves over count too, as in
      // countedDays (the day it moves to is the due date, marked below).
      if (segment.from <= segment.to) markDays(segment.from, segment.to, 'counted', false);
      else markDays(segment.to, segment.from, 'counted', false);
    } else if (segment.type === 'stopped') {
      const end = segment.to ?? result.asOf;
      // The day the clock stops is stopped too unless the stop-day reading counts it (results from before that field: counted).
      const first = segment.fromCounted === false ? segment.from : shiftDate(segment.from, 1);
      if (end !== null && end >= first) markWorkingDays(first, end, 'stopped');
    }
  }
  for (const segment of result.trace) if (segment.type === 'start') marks.set(segment.date, 'start');
  if (result.due !== null) marks.set(result.due, 'due');
  return marks;
}

function lastMarked(result: DeadlineResult, marks: ReadonlyMap<PlainDate, DeadlineMark>): PlainDate {
  let last = result.due ?? result.start;
  for (const date of marks.keys()) if (date > last) last = date;
  return last;
}

/** Every month from the one holding `first` to the one holding `last`. */
function monthsBetween(first: PlainDate, last: PlainDate): Array<{ year: number; month: number }> {
  const [from, to] = first <= last ? [first, last] : [last, first];
  const months: Array<{ year: number; month: number }> = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push({ year, month });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function deadlineSummary(result: DeadlineResult, marks: ReadonlyMap<PlainDate, DeadlineMark>, lang: Lang): string {
  let counted = 0;
  let stopped = 0;
  for (const mark of marks.values()) {
    if (mark === 'counted' || mark === 'due') counted++;
    else if (mark === 'stopped') stopped++;
  }
  const id = result.policy.id;
  if (lang === 'zh') {
    const due = result.due === null ? '暂无届满日（计时暂停中）' : `届满日(!) ${result.due}`;
    return `${id}：起算日(>) ${result.start}，${due}；计入(+) ${counted} 日，暂停(=) ${stopped} 个工作日${result.provisional ? '；含推算日期' : ''}`;
  }
  const due = result.due === null ? 'no due date yet (the clock is stopped)' : `due (!) ${result.due}`;
  return `${id}: start (>) ${result.start}, ${due}; ${counted} days counted (+), ${stopped} working days stopped (=)${result.provisional ? '; provisional' : ''}`;
}

/**
 * The months of a period argument.
 *
 * @throws {InvalidArgumentError} For anything but YYYY or YYYY-MM.
 */
function readPeriod(period: string): Array<{ year: number; month: number }> {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  const year = match ? Number(match[1]) : 0;
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match || year < 1 || (month !== undefined && (month < 1 || month > 12))) {
    throw new InvalidArgumentError(
      `calendar: invalid period ${JSON.stringify(period)}, expected a year YYYY (e.g. 2025) or a month YYYY-MM (e.g. 2025-10)`,
    );
  }
  if (month !== undefined) return [{ year, month }];
  return Array.from({ length: 12 }, (_, index) => ({ year, month: index + 1 }));
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** The `dayInfo` of every day of a month (refused by the library outside the calendar's coverage). */
function monthDays(year: number, month: number, calendar: Calendar): MonthDays {
  const days: DayInfo[] = [];
  for (let day = 1; day <= 31; day++) {
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (!isPlainDate(date)) break;
    days.push(dayInfo(date, { calendar }));
  }
  return { year, month, days };
}
