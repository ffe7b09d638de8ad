import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/ics/icsText.js';
import { CN, InvalidArgumentError, InvalidDateError, deadlineToICS, dueDate, projectCalendar, projectTimeline } from '../../../src/index.js';
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
    // DTSTAMP: the latest fact, the day the clock resumed (2025-11-10), not the start. SEQUENCE: 2 × the facts, the
    // stop (1), its reason (1), its resume date (1), + 1 for an exact answer = 7.
    expect(list.map((e) => [e['DTSTAMP'], e['SEQUENCE']])).toEqual(Array(3).fill(['20251110T000000Z', '7']));
  });

  it('keeps the due event’s UID when a stop moves the due date', () => {
    const plain = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' })));
    const due = plain.find((e) => e['CATEGORIES'] === 'Deadline,Due')!;
    expect(due['DTSTART']).toBe('20251225');
    expect(due['UID']).toBe(events(deadlineToICS(stopped)).find((e) => e['CATEGORIES'] === 'Deadline,Due')!['UID']);
    expect(deadlineToICS(stopped)).toBe(deadlineToICS(stopped));
  });

  it('writes an exact deadline with no stop at SEQUENCE 1, stamped on its start, with the UIDs of earlier versions', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
    const list = events(deadlineToICS(result));
    expect(list.map((e) => [e['DTSTAMP'], e['SEQUENCE']])).toEqual(Array(2).fill(['20250926T000000Z', '1']));
    // The key of a deadline's UIDs: policy id, version and start, NUL-separated, with a trailing NUL (as before).
    const key = contentHash(`cn.nmpa.drug.ind\u0000${result.policy.version}\u00002025-09-26\u0000`);
    expect(list.map((e) => e['UID'])).toEqual([`${key}-start@reviewclock`, `${key}-due@reviewclock`]);
  });

  it('re-exported as the application moves on: the same UIDs, a later DTSTAMP and a higher SEQUENCE', () => {
    const stop = { from: '2025-10-20', reason: 'sponsor-supplement' };
    const exports = [
      dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }), // facts: the start only
      dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [stop] }), // + a stop with its reason (open)
      dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ ...stop, to: '2025-11-10' }] }), // + its resume date
    ].map((result) => events(deadlineToICS(result)));
    // Expected by hand: SEQUENCE 2 × (0, 1 + 1, 1 + 1 + 1 facts) + 1 (exact answers); DTSTAMP the latest fact: start,
    // stop day, resume day.
    expect(exports.map((list) => [list[0]!['SEQUENCE'], list[0]!['DTSTAMP']])).toEqual([
      ['1', '20250926T000000Z'],
      ['5', '20251020T000000Z'],
      ['7', '20251110T000000Z'],
    ]);
    const [before, open, resumed] = exports as [Record<string, string>[], Record<string, string>[], Record<string, string>[]];
    const due = (list: Record<string, string>[]) => list.find((e) => e['CATEGORIES'] === 'Deadline,Due');
    expect(due(open)).toBeUndefined(); // while the clock is stopped, the due date is unknown
    expect(due(resumed)!['UID']).toBe(due(before)!['UID']);
    expect([due(before)!['DTSTART'], due(resumed)!['DTSTART']]).toEqual(['20251225', '20260119']);
    const stopOf = (list: Record<string, string>[]) => list.find((e) => e['CATEGORIES'] === 'Deadline,Clock stop')!;
    expect(stopOf(resumed)['UID']).toBe(stopOf(open)['UID']);
    expect([stopOf(open)['DTEND'], stopOf(resumed)['DTEND']]).toEqual(['20251021', '20251111']);
  });

  it('raises SEQUENCE by 1 when a provisional answer becomes exact, so calendar apps drop the "(provisional)" events', () => {
    // Back-testing: 2026 projected from the law and the principles (projectCalendar from 2026) stands for a year not
    // yet published; CN itself has the 2026 notice. Same facts (the start), same UIDs; only the answer's basis differs.
    const projected = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-12-01', calendar: projectCalendar(CN, { from: 2026 }) });
    const exact = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-12-01' });
    expect([projected.provisional, exact.provisional]).toEqual([true, false]);
    const [before, after] = [projected, exact].map((result) => events(deadlineToICS(result)));
    expect(before!.map((e) => e['UID'])).toEqual(after!.map((e) => e['UID']));
    expect(before!.map((e) => e['SEQUENCE'])).toEqual(['0', '0']);
    expect(after!.map((e) => e['SEQUENCE'])).toEqual(['1', '1']);
    expect(before!.find((e) => e['CATEGORIES'] === 'Deadline,Due')!['SUMMARY']).toMatch(/^\(provisional\) Due:/);
    expect(after!.find((e) => e['CATEGORIES'] === 'Deadline,Due')!['SUMMARY']).toMatch(/^Due:/);
  });

  it('counts a stop after the due date and a discretionary extension as facts', () => {
    // Due 2025-12-25 with no stop (README); a stop from 2026-01-05 changes nothing but is known: 1 fact, SEQUENCE 3.
    const late = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2026-01-05' }] })));
    expect(late.map((e) => [e['DTSTART'], e['DTSTAMP'], e['SEQUENCE']])).toEqual([
      ['20250926', '20260105T000000Z', '3'],
      ['20251225', '20260105T000000Z', '3'],
    ]);
    // An extension has no date of its own: DTSTAMP stays the start, 0 → 1 fact, SEQUENCE 1 → 3.
    const plain = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.supplement', start: '2025-03-03' })));
    const extended = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.supplement', start: '2025-03-03', extension: 30 })));
    const dueOf = (list: Record<string, string>[]) => list.find((e) => e['CATEGORIES'] === 'Deadline,Due')!;
    expect(dueOf(extended)['UID']).toBe(dueOf(plain)['UID']);
    expect(dueOf(extended)['DTSTART']! > dueOf(plain)['DTSTART']!).toBe(true);
    expect([dueOf(plain)['SEQUENCE'], dueOf(extended)['SEQUENCE']]).toEqual(['1', '3']);
    expect([dueOf(plain)['DTSTAMP'], dueOf(extended)['DTSTAMP']]).toEqual(['20250303T000000Z', '20250303T000000Z']);
  });

  it('does not depend on asOf', () => {
    const at = (asOf: string) => deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20' }], asOf }));
    expect(at('2025-10-21')).toBe(at('2025-12-01'));
  });

  it('gives stops that begin on the same day their own UIDs', () => {
    const same = { from: '2025-03-03', to: '2025-03-03' };
    const list = events(deadlineToICS(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [same, same, same] })));
    const stops = list.filter((e) => e['CATEGORIES'] === 'Deadline,Clock stop');
    expect(stops.map((e) => e['UID']!.replace(/^[0-9a-f]{16}-/, ''))).toEqual([
      'stop-20250303@reviewclock',
      'stop-20250303-2@reviewclock',
      'stop-20250303-3@reviewclock',
    ]);
    expect(list[0]!['SEQUENCE']).toBe('13'); // three stops, each with a resume date: 2 × 6 facts + 1
  });

  it('refuses a result without a trace', () => {
    const bare = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', trace: false });
    expect(() => deadlineToICS(bare)).toThrow(InvalidArgumentError);
    expect(() => deadlineToICS(bare)).toThrow(/^deadlineToICS: the deadline result has no trace \(dueDate was called with trace: false\)/);
  });

  it('refuses a result with a bad fact date with a typed error naming it', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2026-01-05', to: '2026-01-06' }] });
    const trace = result.trace.map((segment) => (segment.type === 'ignored-stop' ? { ...segment, to: '2026-02-30' } : segment));
    expect(() => deadlineToICS({ ...result, trace })).toThrow(InvalidDateError);
    expect(() => deadlineToICS({ ...result, trace })).toThrow(/deadlineToICS: result\.trace\[\d+\]\.to/);
  });

  it('labels provisional what was computed on projected days, and only that', () => {
    // Started 2026-12-01 with a stop reported for 2027-01-11..15: the due date lies in projected 2027; the start and
    // the stop are dates the user gave, facts whatever the calendar.
    const result = dueDate({
      policy: 'cn.nmpa.drug.ind',
      start: '2026-12-01',
      stops: [{ from: '2027-01-11', to: '2027-01-15' }],
      calendar: projectCalendar(CN, { through: 2027 }),
    });
    expect(result.provisional).toBe(true);
    const summaries = events(deadlineToICS(result)).map((event) => event['SUMMARY']!);
    expect(summaries.filter((summary) => summary.startsWith('(provisional) '))).toEqual([expect.stringMatching(/^\(provisional\) Due: /)]);
    expect(summaries.some((summary) => summary.startsWith('Day 0: '))).toBe(true);
    expect(summaries.some((summary) => summary.startsWith('Clock stopped: '))).toBe(true);
  });

  it('labels a timeline stage\'s start provisional when it was counted from a provisional due date', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2026-11-02', calendar: projectCalendar(CN, { through: 2028 }) });
    const list = events(deadlineToICS(timeline));
    const starts = list.filter((e) => e['CATEGORIES'] === 'Deadline,Start').map((e) => e['SUMMARY']!);
    // Stage 1 starts on the given date; every later stage starts when the one before it is due.
    expect(starts[0]).toMatch(/^Stage 1 .*Day 0: /);
    timeline.stages.slice(1).forEach((stage, i) => {
      const previousProvisional = timeline.stages[i]!.deadline?.provisional ?? false;
      if (stage.deadline) expect(starts[i + 1]!.startsWith('(provisional) ')).toBe(previousProvisional && stage.startBasis === 'projected');
    });
    expect(starts.slice(1).some((summary) => summary.startsWith('(provisional) '))).toBe(true);
  });

  it('writes the stages and milestones of a timeline', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2025-03-03' });
    const list = events(deadlineToICS(timeline));
    const dues = list.filter((e) => e['CATEGORIES'] === 'Deadline,Due');
    expect(dues.map((e) => e['DTSTART'])).toEqual(timeline.stages.map((s) => s.due!.replaceAll('-', '')));
    expect(new Set(list.map((e) => e['UID'])).size).toBe(list.length);
  });

  it('keeps the UIDs of a later stage when an earlier one completes, with a later DTSTAMP and a higher SEQUENCE', () => {
    const start = '2025-03-03';
    const projected = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start });
    expect(projected.stages[0]!.due).toBe('2025-03-10');
    // Acceptance completed on 2025-03-07, three days before its due date: the review (stage 2) starts then.
    const progressed = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start, progress: { 'cn.nmpa.drug.acceptance': { completed: '2025-03-07' } } });
    // And then a clock stop in the review with its reason: 1 + 1 more facts (open, so the review has no due date yet).
    const stopped = projectTimeline({
      procedure: 'cn.nmpa.drug.nda.registration',
      start,
      progress: { 'cn.nmpa.drug.acceptance': { completed: '2025-03-07' }, 'cn.nmpa.drug.nda': { stops: [{ from: '2025-05-06', reason: 'sponsor-supplement' }] } },
    });
    const [a, b, c] = [projected, progressed, stopped].map((timeline) => events(deadlineToICS(timeline))) as [Record<string, string>[], Record<string, string>[], Record<string, string>[]];
    const reviewStart = (list: Record<string, string>[]) => list.find((e) => e['SUMMARY']!.startsWith('Stage 2 ') && e['CATEGORIES'] === 'Deadline,Start')!;
    const reviewDue = (list: Record<string, string>[]) => list.find((e) => e['SUMMARY']!.startsWith('Stage 2 ') && e['CATEGORIES'] === 'Deadline,Due');
    expect([reviewStart(a)['DTSTART'], reviewStart(b)['DTSTART']]).toEqual(['20250310', '20250307']);
    expect(reviewStart(b)['UID']).toBe(reviewStart(a)['UID']);
    expect(reviewStart(c)['UID']).toBe(reviewStart(a)['UID']);
    expect(reviewDue(b)!['UID']).toBe(reviewDue(a)!['UID']);
    expect(reviewDue(c)).toBeUndefined();
    // Expected by hand: facts 0, 1 (a completion), 3 (+ a stop and its reason), so SEQUENCE 2 × facts + 1 (exact):
    // 1, 3, 7; DTSTAMP the latest fact date.
    expect([a, b, c].map((list) => [list[0]!['SEQUENCE'], list[0]!['DTSTAMP']])).toEqual([
      ['1', '20250303T000000Z'],
      ['3', '20250307T000000Z'],
      ['7', '20250506T000000Z'],
    ]);
    // Every event of a file carries the same revision.
    for (const list of [a, b, c]) expect(new Set(list.map((e) => `${e['SEQUENCE']} ${e['DTSTAMP']}`)).size).toBe(1);
  });

  it('refuses what is not a result', () => {
    expect(() => deadlineToICS({} as never)).toThrow(InvalidArgumentError);
    expect(() => deadlineToICS({ kind: 'other' } as never)).toThrow(/kind 'deadline' or 'timeline'/);
  });
});
