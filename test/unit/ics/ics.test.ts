import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HK } from '../../../src/hk.js';
import { contentHash, foldLine } from '../../../src/ics/icsText.js';
import {
  CN,
  CalendarCoverageError,
  InvalidArgumentError,
  InvalidDateError,
  calendarToICS,
  eventsToICS,
  projectCalendar,
  withOverrides,
  withSchedules,
  type HolidaySchedule,
  type IcsEvent,
} from '../../../src/index.js';
import { checkIcs, eventsOf, unescapeText, unfold } from '../../support/icsCheck.js';

// An example 2027 schedule (not the State Council's), standing in for the notice once published.
const SCHEDULE_2027 = JSON.parse(readFileSync(new URL('../../../fixtures/schedules/cn-2027-example.json', import.meta.url), 'utf8')) as HolidaySchedule;

function valid(text: string) {
  const { problems, root } = checkIcs(text);
  expect(problems).toEqual([]);
  return eventsOf(root!);
}

describe('calendarToICS', () => {
  it('writes the 2026 rest days and make-up working days of CN as all-day events', () => {
    const events = valid(calendarToICS(CN, 2026));
    // The 2026 notice: 7 rest-day spans and 6 make-up working days.
    expect(events.filter((e) => e['CATEGORIES'] === 'Holiday')).toHaveLength(7);
    expect(events.filter((e) => e['CATEGORIES'] === 'Make-up working day').map((e) => e['DTSTART'])).toEqual([
      '20260104', '20260214', '20260228', '20260509', '20260920', '20261010',
    ]);
    // Spring Festival 2026-02-15..23: DTEND is the day after the last rest day.
    expect(events.find((e) => e['SUMMARY']?.startsWith('春节'))).toMatchObject({
      DTSTART: '20260215',
      DTEND: '20260224',
      SUMMARY: '春节 Spring Festival (rest days)',
      UID: 'CN-holiday-20260215@reviewclock',
    });
    expect(events.every((e) => e['DTSTAMP'] === '20260101T000000Z')).toBe(true);
    expect(events.every((e) => e['SEQUENCE'] === '1')).toBe(true); // published days: the revision after a projection
  });

  it('writes projected days at SEQUENCE 0, so the published year replaces them under the same UIDs', () => {
    const projected = valid(calendarToICS(projectCalendar(CN, { through: 2027 }), 2027));
    const published = valid(calendarToICS(withSchedules(CN, SCHEDULE_2027), 2027));
    expect(projected.every((e) => e['SEQUENCE'] === '0')).toBe(true);
    expect(published.every((e) => e['SEQUENCE'] === '1')).toBe(true);
    // The example schedule's New Year's Day, 2027-01-01..03, starts where the projection's does.
    const uid = 'CN-holiday-20270101@reviewclock';
    expect(projected.find((e) => e['UID'] === uid)?.['SUMMARY']).toMatch(/^\(provisional\) /);
    expect(published.find((e) => e['UID'] === uid)).toMatchObject({ SEQUENCE: '1', DTSTART: '20270101', DTEND: '20270104' });
  });

  it('is byte-for-byte the same on every call (stable UIDs, no clock)', () => {
    expect(calendarToICS(CN, 2025)).toBe(calendarToICS(CN, 2025));
  });

  it('keeps a holiday that crosses the year end whole, in both years', () => {
    // The 2008 notice: New Year's Day rest 2007-12-30..2008-01-01.
    const in2007 = valid(calendarToICS(CN, 2007)).find((e) => e['UID'] === 'CN-holiday-20071230@reviewclock');
    const in2008 = valid(calendarToICS(CN, 2008)).find((e) => e['UID'] === 'CN-holiday-20071230@reviewclock');
    expect(in2007).toMatchObject({ DTSTART: '20071230', DTEND: '20080102' });
    expect({ ...in2008, DTSTAMP: '' }).toEqual({ ...in2007, DTSTAMP: '' });
  });

  it('writes Hong Kong general holidays, including those on Saturdays', () => {
    const events = valid(calendarToICS(HK, 2026));
    // 17 general holidays in 2026, each with its own name (so one event each), none a make-up day.
    expect(events).toHaveLength(17);
    expect(events.filter((e) => e['DTSTART']!.startsWith('202602')).map((e) => e['SUMMARY'])).toEqual([
      '農曆年初一 Lunar New Year’s Day (rest day)',
      '農曆年初二 The second day of Lunar New Year (rest day)',
      '農曆年初三 The third day of Lunar New Year (rest day)',
    ]);
    expect(events.find((e) => e['DTSTART'] === '20261226')?.['SUMMARY']).toBe('聖誕節後第一個周日 The first weekday after Christmas Day (rest day)');
  });

  it('labels projected days provisional', () => {
    const events = valid(calendarToICS(projectCalendar(CN, { through: 2027 }), 2027));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event['SUMMARY']).toMatch(/^\(provisional\) /);
      expect(event['DESCRIPTION']).toContain('Provisional');
    }
  });

  it('escapes user text and folds long Chinese names on character boundaries', () => {
    const name = '系统停机；维护, 第二阶段\\备份\n'.repeat(4).trim();
    const calendar = withOverrides(CN, { closed: [{ date: '2026-03-10', name, nameZh: '停机' }] });
    const text = calendarToICS(calendar, 2026);
    const events = valid(text);
    expect(events.find((e) => e['DTSTART'] === '20260310')?.['SUMMARY']).toBe(`停机 ${name} (rest day)`);
  });

  it('refuses a year outside coverage and a year that is not an integer', () => {
    expect(() => calendarToICS(CN, 2027)).toThrow(CalendarCoverageError);
    expect(() => calendarToICS(CN, 2027)).toThrow(/calendarToICS: the year 2027 lies outside the CN calendar/);
    expect(() => calendarToICS(CN, 2025.5)).toThrow(InvalidArgumentError);
  });
});

