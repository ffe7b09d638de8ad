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
  /**
   * A unique, stable id: the same event keeps it in every export, so that calendar apps update it. Two events of one
   * call with the same `uid` are refused. Default: derived from `start`, `end` and `summary` (with `-2`, `-3`… for
   * repeated identical events, never equal to another UID of the file).
   */
  readonly uid?: string | undefined;
  /** Category names, e.g. `['Holiday']`. */
  readonly categories?: readonly string[] | undefined;
  /** Show the time as busy (`TRANSP:OPAQUE`). Default `false`: the event does not block time. */
  readonly busy?: boolean | undefined;
  /**
   * The event's revision, written as `SEQUENCE` (RFC 5545 §3.8.7.4): 0 when first published, higher in each export
   * that changes the event. An integer from 0 to 2147483647. Default: `options.sequence`.
   */
  readonly sequence?: number | undefined;
  /**
   * The day the event was last changed, written as its `DTSTAMP` (midnight UTC). Default: `options.timestamp`. Lets
   * one file hold events of several applications, each with its own revision.
   */
  readonly timestamp?: PlainDate | undefined;
  /** Reminders shown by calendar apps (`VALARM`, RFC 5545 §3.6.6), each on a day of its own. */
  readonly alarms?: readonly IcsAlarm[] | undefined;
}

/**
 * A reminder of an event: a `VALARM` with `ACTION:DISPLAY` that fires at 09:00 China Standard Time (01:00 UTC) on
 * `date`, whatever the time zone of the device showing it.
 */
export interface IcsAlarm {
  /** The day the reminder fires, `'YYYY-MM-DD'` (at 09:00 in China, UTC+8). */
  readonly date: PlainDate;
  /** The text the calendar app shows. */
  readonly description: string;
}

/** Options of {@link eventsToICS}. */
export interface IcsOptions {
  /** The calendar's name (`NAME` of RFC 7986 and `X-WR-CALNAME`). */
  readonly name?: string | undefined;
  /**
   * The creation date written as every event's `DTSTAMP` (midnight UTC). Default: the earliest event's start, so
   * that the same events always give the same file; never the clock. Pass a later date with each export that
   * changes events.
   */
  readonly timestamp?: PlainDate | undefined;
  /**
   * The revision of every event without its own `sequence`, written as `SEQUENCE`: an integer from 0 to 2147483647
   * (RFC 5545 `INTEGER`), default 0. Calendar apps take an event with a higher `SEQUENCE` (then a later `DTSTAMP`) for
   * an update of the one with the same UID; raise it with each export that changes events.
   */
  readonly sequence?: number | undefined;
}

/** `PRODID` of every file reviewclock writes. */
export const ICS_PRODUCT_ID = '-//reviewclock//reviewclock working-day calendar//EN';
const UID_DOMAIN = 'reviewclock';
const FN = 'eventsToICS';
/** 09:00 in China (UTC+8, no daylight saving since 1991) is 01:00 UTC: the time of day every alarm fires. */
const ALARM_TIME_UTC = '010000';
/** The largest RFC 5545 `INTEGER` (§3.3.8). */
const MAX_SEQUENCE = 2147483647;

/**
 * All-day events as an iCalendar file (RFC 5545): one `VEVENT` per event with `DTSTART;VALUE=DATE` and an exclusive
 * `DTEND;VALUE=DATE`, TEXT values escaped, lines folded at 75 octets of UTF-8, CRLF line ends. The output depends
 * only on the input, never on the clock, so exporting twice gives identical files:
 * - `UID`: the event's `uid`, else derived from its start, end and summary. Repeated `uid`s are refused (a UID names
 *   one event); identical events without one get `-2`, `-3`… on their derived UID, skipping any UID already in the
 *   file.
 * - `DTSTAMP`: the event's `timestamp`, else `options.timestamp`, at midnight UTC, else the earliest start.
 * - `SEQUENCE`: the event's `sequence`, else `options.sequence`, else 0.
 * - `VALARM`: one per alarm, `ACTION:DISPLAY` with an absolute `TRIGGER` at 09:00 China time (01:00 UTC) on its day.
 *
 * Calendar apps recognise a changed event by its UID with a higher `SEQUENCE` or, at the same `SEQUENCE`, a later
 * `DTSTAMP` (RFC 5545 §3.8.7.4, RFC 5546 §2.1.5): raise them when an export changes events.
 *
 * @param events - One or more events.
 * @param options - `{ name, timestamp, sequence }`.
 * @returns The file's text.
 * @throws {InvalidDateError} When a date is not a valid `YYYY-MM-DD`.
 * @throws {InvalidArgumentError} When there is no event, an event ends before it starts, two events have the same
 *   `uid`, a sequence is not an integer from 0 to 2147483647, or a field has the wrong type.
 *
 * @example
 * eventsToICS([{ start: '2025-12-25', summary: 'Due: IND 60 working days' }], { name: 'IND deadlines' })
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reviewclock//…\r\n…BEGIN:VEVENT\r\nUID:…@reviewclock\r\n
 * //    DTSTAMP:20251225T000000Z\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20251225\r\nDTEND;VALUE=DATE:20251226\r\n…END:VCALENDAR\r\n'
 *
 * @example
 * // A reminder on Thursday 18 December 2025, at 09:00 in China.
 * eventsToICS([{ start: '2025-12-25', summary: 'Due', alarms: [{ date: '2025-12-18', description: 'IND due in 5 working days' }] }])
 * //=> '…BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:20251218T010000Z\r\nDESCRIPTION:IND due in 5 working days\r\nEND:VALARM\r\n…'
 *
 * @example
 * // The same event exported again after it moved: same UID, later DTSTAMP, higher SEQUENCE.
 * eventsToICS([{ start: '2026-01-19', summary: 'Due', uid: 'ind-due@example.org' }], { timestamp: '2025-11-10', sequence: 2 })
 * //=> '…UID:ind-due@example.org\r\nDTSTAMP:20251110T000000Z\r\nSEQUENCE:2\r\nDTSTART;VALUE=DATE:20260119\r\n…'
 */
