import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  CalendarRequiredError,
  InconsistentInputError,
  InvalidArgumentError,
  InvalidDateError,
  PolicyNotInForceError,
  PolicyValidationError,
  ReviewclockError,
  UnknownPolicyError,
  dueDate,
  getPolicy,
  type DueDateOptions,
} from '../../../src/index.js';

const ok: DueDateOptions = { policy: 'cn.nmpa.drug.nda', start: '2025-03-03' };

/** The error `dueDate` throws for the options, or a failure if it returns a result. */
function refusal(options: unknown): ReviewclockError {
  let result: unknown;
  try {
    result = dueDate(options as DueDateOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewclockError);
    return error as ReviewclockError;
  }
  throw new Error(`dueDate returned ${JSON.stringify(result)} instead of refusing`);
}

describe('dueDate refuses bad input with a typed error, never a date', () => {
  const cases: [string, unknown, new (...args: never[]) => ReviewclockError, string, RegExp][] = [
    ['no options', undefined, InvalidArgumentError, 'invalid_argument', /dueDate: expected an options object/],
    ['options that are a string', 'cn.nmpa.drug.ind', InvalidArgumentError, 'invalid_argument', /options object/],
    ['a policy that is a number', { ...ok, policy: 42 }, InvalidArgumentError, 'invalid_argument', /policy must be a catalog id/],
    ['an unknown policy id', { ...ok, policy: 'cn.nmpa.drug.nda.priorty' }, UnknownPolicyError, 'unknown_policy', /did you mean "cn\.nmpa\.drug\.nda\.priority"/],
    ['an impossible start date', { ...ok, start: '2025-02-30' }, InvalidDateError, 'invalid_date', /dueDate \(start\): invalid date "2025-02-30" \(2025-02 has 28 days\)/],
    ['a start in another format', { ...ok, start: '2025/03/03' }, InvalidDateError, 'invalid_date', /expected a calendar date as YYYY-MM-DD/],
    ['a start that is a number', { ...ok, start: 20250303 }, InvalidDateError, 'invalid_date', /dueDate \(start\)/],
    ['a missing start', { policy: 'cn.nmpa.drug.nda' }, InvalidArgumentError, 'invalid_argument', /start is missing; give the date of the event that starts the clock/],
    ['stops that are not an array', { ...ok, stops: { from: '2025-04-01' } }, InvalidArgumentError, 'invalid_argument', /stops must be an array/],
    ['a stop that is not an object', { ...ok, stops: ['2025-04-01'] }, InvalidArgumentError, 'invalid_argument', /stops\[0\] must be an object/],
    ['a stop with an invalid from', { ...ok, stops: [{ from: '2025-04-31' }] }, InvalidDateError, 'invalid_date', /dueDate \(stops\[0\]\.from\)/],
    ['a stop with an invalid to', { ...ok, stops: [{ from: '2025-04-01', to: '2025-4-9' }] }, InvalidDateError, 'invalid_date', /stops\[0\]\.to/],
    ['a stop with a reason that is not a string', { ...ok, stops: [{ from: '2025-04-01', reason: 7 }] }, InvalidArgumentError, 'invalid_argument', /reason must be a string/],
    ['a stop before the start', { ...ok, stops: [{ from: '2025-03-02', to: '2025-03-10' }] }, InconsistentInputError, 'inconsistent_input', /stops\[0\] begins on 2025-03-02, before the start 2025-03-03/],
    ['a stop that ends before it begins', { ...ok, stops: [{ from: '2025-04-10', to: '2025-04-01' }] }, InconsistentInputError, 'inconsistent_input', /ends on 2025-04-01, before it begins on 2025-04-10/],
    [
      'overlapping stops',
      { ...ok, stops: [{ from: '2025-04-01', to: '2025-04-20' }, { from: '2025-04-10', to: '2025-04-30' }] },
      InconsistentInputError,
      'inconsistent_input',
      /stops\[0\] \(2025-04-01 to 2025-04-20\) and stops\[1\] \(from 2025-04-10\) overlap/,
    ],
    [
      'a stop after an open stop',
      { ...ok, stops: [{ from: '2025-05-01', to: '2025-05-20' }, { from: '2025-04-01' }] },
      InconsistentInputError,
      'inconsistent_input',
      /stops\[1\] has no end .* so stops\[0\] from 2025-05-01 cannot follow it/,
    ],
    ['stops on a calendar-month limit', { policy: 'cn.nmpa.drug.dsur', start: '2025-03-03', stops: [{ from: '2025-04-01' }] }, InconsistentInputError, 'inconsistent_input', /clock stops apply only to limits counted forward in working days/],
    ['an invalid asOf', { ...ok, asOf: 'today' }, InvalidDateError, 'invalid_date', /dueDate \(asOf\)/],
    ['a calendar that is not a reviewclock calendar', { ...ok, calendar: { id: 'CN' } }, InvalidArgumentError, 'invalid_argument', /options\.calendar must be a reviewclock calendar/],
    ['a Hong Kong policy on the default calendar', { policy: 'hk.dh.drug.nce-1plus', start: '2025-03-03' }, CalendarRequiredError, 'calendar_required', /pass \{ calendar: HK \} from 'reviewclock\/hk'/],
    ['a start before the policy took effect', { ...ok, start: '2007-09-30' }, PolicyNotInForceError, 'policy_not_in_force', /no version of policy "cn\.nmpa\.drug\.nda" is in force on 2007-09-30; it applies 2007-10-01 to 2020-06-30, 2020-07-01 to now/],
    ['a start in a gap between versions', { policy: 'cn.nmpa.drug.ind.innovative-30', start: '2025-08-15' }, PolicyNotInForceError, 'policy_not_in_force', /2024-07-31 to 2025-07-31, 2025-09-09 to now/],
    ['an extension that is not a whole number', { ...ok, extension: 1.5 }, InvalidArgumentError, 'invalid_argument', /extension must be a whole number/],
    ['a negative extension', { ...ok, extension: -3 }, InvalidArgumentError, 'invalid_argument', /extension must be a whole number/],
    ['an extension above the cap', { ...ok, extension: 101 }, InconsistentInputError, 'inconsistent_input', /exceeds the most policy "cn\.nmpa\.drug\.nda" allows: 100 working-days/],
    ['an extension a policy does not provide', { policy: 'cn.nmpa.drug.ind', start: '2025-03-03', extension: 5 }, InconsistentInputError, 'inconsistent_input', /provides for no discretionary extension/],
    ['a due date past coverage', { ...ok, start: '2026-09-01' }, CalendarCoverageError, 'calendar_out_of_range', /the 200th working day after 2026-09-01 \(the due date\) lies outside the CN calendar/],
    ['a stop that ends past coverage', { ...ok, stops: [{ from: '2025-04-01', to: '2027-01-10' }] }, CalendarCoverageError, 'calendar_out_of_range', /2027-01-10 \(the end of stops\[0\]\)/],
  ];

  for (const [name, options, type, code, message] of cases) {
    it(`refuses ${name}`, () => {
      const error = refusal(options);
      expect(error).toBeInstanceOf(type);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/^dueDate/);
      expect(error.message).toMatch(message);
    });
  }

  it('refuses a policy object that fails the schema, with zod’s issues and their paths', () => {
    const bad = { ...getPolicy('cn.nmpa.drug.nda'), limit: { amount: -1, unit: 'fortnights' }, confidence: 'probably' };
    const error = refusal({ policy: bad, start: '2025-03-03' });
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect(error.code).toBe('invalid_policy');
    const issues = (error as PolicyValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([['limit', 'amount'], ['limit', 'unit'], ['confidence']]));
    expect(error.message).toMatch(/^dueDate: invalid policy: limit\.amount: /);
  });

  it('refuses a policy object with unknown keys, prototype keys included', () => {
    const polluted = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(getPolicy('cn.nmpa.drug.ind')).slice(1)}`);
    const error = refusal({ policy: polluted, start: '2025-03-03' });
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a policy object whose own rules contradict each other', () => {
    const nda = getPolicy('cn.nmpa.drug.nda');
    const twice = { ...nda, stops: [nda.stops[0]!, nda.stops[0]!] };
    expect((refusal({ policy: twice, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['stops', 1, 'reason']);
    const backwards = { ...nda, effective: { from: '2025-01-01', to: '2024-01-01' } };
    expect((refusal({ policy: backwards, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['effective', 'to']);
    const zeroDays = { ...nda, limit: { amount: 0, unit: 'working-days' } };
    expect((refusal({ policy: zeroDays, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['limit', 'amount']);
    const readingOutOfRange = { ...nda, stopDayCounts: { ...nda.stopDayCounts, value: 'yes' } };
    expect((refusal({ policy: readingOutOfRange, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['stopDayCounts', 'value']);
    const summaryCited = { ...nda, confidence: 'cited', source: { ...nda.source, url: 'https://example.com/summary', publication: 'summary' } };
    expect((refusal({ policy: summaryCited, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['confidence']);
    // Year 0000: zod's ISO date accepts it, the library's parser does not; refused here, with its path.
    const yearZero = { ...nda, effective: { from: '2020-07-01', to: '0000-12-31' } };
    expect((refusal({ policy: yearZero, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['effective', 'to']);
    const monthsWithStops = { ...nda, limit: { amount: 2, unit: 'months' } };
    expect((refusal({ policy: monthsWithStops, start: '2025-03-03' }) as PolicyValidationError).issues[0]!.path).toEqual(['stops', 0]);
  });

  it('refuses a policy object whose effective period does not cover the start', () => {
    const policy = { ...getPolicy('cn.nmpa.drug.nda'), effective: { from: '2024-01-01', to: '2024-12-31' } };
    expect(refusal({ policy, start: '2025-03-03' })).toBeInstanceOf(PolicyNotInForceError);
  });
});
