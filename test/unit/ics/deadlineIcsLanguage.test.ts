import { describe, expect, it } from 'vitest';
import { CN, InvalidArgumentError, deadlineToICS, deadlinesToICS, dueDate, projectTimeline } from '../../../src/index.js';
import { checkIcs, eventsOf } from '../../support/icsCheck.js';

/** The checked file's VEVENTs (SUMMARY and DESCRIPTION decoded) and VALARM descriptions. */
function eventsIn(text: string): Record<string, string>[] {
  const { problems, root } = checkIcs(text);
  expect(problems).toEqual([]);
  return eventsOf(root!);
}

/** Every property of the file except the words: UIDs, dates, SEQUENCE, DTSTAMP, TRIGGERs. */
function structure(text: string): string[] {
  return text
    .replaceAll('\r\n ', '')
    .split('\r\n')
    .filter((line) => /^(UID|DTSTART|DTEND|SEQUENCE|DTSTAMP|TRIGGER|BEGIN|END)/.test(line));
}

// IND accepted Friday 26 Sep 2025: the 60th working day after it is Thursday 25 Dec 2025 (golden deadlines fixture).
const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
const stopped = dueDate({
  policy: 'cn.nmpa.drug.ind',
  start: '2025-09-26',
  stops: [{ from: '2025-10-20', to: '2025-11-10', reason: 'sponsor-supplement' }],
});

describe('deadlineToICS and deadlinesToICS in Chinese (lang: zh)', () => {
  it('writes the titles in Chinese, with the policy id and the Chinese consequence', () => {
    const events = eventsIn(deadlineToICS(ind, { lang: 'zh' }));
    expect(events.map((event) => event['SUMMARY'])).toEqual([
      expect.stringMatching(/^第0日：cn\.nmpa\.drug\.ind — \S/),
      '届满：cn.nmpa.drug.ind — 60个工作日（默示许可）',
    ]);
    // The start event is the catalog's Chinese name of it, with no English word.
    expect(events[0]!['SUMMARY']!.split(' — ')[1]).not.toMatch(/[A-Za-z]/);
    expect(events[1]!['DESCRIPTION']).toContain('规则 cn.nmpa.drug.ind，版本');
    expect(events[1]!['DESCRIPTION']).toContain('按 CN 日历计算');
    expect(events[1]!['DESCRIPTION']).toMatch(/^\S*[\u4e00-\u9fff]/u);
  });

  it('names the clock stop and its reason in Chinese', () => {
    const summaries = eventsIn(deadlineToICS(stopped, { lang: 'zh' })).map((event) => event['SUMMARY']!);
    const stop = summaries.find((summary) => summary.startsWith('计时中止：'));
    expect(stop).toBeDefined();
    expect(stop).toMatch(/^计时中止：cn\.nmpa\.drug\.ind — [\u4e00-\u9fff]/u);
  });

  it('writes reminders and the application line in Chinese', () => {
    // 5 working days before Thu 25 Dec 2025 is Thu 18 Dec (18, 19, 22, 23, 24 Dec are the five days in between).
    const text = deadlineToICS(ind, { lang: 'zh', title: 'ABC-123 IND', id: 'ABC-123', remind: { workingDays: 5, calendar: CN } });
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded).toContain('TRIGGER;VALUE=DATE-TIME:20251218T010000Z');
    expect(unfolded).toContain('DESCRIPTION:提醒：ABC-123 IND — cn.nmpa.drug.ind将于2025-12-25届满，还有5个工作日（按 CN 日历计算）。届满后果：默示许可。');
    const [first] = eventsIn(text);
    expect(first!['DESCRIPTION']!.split('\n')[0]).toBe('申请：ABC-123 IND（编号 ABC-123）');
    expect(first!['SUMMARY']).toMatch(/^ABC-123 IND — 第0日：/u);
  });

  it('keeps UIDs, dates, SEQUENCE, DTSTAMP and TRIGGERs of the English file, so either language updates the other', () => {
    const options = { title: 'ABC-123 IND', id: 'ABC-123', remind: { workingDays: [10, 2], calendar: CN } } as const;
    expect(structure(deadlineToICS(stopped, { ...options, lang: 'zh' }))).toEqual(structure(deadlineToICS(stopped, options)));
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-09-19' });
    expect(structure(deadlineToICS(timeline, { lang: 'zh' }))).toEqual(structure(deadlineToICS(timeline)));
    const entries = [{ result: ind, id: 'A' }, { result: stopped, id: 'B' }];
    expect(structure(deadlinesToICS(entries, { lang: 'zh' }))).toEqual(structure(deadlinesToICS(entries)));
  });

  it('writes a timeline stage in Chinese', () => {
    const timeline = projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-09-19' });
    const summaries = eventsIn(deadlineToICS(timeline, { lang: 'zh' })).map((event) => event['SUMMARY']!);
    expect(summaries.some((summary) => /^第1阶段（[^）]+）：第0日：/u.test(summary))).toBe(true);
  });

  it('is English by default and with lang: en', () => {
    expect(deadlineToICS(ind, { lang: 'en' })).toBe(deadlineToICS(ind));
    expect(deadlinesToICS([{ result: ind }], { lang: 'en' })).toBe(deadlinesToICS([{ result: ind }]));
  });

  it('refuses another language, naming the value and the choices', () => {
    expect(() => deadlineToICS(ind, { lang: 'fr' } as never)).toThrow(InvalidArgumentError);
    expect(() => deadlineToICS(ind, { lang: 'fr' } as never)).toThrow(/^deadlineToICS: options\.lang must be 'en' \(English\) or 'zh' \(Chinese\), received "fr"/);
    expect(() => deadlinesToICS([{ result: ind }], { lang: 'ZH' } as never)).toThrow(/^deadlinesToICS: options\.lang must be 'en'.*received "ZH"/);
  });
});
