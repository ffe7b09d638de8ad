/**
 * `deadlinesToICS`: the deadlines of many applications (a portfolio) as one iCalendar file.
 *
 * @module
 */
import { InvalidArgumentError, denseEntries, describeValue } from '../errors.js';
import type { DeadlineResult } from '../deadline/types.js';
import type { TimelineResult } from '../deadline/projectTimeline.js';
import { readLine, readReminder, readStrictObject, type IcsReminder } from './deadlineOptions.js';
import { readApplication, resultEvents } from './deadlineToICS.js';
import { eventsToICS, type IcsEvent } from './eventsToICS.js';
import { icsWords, readIcsLanguage, type IcsLanguage } from './deadlineWords.js';

const FN = 'deadlinesToICS';

/** One application of {@link deadlinesToICS}: its result, and the title and id {@link deadlineToICS} takes as options. */
export interface DeadlineIcsEntry {
  /** A result of `dueDate` (with its trace: not `trace: false`) or of `projectTimeline`. */
  readonly result: DeadlineResult | TimelineResult;
  /** The application's name, leading the title of each of its events, e.g. `'ABC-123 IND'`. Not part of the UIDs. */
  readonly title?: string | undefined;
  /** The application's stable id: part of its events' UIDs. No two entries may have the same id. */
  readonly id?: string | undefined;
}

/** Options of {@link deadlinesToICS}. */
export interface DeadlinesIcsOptions {
  /** The calendar's name (`NAME` and `X-WR-CALNAME`), e.g. `'Regulatory deadlines'`. */
  readonly name?: string | undefined;
  /**
   * Reminders before every due date, as in {@link deadlineToICS}; with `calendars: [CN, HK]` when the deadlines are
   * counted on different calendars (each entry's reminders are counted on the calendar with its result's id).
   */
  readonly remind?: IcsReminder | undefined;
  /** The language of the titles, descriptions and reminders, as in {@link deadlineToICS}: `'en'` (default) or `'zh'`. */
  readonly lang?: IcsLanguage | undefined;
}

/**
 * The deadlines of many applications in one iCalendar file (RFC 5545): each entry's events exactly as
 * {@link deadlineToICS} writes them with its `title` and `id` (the same UIDs, so a portfolio file and the files of
 * single applications update the same events), each event with the `SEQUENCE` and `DTSTAMP` of its own
 * application's facts, so that a new fact in one application updates its events and leaves the others as they are.
 *
 * Give every entry an `id` (the application's stable id: a file number, a database key). Two entries with the same
 * id are refused, and so are two entries without one whose events would share UIDs (the same policy and start).
 *
 * @param entries - One or more `{ result, title?, id? }`.
 * @param options - `{ name?, remind?: { workingDays, calendar } or { workingDays, calendars: [CN, HK] }, lang? }`.
 * @returns The file's text (CRLF line ends, folded lines).
 * @throws {InvalidArgumentError} When there is no entry, an entry or option is of the wrong shape, type or value
 *   (see {@link deadlineToICS}), two entries have the same id, or two entries without an id would share UIDs.
 * @throws {CalendarRequiredError} When reminders are asked for and no calendar given is the one an entry was
 *   counted on.
 * @throws {CalendarCoverageError} When a reminder day lies before its calendar's coverage.
 *
 * @example
 * const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
 * const nda = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03' });
 * const ics = deadlinesToICS(
 *   [{ result: ind, title: 'ABC-123 IND', id: 'ABC-123' }, { result: nda, title: 'XYZ-7 NDA', id: 'XYZ-7' }],
 *   { name: 'Regulatory deadlines', remind: { workingDays: 5, calendar: CN } },
 * );
 * ics.replaceAll('\r\n ', '').split('\r\n').filter((line) => line.startsWith('SUMMARY:') && line.includes('Due:'))
 * //=> ['SUMMARY:ABC-123 IND — Due: cn.nmpa.drug.ind — 60 working days (implied approval)',
 * //    'SUMMARY:XYZ-7 NDA — Due: cn.nmpa.drug.nda — 200 working days']
 *
 * @example
 * // Mainland and Hong Kong deadlines: each entry's reminders are counted on its own calendar (HK from 'reviewclock/hk').
 * const hk = dueDate({ policy: 'hk.dh.pcm.innovative', start: '2026-03-02', calendar: HK });
 * deadlinesToICS([{ result: ind, id: 'ABC-123' }, { result: hk, id: 'HK-9' }], { remind: { workingDays: [10, 2], calendars: [CN, HK] } })
 * //=> 'BEGIN:VCALENDAR\r\n…BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:20251211T010000Z\r\n…'
 */
export function deadlinesToICS(entries: readonly DeadlineIcsEntry[], options?: DeadlinesIcsOptions): string {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new InvalidArgumentError(
      `${FN}: expected a non-empty array of entries like { result: dueDate(…), title: 'ABC-123 IND', id: 'ABC-123' }, received ${Array.isArray(entries) ? 'an empty array' : describeValue(entries)}`,
    );
  }
  const read = readStrictObject(
    `${FN}: options`,
    options,
    ['name', 'remind', 'lang'],
    "{ name: 'Regulatory deadlines', remind: { workingDays: 5, calendar: CN }, lang: 'zh' }",
  );
  const words = icsWords(readIcsLanguage(`${FN}: options.lang`, read['lang']));
  const name = readLine(`${FN}: options.name`, read['name'], 'the calendar\'s name, e.g. "Regulatory deadlines"');
  const remind = readReminder(FN, 'options.remind', read['remind']);
  const ids = new Map<string, number>();
  // Which entry wrote each UID, to name both entries when two would write the same one.
  const owners = new Map<string, number>();
  const events: IcsEvent[] = [];
  denseEntries(`${FN}: entries`, entries).forEach((value, index) => {
    const where = `entries[${index}]`;
    const example = "{ result: dueDate(…), title: 'ABC-123 IND', id: 'ABC-123' }";
    if (value === undefined) throw new InvalidArgumentError(`${FN}: ${where} must be an object like ${example}, received undefined`);
    const entry = readStrictObject(`${FN}: ${where}`, value, ['result', 'title', 'id'], example, 'field');
    const application = readApplication(FN, where, entry);
    if (application.id !== undefined) {
      const first = ids.get(application.id);
      if (first !== undefined) {
        throw new InvalidArgumentError(
          `${FN}: entries[${first}] and ${where} have the same id ${describeValue(application.id)}; an id names one application (its events' UIDs come from it), so give each entry its own id`,
        );
      }
      ids.set(application.id, index);
    }
    const written = resultEvents(`${FN}: ${where}`, entry['result'], application, remind, words);
    for (const event of written.events) {
      const owner = owners.get(event.uid!);
      if (owner !== undefined && owner !== index) {
        throw new InvalidArgumentError(
          `${FN}: entries[${owner}] and ${where} would write events with the same UIDs (the same policy and start${application.id === undefined ? ', and no id' : ''}); give each entry its own id`,
        );
      }
      owners.set(event.uid!, index);
      events.push({ ...event, timestamp: written.timestamp, sequence: written.sequence });
    }
  });
  return eventsToICS(events, name === undefined ? {} : { name });
}
