import { describe, expect, it } from 'vitest';
import { Calendar, KIND_HOLIDAY } from '../../../src/calendar/Calendar.js';
import { DaysBuilder, yearsRange } from '../../../src/calendar/fromSchedules.js';
import { dayNumberFromParts } from '../../../src/date/plainDate.js';
import {
  CN,
  CalendarCoverageError,
  CalendarRequiredError,
  addWorkingDays,
  countWorkingDays,
  dueDate,
  getPolicy,
  type PolicyInput,
  type StoppedSegment,
} from '../../../src/index.js';

/** A small calendar with the given id: Monday–Friday, 2025–2026, optional holidays and provisional days. */
function testCalendar(id: string, options: { holidays?: string[]; provisionalFrom?: string } = {}): Calendar {
  const { first, last } = yearsRange(2025, 2026);
  return new Calendar({
    id,
    name: `test calendar ${id}`,
    first,
    last,
    days: () => {
      const builder = new DaysBuilder(first, last);
      const ref = builder.holidayRef({ name: 'Test Holiday', nameZh: '测试假日' });
      for (const date of options.holidays ?? []) {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        builder.set(dayNumberFromParts(y, m, d), KIND_HOLIDAY, ref);
      }
      if (options.provisionalFrom) {
        const [y, m, d] = options.provisionalFrom.split('-').map(Number) as [number, number, number];
        for (let day = dayNumberFromParts(y, m, d); day <= last; day++) builder.set(day, builder.kinds[day - first]!, 0, 0, true);
      }
      return builder.build();
    },
    extendHint: () => 'test calendar',
  });
}

function policyLike(id: string, changes: Partial<PolicyInput>): PolicyInput {
  return { ...getPolicy(id), id: 'test.policy', version: 'test', effective: { from: '2004-01-01', to: null }, ...changes };
}

