/**
 * `deadlineToICS`: a deadline's milestones (start, clock stops, changes of the limit, due date), or a multi-stage
 * timeline's, as an iCalendar file.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
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
 * A provisional answer (one that depends on projected calendar days) is labelled `(provisional)`. UIDs are derived
 * from the policy, the start and the kind of milestone, not from the dates that move, so a file exported again after
 * a new clock stop updates the due-date event in calendar apps instead of adding a second one. `DTSTAMP` is the start
 * date: the same result always gives the same file.
 *
 * @param result - A result of `dueDate` (`kind: 'deadline'`) or of `projectTimeline` (`kind: 'timeline'`).
 * @returns The file's text (CRLF line ends, folded lines).
 * @throws {InvalidArgumentError} When `result` is not a deadline or timeline result.
 *
 * @example
 * const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
 * deadlineToICS(result).split('\r\n').filter((line) => line.startsWith('SUMMARY:'))
 * //=> ['SUMMARY:Day 0: cn.nmpa.drug.ind — Acceptance of the IND (the date on the acceptance notice)',
 * //    'SUMMARY:Due: cn.nmpa.drug.ind — 60 working days (implied approval)']
 */
export function deadlineToICS(result: DeadlineResult | TimelineResult): string {
  if (typeof result !== 'object' || result === null || !('kind' in result)) {
    throw new InvalidArgumentError(`${FN}: expected the result of dueDate or projectTimeline, received ${describeValue(result)}`);
  }
  if (result.kind === 'deadline') {
    checkPlainResult(FN, result);
    return renderResult(FN, () => eventsToICS(deadlineEvents(result), { name: deadlineName(result), timestamp: result.start }));
  }
  if (result.kind === 'timeline') {
    checkPlainResult(FN, result);
    return renderResult(FN, () => {
      const title = result.procedure ? `${result.procedure.id}: ${result.procedure.title.en}` : 'Timeline';
      return eventsToICS(timelineEvents(result), { name: `${title} (start ${result.start})`, timestamp: result.start });
    });
  }
  throw new InvalidArgumentError(`${FN}: expected a result with kind 'deadline' or 'timeline', received kind ${describeValue((result as { kind: unknown }).kind)}`);
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

/** The events of one deadline; `prefix` names the stage inside a timeline. */
function deadlineEvents(result: DeadlineResult, prefix = ''): IcsEvent[] {
  const { policy } = result;
  const key = contentHash(`${policy.id}\u0000${policy.version}\u0000${result.start}\u0000${prefix}`);
  const uid = (what: string) => `${key}-${what}@reviewclock`;
  const tag = label(result.provisional);
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
          summary: `${tag}${prefix}Day 0: ${policy.id} — ${segment.event.en}`,
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
          summary: `${tag}${prefix}Clock stopped: ${policy.id} — ${reason}${segment.to === null ? ' (still stopped)' : ''}`,
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
          summary: `${tag}${prefix}Limit extended: ${policy.id} — ${segment.from} → ${segment.to}`,
          description: [`The limit grew by ${segment.fraction.numerator}/${segment.fraction.denominator} (${segment.rounding}) when the clock resumed (${segment.article}).`, ...about].join('\n'),
          uid: uid(`extended-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'restarted':
        events.push({
          start: segment.date,
          summary: `${tag}${prefix}Clock restarted: ${policy.id} — new limit ${segment.amount}`,
          description: [`A new limit of ${segment.amount} starts; ${segment.discarded} day(s) counted before no longer count (${segment.article}).`, ...about].join('\n'),
          uid: uid(`restarted-${icsDate(segment.date)}`),
          categories: ['Deadline'],
        });
        break;
      case 'due':
        events.push({
          start: segment.date,
          summary: `${tag}${prefix}Due: ${policy.id} — ${result.limit.amount} ${UNIT_NAMES[result.limit.unit] ?? result.limit.unit}${segment.consequence === 'none' ? '' : ` (${words(segment.consequence)})`}`,
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
  const tag = label(result.provisional);
  for (const stage of result.stages) {
    const name = `Stage ${stage.index + 1} (${stage.label.en}): `;
    if (stage.deadline) {
      events.push(...deadlineEvents(stage.deadline, name));
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
    events.push({ start: result.start, summary: `${tag}Start`, uid: `${key}-start@reviewclock`, categories: ['Deadline', 'Start'] });
  }
  return events;
}
