import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  CalendarRequiredError,
  InvalidArgumentError,
  deadlineToICS,
  dueDate,
  getPolicy,
  projectCalendar,
  projectTimeline,
  type DeadlineIcsOptions,
} from '../../../src/index.js';
import { HK } from '../../../src/hk.js';
import { checkIcs, eventsOf, unescapeText, unfold, type IcsComponent } from '../../support/icsCheck.js';

/** The checked file's VEVENTs with their VALARMs. */
function parse(text: string): { events: Record<string, string>[]; alarms: Record<string, string>[][] } {
  const { problems, root } = checkIcs(text);
  expect(problems).toEqual([]);
  const vevents = root!.children.filter((c) => c.name === 'VEVENT');
  return { events: eventsOf(root!), alarms: vevents.map((event) => event.children.map(checkAlarm)) };
}

/**
 * One VALARM checked against RFC 5545 §3.6.6 (a DISPLAY alarm: exactly one ACTION, TRIGGER and DESCRIPTION) and
 * §3.8.6.3 (an absolute TRIGGER is VALUE=DATE-TIME in UTC), its properties returned (DESCRIPTION decoded).
 */
function checkAlarm(alarm: IcsComponent): Record<string, string> {
  expect(alarm.name).toBe('VALARM');
  expect(alarm.children).toEqual([]);
  for (const name of ['ACTION', 'TRIGGER', 'DESCRIPTION']) expect(alarm.properties.filter((p) => p.name === name), name).toHaveLength(1);
  const trigger = alarm.properties.find((p) => p.name === 'TRIGGER')!;
  expect(trigger.params).toEqual({ VALUE: 'DATE-TIME' });
  expect(trigger.value).toMatch(/^\d{8}T\d{6}Z$/);
  const description = alarm.properties.find((p) => p.name === 'DESCRIPTION')!.value;
  expect(description).not.toMatch(/(^|[^\\])(\\\\)*[;,]/); // TEXT: ; and , escaped
  return Object.fromEntries(alarm.properties.map((p) => [p.name, p.name === 'DESCRIPTION' ? unescapeText(p.value) : p.value]));
}

const triggersOf = (text: string) => parse(text).alarms.flat().map((alarm) => alarm['TRIGGER']);
const at9China = (date: string) => `${date.replaceAll('-', '')}T010000Z`; // 09:00 UTC+8 = 01:00 UTC

// IND accepted Fri 2025-09-26: due Thu 2025-12-25, the 60th working day (README).
const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });

describe('deadlineToICS: the application\'s title', () => {
  it('leads every SUMMARY and every DESCRIPTION, and names the calendar', () => {
    const text = deadlineToICS(ind, { title: 'ABC-123 IND', id: 'ABC-123' });
    const { events } = parse(text);
    expect(events.map((e) => e['SUMMARY'])).toEqual([
      'ABC-123 IND — Day 0: cn.nmpa.drug.ind — Acceptance of the IND (the date on the acceptance notice)',
      'ABC-123 IND — Due: cn.nmpa.drug.ind — 60 working days (implied approval)',
    ]);
    for (const event of events) expect(event['DESCRIPTION']!.split('\n')[0]).toBe('Application: ABC-123 IND (id ABC-123)');
    expect(unfold(text)).toMatch(/^NAME:ABC-123 IND — cn\.nmpa\.drug\.ind: /m);
  });

  it('escapes commas, semicolons and backslashes in the title (RFC 5545 §3.3.11)', () => {
    const text = deadlineToICS(ind, { title: 'ACME, Inc.; IND\\2' });
    const raw = unfold(text).split('\r\n').filter((line) => line.startsWith('SUMMARY:'));
    expect(raw[1]).toBe('SUMMARY:ACME\\, Inc.\\; IND\\\\2 — Due: cn.nmpa.drug.ind — 60 working days (implied approval)');
    expect(parse(text).events[1]!['SUMMARY']).toBe('ACME, Inc.; IND\\2 — Due: cn.nmpa.drug.ind — 60 working days (implied approval)');
  });

  it('folds a long title without breaking a character', () => {
    const title = '💊 甲乙丙丁戊己庚辛壬癸 '.repeat(8).trim(); // a surrogate pair is a whole character
    const { events } = parse(deadlineToICS(ind, { title })); // checkIcs: no line over 75 octets, none split in a character
    expect(events[1]!['SUMMARY']!.startsWith(`${title} — Due: `)).toBe(true);
  });

  it('writes the same file without options, with {} and with undefined', () => {
    expect(deadlineToICS(ind, {})).toBe(deadlineToICS(ind));
    expect(deadlineToICS(ind, undefined)).toBe(deadlineToICS(ind));
    expect(deadlineToICS(ind, { title: undefined, id: undefined, remind: undefined })).toBe(deadlineToICS(ind));
  });

  it.each([
    ['', /options\.title must be the application's name, e.g\. "ABC-123 IND": one line of text, not empty, received ""/],
    ['   ', /options\.title .* not empty, received "   "/],
    ['ABC\nIND', /options\.title .* without control characters .*, received "ABC\\nIND"/],
    ['ABC\r\nIND', /options\.title .* without control characters/],
    ['ABC\tIND', /options\.title .* without control characters/],
    ['ABC\u001b[31m', /options\.title .* without control characters/],
    ['ABC\u0085IND', /options\.title .* without control characters/],
    ['ABC\u2028IND', /options\.title .* without control characters/],
    ['ABC\uD800', /options\.title .* of whole characters \(it holds half of a UTF-16 surrogate pair\)/],
    [' ABC', /options\.title .* without spaces at its start or end, received " ABC"/],
    ['ABC ', /options\.title .* without spaces at its start or end/],
    [42, /options\.title must be the application's name.*: one line of text, received 42/],
    [null, /options\.title .*received null/],
  ])('refuses the title %j', (title, message) => {
    const call = () => deadlineToICS(ind, { title } as DeadlineIcsOptions);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(new RegExp(`^deadlineToICS: ${message.source}`));
  });

  it('refuses ids by the same rules, and unknown options and options that are not an object', () => {
    expect(() => deadlineToICS(ind, { id: '' })).toThrow(/^deadlineToICS: options\.id must be the application's stable id, e\.g\. "ABC-123": one line of text, not empty, received ""/);
    expect(() => deadlineToICS(ind, { id: 'A\nB' })).toThrow(/^deadlineToICS: options\.id .* without control characters/);
    expect(() => deadlineToICS(ind, { titel: 'ABC' } as never)).toThrow(/^deadlineToICS: options\.titel is not an option: the options are title, id, remind and lang/);
    expect(() => deadlineToICS(ind, { reminder: 5 } as never)).toThrow(InvalidArgumentError);
    expect(() => deadlineToICS(ind, 'ABC' as never)).toThrow(/^deadlineToICS: options must be an object like \{ title: .*received "ABC"/);
    expect(() => deadlineToICS(ind, null as never)).toThrow(/received null/);
    expect(() => deadlineToICS(ind, [] as never)).toThrow(/received an array/);
  });
});

describe('deadlineToICS: UIDs per application', () => {
  const uids = (options?: DeadlineIcsOptions, result = ind) => parse(deadlineToICS(result, options)).events.map((e) => e['UID']);

  it('keeps the UIDs when the title changes, with or without an id', () => {
    expect(uids({ title: 'ABC-123 IND' })).toEqual(uids());
    expect(uids({ title: 'ABC-123 IND (renamed)', id: 'ABC-123' })).toEqual(uids({ title: 'ABC-123 IND', id: 'ABC-123' }));
    expect(uids({ id: 'ABC-123' })).toEqual(uids({ title: 'ABC-123 IND', id: 'ABC-123' }));
  });

  it('gives two applications with the same policy and start UIDs of their own', () => {
    const [a, b, none] = [uids({ id: 'ABC-123' }), uids({ id: 'ABC-124' }), uids()];
    expect(a).toHaveLength(2);
    expect(new Set([...a, ...b, ...none]).size).toBe(6);
    for (const uid of [...a, ...b]) expect(uid).toMatch(/^[0-9a-f]{16}-(start|due)@reviewclock$/);
  });

  it('keeps the UIDs of an application with an id when its start is corrected, and moves the events', () => {
    const corrected = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-29' });
    expect(uids({ id: 'ABC-123' }, corrected)).toEqual(uids({ id: 'ABC-123' }));
    expect(uids(undefined, corrected)).not.toEqual(uids()); // without an id, a new start is another deadline
  });

  it('keeps the UIDs of an application\'s timeline when a title is added, and separates two ids', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2025-03-03' });
    const of = (options?: DeadlineIcsOptions) => parse(deadlineToICS(timeline, options)).events.map((e) => e['UID']);
    expect(of({ title: 'NDA-7', id: 'NDA-7' })).toEqual(of({ id: 'NDA-7' }));
    expect(of({ title: 'NDA-7' })).toEqual(of());
    const both = [...of({ id: 'NDA-7' }), ...of({ id: 'NDA-8' })];
    expect(new Set(both).size).toBe(both.length);
  });

  it('keeps SEQUENCE and DTSTAMP: they count the facts, not the title or the reminders', () => {
    const revision = (options?: DeadlineIcsOptions) => parse(deadlineToICS(ind, options)).events.map((e) => [e['SEQUENCE'], e['DTSTAMP']]);
    expect(revision({ title: 'ABC-123 IND', id: 'ABC-123', remind: { workingDays: 5, calendar: CN } })).toEqual(revision());
  });
});

describe('deadlineToICS: reminders', () => {
  it('fires 5 working days before the IND due date, at 09:00 China time, on the due-date event only', () => {
    // Due Thu 25 Dec 2025; no rest day in December before it: 24 (1), 23 (2), 22 (3), Fri 19 (4), Thu 18 (5).
    const { events, alarms } = parse(deadlineToICS(ind, { title: 'ABC-123 IND', remind: { workingDays: 5, calendar: CN } }));
    expect(alarms.map((list) => list.length)).toEqual([0, 1]); // the start event has none
    expect(events[1]!['DTSTART']).toBe('20251225');
    expect(alarms[1]![0]).toEqual({
      ACTION: 'DISPLAY',
      TRIGGER: '20251218T010000Z',
      DESCRIPTION: 'Reminder: ABC-123 IND — cn.nmpa.drug.ind is due on 2025-12-25, in 5 working days (counted on the CN calendar). At expiry: implied approval.',
    });
  });

  it('counts working days, not calendar days, back over National Day 2025 (a due date just after the holiday)', () => {
    // Acceptance (5 working days) from Fri 26 Sep 2025: Sun 28 Sep (make-up day, 1), 29 (2), 30 (3), 1–8 Oct off,
    // Thu 9 Oct (4), Fri 10 Oct (5) → due 10 Oct. Back from it: 0 → 10 Oct itself; 1 → Thu 9 Oct; 2 → Tue 30 Sep
    // (not 8 Oct: a rest day); 3 → Mon 29 Sep; 4 → Sun 28 Sep, a make-up working day.
    const result = dueDate({ policy: 'cn.nmpa.drug.acceptance', start: '2025-09-26' });
    expect(result.due).toBe('2025-10-10');
    const triggers = triggersOf(deadlineToICS(result, { remind: { workingDays: [0, 1, 2, 3, 4], calendar: CN } }));
    expect(triggers).toEqual(['2025-10-10', '2025-10-09', '2025-09-30', '2025-09-29', '2025-09-28'].map(at9China));
  });

  it('counts back over the Spring Festival 2026', () => {
    // Acceptance from Wed 11 Feb 2026: 12 (1), 13 (2), Sat 14 Feb (make-up day, 3), 15–23 Feb off, Tue 24 (4),
    // Wed 25 (5) → due 25 Feb. Back: 1 → Tue 24 Feb; 2 → Sat 14 Feb (make-up); 3 → Fri 13 Feb, 12 calendar days earlier.
    const result = dueDate({ policy: 'cn.nmpa.drug.acceptance', start: '2026-02-11' });
    expect(result.due).toBe('2026-02-25');
    const { alarms } = parse(deadlineToICS(result, { remind: { workingDays: [3, 2, 1], calendar: CN } }));
    expect(alarms.flat().map((a) => a['TRIGGER'])).toEqual(['2026-02-13', '2026-02-14', '2026-02-24'].map(at9China)); // in the order given
    expect(alarms.flat()[2]!['DESCRIPTION']).toBe('Reminder: cn.nmpa.drug.acceptance is due on 2026-02-25, in 1 working day (counted on the CN calendar).');
  });

  it('says "today" for 0 working days', () => {
    const { alarms } = parse(deadlineToICS(ind, { remind: { workingDays: 0, calendar: CN } }));
    expect(alarms[1]).toEqual([{ ACTION: 'DISPLAY', TRIGGER: at9China('2025-12-25'), DESCRIPTION: 'Reminder: cn.nmpa.drug.ind is due today, 2025-12-25. At expiry: implied approval.' }]);
  });

  it('counts a Hong Kong deadline on Hong Kong days, and refuses another calendar than the result\'s', () => {
    // A 1-working-day HK rule from Wed 24 Dec 2025: 25 and 26 Dec are HK general holidays, 27–28 a weekend → due
    // Mon 29 Dec. One working day before it on HK: Wed 24 Dec (on CN it would be Fri 26 Dec, a mainland working day).
    const policy = getPolicy('hk.dh.pcm.innovative');
    const hkResult = dueDate({ policy: { ...policy, id: 'test.hk.one-day', limit: { ...policy.limit, amount: 1 }, effective: { from: '2025-01-01', to: null } } as never, start: '2025-12-24', calendar: HK });
    expect(hkResult.due).toBe('2025-12-29');
    expect(triggersOf(deadlineToICS(hkResult, { remind: { workingDays: 1, calendar: HK } }))).toEqual([at9China('2025-12-24')]);
    const wrong = () => deadlineToICS(hkResult, { remind: { workingDays: 1, calendar: CN } });
    expect(wrong).toThrow(CalendarRequiredError);
    expect(wrong).toThrow(/^deadlineToICS: the deadline was counted on the HK calendar, but options\.remind is the CN calendar; pass the calendar it was counted on \(HK from 'reviewclock\/hk'\)/);
    expect(() => deadlineToICS(ind, { remind: { workingDays: 1, calendar: HK } })).toThrow(CalendarRequiredError);
    // With several calendars, the one with the result's id.
    expect(triggersOf(deadlineToICS(hkResult, { remind: { workingDays: 1, calendars: [CN, HK] } }))).toEqual([at9China('2025-12-24')]);
  });

  it('marks a reminder before a provisional due date as provisional, and never guesses past coverage', () => {
    const projected = projectCalendar(CN, { through: 2027 });
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-12-01', calendar: projected });
    expect(result.provisional).toBe(true);
    const { events, alarms } = parse(deadlineToICS(result, { remind: { workingDays: 5, calendar: projected } }));
    expect(events[1]!['SUMMARY']).toMatch(/^\(provisional\) Due: /);
    expect(alarms[1]![0]!['DESCRIPTION']).toMatch(/\nProvisional: the due date depends on projected calendar days .* so the day of this reminder is provisional too\.$/);
    expect(alarms[1]![0]!['TRIGGER']! < `${result.due!.replaceAll('-', '')}T010000Z`).toBe(true);
    // On CN itself (published through 2026), the 2027 due date is not covered: the calendar's coverage error.
    const uncovered = () => deadlineToICS(result, { remind: { workingDays: 5, calendar: CN } });
    expect(uncovered).toThrow(CalendarCoverageError);
    expect(uncovered).toThrow(/^deadlineToICS: .*2027.* lies outside the CN calendar/);
  });

  it('throws the coverage error for a reminder day before the calendar begins', () => {
    // CN starts on 1 Jan 2004: 9,999 working days (about 40 years of some 250) before 25 Dec 2025 lie before it.
    const call = () => deadlineToICS(ind, { remind: { workingDays: [5, 9999], calendar: CN } });
    expect(call).toThrow(CalendarCoverageError);
    expect(call).toThrow(/^deadlineToICS: the 9999th working day before 2025-12-25 lies outside the CN calendar, which covers 2004-01-01/);
  });

  it('writes no reminder while the clock is stopped (no due date yet)', () => {
    const open = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20' }] });
    const { events, alarms } = parse(deadlineToICS(open, { remind: { workingDays: 5, calendar: CN } }));
    expect(events.map((e) => e['CATEGORIES'])).toEqual(['Deadline,Start', 'Deadline,Clock stop']);
    expect(alarms.flat()).toEqual([]);
  });

  it('reminds of each stage of a timeline not completed yet, on its due date', () => {
    // Acceptance completed on 2025-03-07: no reminder for it; the later stages each get one on their due date.
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.nda.registration', start: '2025-03-03', progress: { 'cn.nmpa.drug.acceptance': { completed: '2025-03-07' } } });
    const { events, alarms } = parse(deadlineToICS(timeline, { title: 'NDA-7', remind: { workingDays: 0, calendar: CN } }));
    const due = events.map((e, i) => ({ e, a: alarms[i]! })).filter(({ e }) => e['CATEGORIES'] === 'Deadline,Due');
    expect(due.length).toBe(timeline.stages.length);
    expect(due[0]!.a).toEqual([]); // the completed acceptance
    for (const { e, a } of due.slice(1)) expect(a.map((alarm) => alarm['TRIGGER'])).toEqual([`${e['DTSTART']}T010000Z`]);
    expect(due[1]!.a[0]!['DESCRIPTION']).toMatch(/^Reminder: NDA-7 — Stage 2 \(.*\): cn\.nmpa\.drug\.nda is due today, /);
  });

  it.each([
    [{ workingDays: -1, calendar: CN }, /options\.remind\.workingDays must be a whole number of working days before the due date, from 0 \(on the due date\) up, received -1/],
    [{ workingDays: 1.5, calendar: CN }, /options\.remind\.workingDays must be a whole number .* received 1\.5/],
    [{ workingDays: Number.NaN, calendar: CN }, /options\.remind\.workingDays must be a whole number .* received NaN/],
    [{ workingDays: Infinity, calendar: CN }, /options\.remind\.workingDays must be a whole number .* received Infinity/],
    [{ workingDays: '5', calendar: CN }, /options\.remind\.workingDays must be .* \(e\.g\. 5\), or a list of them \(e\.g\. \[10, 2\]\), received "5"/],
    [{ workingDays: [], calendar: CN }, /options\.remind\.workingDays must list at least one number of working days/],
    [{ workingDays: [5, 2, 5], calendar: CN }, /options\.remind\.workingDays\[2\] is 5 again, as workingDays\[0\]; give each reminder once/],
    [{ workingDays: [2, -3], calendar: CN }, /options\.remind\.workingDays\[1\] must be a whole number .* received -3/],
    [{ workingDays: [1, , 3], calendar: CN }, /options\.remind\.workingDays\[1\] is missing \(the array has a hole there\)/],
    [{ calendar: CN }, /options\.remind\.workingDays must be .* received undefined/],
    [{ workingDays: 5 }, /options\.remind needs the calendar the deadline was counted on/],
    [{ workingDays: 5, calendar: CN, calendars: [CN] }, /options\.remind needs calendar or calendars, not both/],
    [{ workingDays: 5, calendar: 'CN' }, /options\.remind\.calendar must be a reviewclock calendar such as CN .* received "CN"/],
    [{ workingDays: 5, calendars: [] }, /options\.remind\.calendars must be a non-empty array of calendars such as \[CN, HK\], received an empty array/],
    [{ workingDays: 5, calendars: [CN, withSameId()] }, /options\.remind\.calendars\[1\] has the id "CN" of a calendar before it/],
    [{ workingDays: 5, calendar: CN, days: 3 }, /options\.remind\.days is not an option: the options are workingDays, calendar and calendars/],
    [5, /options\.remind must be an object like \{ workingDays: 5, calendar: CN \}, received 5/],
  ])('refuses the reminder %#', (remind, message) => {
    const call = () => deadlineToICS(ind, { remind } as DeadlineIcsOptions);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(new RegExp(`^deadlineToICS: ${message.source}`));
  });
});

/** Another calendar with the id CN (CN with a projection). */
function withSameId() {
  return projectCalendar(CN, { through: 2027 });
}
