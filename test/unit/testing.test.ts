import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CN,
  ReviewclockError,
  addWorkingDays,
  dueDate,
  getPolicy,
  isPlainDate,
  withOverrides,
  type PolicyInput,
} from '../../src/index.js';
import { PolicySchema } from '../../src/schema.js';
import {
  addWorkingDaysInput,
  clockStops,
  coveredDate,
  deadlineInput,
  expectSameDueDate,
  oracle,
  outcome,
  policyId,
  policyObject,
  referenceAddWorkingDays,
  workingDay,
  workingDayCount,
  type DeadlineInput,
} from '../../src/testing.js';
import { FIRST, LAST, referenceAdd, referenceIsWorkingDay, shiftDays } from '../support/referenceCalendar.js';
import { referenceDue } from '../support/referenceDeadline.js';

const RUNS = { numRuns: 200 };

/** The laws every stop list must obey (DESIGN.md "Deadlines", readStops in src/deadline/input.ts). */
function expectWellFormedStops(stops: DeadlineInput['stops'], start: string): void {
  stops.forEach((stop, index) => {
    expect(isPlainDate(stop.from)).toBe(true);
    expect(stop.from >= start).toBe(true);
    expect(stop.from <= LAST).toBe(true);
    if (stop.to === undefined || stop.to === null) {
      expect(index).toBe(stops.length - 1); // only the last may be open
    } else {
      expect(isPlainDate(stop.to)).toBe(true);
      expect(stop.to >= stop.from).toBe(true);
      expect(stop.to <= LAST).toBe(true);
    }
    if (index > 0) {
      const previous = stops[index - 1]!;
      expect(stop.from >= previous.to!).toBe(true); // no overlap; beginning on the day the previous ends is allowed
    }
  });
}

