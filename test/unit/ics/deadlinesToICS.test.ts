import { describe, expect, it } from 'vitest';
import { CN, CalendarRequiredError, InvalidArgumentError, deadlineToICS, deadlinesToICS, dueDate, getPolicy, projectTimeline, type DeadlineIcsEntry } from '../../../src/index.js';
import { HK } from '../../../src/hk.js';
import { checkIcs, eventsOf, unfold } from '../../support/icsCheck.js';

function events(text: string) {
  const { problems, root } = checkIcs(text);
  expect(problems).toEqual([]);
  return eventsOf(root!);
}

/** The TRIGGER of every VALARM in the file, in order. */
const triggers = (text: string) => unfold(text).match(/^TRIGGER;VALUE=DATE-TIME:\d{8}T\d{6}Z$/gm)?.map((line) => line.slice(-16, -8)) ?? [];

// IND accepted Fri 2025-09-26: due Thu 2025-12-25 (README). The same application after a supplement notice
// 2025-10-20..2025-11-10 with its reason: 3 facts (stop, reason, resume), latest 2025-11-10.
const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
const stopped = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-10', reason: 'sponsor-supplement' }] });
// A 1-working-day HK rule from Wed 24 Dec 2025: 25 and 26 Dec are HK general holidays, 27–28 a weekend → due Mon
// 29 Dec 2025.
const policy = getPolicy('hk.dh.pcm.innovative');
const hkOneDay = dueDate({ policy: { ...policy, id: 'test.hk.one-day', limit: { ...policy.limit, amount: 1 }, effective: { from: '2025-01-01', to: null } } as never, start: '2025-12-24', calendar: HK });

