/**
 * `calendarToICS`: a year of a working-day calendar (rest days and make-up working days) as an iCalendar file.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
import { dayNumberFromParts, formatDayNumber } from '../date/plainDate.js';
import { KIND_HOLIDAY, KIND_MAKEUP, coverageError, type Calendar } from '../calendar/Calendar.js';
import { readCalendar } from '../calendar/derive.js';
import type { CalendarSource, HolidayName } from '../calendar/types.js';
import { eventsToICS, type IcsEvent } from './eventsToICS.js';
import { icsDate } from './icsText.js';

const FN = 'calendarToICS';

/**
 * The rest days (holidays) and make-up working days of one year of a calendar as an iCalendar file (RFC 5545):
 * one all-day event per run of consecutive days of the same holiday (weekends inside the run included, the whole
 * run even where it crosses into the next or previous year) and one per make-up working day. Ordinary Saturdays and
 * Sundays are not listed. Each event names the holiday in English and Chinese and cites its source; projected days
 * (from `projectCalendar`) are labelled provisional. UIDs are derived from the calendar id, the kind and the first
 * day, so a file exported again after a correction updates the same events. `DTSTAMP` is 1 January of the year
 * (never the clock); `SEQUENCE` is 0 for a provisional event and 1 for a published one, so that once the year's
 * notice is published, its file replaces the projected events that share a UID in calendar apps.
 *
 * @param calendar - The calendar, e.g. `CN` or `HK`.
 * @param year - A year the calendar covers in full.
 * @returns The file's text (CRLF line ends, folded lines).
 * @throws {CalendarCoverageError} When the calendar does not cover the whole year.
 * @throws {InvalidArgumentError} When `year` is not an integer or `calendar` is not a calendar.
 *
 * @example
 * const ics = calendarToICS(CN, 2026);
 * ics.split('\r\n').filter((line) => line.startsWith('SUMMARY:')).slice(0, 2)
 * //=> ['SUMMARY:元旦 New Year\'s Day (rest days)', 'SUMMARY:调休上班 Make-up working day']
 */
export function calendarToICS(calendar: Calendar, year: number): string {
  const cal = readCalendar(FN, calendar);
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) {
    throw new InvalidArgumentError(`${FN}: year must be a whole year like 2026, received ${describeValue(year)}`);
  }
  const tables = cal.tables;
  const yearFirst = dayNumberFromParts(year, 1, 1);
  const yearLast = dayNumberFromParts(year, 12, 31);
  if (yearFirst < tables.first || yearLast > tables.last) {
    throw coverageError(FN, cal, `the year ${year}`, year);
  }
  const at = (day: number) => day - tables.first;
  const events: IcsEvent[] = [];
  const idPrefix = cal.id.replace(/[^A-Za-z0-9+_.-]/g, '_');
  for (let day = yearFirst; day <= yearLast; day++) {
    const i = at(day);
    const kind = tables.kinds[i];
    if (kind === KIND_MAKEUP) {
      const date = formatDayNumber(day);
      const provisional = tables.provisional?.[i] === 1;
      events.push({
        start: date,
        summary: `${labelOf(provisional)}调休上班 Make-up working day`,
        description: describe(cal, sourceAt(tables.sources, tables.sourceRefs[i]!), provisional, 'A Saturday or Sunday that is a working day.'),
        uid: `${idPrefix}-makeup-${icsDate(date)}@reviewclock`,
        categories: ['Make-up working day'],
        sequence: sequenceOf(provisional),
      });
      continue;
    }
    if (kind !== KIND_HOLIDAY) continue;
    const ref = tables.holidayRefs[i]!;
    const provisional = tables.provisional?.[i] === 1;
    const sameHoliday = (other: number): boolean => {
      const j = at(other);
      return tables.kinds[j] === KIND_HOLIDAY && tables.holidayRefs[j] === ref && (tables.provisional?.[j] === 1) === provisional;
    };
    // A run of the same holiday, whole even where it crosses a year end.
    let start = day;
    if (day === yearFirst) while (start - 1 >= tables.first && sameHoliday(start - 1)) start--;
    let end = day;
    while (end + 1 <= tables.last && sameHoliday(end + 1)) end++;
    const holiday: HolidayName | undefined = ref ? tables.holidays[ref - 1] : undefined;
    const title = holiday ? `${holiday.nameZh ? `${holiday.nameZh} ` : ''}${holiday.name}` : 'Rest day';
    events.push({
      start: formatDayNumber(start),
      end: formatDayNumber(end),
      summary: `${labelOf(provisional)}${title} (rest day${end > start ? 's' : ''})`,
      description: describe(cal, sourceAt(tables.sources, tables.sourceRefs[i]!), provisional, 'Not a working day.'),
      uid: `${idPrefix}-holiday-${icsDate(formatDayNumber(start))}@reviewclock`,
      categories: ['Holiday'],
      sequence: sequenceOf(provisional),
    });
    day = end;
  }
  if (events.length === 0) {
    throw new InvalidArgumentError(`${FN}: the ${cal.id} calendar has no rest day or make-up working day in ${year}, so there is nothing to export`);
  }
  return eventsToICS(events, {
    name: `${cal.id} ${year}: rest days and make-up working days`,
    timestamp: `${year}-01-01`,
  });
}

/** A projected event is the first revision (0); the published one that replaces it, the next (1). */
function sequenceOf(provisional: boolean): number {
  return provisional ? 0 : 1;
}

function labelOf(provisional: boolean): string {
  return provisional ? '(provisional) ' : '';
}

function sourceAt(sources: readonly CalendarSource[], ref: number): CalendarSource | undefined {
  return ref ? sources[ref - 1] : undefined;
}

function describe(calendar: Calendar, source: CalendarSource | undefined, provisional: boolean, what: string): string {
  return [
    `${what} Calendar: ${calendar.id}.`,
    provisional ? 'Provisional: projected from a standing rule, not from a published schedule.' : undefined,
    source ? `Source: ${source.title}${source.url ? ` ${source.url}` : ''}` : undefined,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}
