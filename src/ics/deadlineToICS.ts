/**
 * `deadlineToICS`: a deadline's milestones (start, clock stops, changes of the limit, due date), or a multi-stage
 * timeline's, as an iCalendar file.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
import { formatDayNumber, parsePlainDate } from '../date/plainDate.js';
import { checkPlainResult, renderResult } from '../deadline/resultShape.js';
import type { DeadlineResult } from '../deadline/types.js';
import type { TimelineResult } from '../deadline/projectTimeline.js';
import { eventsToICS, type IcsEvent } from './eventsToICS.js';
import { contentHash, icsDate } from './icsText.js';

const FN = 'deadlineToICS';
const UNIT_NAMES: Record<string, string> = {
  'working-days': 'working days',
  'calendar-days': 'calendar days',
  weeks: 'weeks',
  months: 'months',
  years: 'years',
};

/**
 * The milestones of a deadline from `dueDate` as an iCalendar file (RFC 5545), one all-day event each: the start
 * (day 0), every clock stop (from the day it stops to the day it resumes, or a single day while it is open), every
 * extension or restart of the limit, and the due date with its consequence. A timeline from `projectTimeline` gives
 * its start, each stage's due date (or completion) and each milestone that has a date.
 *
 * An event whose date was computed on projected calendar days is labelled `(provisional)`: the due date of a
 * provisional answer, and in a timeline a stage's start counted from an earlier provisional due date. The start and
 * the clock stops a user gives are facts, never labelled. The file depends
 * only on the result (never on the clock, nor on `asOf`), and is written so that a file exported again after the
 * application moves on updates the events already in a calendar app instead of adding new ones (RFC 5545 §3.8.7.4,
 * RFC 5546 §2.1.5):
 * - `UID`s come from the policy, the start and the kind of milestone (in a timeline: the procedure, its start and
 *   the stage's place), not from the dates that move: a new clock stop moves the due-date event, it does not add one.
 * - `SEQUENCE` counts the facts the result rests on beyond the start: each clock stop counts 1, 1 more for its
 *   reason and 1 more once it has resumed (stops after the due date too); a discretionary `extension` counts 1; in a
 *   timeline, each completed stage counts 1. A plain deadline is at 0; each new fact raises it.
 * - `DTSTAMP` is the latest date among those facts and the start (midnight UTC): the day the file could first have
 *   been written.
 *
 * A correction that adds no fact (a stop's date fixed, say) keeps `SEQUENCE`; for such edits, build the events with
 * `eventsToICS` and its `sequence` option, or import the file afresh.
 *
 * @param result - A result of `dueDate` (`kind: 'deadline'`, with its trace) or of `projectTimeline` (`kind: 'timeline'`).
 * @returns The file's text (CRLF line ends, folded lines).
 * @throws {InvalidArgumentError} When `result` is not a deadline or timeline result, or a deadline result has no
 *   trace (`dueDate` was called with `trace: false`).
 *
 * @example
 * const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
 * deadlineToICS(result).split('\r\n').filter((line) => line.startsWith('SUMMARY:'))
 * //=> ['SUMMARY:Day 0: cn.nmpa.drug.ind — Acceptance of the IND (the date on the acceptance notice)',
 * //    'SUMMARY:Due: cn.nmpa.drug.ind — 60 working days (implied approval)']
 *
 * @example
 * // After a supplement notice (stop, reason) and the answer (resume): the same UIDs, SEQUENCE 0 → 3,
 * // DTSTAMP from the start to the day the clock resumed.
 * const later = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-10', reason: 'sponsor-supplement' }] });
 * deadlineToICS(later).split('\r\n').filter((line) => /^(DTSTAMP|SEQUENCE):/.test(line)).slice(0, 2)
 * //=> ['DTSTAMP:20251110T000000Z', 'SEQUENCE:3']
 */
