import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineInput, expectSameDueDate, type DeadlineInput } from '../../../src/testing.js';
import { shiftDays } from '../../support/referenceCalendar.js';
import { referenceDue } from '../../support/referenceDeadline.js';
import { indDueDate } from './indDueDate.js';

const guide = readFileSync(new URL('../../../docs/guides/oracle-testing.md', import.meta.url), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('docs/guides/oracle-testing.md', () => {
  it('shows the code of this directory verbatim (imports written as a user writes them)', () => {
    expect(blocks[0]).toBe(read('./indDueDate.ts'));
    expect(blocks[1]).toBe(read('./indDueDate.test.ts').replace("'../../../src/testing.js'", "'reviewclock/testing'"));
  });

  it('the example property catches the bug the guide describes (counting the day a stop ends)', () => {
    // indDueDate with `day < s.to`: the same as moving every stop's end one day earlier.
    const buggy = (input: DeadlineInput) =>
      indDueDate({ ...input, stops: input.stops.map((s) => (typeof s.to === 'string' ? { ...s, to: shiftDays(s.to, -1) } : s)) });
    const run = fc.check(fc.property(deadlineInput({ policy: 'cn.nmpa.drug.ind', from: '2025-01-01', to: '2026-12-31' }), expectSameDueDate(buggy)));
    expect(run.failed).toBe(true);
    // The guide's counterexample, with the answers it shows: the stop 2025-01-02..06 leaves out 3 and 6 January.
    const input = { policy: 'cn.nmpa.drug.ind', start: '2025-01-02', stops: [{ from: '2025-01-02', to: '2025-01-06' }] };
    expect(referenceDue(input.start, 60, input.stops)).toBe('2025-04-07'); // the naive walk agrees with reviewclock
    expect(guide).toContain(`Counterexample: [${JSON.stringify(input)}]`);
    expect(() => expectSameDueDate(buggy)(input)).toThrow('due dates differ: reviewclock "2025-04-07", yours "2025-04-03"');
    expect(guide).toContain('due dates differ: reviewclock "2025-04-07", yours "2025-04-03"');
  });
});