export function eventsToICS(events: readonly IcsEvent[], options?: IcsOptions): string {
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidArgumentError(
      `${FN}: expected a non-empty array of events like { start: '2025-12-25', summary: 'Due' }, received ${Array.isArray(events) ? 'an empty array' : describeValue(events)}`,
    );
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new InvalidArgumentError(`${FN}: options must be an object like { name, timestamp, sequence }, received ${describeValue(options)}`);
  }
  const read = denseEntries(`${FN}: events`, events).map((event: unknown, index) => readEvent(event, index));
  const stampDay = options?.timestamp !== undefined
    ? parsePlainDate(`${FN}: options.timestamp`, options.timestamp)
    : Math.min(...read.map((e) => e.startDay));
  const stampOf = (day: number) => `${icsDate(formatDayNumber(day))}T000000Z`;
  const stamp = stampOf(stampDay);
  const sequence = options?.sequence === undefined ? 0 : readSequence(`${FN}: options.sequence`, options.sequence);
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options?.name !== undefined) {
    if (typeof options.name !== 'string') throw new InvalidArgumentError(`${FN}: options.name must be a string, received ${describeValue(options.name)}`);
    lines.push(`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`);
  }
  const uids = assignUids(read);
  read.forEach((event, index) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uids[index]!}`,
      `DTSTAMP:${event.timestampDay === undefined ? stamp : stampOf(event.timestampDay)}`,
      `SEQUENCE:${event.sequence ?? sequence}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(formatDayNumber(event.endDay + 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push(`TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`);
    for (const alarm of event.alarms) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER;VALUE=DATE-TIME:${icsDate(alarm.date)}T${ALARM_TIME_UTC}Z`, `DESCRIPTION:${escapeText(alarm.description)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The UID of each event. Given UIDs are kept and must not repeat: a UID names one event, and renaming one would make
 * calendar apps add a second event instead of updating the first. A derived UID (from start, end and summary) that is
 * already taken, by an identical event before it or by a given UID, gets the first free suffix `-2`, `-3`…, checked
 * against every UID of the file, so no two events ever share one.
 */
function assignUids(events: readonly ReadEvent[]): string[] {
  const given = new Map<string, number>();
  events.forEach((event, index) => {
    if (event.uid === undefined) return;
    const first = given.get(event.uid);
    if (first !== undefined) {
      throw new InvalidArgumentError(
        `${FN}: events[${first}] and events[${index}] have the same uid ${describeValue(event.uid)}; a UID must name one event, so give each event its own uid (or leave it out to have one derived)`,
      );
    }
    given.set(event.uid, index);
  });
  const taken = new Set(given.keys());
  return events.map((event) => {
    if (event.uid !== undefined) return event.uid;
    const base = contentHash(`${event.start}\u0000${event.end}\u0000${event.summary}`);
    let uid = `${base}@${UID_DOMAIN}`;
    for (let n = 2; taken.has(uid); n++) uid = `${base}-${n}@${UID_DOMAIN}`;
    taken.add(uid);
    return uid;
  });
}

/** A `SEQUENCE` value: an integer from 0 to 2147483647 (the RFC 5545 `INTEGER` range). */
function readSequence(label: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEQUENCE) {
    throw new InvalidArgumentError(`${label} must be a whole number from 0 to ${MAX_SEQUENCE} (the revision of the event), received ${describeValue(value)}`);
  }
  return value;
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
  readonly sequence?: number | undefined;
  readonly timestampDay?: number | undefined;
  readonly alarms: readonly IcsAlarm[];
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
    sequence: event['sequence'] === undefined ? undefined : readSequence(`${label}.sequence`, event['sequence']),
    timestampDay: event['timestamp'] === undefined ? undefined : parsePlainDate(`${label}.timestamp`, event['timestamp']),
    alarms: readAlarms(label, event['alarms']),
  };
}

function readAlarms(label: string, value: unknown): IcsAlarm[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`${label}.alarms must be an array like [{ date: '2025-12-18', description: 'Due in 5 working days' }], received ${describeValue(value)}`);
  }
  return denseEntries(`${label}.alarms`, value).map((alarm, index) => {
    const where = `${label}.alarms[${index}]`;
    if (typeof alarm !== 'object' || alarm === null || Array.isArray(alarm)) {
      throw new InvalidArgumentError(`${where} must be an object like { date: '2025-12-18', description: 'Due in 5 working days' }, received ${describeValue(alarm)}`);
    }
    const { date, description } = alarm as Record<string, unknown>;
    const day = parsePlainDate(`${where}.date`, date);
    if (typeof description !== 'string' || !description.trim()) {
      throw new InvalidArgumentError(`${where}.description must be a non-empty string (the text the calendar app shows), received ${describeValue(description)}`);
    }
    return { date: formatDayNumber(day), description };
  });
}