describe('deadlinesToICS', () => {
  it("writes each entry's events as deadlineToICS does, with its own SEQUENCE and DTSTAMP", () => {
    const entries: DeadlineIcsEntry[] = [
      { result: ind, title: 'ABC-123 IND', id: 'ABC-123' },
      { result: stopped, title: 'ABC-124 IND', id: 'ABC-124' },
    ];
    const all = events(deadlinesToICS(entries, { name: 'Regulatory deadlines' }));
    const alone = entries.flatMap(({ result, title, id }) => events(deadlineToICS(result, { title, id })));
    expect(all).toEqual(alone);
    // By hand: the first application rests on its start alone (no fact: SEQUENCE 2 × 0 + 1 for an exact answer, its
    // start); the second on 3 facts (2 × 3 + 1), the latest the day the clock resumed.
    expect(all.map((e) => [e['SUMMARY']!.split(' — ')[0], e['SEQUENCE'], e['DTSTAMP']])).toEqual([
      ['ABC-123 IND', '1', '20250926T000000Z'],
      ['ABC-123 IND', '1', '20250926T000000Z'],
      ['ABC-124 IND', '7', '20251110T000000Z'],
      ['ABC-124 IND', '7', '20251110T000000Z'],
      ['ABC-124 IND', '7', '20251110T000000Z'],
    ]);
    expect(unfold(deadlinesToICS(entries, { name: 'Regulatory deadlines' }))).toMatch(/^NAME:Regulatory deadlines\r\nX-WR-CALNAME:Regulatory deadlines\r\n/m);
    expect(deadlinesToICS(entries)).not.toMatch(/^NAME:/m);
  });

  it('holds a deadline and a timeline together', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2025-03-03' });
    const all = events(deadlinesToICS([{ result: ind, id: 'A' }, { result: timeline, id: 'B', title: 'NDA-7' }]));
    expect(all).toEqual([...events(deadlineToICS(ind, { id: 'A' })), ...events(deadlineToICS(timeline, { id: 'B', title: 'NDA-7' }))]);
  });

  it('counts each entry\'s reminders on its own calendar', () => {
    // IND due Thu 25 Dec 2025, 2 CN working days before: Tue 23 Dec. HK rule due Mon 29 Dec, 2 HK working days
    // before: Wed 24 Dec (1), Tue 23 Dec (2) (25–28 Dec are no HK working days); 1 day before: Wed 24 Dec, where
    // on CN it would be Fri 26 Dec.
    const entries: DeadlineIcsEntry[] = [{ result: ind, id: 'ABC-123' }, { result: hkOneDay, id: 'HK-9' }];
    expect(triggers(deadlinesToICS(entries, { remind: { workingDays: [2, 1], calendars: [HK, CN] } }))).toEqual(['20251223', '20251224', '20251223', '20251224']);
    const missing = () => deadlinesToICS(entries, { remind: { workingDays: 1, calendars: [CN] } });
    expect(missing).toThrow(CalendarRequiredError);
    expect(missing).toThrow(/^deadlinesToICS: entries\[1\]: the deadline was counted on the HK calendar, but options\.remind is the CN calendar/);
    expect(() => deadlinesToICS(entries, { remind: { workingDays: 1, calendar: CN } })).toThrow(CalendarRequiredError);
  });

  it('refuses two entries with the same id, naming both', () => {
    const call = () => deadlinesToICS([{ result: ind, id: 'ABC-123' }, { result: stopped, id: 'ABC-124' }, { result: hkOneDay, id: 'ABC-123' }]);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(/^deadlinesToICS: entries\[0\] and entries\[2\] have the same id "ABC-123"; an id names one application/);
  });

  it('refuses two entries without ids whose UIDs would collide (the same policy and start), and takes them with ids', () => {
    const call = () => deadlinesToICS([{ result: ind, title: 'ABC-123' }, { result: stopped, title: 'ABC-124' }]);
    expect(call).toThrow(/^deadlinesToICS: entries\[0\] and entries\[1\] would write events with the same UIDs \(the same policy and start, and no id\); give each entry its own id/);
    const both = events(deadlinesToICS([{ result: ind, id: 'ABC-123' }, { result: stopped, id: 'ABC-124' }]));
    expect(new Set(both.map((e) => e['UID'])).size).toBe(both.length);
  });

  it.each([
    [[], /^deadlinesToICS: expected a non-empty array of entries .* received an empty array/],
    ['x', /^deadlinesToICS: expected a non-empty array of entries .* received "x"/],
    [[undefined], /^deadlinesToICS: entries\[0\] must be an object like \{ result: dueDate\(…\), .* received undefined/],
    [[ind], /^deadlinesToICS: entries\[0\]\.kind is not a field: the fields are result, title and id/],
    [[{ result: ind, name: 'x' }], /^deadlinesToICS: entries\[0\]\.name is not a field/],
    [[{ result: ind, title: '' }], /^deadlinesToICS: entries\[0\]\.title must be the application's name.* not empty, received ""/],
    [[{ result: ind, id: 'A\nB' }], /^deadlinesToICS: entries\[0\]\.id must be the application's stable id.* without control characters/],
    [[{ result: 42 }], /^deadlinesToICS: entries\[0\]: expected the result of dueDate or projectTimeline, received 42/],
    [[{ result: ind }, { result: dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-29', trace: false }) }], /^deadlinesToICS: entries\[1\]: the deadline result has no trace/],
  ])('refuses the entries %#', (entries, message) => {
    expect(() => deadlinesToICS(entries as never)).toThrow(InvalidArgumentError);
    expect(() => deadlinesToICS(entries as never)).toThrow(message);
  });

  it('refuses bad options', () => {
    const entries = [{ result: ind }];
    expect(() => deadlinesToICS(entries, { title: 'x' } as never)).toThrow(/^deadlinesToICS: options\.title is not an option: the options are name, remind and lang/);
    expect(() => deadlinesToICS(entries, { name: '' })).toThrow(/^deadlinesToICS: options\.name must be the calendar's name/);
    expect(() => deadlinesToICS(entries, { remind: { workingDays: -2, calendar: CN } })).toThrow(/^deadlinesToICS: options\.remind\.workingDays must be a whole number .* received -2/);
    expect(() => deadlinesToICS(entries, { remind: { workingDays: 2, calendars: [CN, CN] } })).toThrow(/^deadlinesToICS: options\.remind\.calendars\[1\] has the id "CN"/);
    expect(() => deadlinesToICS(entries, 3 as never)).toThrow(/^deadlinesToICS: options must be an object like .* received 3/);
  });
});