describe('eventsToICS', () => {
  it('writes one all-day event with the required properties', () => {
    const text = eventsToICS([{ start: '2025-12-25', summary: 'Due: IND, 60 working days; day 60' }], { name: 'Deadlines' });
    const events = valid(text);
    expect(events).toEqual([
      {
        UID: `${contentHash('2025-12-25\u00002025-12-25\u0000Due: IND, 60 working days; day 60')}@reviewclock`,
        DTSTAMP: '20251225T000000Z',
        SEQUENCE: '0', // the default: a first revision
        DTSTART: '20251225',
        DTEND: '20251226',
        SUMMARY: 'Due: IND, 60 working days; day 60',
        TRANSP: 'TRANSPARENT',
      },
    ]);
    expect(text).toContain('\r\nSUMMARY:Due: IND\\, 60 working days\\; day 60\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  });

  it('gives distinct UIDs to identical events and honours given ones', () => {
    const events = valid(
      eventsToICS([
        { start: '2025-01-02', summary: 'Same' },
        { start: '2025-01-02', summary: 'Same' },
        { start: '2025-01-03', summary: 'Mine', uid: 'my-id@example.org' },
      ]),
    );
    expect(new Set(events.map((e) => e['UID'])).size).toBe(3);
    expect(events[2]!['UID']).toBe('my-id@example.org');
  });

  it('refuses a uid given to two events, naming it and both events', () => {
    const call = () =>
      eventsToICS([
        { start: '2025-01-02', summary: 'First', uid: 'due@example.org' },
        { start: '2025-01-03', summary: 'Other' },
        { start: '2025-01-09', summary: 'Moved', uid: 'due@example.org' },
      ]);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(/^eventsToICS: events\[0\] and events\[2\] have the same uid "due@example\.org"; a UID must name one event/);
  });

  it('never lets a suffixed UID collide with another UID of the file', () => {
    const same = { start: '2025-01-02', summary: 'Same' };
    const base = contentHash('2025-01-02\u00002025-01-02\u0000Same');
    // A given UID equal to what the second identical event would get (base-2), and one equal to the base itself.
    const events = valid(eventsToICS([same, same, { start: '2025-05-05', summary: 'Mine', uid: `${base}-2@reviewclock` }, same]));
    expect(events.map((e) => e['UID'])).toEqual([`${base}@reviewclock`, `${base}-3@reviewclock`, `${base}-2@reviewclock`, `${base}-4@reviewclock`]);
    const first = valid(eventsToICS([same, { start: '2025-05-05', summary: 'Pinned', uid: `${base}@reviewclock` }]));
    expect(first.map((e) => e['UID'])).toEqual([`${base}-2@reviewclock`, `${base}@reviewclock`]);
  });

  it('gives every event its own UID, whatever mix of identical events and given UIDs', () => {
    const base = contentHash('2025-01-02\u00002025-01-02\u0000Same');
    const pool = [`${base}@reviewclock`, `${base}-2@reviewclock`, `${base}-3@reviewclock`, `${base}-10@reviewclock`, 'x@y'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...pool), { maxLength: pool.length }), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (given, shape) => {
        const list: IcsEvent[] = shape.map((pinned, i) => (pinned && i < given.length ? { start: '2025-01-02', summary: 'Same', uid: given[i] } : { start: '2025-01-02', summary: 'Same' }));
        const uids = valid(eventsToICS(list)).map((e) => e['UID']); // valid() checks there is no duplicate UID
        list.forEach((event, i) => {
          if (event.uid !== undefined) expect(uids[i]).toBe(event.uid);
        });
      }),
    );
  });

  it('writes options.sequence on every event, and an event’s own sequence over it', () => {
    const events = valid(
      eventsToICS([{ start: '2025-03-01', summary: 'a' }, { start: '2025-03-02', summary: 'b', sequence: 7 }, { start: '2025-03-03', summary: 'c', sequence: 0 }], { sequence: 2 }),
    );
    expect(events.map((e) => e['SEQUENCE'])).toEqual(['2', '7', '0']);
    expect(valid(eventsToICS([{ start: '2025-03-01', summary: 'a' }], { sequence: 2147483647 }))[0]!['SEQUENCE']).toBe('2147483647');
  });

  it('refuses a sequence that is not a whole number from 0 to 2147483647, and options that are not an object', () => {
    const event = { start: '2025-03-01', summary: 'a' };
    for (const sequence of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2147483648, '2', null]) {
      expect(() => eventsToICS([event], { sequence } as never)).toThrow(InvalidArgumentError);
      expect(() => eventsToICS([event], { sequence } as never)).toThrow(/^eventsToICS: options\.sequence must be a whole number from 0 to 2147483647/);
      expect(() => eventsToICS([{ ...event, sequence } as never])).toThrow(/^eventsToICS: events\[0\]\.sequence must be a whole number from 0 to 2147483647/);
    }
    expect(() => eventsToICS([event], { sequence: -1 })).toThrow(/received -1$/);
    expect(() => eventsToICS([event], 'x' as never)).toThrow(/^eventsToICS: options must be an object like \{ name, timestamp, sequence \}, received "x"/);
    expect(() => eventsToICS([event], null as never)).toThrow(InvalidArgumentError);
  });

  it('uses the earliest start as DTSTAMP unless told otherwise', () => {
    const events = valid(eventsToICS([{ start: '2025-03-01', summary: 'b' }, { start: '2025-02-01', summary: 'a' }]));
    expect(events.map((e) => e['DTSTAMP'])).toEqual(['20250201T000000Z', '20250201T000000Z']);
    expect(valid(eventsToICS([{ start: '2025-03-01', summary: 'b' }], { timestamp: '2024-11-12' }))[0]!['DTSTAMP']).toBe('20241112T000000Z');
  });

  it('refuses bad input with typed errors', () => {
    expect(() => eventsToICS([])).toThrow(/non-empty array/);
    expect(() => eventsToICS([{ start: '2025-02-30', summary: 'x' }])).toThrow(InvalidDateError);
    expect(() => eventsToICS([{ start: '2025-02-03', end: '2025-02-01', summary: 'x' }])).toThrow(/end 2025-02-01 is before start 2025-02-03/);
    expect(() => eventsToICS([{ start: '2025-02-03', summary: ' ' }])).toThrow(/summary must be a non-empty string/);
    expect(() => eventsToICS([{ start: '2025-02-03', summary: 'x', uid: 'a\nb' }])).toThrow(/single-line/);
  });

  it('round-trips any text through escaping, folding and unfolding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 300 }), (summary, description) => {
        fc.pre(summary.trim().length > 0);
        const text = eventsToICS([{ start: '2026-01-05', summary, description }]);
        const { problems, root } = checkIcs(text);
        // The checker reads U+FFFD in a file as the mark of a broken UTF-8 encoding; text that holds one itself
        // (the grapheme arbitrary draws it now and then) is written as it is, which is right.
        const given = summary.includes('\uFFFD') || description.includes('\uFFFD');
        expect(given ? problems.filter((problem) => !problem.startsWith('line has a replacement character')) : problems).toEqual([]);
        const [event] = eventsOf(root!);
        const normalise = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
        expect(event!['SUMMARY']).toBe(normalise(summary));
        expect(event!['DESCRIPTION']).toBe(normalise(description));
      }),
      // U+2028 (LINE SEPARATOR) is plain text to RFC 5545 but a line terminator to a JS regex '.'.
      { numRuns: 300, examples: [['\u2028!', ''], ['\uFFFD ', '']] },
    );
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
        const line = `X:${value.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
        expect(unfold(`${folded}\r\n`)).toBe(`${line}\r\n`);
      }),
    );
  });

  it('folds a Chinese line at 75 octets without splitting a character', () => {
    // 'SUMMARY:' is 8 octets; each Han character is 3: 22 fit on the first line (8 + 66 = 74), 24 on each next (1 + 72).
    const folded = foldLine(`SUMMARY:${'春'.repeat(50)}`).split('\r\n');
    expect(folded.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 73, 13]);
    expect(unescapeText('a\\,b\\;c\\\\d\\ne')).toBe('a,b;c\\d\ne');
  });
});
