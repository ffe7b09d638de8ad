/**
 * The month view: a table of weeks (Monday first, as calendars in China are printed) in which every day says what
 * it is — rest day, public holiday by name, make-up working day — and what the deadline makes of it.
 *
 * @module
 */
import { dayInfo, type Calendar, type DayInfo, type PlainDate } from '../../../src/index.js';
import { dateOf, daysInMonth, weekdayOf, type YearMonth } from './dates.js';
import { h, type Child } from './dom.js';
import { monthTitle, strings, type Lang } from './i18n.js';
import type { DayMarks } from './marks.js';

/** What the month view draws. */
export interface MonthViewInput {
  readonly month: YearMonth;
  readonly calendar: Calendar;
  readonly marks: ReadonlyMap<PlainDate, DayMarks>;
  readonly lang: Lang;
}

/** The month as a table, and the coverage error of its days outside the calendar, if any. */
export function monthTable({ month, calendar, marks, lang }: MonthViewInput): { table: HTMLTableElement; coverageMessage: string | null } {
  const t = strings(lang);
  let coverageMessage: string | null = null;
  const days = daysInMonth(month.year, month.month);
  const cells: HTMLTableCellElement[] = [];
  for (let blank = 1; blank < weekdayOf(dateOf(month.year, month.month, 1)); blank++) cells.push(h('td', { class: 'day outside' }));
  for (let day = 1; day <= days; day++) {
    const date = dateOf(month.year, month.month, day);
    let info: DayInfo | null = null;
    try {
      info = dayInfo(date, { calendar });
    } catch (error) {
      coverageMessage ??= error instanceof Error ? error.message : String(error);
    }
    cells.push(dayCell(date, day, info, marks.get(date), lang));
  }
  while (cells.length % 7 !== 0) cells.push(h('td', { class: 'day outside' }));
  const rows: HTMLTableRowElement[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(h('tr', {}, ...cells.slice(i, i + 7)));
  const table = h(
    'table',
    { class: 'month', id: 'month-table' },
    h('caption', {}, monthTitle(month.year, month.month, lang)),
    h(
      'thead',
      {},
      h('tr', {}, ...t.weekdays.map((name, index) => h('th', { scope: 'col', abbr: t.weekdaysLong[index], class: index >= 5 ? 'weekend' : null }, name))),
    ),
    h('tbody', {}, ...rows),
  );
  return { table, coverageMessage };
}

function dayCell(date: PlainDate, day: number, info: DayInfo | null, marks: DayMarks | undefined, lang: Lang): HTMLTableCellElement {
  const t = strings(lang);
  const classes = ['day'];
  const notes: Child[] = [];
  if (info === null) {
    classes.push('uncovered');
    notes.push(h('span', { class: 'kind' }, t.notCovered));
  } else {
    classes.push(info.kind);
    if (info.provisional) classes.push('provisional');
    if (info.kind === 'holiday' && info.holiday) {
      const name = lang === 'zh' ? (info.holiday.nameZh ?? info.holiday.name) : info.holiday.name;
      notes.push(h('span', { class: 'kind' }, name));
    } else if (info.kind === 'makeup-workday') {
      notes.push(h('span', { class: 'kind' }, t.makeup));
    } else if (info.kind === 'weekend') {
      notes.push(h('span', { class: 'visually-hidden' }, t.restDay));
    }
  }
  if (marks) {
    if (marks.start) {
      classes.push('mark-start');
      notes.push(h('span', { class: 'mark' }, t.dayZero));
    }
    if (marks.counted !== undefined) {
      classes.push('mark-counted');
      if (!marks.due) notes.push(h('span', { class: 'mark' }, t.dayN(marks.counted)));
    }
    if (marks.stopBegins) notes.push(h('span', { class: 'mark' }, t.stopBegins));
    if (marks.stopped) {
      classes.push('mark-stopped');
      notes.push(h('span', { class: 'mark' }, t.stoppedDay));
    }
    if (marks.stopEnds) notes.push(h('span', { class: 'mark' }, t.stopEnds));
    if (marks.due) {
      classes.push('mark-due');
      notes.push(h('span', { class: 'mark mark-due-label' }, marks.counted !== undefined ? `${t.dueMark} · ${t.dayN(marks.counted)}` : t.dueMark));
    }
    if (marks.asOf) {
      classes.push('mark-asof');
      notes.push(h('span', { class: 'mark' }, t.asOfMark));
    }
  }
  return h('td', { class: classes.join(' '), 'data-date': date }, h('span', { class: 'number' }, day), ...notes);
}

/** The key to the month view's colours and marks. */
export function monthLegend(lang: Lang): HTMLElement {
  const t = strings(lang);
  const items: Array<[string, string]> = [
    ['start', t.legendItems.start],
    ['counted', t.legendItems.counted],
    ['stopped', t.legendItems.stopped],
    ['due', t.legendItems.due],
    ['holiday', t.legendItems.holiday],
    ['weekend', t.legendItems.weekend],
    ['makeup', t.legendItems.makeup],
  ];
  return h(
    'div',
    { class: 'legend' },
    h('h3', { class: 'legend-title' }, t.legend),
    h('ul', {}, ...items.map(([key, text]) => h('li', {}, h('span', { class: `swatch swatch-${key}`, 'aria-hidden': 'true' }), text))),
  );
}
