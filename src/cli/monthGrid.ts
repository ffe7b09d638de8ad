/**
 * A month as a grid of weeks (Monday first, as calendars in China are printed), with each day's kind and, for a
 * deadline, its marks. The same characters are printed with and without colours, so that a pipe or `NO_COLOR`
 * loses nothing but the colours.
 *
 * Each day is five columns: the day of the month, a kind mark (`h` holiday, `.` weekend, `w` make-up working day,
 * blank for an ordinary working day) and a deadline mark (`>` start, `+` counted, `=` clock stopped, `!` due).
 *
 * @module
 */
import type { DayInfo, PlainDate } from '../index.js';
import type { Palette } from './color.js';
import { monthTitle, shortDate, type Lang } from './localDate.js';

/** What a deadline makes of a day. */
export type DeadlineMark = 'start' | 'counted' | 'stopped' | 'due';

const KIND_MARK: Record<DayInfo['kind'], string> = { workday: ' ', weekend: '.', holiday: 'h', 'makeup-workday': 'w' };
const DEADLINE_MARK: Record<DeadlineMark, string> = { start: '>', counted: '+', stopped: '=', due: '!' };

const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Mon  ', 'Tue  ', 'Wed  ', 'Thu  ', 'Fri  ', 'Sat  ', 'Sun  '],
  zh: [' 一  ', ' 二  ', ' 三  ', ' 四  ', ' 五  ', ' 六  ', ' 日  '],
};

/** A month to draw: its days in order, from the 1st. */
export interface MonthDays {
  readonly year: number;
  readonly month: number;
  readonly days: readonly DayInfo[];
}

/**
 * Draws one month.
 *
 * @param month - The month and the `dayInfo` of each of its days.
 * @param marks - Deadline marks by date (may be empty).
 * @param lang - Language of the titles and holiday names.
 * @param colors - The palette (identity functions when colours are off).
 * @returns Lines of text, each ending with `\n`: title, weekday header, weeks, then the holidays and make-up
 *   working days of the month by name.
 */
export function drawMonth(month: MonthDays, marks: ReadonlyMap<PlainDate, DeadlineMark>, lang: Lang, colors: Palette): string {
  const width = 7 * 5;
  const title = monthTitle(month.year, month.month, lang);
  const titleWidth = lang === 'zh' ? title.length + 2 : title.length; // 年 and 月 take two columns each
  let text = `${' '.repeat(Math.max(0, Math.floor((width - titleWidth) / 2)))}${colors.bold(title)}\n`;
  // Colour codes go around the visible characters only, so that trimming the line ends works the same either way.
  text += `${WEEKDAYS[lang].map((name, index) => (index >= 5 ? colors.dim(name.trimEnd()) + name.slice(name.trimEnd().length) : name)).join('').trimEnd()}\n`;
  const firstWeekday = month.days[0]?.weekday ?? 1;
  let line = '     '.repeat(firstWeekday - 1);
  for (const info of month.days) {
    line += drawDay(info, marks.get(info.date), colors);
    if (info.weekday === 7) {
      text += `${line.trimEnd()}\n`;
      line = '';
    }
  }
  if (line) text += `${line.trimEnd()}\n`;
  for (const note of monthNotes(month.days, lang)) text += `  ${note}\n`;
  return text;
}

function drawDay(info: DayInfo, mark: DeadlineMark | undefined, colors: Palette): string {
  const day = Number(info.date.slice(8));
  const number = day < 10 ? ` ${day}` : `${day}`;
  const kind = KIND_MARK[info.kind];
  let cell = mark ? `${number}${kind}${DEADLINE_MARK[mark]}` : `${number}${kind}`.trimEnd();
  const padding = ' '.repeat(5 - cell.length);
  if (mark === 'due') cell = colors.inverse(colors.bold(cell));
  else if (mark === 'start') cell = colors.cyan(colors.bold(cell));
  else if (mark === 'counted') cell = colors.green(cell);
  else if (mark === 'stopped') cell = colors.magenta(cell);
  else if (info.kind === 'holiday') cell = colors.red(cell);
  else if (info.kind === 'weekend') cell = colors.dim(cell);
  else if (info.kind === 'makeup-workday') cell = colors.yellow(cell);
  return `${cell}${padding}`;
}

/** The holidays of the month by name (runs of days) and its make-up working days. */
function monthNotes(days: readonly DayInfo[], lang: Lang): string[] {
  const notes: string[] = [];
  let index = 0;
  while (index < days.length) {
    const info = days[index]!;
    if (info.kind === 'holiday' && info.holiday) {
      const name = info.holiday;
      let end = index;
      while (
        end + 1 < days.length &&
        days[end + 1]!.kind === 'holiday' &&
        days[end + 1]!.holiday?.name === name.name &&
        days[end + 1]!.holiday?.nameZh === name.nameZh
      ) {
        end++;
      }
      const span = end > index ? `${shortDate(info.date, lang)}–${shortDate(days[end]!.date, lang)}` : shortDate(info.date, lang);
      const label = lang === 'zh' ? (name.nameZh ?? name.name) : `${name.name}${name.nameZh ? ` (${name.nameZh})` : ''}`;
      notes.push(`h ${span}  ${label}${info.provisional ? (lang === 'zh' ? '（推算）' : ' (provisional)') : ''}`);
      index = end + 1;
      continue;
    }
    if (info.kind === 'makeup-workday') {
      notes.push(`w ${shortDate(info.date, lang)}  ${lang === 'zh' ? '调休上班' : 'make-up working day'}`);
    }
    index++;
  }
  return notes;
}

/** The legend for the marks, one line. */
export function legend(lang: Lang, withDeadline: boolean): string {
  const kinds =
    lang === 'zh' ? 'h 节假日  . 周末  w 调休上班' : 'h holiday  . weekend  w make-up working day';
  const deadline =
    lang === 'zh' ? '  > 起算日（第0日）  + 计入  = 暂停计时  ! 届满日' : '  > start (day 0)  + counted  = clock stopped  ! due';
  return `${kinds}${withDeadline ? deadline : ''}\n`;
}
