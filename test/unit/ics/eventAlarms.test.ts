import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError, eventsToICS } from '../../../src/index.js';
import { checkIcs, unfold } from '../../support/icsCheck.js';

describe('eventsToICS: alarms and per-event timestamps', () => {
  it('writes each alarm as a DISPLAY VALARM at 09:00 China time (01:00 UTC), inside its event', () => {
    const text = eventsToICS([
      { start: '2025-12-25', summary: 'Due', alarms: [{ date: '2025-12-18', description: 'Due in 5 working days; act, now\nplease' }, { date: '2025-12-25', description: 'Due today' }] },
      { start: '2025-12-26', summary: 'Other' },
    ]);
    expect(checkIcs(text).problems).toEqual([]);
    const lines = unfold(text).split('\r\n');
    const first = lines.indexOf('BEGIN:VALARM');
    expect(lines.slice(first, first + 10)).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;VALUE=DATE-TIME:20251218T010000Z',
      'DESCRIPTION:Due in 5 working days\\; act\\, now\\nplease',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;VALUE=DATE-TIME:20251225T010000Z',
      'DESCRIPTION:Due today',
      'END:VALARM',
    ]);
    expect(lines[first + 10]).toBe('END:VEVENT');
    expect(lines.filter((line) => line === 'BEGIN:VALARM')).toHaveLength(2); // the second event has none
  });

  it("writes an event's own timestamp as its DTSTAMP, over options.timestamp", () => {
    const text = unfold(eventsToICS([{ start: '2025-03-01', summary: 'a' }, { start: '2025-03-02', summary: 'b', timestamp: '2025-11-10' }], { timestamp: '2025-04-01' }));
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20250401T000000Z', 'DTSTAMP:20251110T000000Z']);
  });

  it('refuses malformed alarms and timestamps, naming the event', () => {
    const with_ = (extra: object) => () => eventsToICS([{ start: '2025-12-25', summary: 'Due' }, { start: '2025-12-25', summary: 'Due', ...extra } as never]);
    expect(with_({ alarms: { date: '2025-12-18' } })).toThrow(/^eventsToICS: events\[1\]\.alarms must be an array like/);
    expect(with_({ alarms: [null] })).toThrow(/^eventsToICS: events\[1\]\.alarms\[0\] must be an object like .* received null/);
    expect(with_({ alarms: [{ date: '2025-02-30', description: 'x' }] })).toThrow(InvalidDateError);
    expect(with_({ alarms: [{ date: '2025-12-18', description: ' ' }] })).toThrow(/^eventsToICS: events\[1\]\.alarms\[0\]\.description must be a non-empty string/);
    expect(with_({ alarms: [{ date: '2025-12-18' }] })).toThrow(InvalidArgumentError);
    expect(with_({ timestamp: '2025-13-01' })).toThrow(InvalidDateError);
  });
});
