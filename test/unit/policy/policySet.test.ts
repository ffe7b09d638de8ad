import { describe, expect, it } from 'vitest';
import { dueDate, getPolicy, listPolicies, projectTimeline } from '../../../src/index.js';
import { fastInd } from '../../support/teamPolicy.js';
import { thrown } from '../../support/thrown.js';
const team = [fastInd];

describe('a team’s own policies (the policies option)', () => {
  it('are named by id in dueDate, getPolicy, listPolicies and projectTimeline', () => {
    // From Friday 2025-09-26: Sun 28 (make-up day) 1, 29–30 2–3, National Day 1–8 Oct off, 9–10 4–5, Sat 11
    // (make-up day) 6, 13–17 7–11, 20–24 12–16, 27–30 17–20.
    expect(dueDate({ policy: 'team.ind-fast', start: '2025-09-26', policies: team }).due).toBe('2025-10-30');
    expect(getPolicy('team.ind-fast', { policies: team }).limit.amount).toBe(20);
    expect(listPolicies({ policies: team }).map((p) => p.id)).toContain('team.ind-fast');
    expect(listPolicies({ text: 'team', policies: team }).map((p) => p.id)).toEqual(['team.ind-fast']);
    expect(listPolicies().map((p) => p.id)).not.toContain('team.ind-fast');
    const timeline = projectTimeline({ stages: ['team.ind-fast'], start: '2025-09-26', policies: team });
    expect(timeline.stages[0]!.due).toBe('2025-10-30');
  });

  it('choose the version in force on the start, and say when none is', () => {
    const older = { ...fastInd, version: '2024-01-01', effective: { from: '2024-01-01', to: '2024-12-31' }, limit: { ...fastInd.limit, amount: 30 } };
    const both = [fastInd, older];
    expect(dueDate({ policy: 'team.ind-fast', start: '2024-06-03', policies: both }).limit.amount).toBe(30);
    expect(dueDate({ policy: 'team.ind-fast', start: '2025-06-03', policies: both }).limit.amount).toBe(20);
    expect(thrown(() => dueDate({ policy: 'team.ind-fast', start: '2023-06-01', policies: both }))).toMatchObject({ code: 'policy_not_in_force' });
  });

  it('suggest a team id for a typo', () => {
    expect(thrown(() => dueDate({ policy: 'team.ind-fats', start: '2025-09-26', policies: team }))).toMatchObject({
      code: 'unknown_policy',
      suggestions: expect.arrayContaining(['team.ind-fast']),
    });
  });

  it('refuse what is not a list of valid policies with their own ids and versions', () => {
    const start = '2025-09-26';
    expect(thrown(() => dueDate({ policy: 'team.ind-fast', start, policies: fastInd as never }))).toMatchObject({
      code: 'invalid_argument',
      message: expect.stringContaining('policies must be an array'),
    });
    expect(thrown(() => dueDate({ policy: 'team.ind-fast', start, policies: [fastInd, { ...fastInd, limit: { amount: -1 } } as never] }))).toMatchObject({
      code: 'invalid_policy',
      message: expect.stringContaining('policies[1]'),
    });
    expect(thrown(() => dueDate({ policy: 'cn.nmpa.drug.ind', start, policies: [{ ...fastInd, id: 'cn.nmpa.drug.ind' }] }))).toMatchObject({
      code: 'invalid_policy',
      message: expect.stringContaining('"cn.nmpa.drug.ind" is the id of a built-in policy'),
    });
    expect(thrown(() => getPolicy('team.ind-fast', { policies: [fastInd, { ...fastInd }] }))).toMatchObject({
      code: 'invalid_policy',
      message: expect.stringContaining('version "2025-01-01" twice'),
    });
    const overlapping = { ...fastInd, version: '2025-06-01', effective: { from: '2025-06-01', to: null } };
    expect(thrown(() => listPolicies({ policies: [fastInd, overlapping] }))).toMatchObject({
      code: 'invalid_policy',
      message: expect.stringContaining('both in force on 2025-06-01'),
    });
  });
});
