/**
 * What the “Next year's holidays” panel shows of the schedules added: for each, its year and calendar, where it came
 * from, its source, its rest days and make-up working days, the notes of its reading, and a button to remove it.
 *
 * @module
 */
import type { HolidaySchedule, PlainDate } from '../../../src/index.js';
import { daysBetween, weekdayOf } from './dates.js';
import { h, type Child } from './dom.js';
import { strings, type Lang } from './i18n.js';
import { entryYears, type AddedEntry, type AddedSchedule } from './schedules.js';

/** "2027-01-01 (Fri)" or "2027-01-01（周五）". */
function dayText(date: PlainDate, lang: Lang): string {
  const weekday = strings(lang).weekdays[weekdayOf(date) - 1] ?? '';
  return lang === 'zh' ? `${date}（周${weekday}）` : `${date} (${weekday})`;
}

function spanText(span: HolidaySchedule['holidays'][number], lang: Lang): string {
  const t = strings(lang);
  const name = lang === 'zh' ? (span.nameZh ?? span.name) : span.name;
  const days = t.scheduleDays(daysBetween(span.from, span.to) + 1);
  const range = span.from === span.to ? dayText(span.from, lang) : `${dayText(span.from, lang)}${lang === 'zh' ? '至' : ' – '}${dayText(span.to, lang)}`;
  return lang === 'zh' ? `${name}：${range}，${days}` : `${name}: ${range}, ${days}`;
}

/** Only a web address is a link: a schedule is user data, and its "url" could be anything (javascript:…). */
function sourceLink(schedule: HolidaySchedule, lang: Lang): Child[] {
  const t = strings(lang);
  const { title, url } = schedule.source;
  if (/^https?:\/\//i.test(url)) return [h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title)];
  return [title, ' · ', h('span', { class: 'muted' }, url === '' ? t.scheduleNoUrl : url)];
}

function scheduleBlock(item: AddedSchedule, lang: Lang): HTMLElement {
  const t = strings(lang);
  const { schedule } = item;
  return h(
    'div',
    { class: 'added-year', 'data-year': schedule.year, 'data-calendar': item.target },
    h('p', { class: 'added-year-title' }, h('strong', {}, `${schedule.year} · ${t.scheduleCalendars[item.target] ?? item.target}`)),
    h('p', { class: 'added-source' }, `${t.scheduleSource}: `, ...sourceLink(schedule, lang)),
    h('p', { class: 'added-label' }, t.scheduleHolidays),
    schedule.holidays.length === 0
      ? h('p', { class: 'muted' }, t.scheduleNoHolidays)
      : h('ul', { class: 'added-holidays' }, ...schedule.holidays.map((span) => h('li', { 'data-from': span.from, 'data-to': span.to }, spanText(span, lang)))),
    h('p', { class: 'added-label' }, t.scheduleMakeups),
    schedule.makeupWorkdays.length === 0
      ? h('p', { class: 'muted' }, t.scheduleNoMakeups)
      : h('ul', { class: 'added-makeups' }, ...schedule.makeupWorkdays.map((date) => h('li', { 'data-date': date }, dayText(date, lang)))),
  );
}

/**
 * The list items of the added entries.
 *
 * @param onRemove - Called with the entry's index when its Remove button is pressed.
 */
export function addedEntryItems(entries: readonly AddedEntry[], lang: Lang, onRemove: (index: number) => void): HTMLElement[] {
  const t = strings(lang);
  return entries.map((entry, index) => {
    const years = entryYears(entry);
    const remove = h('button', { type: 'button', class: 'remove-schedule', 'data-remove': index }, t.removeSchedule(years));
    remove.addEventListener('click', () => onRemove(index));
    const origin = entry.origin === 'notice' ? t.scheduleOriginNotice : t.scheduleOriginFile(entry.label);
    return h(
      'li',
      { class: 'added-entry', 'data-years': years },
      h('p', { class: 'added-origin muted' }, entry.amends ? `${origin} · ${t.scheduleAmendment}` : origin),
      ...entry.schedules.map((item) => scheduleBlock(item, lang)),
      entry.warnings.length === 0
        ? null
        : h('details', { class: 'added-warnings' }, h('summary', {}, t.scheduleWarnings), h('ul', {}, ...entry.warnings.map((text) => h('li', {}, text)))),
      remove,
    );
  });
}