export function deadlineToICS(result: DeadlineResult | TimelineResult): string {
  if (typeof result !== 'object' || result === null || !('kind' in result)) {
    throw new InvalidArgumentError(`${FN}: expected the result of dueDate or projectTimeline, received ${describeValue(result)}`);
  }
  if (result.kind === 'deadline') {
    checkPlainResult(FN, result);
    return renderResult(FN, () => {
      if (!Array.isArray(result.trace) || result.trace.length === 0) {
        throw new InvalidArgumentError(
          `${FN}: the deadline result has no trace (dueDate was called with trace: false), so its milestones are unknown; call dueDate without trace: false to export it`,
        );
      }
      const facts = new Facts(result.start);
      facts.addDeadline(result, 'result');
      return eventsToICS(deadlineEvents(result), { name: deadlineName(result), ...facts.revision() });
    });
  }
  if (result.kind === 'timeline') {
    checkPlainResult(FN, result);
    return renderResult(FN, () => {
      const title = result.procedure ? `${result.procedure.id}: ${result.procedure.title.en}` : 'Timeline';
      const facts = new Facts(result.start);
      result.stages.forEach((stage, index) => {
        if (stage.deadline) facts.addDeadline(stage.deadline, `result.stages[${index}].deadline`);
        if (stage.completed !== null) facts.add(`result.stages[${index}].completed`, stage.completed);
      });
      return eventsToICS(timelineEvents(result), { name: `${title} (start ${result.start})`, ...facts.revision() });
    });
  }
  throw new InvalidArgumentError(`${FN}: expected a result with kind 'deadline' or 'timeline', received kind ${describeValue((result as { kind: unknown }).kind)}`);
}

/**
 * The facts a result rests on beyond its start, for `SEQUENCE` (how many) and `DTSTAMP` (the latest date). Only
 * input facts count, not what the engine derived from them (an extension on resume, a projected stage start), so a
 * later export of the same application, knowing more, never gets a lower revision.
 */
class Facts {
  private count = 0;
  private latest: number;

  constructor(start: string) {
    this.latest = parsePlainDate(`${FN}: result.start`, start);
  }