describe('dueDate result', () => {
  it('has the documented fields, and nothing that is not plain JSON', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', asOf: '2025-11-03' });
    expect(Object.keys(result).sort()).toEqual(
      ['asOf', 'calendar', 'consequence', 'countedDays', 'counting', 'due', 'dueRange', 'elapsedDays', 'kind', 'limit', 'policy', 'provisional', 'provisionalFields', 'remainingDays', 'remainingOnResume', 'start', 'status', 'stopDayCounts', 'stoppedDays', 'trace', 'warnings'].sort(),
    );
    expect(Object.keys(result.policy).sort()).toEqual(
      ['calendar', 'clockStart', 'confidence', 'consequence', 'consequenceNote', 'effective', 'id', 'limit', 'role', 'source', 'title', 'version'].sort(),
    );
    expect(result).toMatchObject({
      kind: 'deadline',
      calendar: 'CN',
      start: '2025-09-26',
      asOf: '2025-11-03',
      due: '2025-12-25',
      limit: { amount: 60, unit: 'working-days' },
      counting: 'working-days',
      countedDays: 60,
      stoppedDays: 0,
      status: 'running',
      consequence: 'implied-approval',
      provisional: false,
      policy: { id: 'cn.nmpa.drug.ind', version: '2019-12-01', calendar: 'CN', confidence: 'cited', limit: { amount: 60, unit: 'working-days', direction: 'after' } },
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('traces the start, the counted run with its holidays and make-up days, and the due date', () => {
    const { trace } = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
    expect(trace.map((s) => s.type)).toEqual(['start', 'counted', 'due']);
    expect(trace[1]).toMatchObject({
      from: '2025-09-26',
      to: '2025-12-25',
      firstDate: '2025-09-28',
      lastDate: '2025-12-25',
      days: 60,
      firstDay: 1,
      lastDay: 60,
      restDays: 30, // 90 calendar days, 60 of them counted
      makeupWorkdays: ['2025-09-28', '2025-10-11'],
    });
    expect(trace[1]).toHaveProperty('holidays', [
      { from: '2025-10-01', to: '2025-10-08', days: 8, name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节' },
    ]);
  });
});

describe('dueDate status as of a date', () => {
  // The stop day counts here (stopDayCounts: true), as the figures below were counted; test/unit/deadline/readings.test.ts covers the other reading.
  const nda = { policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }], stopDayCounts: true };
  const at = (asOf: string) => dueDate({ ...nda, asOf });

  it('is not-started before the start, running from the start day on', () => {
    expect(at('2025-03-01')).toMatchObject({ status: 'not-started', elapsedDays: 0, remainingDays: 200 });
    expect(at('2025-03-03')).toMatchObject({ status: 'running', elapsedDays: 0, remainingDays: 200 });
    expect(at('2025-03-04')).toMatchObject({ status: 'running', elapsedDays: 1, remainingDays: 199 });
  });

  it('is stopped from the day the clock stops up to the day before it resumes, running again on that day', () => {
    expect(at('2025-06-15')).toMatchObject({ status: 'running', elapsedDays: 70, remainingDays: 130 });
    expect(at('2025-06-16')).toMatchObject({ status: 'stopped', elapsedDays: 71, remainingDays: 129 });
    expect(at('2025-08-28')).toMatchObject({ status: 'stopped', elapsedDays: 71, remainingDays: 129 });
    expect(at('2025-08-29')).toMatchObject({ status: 'running', elapsedDays: 71, remainingDays: 196 });
  });

  it('is due-today on the due date, then overdue by the working days since', () => {
    expect(at('2026-06-17')).toMatchObject({ status: 'due-today', elapsedDays: 267, remainingDays: 0 });
    expect(at('2026-06-18')).toMatchObject({ status: 'overdue', elapsedDays: 268, remainingDays: -1 });
    expect(at('2026-06-22')).toMatchObject({ status: 'overdue', remainingDays: -2 }); // Thu 18, (Fri 19 Dragon Boat), Mon 22
  });

  it('gives null status without asOf, except when the clock is stopped now', () => {
    expect(dueDate(nda)).toMatchObject({ asOf: null, status: null, elapsedDays: null, remainingDays: null });
    expect(dueDate({ ...nda, stops: [{ from: '2025-06-16' }] })).toMatchObject({ due: null, status: 'stopped', elapsedDays: 71, remainingDays: 129, stoppedDays: 0 });
  });

  it('refuses to count overdue days past the calendar’s coverage', () => {
    expect(() => at('2027-01-04')).toThrow(CalendarCoverageError);
  });
});

describe('dueDate stops and limit changes', () => {
  it('extends once per reason: a second supplement only pauses', () => {
    const result = dueDate({
      policy: 'cn.nmpa.drug.nda',
      start: '2023-02-01',
      stops: [
        { from: '2023-10-09', to: '2023-10-20', reason: 'sponsor-supplement' },
        { from: '2023-05-05', to: '2023-07-14', reason: 'sponsor-supplement' },
      ],
    });
    const stopped = result.trace.filter((s): s is StoppedSegment => s.type === 'stopped');
    expect(stopped.map((s) => [s.from, s.effect, s.alreadyExtended])).toEqual([
      ['2023-05-05', 'extend', false],
      ['2023-10-09', 'resume', true],
    ]);
    expect(result.trace.filter((s) => s.type === 'extended')).toHaveLength(1);
    expect(result.limit.amount).toBe(267);
  });

  it('names the limit that will apply when an open stop resumes', () => {
    const extend = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', reason: 'sponsor-supplement' }] });
    expect(extend.trace.at(-1)).toMatchObject({ type: 'stopped', to: null, effect: 'extend', limitOnResume: 267 });
    const restart = dueDate({ policy: 'cn.nmpa.device.class3.review', start: '2025-01-02', stops: [{ from: '2025-03-14', reason: 'supplement' }] });
    expect(restart.trace.at(-1)).toMatchObject({ type: 'stopped', to: null, effect: 'restart', limitOnResume: 60 });
  });

  it('reports the days left once an open stop resumes, with or without the trace', () => {
    // 2025-03-04..2025-06-13 hold 70 working days (March 20, April 22 with the 27th's make-up day and without
    // Qingming on the 4th, May 19 without the 1st, 2nd and 5th, June 9 without Dragon Boat on the 2nd); the stop
    // day 2025-06-16 is not counted.
    const stops = (reason?: string) => [{ from: '2025-06-16', ...(reason !== undefined && { reason }) }];
    for (const trace of [true, false]) {
      // A supplement extends 200 by ceil(200 / 3) = 67 (DRR Art. 87): 267 − 70 = 197 left on resume.
      expect(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: stops('sponsor-supplement'), trace })).toMatchObject({ countedDays: 70, remainingOnResume: 197 });
      // A plain pause: the 200 − 70 = 130 left before it.
      expect(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: stops(), asOf: '2025-08-01', trace })).toMatchObject({ remainingDays: 130, remainingOnResume: 130 });
      // A device supplement restarts the review: a new limit of 60 (Order 47 Art. 92).
      expect(dueDate({ policy: 'cn.nmpa.device.class3.review', start: '2025-01-02', stops: [{ from: '2025-03-14', reason: 'supplement' }], trace }).remainingOnResume).toBe(60);
      // No open stop: null.
      expect(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-07-01', reason: 'sponsor-supplement' }], trace }).remainingOnResume).toBeNull();
    }
  });

  it('refuses a reason the policy does not name, and takes a stop without one as a plain pause with a warning', () => {
    expect(() => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'supplement' }] })).toThrow(
      expect.objectContaining({ code: 'unknown_stop_reason', reason: 'supplement', stopIndex: 0, policyId: 'cn.nmpa.drug.nda' }),
    );
    const plain = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29' }] });
    expect(plain.limit.amount).toBe(200);
    expect(plain.trace.find((s) => s.type === 'stopped')).toMatchObject({ known: false, effect: 'resume', reasonTitle: null, reason: null });
    expect(plain.warnings).toEqual([expect.objectContaining({ code: 'stop-without-reason', stopIndex: 0 })]);
  });

  it('takes stops in any order and lets one begin the day another ends', () => {
    const a = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-07-10', to: '2025-07-20' }, { from: '2025-06-16', to: '2025-07-10' }] });
    const b = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-07-20' }] });
    expect(a.due).toBe(b.due);
    expect(a.stoppedDays).toBe(b.stoppedDays);
  });

  it('restarts a device review and reports the days that no longer count', () => {
    const result = dueDate({ policy: 'cn.nmpa.device.class3.review', start: '2025-06-03', stops: [{ from: '2025-08-29', to: '2025-09-30', reason: 'supplement' }], stopDayCounts: true });
    expect(result.trace.find((s) => s.type === 'restarted')).toEqual({
      type: 'restarted',
      date: '2025-09-30',
      reason: 'supplement',
      amount: 60,
      discarded: 63,
      article: 'Order 47 Art. 92(3)',
      articleZh: '《医疗器械注册与备案管理办法》第九十二条第（三）项',
    });
    expect(result.due).toBe(addWorkingDays('2025-09-30', 60));
    const counted = result.trace.filter((s) => s.type === 'counted');
    expect(counted.map((s) => (s.type === 'counted' ? [s.clock, s.firstDay, s.lastDay] : []))).toEqual([
      [1, 1, 63],
      [2, 1, 60],
    ]);
  });

  it('rounds an extension as the policy says', () => {
    const withRounding = (rounding: 'ceil' | 'floor' | 'round', amount: number) => {
      const nda = getPolicy('cn.nmpa.drug.nda');
      const stops = nda.stops.map((s) => (s.reason === 'sponsor-supplement' ? { ...s, effect: { action: 'extend' as const, fraction: { numerator: 1, denominator: 4 }, rounding, once: true } } : s));
      return dueDate({
        policy: policyLike('cn.nmpa.drug.nda', { limit: { amount, unit: 'working-days' }, stops }),
        start: '2025-03-03',
        stops: [{ from: '2025-04-01', to: '2025-04-10', reason: 'sponsor-supplement' }],
      }).limit.amount;
    };
    expect([withRounding('ceil', 130), withRounding('floor', 130), withRounding('round', 130)]).toEqual([163, 162, 163]);
    expect([withRounding('ceil', 129), withRounding('floor', 129), withRounding('round', 129)]).toEqual([162, 161, 161]); // 32.25
  });

  it('applies a discretionary extension within the cap, and records it', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.supplement', start: '2025-03-03', extension: 30 });
    expect(result.limit.amount).toBe(90);
    expect(result.due).toBe(addWorkingDays('2025-03-03', 90));
    expect(result.trace[1]).toEqual({ type: 'extension', amount: 30, cap: 30, article: expect.stringContaining('DRR Art. 102'), articleZh: expect.stringContaining('《药品注册管理办法》第一百零二条') });
  });

  it('counts the start day when the policy says so', () => {
    const policy = policyLike('cn.nmpa.drug.ind', { clockStart: { event: { en: 'x', zh: 'x' }, startDayCounts: true } });
    expect(dueDate({ policy, start: '2025-09-26' }).due).toBe(addWorkingDays('2025-09-26', 59));
    expect(dueDate({ policy, start: '2025-10-01' }).due).toBe(addWorkingDays('2025-10-01', 60)); // a holiday start adds nothing
  });
});

