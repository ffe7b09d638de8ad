/**
 * `eventsToICS`: all-day events as an iCalendar (RFC 5545) file.
 *
 * @module
 */
import { InvalidArgumentError, denseEntries, describeValue } from '../errors.js';
import { formatDayNumber, parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { CRLF, contentHash, escapeText, foldLine, icsDate } from './icsText.js';

/** One all-day event. */
export interface IcsEvent {
  /** The first day, `'YYYY-MM-DD'`. */
  readonly start: PlainDate;
  /** The last day, included (default: `start`, a one-day event). Written as the exclusive `DTEND` of RFC 5545. */
  readonly end?: PlainDate | undefined;
  /** The title. */
  readonly summary: string;
  /** Free text. */
  readonly description?: string | undefined;
  /** A unique, stable id; default: derived from `start`, `end` and `summary`. */
  readonly uid?: string | undefined;
  /** Category names, e.g. `['Holiday']`. */
  readonly categories?: readonly string[] | undefined;
  /** Show the time as busy (`TRANSP:OPAQUE`). Default `false`: the event does not block time. */
  readonly busy?: boolean | undefined;
}

/** Options of {@link eventsToICS}. */
export interface IcsOptions {
  /** The calendar's name (`NAME` of RFC 7986 and `X-WR-CALNAME`). */
  readonly name?: string | undefined;
  /**
   * The creation date written as every event's `DTSTAMP` (midnight UTC). Default: the earliest event's start, so
   * that the same events always give the same file; never the clock.
   */
  readonly timestamp?: PlainDate | undefined;
}

/** `PRODID` of every file reviewclock writes. */
export const ICS_PRODUCT_ID = '-//reviewclock//reviewclock working-day calendar//EN';
const UID_DOMAIN = 'reviewclock';
const FN = 'eventsToICS';

/**
 * All-day events as an iCalendar file (RFC 5545): one `VEVENT` per event with `DTSTART;VALUE=DATE` and an exclusive
 * `DTEND;VALUE=DATE`, TEXT values escaped, lines folded at 75 octets of UTF-8, CRLF line ends. The output depends
 * only on the input: UIDs are derived from the events and `DTSTAMP` from their dates, so exporting twice gives
 * identical files and calendar apps update events instead of duplicating them.
 *
 * @param events - One or more events.
 * @param options - `{ name, timestamp }`.
 * @returns The file's text.
 * @throws {InvalidDateError} When a date is not a valid `YYYY-MM-DD`.
 * @throws {InvalidArgumentError} When there is no event, an event ends before it starts, or a field has the
 *   wrong type.
 *
 * @example
 * eventsToICS([{ start: '2025-12-25', summary: 'Due: IND 60 working days' }], { name: 'IND deadlines' })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reviewclock//…\r\n…BEGIN:VEVENT\r\nUID:…@reviewclock\r\n
 * //    DTSTAMP:20251225T000000Z\r\nDTSTART;VALUE=DATE:20251225\r\nDTEND;VALUE=DATE:20251226\r\n…END:VCALENDAR\r\n'
 */
export function eventsToICS(events: readonly IcsEvent[], options?: IcsOptions): string {
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidArgumentError(
      `${FN}: expected a non-empty array of events like { start: '2025-12-25', summary: 'Due' }, received ${Array.isArray(events) ? 'an empty array' : describeValue(events)}`,
    );
  }
  const read = denseEntries(`${FN}: events`, events).map((event: unknown, index) => readEvent(event, index));
  const stampDay = options?.timestamp !== undefined
    ? parsePlainDate(`${FN}: options.timestamp`, options.timestamp)
    : Math.min(...read.map((e) => e.startDay));
  const stamp = `${icsDate(formatDayNumber(stampDay))}T000000Z`;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options?.name !== undefined) {
    if (typeof options.name !== 'string') throw new InvalidArgumentError(`${FN}: options.name must be a string, received ${describeValue(options.name)}`);
    lines.push(`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`);
  }
  const seen = new Map<string, number>();
  for (const event of read) {
    let uid = event.uid ?? `${contentHash(`${event.start}\u0000${event.end}\u0000${event.summary}`)}@${UID_DOMAIN}`;
    const repeats = seen.get(uid) ?? 0;
    seen.set(uid, repeats + 1);
    if (repeats) uid = uid.replace(/(@|$)/, `-${repeats + 1}$1`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(formatDayNumber(event.endDay + 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push(`TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

interface ReadEvent {
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly startDay: number;
  readonly endDay: number;
  readonly summary: string;
  readonly description?: string | undefined;
  readonly uid?: string | undefined;
  readonly categories?: readonly string[] | undefined;
  readonly busy: boolean;
}

function readEvent(value: unknown, index: number): ReadEvent {
  const label = `${FN}: events[${index}]`;
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(`${label} must be an object like { start: '2025-12-25', summary: 'Due' }, received ${describeValue(value)}`);
  }
  const event = value as Record<string, unknown>;
  const startDay = parsePlainDate(`${label}.start`, event['start']);
  const endDay = event['end'] === undefined ? startDay : parsePlainDate(`${label}.end`, event['end']);
  if (endDay < startDay) {
    throw new InvalidArgumentError(`${label}: end ${event['end'] as string} is before start ${event['start'] as string}; end is the last day, included`);
  }
  const summary = event['summary'];
  if (typeof summary !== 'string' || !summary.trim()) {
    throw new InvalidArgumentError(`${label}.summary must be a non-empty string, received ${describeValue(summary)}`);
  }
  for (const key of ['description', 'uid'] as const) {
    const text = event[key];
    if (text !== undefined && typeof text !== 'string') {
      throw new InvalidArgumentError(`${label}.${key} must be a string, received ${describeValue(text)}`);
    }
  }
  const uid = event['uid'] as string | undefined;
  if (uid !== undefined && (!uid.trim() || /[\r\n]/.test(uid))) {
    throw new InvalidArgumentError(`${label}.uid must be a non-empty single-line string, received ${describeValue(uid)}`);
  }
  const categories = event['categories'];
  if (categories !== undefined && (!Array.isArray(categories) || denseEntries(`${label}.categories`, categories).some((c) => typeof c !== 'string' || !c.trim()))) {
    throw new InvalidArgumentError(`${label}.categories must be an array of non-empty strings, received ${describeValue(categories)}`);
  }
  return {
    start: formatDayNumber(startDay),
    end: formatDayNumber(endDay),
    startDay,
    endDay,
    summary,
    description: event['description'] as string | undefined,
    uid,
    categories: categories as string[] | undefined,
    busy: event['busy'] === true,
  };
}