  /** One fact, with its date when it has one. */
  add(label: string, date?: string): void {
    this.count++;
    if (date !== undefined) this.latest = Math.max(this.latest, parsePlainDate(`${FN}: ${label}`, date));
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
  revision(): { timestamp: string; sequence: number } {
    return { timestamp: formatDayNumber(this.latest), sequence: this.count };
  }
}

function deadlineName(result: DeadlineResult): string {
  return `${result.policy.id}: ${result.policy.title.en} (start ${result.start})`;
}

function label(provisional: boolean): string {
  return provisional ? '(provisional) ' : '';
}

function words(text: string): string {
  return text.replaceAll('-', ' ');
}

/**
 * The events of one deadline. `stage` places it inside a timeline: `prefix` names the stage, and `key` (from the
 * timeline and the stage's place) replaces the key from the policy and start, since a stage's start moves when the
 * stage before it completes.
 */
function deadlineEvents(
  result: DeadlineResult,
  stage?: { readonly prefix: string; readonly key: string; readonly startProvisional: boolean },
): IcsEvent[] {
  const { policy } = result;
  const prefix = stage?.prefix ?? '';
  // (The trailing NUL is where an empty prefix used to go: it keeps the UIDs of files exported before.)
  const key = stage?.key ?? contentHash(`${policy.id}\u0000${policy.version}\u0000${result.start}\u0000`);
  // Several stops may begin (or resume) on one day (a zero-length stop, then another): the 2nd, 3rd… get -2, -3…
  const used = new Map<string, number>();
  const uid = (what: string) => {
    const n = (used.get(what) ?? 0) + 1;
    used.set(what, n);
    return `${key}-${what}${n > 1 ? `-${n}` : ''}@reviewclock`;
  };
  // Only what was computed on projected days is provisional: the due date, and a stage's start counted from an
  // earlier stage's provisional due date. The start a user gives and the stops they report are facts.
  const dueTag = label(result.provisional);
  const startTag = label(stage?.startProvisional ?? false);
  const about = [
    `${policy.title.en} / ${policy.title.zh}`,
    `Policy ${policy.id}, version ${policy.version}; counted on the ${result.calendar} calendar.`,
    `Source: ${policy.source.document.en} (${policy.source.document.zh}), ${policy.source.article}${policy.source.url ? ` ${policy.source.url}` : ''}`,
    `Confidence: ${policy.confidence}.`,
    result.provisional ? 'Provisional: depends on projected calendar days (projectCalendar), not a published schedule.' : undefined,
  ].filter((line): line is string => line !== undefined);
  const events: IcsEvent[] = [];
  for (const segment of result.trace) {
    switch (segment.type) {
      case 'start':
        events.push({
          start: segment.date,
          summary: `${startTag}${prefix}Day 0: ${policy.id} — ${segment.event.en}`,
          description: [`${segment.event.en} / ${segment.event.zh}`, segment.startDayCounts ? 'The start day counts.' : 'Counting starts the next day.', ...about].join('\n'),
          uid: uid('start'),
          categories: ['Deadline', 'Start'],
        });
        break;
      case 'stopped': {
        const reason = segment.reasonTitle ? segment.reasonTitle.en : (segment.reason ?? 'clock stop');
        events.push({
          start: segment.from,
          ...(segment.to !== null && { end: segment.to }),
          summary: `${prefix}Clock stopped: ${policy.id} — ${reason}${segment.to === null ? ' (still stopped)' : ''}`,
          description: [
            segment.to === null
              ? `Stopped on ${segment.from}; not resumed yet.`
              : `Stopped on ${segment.from}, resumed on ${segment.to}: ${segment.days} working day(s) not counted.`,
            segment.reasonTitle ? `${segment.reasonTitle.en} / ${segment.reasonTitle.zh}` : undefined,
            segment.effect !== 'resume' ? `On resume the limit is ${segment.effect === 'extend' ? 'extended' : 'restarted'}${segment.article ? ` (${segment.article})` : ''}.` : undefined,
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
          summary: `${prefix}Limit extended: ${policy.id} — ${segment.from} → ${segment.to}`,
          description: [`The limit grew by ${segment.fraction.numerator}/${segment.fraction.denominator} (${segment.rounding}) when the clock resumed (${segment.article}).`, ...about].join('\n'),
          uid: uid(`extended-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'restarted':
        events.push({
          start: segment.date,
          summary: `${prefix}Clock restarted: ${policy.id} — new limit ${segment.amount}`,
          description: [`A new limit of ${segment.amount} starts; ${segment.discarded} day(s) counted before no longer count (${segment.article}).`, ...about].join('\n'),
          uid: uid(`restarted-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'due':
        events.push({
          start: segment.date,
          summary: `${dueTag}${prefix}Due: ${policy.id} — ${result.limit.amount} ${UNIT_NAMES[result.limit.unit] ?? result.limit.unit}${segment.consequence === 'none' ? '' : ` (${words(segment.consequence)})`}`,
          description: [`${policy.consequenceNote.en}`, `${policy.consequenceNote.zh}`, ...about].join('\n'),
          uid: uid('due'),
          categories: ['Deadline', 'Due'],
          busy: true,
        });
        break;
      default:
        break;
    }
  }
  return events;
}

function timelineEvents(result: TimelineResult): IcsEvent[] {
  const events: IcsEvent[] = [];
  const key = contentHash(`${result.procedure?.id ?? ''}\u0000${result.start}\u0000${result.stages.map((s) => s.policy).join(',')}`);
  for (const stage of result.stages) {
    const name = `Stage ${stage.index + 1} (${stage.label.en}): `;
    if (stage.deadline) {
      const previous = result.stages[stage.index - 1];
      const startProvisional = stage.startBasis === 'projected' && (previous?.deadline?.provisional ?? false);
      events.push(...deadlineEvents(stage.deadline, { prefix: name, key: `${key}-stage-${stage.index}`, startProvisional }));
    }
    if (stage.completed !== null) {
      events.push({
        start: stage.completed,
        summary: `${name}completed`,
        description: `${stage.label.en} / ${stage.label.zh}: completed${stage.late ? ' after its due date' : ''}.`,
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
      summary: `${label(milestone.deadline?.provisional ?? result.provisional)}${milestone.label.en}${projected ? ' (projected)' : ''}`,
      description: `${milestone.label.en} / ${milestone.label.zh}\nPolicy ${milestone.policy}, counted from the ${milestone.anchor.at} of stage ${milestone.anchor.stage}.`,
      uid: `${key}-milestone-${index}@reviewclock`,
      categories: ['Deadline', 'Milestone'],
    });
  });
  if (events.length === 0) {
    events.push({ start: result.start, summary: 'Start', uid: `${key}-start@reviewclock`, categories: ['Deadline', 'Start'] });
  }
  return events;
}