describe('dueDate calendar periods and deadlines counted backwards', () => {
  it('ends a month period on the corresponding date, or the month’s last day', () => {
    const dsur = (start: string) => dueDate({ policy: 'cn.nmpa.drug.dsur', start });
    expect(dsur('2025-03-10').due).toBe('2025-05-12'); // Sat 05-10 → Mon 05-12
    expect(dsur('2025-03-10').trace.map((s) => s.type)).toEqual(['start', 'period', 'rolled', 'due']);
    expect(dsur('2024-12-31').trace[1]).toMatchObject({ type: 'period', to: '2025-02-28', rule: 'month-end' });
    expect(dsur('2024-06-14').trace[1]).toMatchObject({ type: 'period', to: '2024-08-14', rule: 'corresponding-date' });
  });

  it('moves a backward deadline onto the previous working day, and reports days left', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.reregistration.filing-window', start: '2026-04-05', asOf: '2025-09-01' });
    expect(result.due).toBe('2025-09-30');
    expect(result.trace.find((s) => s.type === 'rolled')).toMatchObject({ direction: 'backward', from: '2025-10-05', to: '2025-09-30', kind: 'holiday' });
    expect(result).toMatchObject({ status: 'running', remainingDays: 29, elapsedDays: null, counting: 'calendar-days' });
  });

  it('counts working days back from a review deadline', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.testing.report-due', start: '2025-12-18', asOf: '2025-10-20' });
    expect(result.due).toBe(addWorkingDays('2025-12-18', -40));
    expect(result.remainingDays).toBe(countWorkingDays('2025-10-20', result.due!));
    expect(result.trace[1]).toMatchObject({ type: 'counted', direction: 'before', days: 40, lastDate: result.due });
  });
});