describe('reviewclock/testing arbitraries generate only valid input', () => {
  it('coveredDate: valid dates inside CN coverage and inside from..to', () => {
    fc.assert(
      fc.property(coveredDate(), (date) => {
        expect(isPlainDate(date)).toBe(true);
        expect(date >= FIRST && date <= LAST).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(coveredDate({ from: '2025-10-01', to: '2025-10-31' }), (date) => {
        expect(date >= '2025-10-01' && date <= '2025-10-31').toBe(true);
      }),
      RUNS,
    );
    // from/to outside coverage are cut to it: 2026-12-20..2030-01-01 holds only 2026-12-20..2026-12-31.
    fc.assert(fc.property(coveredDate({ from: '2026-12-20', to: '2030-01-01' }), (date) => date >= '2026-12-20' && date <= '2026-12-31'), RUNS);
  });

  it('workingDay: only working days of the naive reference calendar', () => {
    fc.assert(fc.property(workingDay(), (date) => referenceIsWorkingDay(date) && date >= FIRST && date <= LAST), RUNS);
    // 2025-10-01..12: 1–8 holidays, 9 Thu, 10 Fri, 11 Sat make-up working day, 12 Sun: only 9, 10, 11.
    const seen = new Set(fc.sample(workingDay({ from: '2025-10-01', to: '2025-10-12' }), 200));
    expect([...seen].sort()).toEqual(['2025-10-09', '2025-10-10', '2025-10-11']);
  });

  it('workingDay: follows the calendar given (an office closed on 2025-10-10)', () => {
    const office = withOverrides(CN, { closed: ['2025-10-10'] });
    const seen = new Set(fc.sample(workingDay({ calendar: office, from: '2025-10-01', to: '2025-10-12' }), 200));
    expect([...seen].sort()).toEqual(['2025-10-09', '2025-10-11']);
  });

  it('workingDayCount: whole numbers within the bounds', () => {
    fc.assert(fc.property(workingDayCount(), (days) => Number.isSafeInteger(days) && days >= -260 && days <= 260), RUNS);
    fc.assert(fc.property(workingDayCount({ min: 1, max: 3 }), (days) => [1, 2, 3].includes(days)), RUNS);
  });

  it('addWorkingDaysInput: the answer exists, and reviewclock agrees with the naive walk', () => {
    fc.assert(
      fc.property(addWorkingDaysInput(), ({ date, days }) => {
        const expected = referenceAdd(date, days);
        expect(expected).toBeDefined(); // inside coverage
        expect(addWorkingDays(date, days)).toBe(expected);
        expect(Object.is(days, -0)).toBe(false);
      }),
      RUNS,
    );
    // Near the end of coverage the count is cut to what remains: 2026-12-31 is the last covered day, so no day after it.
    fc.assert(fc.property(addWorkingDaysInput({ from: '2026-12-31' }), ({ days }) => days <= 0), RUNS);
  });

  it('clockStops: ordered, non-overlapping, on or after the start, inside coverage, only the last open', () => {
    fc.assert(
      fc.property(coveredDate().chain((after) => clockStops({ after, reasons: ['sponsor-supplement'] }).map((stops) => ({ after, stops }))), ({ after, stops }) => {
        expectWellFormedStops(stops, after);
        for (const stop of stops) if (stop.reason !== undefined) expect(stop.reason).toBe('sponsor-supplement');
      }),
      RUNS,
    );
    fc.assert(fc.property(clockStops({ after: '2025-01-01', open: false, maxCount: 2 }), (stops) => stops.length <= 2 && stops.every((s) => s.to !== undefined)), RUNS);
  });

  it('policyObject: every object satisfies PolicySchema; stops and caps only on forward working-day limits', () => {
    fc.assert(
      fc.property(policyObject(), (policy) => {
        const parsed = PolicySchema.safeParse(policy);
        expect(parsed.success).toBe(true);
        const forward = policy.limit.unit === 'working-days' && (policy.limit.direction ?? 'after') === 'after';
        if (!forward) expect(policy.stops === undefined && policy.extensionCap === undefined).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(policyObject({ units: ['months'], directions: ['before'], calendar: 'HK' }), (policy) => {
        expect(policy.limit).toMatchObject({ unit: 'months', direction: 'before' });
        expect(policy.calendar).toBe('HK');
      }),
      RUNS,
    );
  });

  it('policyId: catalog ids that getPolicy knows, narrowed by the filter', () => {
    const ids = new Set(fc.sample(policyId({ filter: { calendar: 'HK' } }), 100));
    for (const id of ids) expect(id.startsWith('hk.')).toBe(true);
    // Without a calendar in the filter: only policies counted on CN (HK ones would need { calendar: HK } in dueDate).
    fc.assert(fc.property(policyId(), (id) => getPolicy(id).calendar === 'CN'), RUNS);
  });

  it('deadlineInput: dueDate accepts every input; the only refusal is a due date past coverage', () => {
    fc.assert(
      fc.property(deadlineInput(), (input) => {
        expectWellFormedStops(input.stops, input.start);
        const answer = oracle(input);
        if (!answer.ok) expect(answer.code).toBe('calendar_out_of_range');
      }),
      { numRuns: 400 },
    );
  });

  it('deadlineInput: with generated policy objects, start inside the effective period and no refusal but coverage', () => {
    fc.assert(
      fc.property(deadlineInput({ policy: policyObject() }), (input) => {
        const policy = input.policy as PolicyInput;
        expect(input.start >= policy.effective.from).toBe(true);
        if (policy.effective.to !== null) expect(input.start <= policy.effective.to).toBe(true);
        const answer = oracle(input);
        if (!answer.ok) expect(answer.code).toBe('calendar_out_of_range');
      }),
      { numRuns: 400 },
    );
  });

  it('deadlineInput: a catalog id with several versions starts only where one is in force', () => {
    // cn.nmpa.drug.ind: versions from 2007-10-01 (SFDA Order 28), 2018-07-27 and 2019-12-01; nothing before 2007-10-01 (docs/policies.md).
    fc.assert(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind' }), (input) => input.start >= '2007-10-01'), RUNS);
    expect(() => deadlineInput({ policy: 'cn.nmpa.drug.ind', to: '2007-09-30' })).toThrow(/in force on no day/);
  });
});

describe('reviewclock/testing arbitraries shrink to small valid cases', () => {
  it('coveredDate shrinks to the boundary of a failing property', () => {
    const run = fc.check(fc.property(coveredDate(), (date) => date < '2020-03-15'), { seed: 7 });
    expect(run.failed).toBe(true);
    expect(run.counterexample![0]).toBe('2020-03-15'); // the smallest date that fails
  });

  it('policyObject shrinks to a valid policy at the failing amount', () => {
    const run = fc.check(fc.property(policyObject({ units: ['working-days'] }), (policy) => policy.limit.amount < 50), { seed: 7 });
    expect(run.failed).toBe(true);
    const policy = run.counterexample![0];
    expect(policy.limit.amount).toBe(50);
    expect(PolicySchema.safeParse(policy).success).toBe(true);
  });

  it('deadlineInput shrinks to two stops at the earliest start, still valid', () => {
    const run = fc.check(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.nda' }), (input) => input.stops.length < 2), { seed: 7 });
    expect(run.failed).toBe(true);
    const input = run.counterexample![0];
    expect(input.stops.length).toBe(2);
    expect(input.start).toBe('2007-10-01'); // the first day cn.nmpa.drug.nda is in force (the 2007 rules)
    expect(input.asOf).toBeUndefined();
    // the smallest stops: zero-length, the first on the start, the second right after it
    expect(input.stops).toEqual([{ from: '2007-10-01', to: '2007-10-01' }, { from: '2007-10-01', to: '2007-10-01' }]);
    expect(oracle(input).ok).toBe(true);
  });
});

describe('reviewclock/testing: the oracle against the naive reference (test/support)', () => {
  // Policies with no stop reasons of their own: every stop is a plain pause, which referenceDue models.
  const plainPolicy = policyObject({ units: ['working-days'], directions: ['after'] }).map(({ stops: _stops, extensionCap: _cap, ...policy }) => policy);

  it('oracle(dueDate) = referenceDue for working-day limits with plain stops', () => {
    fc.assert(
      fc.property(deadlineInput({ policy: plainPolicy }), (input) => {
        const policy = input.policy as PolicyInput;
        const answer = oracle(input);
        const dayZero = policy.clockStart.startDayCounts ? shiftDays(input.start, -1) : input.start;
        if (dayZero < FIRST) {
          // The start day counts but the day before it is not covered: nothing can be counted.
          expect(answer.ok ? null : answer.code).toBe('calendar_out_of_range');
          return;
        }
        const open = input.stops.some((stop) => stop.to === undefined || stop.to === null);
        const closed = input.stops.filter((stop) => typeof stop.to === 'string').map((stop) => ({ from: stop.from, to: stop.to as string }));
        const expected = referenceDue(dayZero, policy.limit.amount, closed);
        if (open) {
          // The clock is stopped now, unless the limit ends before the open stop begins.
          const openStop = input.stops[input.stops.length - 1]!;
          if (expected !== undefined && expected <= openStop.from) expect(answer.ok && answer.due).toBe(expected);
          else if (answer.ok) expect(answer.due).toBeNull();
          return;
        }
        if (expected === undefined) expect(answer.ok ? answer.due : answer.code).toBe('calendar_out_of_range');
        else expect(answer.ok ? answer.due : answer.code).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('referenceAddWorkingDays = the test suite own naive walk', () => {
    fc.assert(
      fc.property(coveredDate(), workingDayCount({ min: -400, max: 400 }), (date, days) => {
        const expected = referenceAdd(date, days);
        const got = outcome(() => referenceAddWorkingDays(date, days));
        expect(got.ok ? got.value : got.code).toBe(expected ?? 'calendar_out_of_range');
      }),
      RUNS,
    );
    expect(referenceAddWorkingDays('2025-09-30', 1)).toBe('2025-10-09'); // 1–8 October 2025 are holidays
    expect(outcome(() => referenceAddWorkingDays('2025-09-30', 1e12))).toMatchObject({ ok: false, code: 'calendar_out_of_range' });
  });
});

describe('reviewclock/testing helpers', () => {
  it('outcome: value, typed refusal, and other errors thrown on', () => {
    expect(outcome(() => addWorkingDays('2025-09-30', 1))).toEqual({ ok: true, value: '2025-10-09' });
    const refused = outcome(() => addWorkingDays('2026-12-31', 1));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toBeInstanceOf(ReviewclockError);
    expect(() => outcome(() => JSON.parse('{'))).toThrow(SyntaxError);
  });

  it('oracle: the due date, an open stop, a refusal', () => {
    // README: IND accepted 2025-09-26 → 60th working day 2025-12-25.
    expect(oracle({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' })).toMatchObject({ ok: true, due: '2025-12-25' });
    expect(oracle({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', stops: [{ from: '2025-10-20' }] })).toMatchObject({ ok: true, due: null });
    // 2026-11-02 + 60 working days lies in 2027, past CN coverage.
    expect(oracle({ policy: 'cn.nmpa.drug.ind', start: '2026-11-02' })).toMatchObject({ ok: false, code: 'calendar_out_of_range' });
  });

  it('expectSameDueDate passes a right implementation and explains a wrong one', () => {
    const right = (input: DeadlineInput) => dueDate(input).due;
    fc.assert(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind' }), expectSameDueDate(right)), { numRuns: 100 });

    // Ignores stops: wrong as soon as a stop holds working days before the due date.
    const ignoresStops = ({ start }: DeadlineInput) => addWorkingDays(start, 60);
    const run = fc.check(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind', asOf: false }), expectSameDueDate(ignoresStops, { whenRefused: 'skip' })), { seed: 3 });
    expect(run.failed).toBe(true);
    const message = String((run.errorInstance as Error).message);
    expect(message).toMatch(/due dates differ|yours threw/);
    expect(message).toMatch(/reviewclock's derivation:\n.*cn\.nmpa\.drug\.ind/);
  });

  it('expectSameDueDate: where reviewclock refuses, yours must throw (or the input is skipped)', () => {
    const check = expectSameDueDate(() => '2027-02-01');
    const pastCoverage = { policy: 'cn.nmpa.drug.ind', start: '2026-11-02', stops: [] };
    expect(() => check(pastCoverage)).toThrow(/reviewclock refuses this input \(calendar_out_of_range/);
    expect(() => expectSameDueDate(() => { throw new Error('no data for 2027'); })(pastCoverage)).not.toThrow();
    expect(() => expectSameDueDate(() => '2027-02-01', { whenRefused: 'skip' })(pastCoverage)).toThrow(fc.PreconditionFailure);
  });

  it('refuses malformed options with typed errors when the arbitrary is made', () => {
    const codeOf = (make: () => unknown) => (outcome(make).ok ? 'made' : (outcome(make) as { code: string }).code);
    expect(codeOf(() => coveredDate({ from: '2025-13-01' }))).toBe('invalid_date');
    expect(codeOf(() => coveredDate({ from: '2030-01-01' }))).toBe('invalid_argument'); // past coverage
    expect(codeOf(() => coveredDate({ calendar: 'CN' as never }))).toBe('invalid_argument');
    expect(codeOf(() => workingDay({ from: '2025-10-01', to: '2025-10-08' }))).toBe('invalid_argument'); // all holidays
    expect(codeOf(() => workingDayCount({ min: 5, max: 1 }))).toBe('invalid_argument');
    expect(codeOf(() => workingDayCount({ max: 1e12 }))).toBe('invalid_argument');
    expect(codeOf(() => clockStops(undefined as never))).toBe('invalid_argument');
    expect(codeOf(() => clockStops({ after: '2030-01-01' }))).toBe('invalid_argument');
    expect(codeOf(() => policyId({ filter: { text: 'no such policy anywhere' } }))).toBe('invalid_argument');
    expect(codeOf(() => policyObject({ units: ['days' as never] }))).toBe('invalid_argument');
    expect(codeOf(() => deadlineInput({ maxStops: -1 }))).toBe('invalid_argument');
    expect(codeOf(() => deadlineInput({ policy: 42 as never }))).toBe('invalid_argument');
    expect(codeOf(() => expectSameDueDate('not a function' as never))).toBe('invalid_argument');
  });
});

describe('reviewclock/testing stays out of the main entry', () => {
  it('bundling reviewclock or reviewclock/hk never reaches fast-check or src/testing.ts', async () => {
    for (const entry of ['./src/index.ts', './src/hk.ts']) {
      const result = await build({
        stdin: { contents: `export * from '${entry}';`, resolveDir: new URL('../..', import.meta.url).pathname, loader: 'ts' },
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        logLevel: 'silent',
        metafile: true,
      });
      const inputs = Object.keys(result.metafile.inputs); // every module parsed, used or not
      expect(inputs.some((path) => path.includes('src/date/plainDate.ts'))).toBe(true);
      expect(inputs.filter((path) => /fast-check|src\/testing\.ts/.test(path))).toEqual([]);
    }
  });
});
