import { describe, expect, it } from 'vitest';
import { CN, InvalidArgumentError, deadlineToICS, dueDate, projectCalendar, projectTimeline } from '../../../src/index.js';
import { checkIcs, eventsOf } from '../../support/icsCheck.js';

function events(text: string) {
  const { problems, root } = checkIcs(text);
  expect(problems).toEqual([]);
  return eventsOf(root!);
}

describe('deadlineToICS', () => {
  // IND accepted Fri 2025-09-26, 60 working days; stopped 2025-10-20..2025-11-10 (15 working days: Oct 21–24, 27–31,
  // Nov 3–7, 10). Due = the 75th working day after the start: the 60th is 2025-12-25 (README), then Dec 26, 29, 30,
  // 31, Sun Jan 4 (make-up), Jan 5–9, 12–16 → 2026-01-16.
  const stopped = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-10', reason: 'sponsor-supplement' }] });

  it('writes the start, the stop and the due date as all-day events', () => {
    const list = events(deadlineToICS(stopped));
    expect(list.map((e) => [e['CATEGORIES'], e['DTSTART'], e['DTEND']])).toEqual([
      ['Deadline,Start', '20250926', '20250927'],
      ['Deadline,Clock stop', '20251020', '20251111'],
      ['Deadline,Due', '20260119', '20260120'], // Fri 01-16 when the notice day 10-20 counts; not counted, one working day later
    ]);
    expect(list[2]!['SUMMARY']).toBe('Due: cn.nmpa.drug.ind — 60 working days (implied approval)');
    expect(list.every((e) => e['DTSTAMP'] === '20250926T000000Z')).toBe(true);
  });

  it('keeps the due event’s UID when a stop moves the due date', () => {
    const plain = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' })));
    const due = plain.find((e) => e['CATEGORIES'] === 'Deadline,Due')!;
    expect(due['DTSTART']).toBe('20251225');
    expect(due['UID']).toBe(events(deadlineToICS(stopped)).find((e) => e['CATEGORIES'] === 'Deadline,Due')!['UID']);
    expect(deadlineToICS(stopped)).toBe(deadlineToICS(stopped));
  });

  it('labels a provisional deadline', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-12-01', calendar: projectCalendar(CN, { through: 2027 }) });
    expect(result.provisional).toBe(true);
    for (const event of events(deadlineToICS(result))) expect(event['SUMMARY']).toMatch(/^\(provisional\) /);
  });

  it('writes the stages and milestones of a timeline', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2025-03-03' });
    const list = events(deadlineToICS(timeline));
    const dues = list.filter((e) => e['CATEGORIES'] === 'Deadline,Due');
    expect(dues.map((e) => e['DTSTART'])).toEqual(timeline.stages.map((s) => s.due!.replaceAll('-', '')));
    expect(new Set(list.map((e) => e['UID'])).size).toBe(list.length);
  });

  it('refuses what is not a result', () => {
    expect(() => deadlineToICS({} as never)).toThrow(InvalidArgumentError);
    expect(() => deadlineToICS({ kind: 'other' } as never)).toThrow(/kind 'deadline' or 'timeline'/);
  });
});