describe('dueDate calendars', () => {
  const HKLike = testCalendar('HK', { holidays: ['2025-10-01', '2025-10-07'] });

  it('requires the policy’s calendar and names it', () => {
    let error: unknown;
    try {
      dueDate({ policy: 'hk.dh.drug.nce-1plus', start: '2025-03-03' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarRequiredError);
    expect(error).toMatchObject({ code: 'calendar_required', calendar: 'HK' });
    expect((error as Error).message).toContain("pass { calendar: HK } from 'reviewclock/hk'");
    expect(() => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-03-03', calendar: HKLike })).toThrow(/pass \{ calendar: CN \}/);
  });

  it('counts on a calendar whose id is the policy’s, or a combination that contains it', () => {
    const result = dueDate({ policy: 'hk.dh.drug.nce-1plus', start: '2025-09-30', calendar: HKLike });
    expect(result.calendar).toBe('HK');
    // Monday–Friday from Tue 09-30 with Oct 1 and Oct 7 off: the 150th working day.
    let date = '2025-09-30';
    for (let n = 150; n > 0; ) {
      date = addWorkingDays(date, 1, { calendar: HKLike });
      n--;
    }
    expect(result.due).toBe(date);
    const combined = testCalendar('CN+HK');
    expect(dueDate({ policy: 'hk.dh.drug.nce-1plus', start: '2025-09-30', calendar: combined }).calendar).toBe('CN+HK');
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-30', calendar: combined }).calendar).toBe('CN+HK');
    expect(() => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-30', calendar: testCalendar('CNX+HK') })).toThrow(CalendarRequiredError);
  });

  it('is provisional exactly when a day it depends on is provisional', () => {
    const projected = testCalendar('CN', { provisionalFrom: '2026-01-01' });
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-03-03', calendar: projected }).provisional).toBe(false);
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-10-15', calendar: projected }).provisional).toBe(true);
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-03-03', asOf: '2026-02-02', calendar: projected }).provisional).toBe(true);
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-03-03', asOf: '2026-02-02' }).provisional).toBe(false);
  });

  it('refuses a due date past the calendar’s coverage', () => {
    expect(() => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2026-06-01' })).toThrow(CalendarCoverageError);
    expect(() => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2026-06-01' })).toThrow(/the 200th working day after 2026-06-01/);
    expect(CN.coverage.to).toBe('2026-12-31');
  });

});
