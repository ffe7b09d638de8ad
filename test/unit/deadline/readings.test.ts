import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN, UnknownStopReasonError, dueDate, explain, getPolicy, isWorkingDay, projectCalendar } from '../../../src/index.js';

/** Day-by-day reference for a limit with plain pauses: counts working days after `start`, skipping stopped days. */
function naiveDue(start: string, limit: number, stops: { from: string; to: string }[], stopDayCounts: boolean): string {
  const next = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d + 1));
    return t.toISOString().slice(0, 10);
  };
  let day = start;
  let counted = 0;
  for (;;) {
    day = next(day);
    const stopped = stops.some((s) => (stopDayCounts ? day > s.from : day >= s.from) && day <= s.to);
    if (!stopped && isWorkingDay(day)) counted++;
    if (counted === limit) return day;
  }
}

describe('the day the clock stops: a selectable reading', () => {
  const nda = { policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] } as const;

  it('gives both dates of the audit’s worked example, and says which reading was used', () => {
    // Not counted (the drug rules' reading): 70 working days before 06-16, 197 after 08-29 → Thu 2026-06-18 (CATALOG.md §5).
    // Counted: 71 to 06-16 inclusive, 267 − 71 = 196 after 08-29 → one working day earlier, Wed 2026-06-17 (audit, example 3).
    const byPolicy = dueDate(nda);
    expect(byPolicy.due).toBe('2026-06-18');
    expect(byPolicy.stopDayCounts).toMatchObject({ value: false, chosenBy: 'policy', confidence: 'unverified', otherReadingDue: '2026-06-17' });
    expect(byPolicy.trace.find((s) => s.type === 'counted')).toMatchObject({ lastDay: 70, lastDate: '2025-06-13' });
    const counted = dueDate({ ...nda, stopDayCounts: true });
    expect(counted.due).toBe('2026-06-17');
    expect(counted.stopDayCounts).toMatchObject({ value: true, chosenBy: 'option', otherReadingDue: '2026-06-18' });
    expect(explain(byPolicy)).toContain("Stop day: the day the clock stops does not count (the rule's reading; unverified: CDE describes");
    expect(explain(byPolicy)).toContain('The other reading (counted) gives 2026-06-17 (Wed).');
    expect(explain(counted, { lang: 'zh' })).toContain('按另一种理解（不计入），届满日为2026年6月18日（星期四）。');
  });

  it('has no reading to report without stops, and reports it for a stop the reading in use ignores', () => {
    expect(dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03' }).stopDayCounts).toBeNull();
    // A sponsor window counts the stop day, so a stop beginning on its due date (Fri 2025-06-27, 80 working days
    // after 03-03) changes nothing; not counted, the window runs on past the stop, to 2026-01-04 (a make-up Sunday).
    const window = dueDate({ policy: 'cn.nmpa.drug.deficiency-response', start: '2025-03-03', stops: [{ from: '2025-06-27', to: '2025-12-31' }] });
    expect(window.due).toBe('2025-06-27');
    expect(window.stopDayCounts).toMatchObject({ value: true, otherReadingDue: '2026-01-04', otherReadingPastCoverage: false });
  });

  it('says when the other reading needs days past the calendar, instead of calling it the same', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-09-24', stops: [{ from: '2026-10-20', to: '2026-10-27' }], stopDayCounts: true });
    expect(result.due).toBe('2026-12-31');
    expect(result.stopDayCounts).toMatchObject({ otherReadingDue: null, otherReadingPastCoverage: true });
    expect(explain(result)).toContain('The other reading needs calendar days not yet published.');
    expect(explain(result)).not.toContain('gives the same due date');
  });

  it('lets a stop that begins on the due date take that day only when the stop day does not count', () => {
    const due = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }).due; // 2025-12-25
    const stops = [{ from: due!, to: '2026-01-05' }];
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops, stopDayCounts: true }).due).toBe(due);
    // Not counted: day 60 is lost to the stop; after Mon 01-05 the 60th day is the next working day, Tue 01-06.
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops }).due).toBe('2026-01-06');
  });

  it('reports the stop day itself as stopped when it does not count', () => {
    const base = { policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-11-03', to: '2025-11-20' }], stopDayCounts: false } as const;
    // Counted to Fri 10-31: Sep 28–30 (3) + Oct 9–31 (18) = 21.
    expect(dueDate({ ...base, asOf: '2025-11-03' })).toMatchObject({ status: 'stopped', elapsedDays: 21, remainingDays: 39 });
    expect(dueDate({ ...base, asOf: '2025-10-31' })).toMatchObject({ status: 'running', elapsedDays: 21, remainingDays: 39 });
    expect(dueDate({ ...base, stopDayCounts: true, asOf: '2025-11-03' })).toMatchObject({ status: 'stopped', elapsedDays: 22, remainingDays: 38 });
  });

  it('agrees with a day-by-day count under both readings (plain pauses)', () => {
    const day = fc.integer({ min: Date.UTC(2019, 0, 1) / 864e5, max: Date.UTC(2025, 5, 30) / 864e5 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), (start, offset, length, counts) => {
        const shift = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
        const from = shift(start, offset);
        const to = shift(from, length);
        const policy = { ...getPolicy('cn.nmpa.drug.ind', { on: start }), id: 'test.plain-pauses', stops: [] };
        const result = dueDate({ policy, start, stops: [{ from, to }], stopDayCounts: counts });
        expect(result.due).toBe(naiveDue(start, 60, [{ from, to }], counts));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a stopDayCounts that is not a boolean', () => {
    expect(() => dueDate({ ...nda, stopDayCounts: 'no' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('stop reasons the policy does not name', () => {
  it('refuses a misspelt reason, naming the closest reason first', () => {
    let caught: unknown;
    try {
      dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-suplement' }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownStopReasonError);
    const error = caught as UnknownStopReasonError;
    expect(error.code).toBe('unknown_stop_reason');
    expect(error.reason).toBe('sponsor-suplement');
    expect(error.allowed[0]).toBe('sponsor-supplement');
    expect([...error.allowed].sort()).toEqual(getPolicy('cn.nmpa.drug.nda').stops.map((s) => s.reason).sort());
    expect(error.message).toContain('stops[0].reason "sponsor-suplement" is not a stop reason of policy "cn.nmpa.drug.nda"; did you mean "sponsor-supplement"?');
  });

  it('refuses another policy’s reason: a device reason on a drug rule, and any reason on a rule that names none', () => {
    expect(() => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-10', to: '2025-10-20', reason: 'supplement' }] })).toThrow(
      UnknownStopReasonError,
    );
    expect(() =>
      dueDate({ policy: 'cn.nmpa.device.ide', start: '2025-09-26', stops: [{ from: '2025-10-10', to: '2025-10-20', reason: 'sponsor-supplement' }] }),
    ).toThrow(expect.objectContaining({ code: 'unknown_stop_reason', allowed: [] }));
  });

  it('warns only where a missing reason could matter (reasons that extend or restart)', () => {
    const stops = [{ from: '2025-10-10', to: '2025-10-20' }];
    expect(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops }).warnings).toEqual([]);
    expect(dueDate({ policy: 'cn.nmpa.device.class3.review', start: '2025-09-26', stops }).warnings).toEqual([
      expect.objectContaining({ code: 'stop-without-reason', stopIndex: 0 }),
    ]);
  });
});

describe('a clock that starts on the later of two events (device clinical trials: 受理并缴费之日)', () => {
  it('counts from the later of acceptance and fee payment', () => {
    // From Tue 2026-03-10: Mar 11–31 = 15, Apr (4–6 off) = 21 → 36, May (1–5 off; Sat 9 worked) = 19 → 55 on Fri 05-29,
    // Jun 1–5 → 60 on Fri 2026-06-05. Counting from acceptance (03-02) alone would give Thu 2026-05-28, 6 working days early.
    const result = dueDate({ policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' } });
    expect(result.start).toBe('2026-03-10');
    expect(result.due).toBe('2026-06-05');
    expect(result.warnings).toEqual([]);
    expect(result.trace[0]).toMatchObject({ type: 'start', events: [{ id: 'acceptance', date: '2026-03-02' }, { id: 'fee-payment', date: '2026-03-10' }] });
    expect(explain(result)).toContain('Day 0: 2026-03-10 (Tue), the later of acceptance of the application (2026-03-02) and payment of the fee (2026-03-10).');
    expect(explain(result, { lang: 'zh' })).toContain('受理之日（2026年3月2日（星期一））与缴费之日（2026年3月10日（星期二））中较晚之日');
  });

  it('takes a single start as that later day, with a warning', () => {
    const result = dueDate({ policy: 'cn.nmpa.device.ide', start: '2026-03-02' });
    expect(result.due).toBe('2026-05-28');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'start-is-later-of' })]);
  });

  it('applies the 2019 announcement to trials accepted from 2019-03-29', () => {
    expect(dueDate({ policy: 'cn.nmpa.device.ide', start: '2019-04-01' }).policy.version).toBe('2019-03-29');
    expect(() => dueDate({ policy: 'cn.nmpa.device.ide', start: '2019-03-28' })).toThrow(expect.objectContaining({ code: 'policy_not_in_force' }));
  });

  it('refuses events the policy does not have, missing events, a start that is not the later one, and events on a one-event rule', () => {
    const refuse = (options: object) => expect(() => dueDate(options as never)).toThrow(expect.objectContaining({ code: expect.stringMatching(/invalid_argument|inconsistent_input/) }));
    refuse({ policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-03-02' } });
    refuse({ policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-03-02', fee: '2026-03-10' } });
    refuse({ policy: 'cn.nmpa.device.ide', start: '2026-03-02', startEvents: { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' } });
    refuse({ policy: 'cn.nmpa.drug.ind', startEvents: { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' } });
    refuse({ policy: 'cn.nmpa.device.ide', startEvents: ['2026-03-02'] });
    expect(() => dueDate({ policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-02-30', 'fee-payment': '2026-03-10' } })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('a decision due by an expiry date (deemed renewal)', () => {
  it('is due on the expiry date itself, never moved and never provisional, even on projected days', () => {
    // Sat 2028-03-04: a weekend, on a projected year; the decision is due that day, whatever the calendar.
    const result = dueDate({ policy: 'cn.nmpa.device.renewal.decision', start: '2028-03-04', asOf: '2028-03-06', calendar: projectCalendar(CN, { through: 2029 }) });
    expect(result).toMatchObject({ due: '2028-03-04', consequence: 'deemed-renewal', status: 'overdue', provisional: false, provisionalFields: [], dueRange: null });
  });

  it('refuses a zero limit whose start day would count, or one counted in working days', () => {
    const decision = getPolicy('cn.nmpa.device.renewal.decision');
    expect(() => dueDate({ policy: { ...decision, clockStart: { ...decision.clockStart, startDayCounts: true } }, start: '2026-03-02' })).toThrow(
      expect.objectContaining({ code: 'invalid_policy' }),
    );
    expect(() => dueDate({ policy: { ...decision, limit: { amount: 0, unit: 'working-days', direction: 'before' } }, start: '2026-03-02' })).toThrow(
      expect.objectContaining({ code: 'invalid_policy' }),
    );
  });
});
