/**
 * `deadlineToICS`: a deadline's milestones (start, clock stops, changes of the limit, due date), or a multi-stage
 * timeline's, as an iCalendar file, with the application's name and reminders before the due date.
 *
 * @module
 */
import type { Calendar } from '../calendar/Calendar.js';
import { InvalidArgumentError, describeValue } from '../errors.js';
import { formatDayNumber, parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { checkPlainResult, renderResult } from '../deadline/resultShape.js';
import type { DeadlineResult } from '../deadline/types.js';
import type { Consequence } from '../policy/schema.js';
import type { TimelineResult } from '../deadline/projectTimeline.js';
import { indexOfDate, shiftWorkingDays } from '../workday/internal.js';
import { readLine, readReminder, readStrictObject, reminderCalendar, type IcsReminder, type ReadReminder } from './deadlineOptions.js';
import { eventsToICS, type IcsAlarm, type IcsEvent } from './eventsToICS.js';
import { contentHash, icsDate } from './icsText.js';
import { icsWords, readIcsLanguage, type IcsLanguage, type IcsWords } from './deadlineWords.js';

export type { IcsReminder } from './deadlineOptions.js';
export type { IcsLanguage } from './deadlineWords.js';

const FN = 'deadlineToICS';

/** Options of {@link deadlineToICS}. */
export interface DeadlineIcsOptions {
  /**
   * The application's name, e.g. `'ABC-123 IND'`: it leads the title (`SUMMARY`) of every event, as
   * `ABC-123 IND — Due: …`, and the description. One line of text, without control characters or spaces at its ends.
   * It does not enter the UIDs: renaming an application updates its events in a calendar app, it does not add new ones.
   */
  readonly title?: string | undefined;
  /**
   * The application's stable id (a file number, a database key): when given, the UIDs come from the id and the
   * policy (in a timeline, the procedure), not from the start, so that two applications with the same policy and
   * start do not collide in one calendar, and a corrected start or a new title updates the events already imported.
   * Keep it the same in every export of the application. Without it, the UIDs are those of earlier versions (policy,
   * version and start). The same rules as `title`.
   */
  readonly id?: string | undefined;
  /**
   * Reminders (`VALARM`) on each due-date event, `workingDays` working days before the due date, at 09:00 China
   * time, counted on `calendar`, which must be the calendar the result was counted on. A deadline with no due date
   * yet (its clock is stopped) has no due-date event, so no reminder; in a timeline, a stage already completed gets
   * none either.
   */
  readonly remind?: IcsReminder | undefined;
  /**
   * The language of the titles, descriptions and reminders: `'en'` (the default) or `'zh'` (Chinese). The UIDs,
   * dates, `SEQUENCE` and `DTSTAMP` are the same in both, so a file in one language updates events imported in the
   * other.
   */
  readonly lang?: IcsLanguage | undefined;
}

/**
 * The milestones of a deadline from `dueDate` as an iCalendar file (RFC 5545), one all-day event each: the start
 * (day 0), every clock stop (from the day it stops to the day it resumes, or a single day while it is open), every
 * extension or restart of the limit, and the due date with its consequence. A timeline from `projectTimeline` gives
 * its start, each stage's due date (or completion) and each milestone that has a date.
 *
 * `options.title` (the application's name) leads every event's title; `options.remind` adds reminders that fire a
 * number of working days before the due date, at 09:00 China time (an absolute `TRIGGER`, since working days are
 * not a fixed duration); `options.id` gives the application's events UIDs of their own.
 *
 * An event whose date was computed on projected calendar days is labelled `(provisional)`: the due date of a
 * provisional answer, and in a timeline a stage's start counted from an earlier provisional due date; a reminder
 * before a provisional due date says so. The start and the clock stops a user gives are facts, never labelled. The
 * file depends only on the result and the options (never on the clock, nor on `asOf`), and is written so that a
 * file exported again after the application moves on updates the events already in a calendar app instead of
 * adding new ones (RFC 5545 §3.8.7.4, RFC 5546 §2.1.5):
 * - `UID`s come from the policy, the start and the kind of milestone (in a timeline: the procedure, its start and
 *   the stage's place), or with `options.id` from the id, the policy and the kind of milestone; never from the dates
 *   that move (a new clock stop moves the due-date event, it does not add one), nor from the title.
 * - `SEQUENCE` is 2 × the facts the result rests on beyond the start, plus 1 once no date is provisional. The facts:
 *   each clock stop counts 1, 1 more for its reason and 1 more once it has resumed (stops after the due date too); a
 *   discretionary `extension` counts 1; in a timeline, each completed stage counts 1. So a plain exact deadline is at
 *   1 (0 while provisional); each new fact raises it by 2 or more, and the same deadline exported again once the
 *   year's holiday notice is published (provisional → exact) by 1, so that calendar apps replace the provisional
 *   events and drop their "(provisional)" label.
 * - `DTSTAMP` is the latest date among those facts and the start (midnight UTC): the day the file could first have
 *   been written.
 *
 * A correction that adds no fact (a stop's date fixed, a new title or reminder) keeps `SEQUENCE`; for such edits,
 * build the events with `eventsToICS` and its `sequence` option, or import the file afresh. Many applications in one
 * file: {@link deadlinesToICS}.
 *
 * @param result - A result of `dueDate` (`kind: 'deadline'`, with its trace) or of `projectTimeline` (`kind: 'timeline'`).
 * @param options - `{ title?, id?, remind?: { workingDays, calendar } }`; see {@link DeadlineIcsOptions}.
 * @returns The file's text (CRLF line ends, folded lines).
 * @throws {InvalidArgumentError} When `result` is not a deadline or timeline result, a deadline result has no
 *   trace (`dueDate` was called with `trace: false`), or an option is unknown or of the wrong type or value (an empty
 *   title, a negative or fractional number of days).
 * @throws {CalendarRequiredError} When the reminders' calendar is not the one the result was counted on.
 * @throws {CalendarCoverageError} When a reminder day lies before the calendar's coverage.
 *
 * @example
 * const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
 * deadlineToICS(result).split('\r\n').filter((line) => line.startsWith('SUMMARY:'))
 * //=> ['SUMMARY:Day 0: cn.nmpa.drug.ind — Acceptance of the IND (the date on the acceptance notice)',
 * //    'SUMMARY:Due: cn.nmpa.drug.ind — 60 working days (implied approval)']
 *
 * @example
 * // The application's name in every title, and a reminder 5 working days before the due date (Thu 25 Dec 2025):
 * // Thu 18 Dec, 09:00 in China.
 * const ics = deadlineToICS(result, { title: 'ABC-123 IND', id: 'ABC-123', remind: { workingDays: 5, calendar: CN } });
 * ics.replaceAll('\r\n ', '').split('\r\n').filter((line) => /^(SUMMARY|TRIGGER)/.test(line)).slice(1) // unfolded
 * //=> ['SUMMARY:ABC-123 IND — Due: cn.nmpa.drug.ind — 60 working days (implied approval)',
 * //    'TRIGGER;VALUE=DATE-TIME:20251218T010000Z']
 *
 * @example
 * // After a supplement notice (stop, reason) and the answer (resume): the same UIDs, SEQUENCE 1 → 7 (2 × 3 facts + 1),
 * // DTSTAMP from the start to the day the clock resumed.
 * const later = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-10', reason: 'sponsor-supplement' }] });
 * deadlineToICS(later).split('\r\n').filter((line) => /^(DTSTAMP|SEQUENCE):/.test(line)).slice(0, 2)
 * //=> ['DTSTAMP:20251110T000000Z', 'SEQUENCE:7']
 */
export function deadlineToICS(result: DeadlineResult | TimelineResult, options?: DeadlineIcsOptions): string {
  const read = readStrictObject(
    `${FN}: options`,
    options,
    ['title', 'id', 'remind', 'lang'],
    "{ title: 'ABC-123 IND', id: 'ABC-123', remind: { workingDays: 5, calendar: CN }, lang: 'zh' }",
  );
  const application = readApplication(FN, 'options', read);
  const remind = readReminder(FN, 'options.remind', read['remind']);
  const words = icsWords(readIcsLanguage(`${FN}: options.lang`, read['lang']));
  const { events, name, timestamp, sequence } = resultEvents(FN, result, application, remind, words);
  return eventsToICS(events, { name, timestamp, sequence });
}

/** An application's title and id, read. */
export interface Application {
  readonly title?: string | undefined;
  readonly id?: string | undefined;
}

/**
 * Reads `title` and `id` from an options object or a portfolio entry.
 *
 * @param where - The object in messages, e.g. `'options'` or `'entries[2]'`.
 */
export function readApplication(fn: string, where: string, record: Record<string, unknown>): Application {
  return {
    title: readLine(`${fn}: ${where}.title`, record['title'], 'the application\'s name, e.g. "ABC-123 IND"'),
    id: readLine(`${fn}: ${where}.id`, record['id'], 'the application\'s stable id, e.g. "ABC-123"'),
  };
}

/** The events of one result with its calendar name and revision (`DTSTAMP` day and `SEQUENCE`). */
export interface ResultEvents {
  readonly events: IcsEvent[];
  readonly name: string;
  readonly timestamp: PlainDate;
  readonly sequence: number;
}

/**
 * The events of one result of `dueDate` or `projectTimeline`, as `deadlineToICS` writes them: with the application's
 * title and id, and the reminders.
 *
 * @param fn - The public function (and entry), for messages, e.g. `'deadlinesToICS: entries[2]'`.
 * @param words - The language of the text (English by default).
 */
export function resultEvents(
  fn: string,
  result: unknown,
  application: Application,
  remind: ReadReminder | undefined,
  words: IcsWords = icsWords('en'),
): ResultEvents {
  if (typeof result !== 'object' || result === null || !('kind' in result)) {
    throw new InvalidArgumentError(`${fn}: expected the result of dueDate or projectTimeline, received ${describeValue(result)}`);
  }
  const given = result as DeadlineResult | TimelineResult;
  const context = (key: string): EventContext => ({ fn, key, remind, title: application.title, words });
  if (given.kind === 'deadline') {
    checkPlainResult(fn, given);
    return renderResult(fn, () => {
      if (!Array.isArray(given.trace) || given.trace.length === 0) {
        throw new InvalidArgumentError(
          `${fn}: the deadline result has no trace (dueDate was called with trace: false), so its milestones are unknown; call dueDate without trace: false to export it`,
        );
      }
      const facts = new Facts(fn, given.start);
      facts.addDeadline(given, 'result');
      const { policy } = given;
      // (The trailing NUL is where an empty prefix used to go: it keeps the UIDs of files exported before.)
      const key = application.id === undefined
        ? contentHash(`${policy.id}\u0000${policy.version}\u0000${given.start}\u0000`)
        : contentHash(`application\u0000${application.id}\u0000deadline\u0000${policy.id}`);
      const events = deadlineEvents(given, context(key));
      const name = withTitle(application, words.deadlineName(policy.id, policy.title, given.start));
      return { events: withApplication(events, application, words), name, ...facts.revision(given.provisional) };
    });
  }
  if (given.kind === 'timeline') {
    checkPlainResult(fn, given);
    return renderResult(fn, () => {
      const facts = new Facts(fn, given.start);
      given.stages.forEach((stage, index) => {
        if (stage.deadline) facts.addDeadline(stage.deadline, `result.stages[${index}].deadline`);
        if (stage.completed !== null) facts.add(`result.stages[${index}].completed`, stage.completed);
      });
      const stages = given.stages.map((s) => s.policy).join(',');
      const key = application.id === undefined
        ? contentHash(`${given.procedure?.id ?? ''}\u0000${given.start}\u0000${stages}`)
        : contentHash(`application\u0000${application.id}\u0000timeline\u0000${given.procedure?.id ?? ''}\u0000${stages}`);
      const events = timelineEvents(given, context(key));
      const name = withTitle(application, words.timelineName(given.procedure ?? null, given.start));
      return { events: withApplication(events, application, words), name, ...facts.revision(given.provisional) };
    });
  }
  throw new InvalidArgumentError(`${fn}: expected a result with kind 'deadline' or 'timeline', received kind ${describeValue((given as { kind: unknown }).kind)}`);
}

/** What the events of one result are written with: the UID key, the reminders and the application's title. */
interface EventContext {
  readonly fn: string;
  readonly key: string;
  readonly remind: ReadReminder | undefined;
  readonly title: string | undefined;
  readonly words: IcsWords;
}

/** `ABC-123 IND — text`, or the text alone without a title. */
function withTitle(application: Application, text: string): string {
  return application.title === undefined ? text : `${application.title} — ${text}`;
}

/** The events with the application's title leading each summary and a line naming it leading each description. */
function withApplication(events: readonly IcsEvent[], application: Application, words: IcsWords): IcsEvent[] {
  const { title, id } = application;
  if (title === undefined && id === undefined) return [...events];
  const line = words.application(title, id);
  return events.map((event) => ({
    ...event,
    summary: withTitle(application, event.summary),
    description: event.description === undefined ? line : `${line}\n${event.description}`,
  }));
}

/**
 * The facts a result rests on beyond its start, for `SEQUENCE` (how many) and `DTSTAMP` (the latest date). Only
 * input facts count, not what the engine derived from them (an extension on resume, a projected stage start), so a
 * later export of the same application, knowing more, never gets a lower revision.
 */
class Facts {
  private count = 0;
  private latest: number;

  constructor(
    private readonly fn: string,
    start: string,
  ) {
    this.latest = parsePlainDate(`${fn}: result.start`, start);
  }

  /** One fact, with its date when it has one. */
  add(label: string, date?: string): void {
    this.count++;
    if (date !== undefined) this.latest = Math.max(this.latest, parsePlainDate(`${this.fn}: ${label}`, date));
  }

  /** The stops (taken effect or after the due date) and the discretionary extension of one deadline. */
  addDeadline(result: DeadlineResult, path: string): void {
    result.trace.forEach((segment, index) => {
      const label = `${path}.trace[${index}]`;
      if (segment.type === 'stopped' || segment.type === 'ignored-stop') {
        this.add(`${label}.from`, segment.from);
        if (typeof segment.reason === 'string') this.add(`${label}.reason`);
        if (segment.to !== null) this.add(`${label}.to`, segment.to);
      } else if (segment.type === 'extension') {
        this.add(`${label}.amount`);
      }
    });
  }

  /** The `timestamp` and `sequence` options of `eventsToICS`. */
  revision(provisional: boolean): { timestamp: PlainDate; sequence: number } {
    return { timestamp: formatDayNumber(this.latest), sequence: 2 * this.count + (provisional ? 0 : 1) };
  }
}

/**
 * The reminders of a due date: for each offset, the working day that many working days before it (the due date
 * itself for 0), counted on the calendar the deadline was counted on.
 */
function reminders(context: EventContext, result: DeadlineResult, due: PlainDate, subject: string, consequence: Consequence): IcsAlarm[] {
  const { fn, remind, words } = context;
  if (remind === undefined) return [];
  if (typeof result.calendar !== 'string') {
    throw new InvalidArgumentError(`${fn}: expected a result of dueDate or projectTimeline, but its calendar is ${describeValue(result.calendar)}, not a calendar id such as "CN"`);
  }
  const calendar: Calendar = reminderCalendar(fn, remind, result.calendar);
  const tables = calendar.tables;
  const index = indexOfDate(fn, calendar, tables, due);
  const atExpiry = words.atExpiry(consequence);
  const provisional = result.provisional ? words.reminderProvisional : '';
  return remind.days.map((days) => ({
    date: days === 0 ? due : shiftWorkingDays(fn, calendar, tables, index, due, -days),
    description:
      (days === 0 ? words.remindToday(subject, due) : words.remindBefore(subject, due, days, calendar.id)) +
      atExpiry +
      provisional,
  }));
}

function label(provisional: boolean, words: IcsWords): string {
  return provisional ? words.provisionalTag : '';
}

/**
 * The events of one deadline. `stage` places it inside a timeline: `prefix` names the stage, `startProvisional`
 * says whether its start was counted from a provisional due date, and `remind` is false for a stage already
 * completed. `context.key` is the key of the UIDs: from the policy and start (or the application's id), or in a
 * timeline from the timeline and the stage's place, since a stage's start moves when the stage before it completes.
 */
function deadlineEvents(
  result: DeadlineResult,
  context: EventContext,
  stage?: { readonly prefix: string; readonly startProvisional: boolean; readonly remind: boolean },
): IcsEvent[] {
  const { policy } = result;
  const prefix = stage?.prefix ?? '';
  const { key, words } = context;
  // Several stops may begin (or resume) on one day (a zero-length stop, then another): the 2nd, 3rd… get -2, -3…
  const used = new Map<string, number>();
  const uid = (what: string) => {
    const n = (used.get(what) ?? 0) + 1;
    used.set(what, n);
    return `${key}-${what}${n > 1 ? `-${n}` : ''}@reviewclock`;
  };
  // Only what was computed on projected days is provisional: the due date, and a stage's start counted from an
  // earlier stage's provisional due date. The start a user gives and the stops they report are facts.
  const dueTag = label(result.provisional, words);
  const startTag = label(stage?.startProvisional ?? false, words);
  const about = words.about(policy, result.calendar, result.provisional);
  const zh = words.lang === 'zh';
  const article = (segment: { readonly article: string; readonly articleZh: string | null }) => (zh ? (segment.articleZh ?? segment.article) : segment.article);
  const events: IcsEvent[] = [];
  for (const segment of result.trace) {
    switch (segment.type) {
      case 'start':
        events.push({
          start: segment.date,
          summary: `${startTag}${prefix}${words.dayZero(policy.id, segment.event)}`,
          description: [words.both(segment.event), words.startDayCounts(segment.startDayCounts), ...about].join('\n'),
          uid: uid('start'),
          categories: ['Deadline', 'Start'],
        });
        break;
      case 'stopped': {
        const reason = segment.reasonTitle ? words.text(segment.reasonTitle) : (segment.reason ?? words.clockStop);
        events.push({
          start: segment.from,
          ...(segment.to !== null && { end: segment.to }),
          summary: `${prefix}${words.stopped(policy.id, reason, segment.to === null)}`,
          description: [
            words.stoppedSpan(segment.from, segment.to, segment.days),
            segment.reasonTitle ? words.both(segment.reasonTitle) : undefined,
            segment.effect !== 'resume' ? words.onResume(segment.effect, zh ? (segment.articleZh ?? segment.article) : segment.article) : undefined,
            ...about,
          ]
            .filter((line) => line !== undefined)
            .join('\n'),
          uid: uid(`stop-${icsDate(segment.from)}`),
          categories: ['Deadline', 'Clock stop'],
        });
        break;
      }
      case 'extended':
        events.push({
          start: segment.date,
          summary: `${prefix}${words.extended(policy.id, String(segment.from), String(segment.to))}`,
          description: [words.extendedBy(segment.fraction.numerator, segment.fraction.denominator, segment.rounding, article(segment)), ...about].join('\n'),
          uid: uid(`extended-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'restarted':
        events.push({
          start: segment.date,
          summary: `${prefix}${words.restarted(policy.id, String(segment.amount))}`,
          description: [words.restartedBecause(String(segment.amount), segment.discarded, article(segment)), ...about].join('\n'),
          uid: uid(`restarted-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'due':
        events.push({
          start: segment.date,
          summary: `${dueTag}${prefix}${words.due(policy.id, result.limit.amount, result.limit.unit, segment.consequence)}`,
          description: [...(zh ? [policy.consequenceNote.zh, policy.consequenceNote.en] : [policy.consequenceNote.en, policy.consequenceNote.zh]), ...about].join('\n'),
          uid: uid('due'),
          categories: ['Deadline', 'Due'],
          busy: true,
          alarms: stage?.remind === false ? [] : reminders(context, result, segment.date, `${context.title === undefined ? '' : `${context.title} — `}${prefix}${policy.id}`, segment.consequence),
        });
        break;
      default:
        break;
    }
  }
  return events;
}

function timelineEvents(result: TimelineResult, context: EventContext): IcsEvent[] {
  const events: IcsEvent[] = [];
  const { key, words } = context;
  for (const stage of result.stages) {
    const name = words.stage(stage.index, stage.label);
    if (stage.deadline) {
      const previous = result.stages[stage.index - 1];
      const startProvisional = stage.startBasis === 'projected' && (previous?.deadline?.provisional ?? false);
      events.push(
        ...deadlineEvents(stage.deadline, { ...context, key: `${key}-stage-${stage.index}` }, { prefix: name, startProvisional, remind: stage.completed === null }),
      );
    }
    if (stage.completed !== null) {
      events.push({
        start: stage.completed,
        summary: `${name}${words.completed}`,
        description: words.completedLine(stage.label, stage.late === true),
        uid: `${key}-stage-${stage.index}-completed@reviewclock`,
        categories: ['Deadline', 'Completed'],
      });
    }
  }
  result.milestones.forEach((milestone, index) => {
    if (milestone.date === null) return;
    const projected = milestone.basis === 'projected';
    events.push({
      start: milestone.date,
      summary: `${label(milestone.deadline?.provisional ?? result.provisional, words)}${words.text(milestone.label)}${projected ? words.projectedTag : ''}`,
      description: words.milestoneLine(milestone.label, milestone.policy, milestone.anchor.at, milestone.anchor.stage),
      uid: `${key}-milestone-${index}@reviewclock`,
      categories: ['Deadline', 'Milestone'],
    });
  });
  if (events.length === 0) {
    events.push({ start: result.start, summary: words.timelineStart, uid: `${key}-start@reviewclock`, categories: ['Deadline', 'Start'] });
  }
  return events;
}
