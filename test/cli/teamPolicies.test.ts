import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPolicy, type PolicyInput } from '../../src/index.js';
import { fastInd } from '../support/teamPolicy.js';
import { runCli } from './support/runCli.js';

const quickNda: PolicyInput = { ...getPolicy('cn.nmpa.drug.nda'), id: 'team.nda-quick', version: '2025-01-01', effective: { from: '2025-01-01', to: null } };

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reviewclock-team-'));
  writeFileSync(file('one.json'), JSON.stringify(fastInd));
  writeFileSync(file('many.json'), `\uFEFF${JSON.stringify([quickNda])}`);
  writeFileSync(file('builtin.json'), JSON.stringify([quickNda, { ...fastInd, id: 'cn.nmpa.drug.ind' }]));
  writeFileSync(file('broken.json'), JSON.stringify([{ ...fastInd, limit: { amount: -5, unit: 'working-days', direction: 'after' } }]));
  writeFileSync(file('not-json.json'), '{ "id": ');
  writeFileSync(file('empty.json'), '[]');
});

describe('--policies FILE: a team’s own rules', () => {
  it('lets due count on a rule of one’s own, named by its id', async () => {
    const run = await runCli(['due', 'team.ind-fast', '2025-09-26', '--policies', file('one.json'), '--json']);
    expect(run.status, run.stderr).toBe(0);
    // From Friday 2025-09-26: Sun 28 (make-up day) 1, 29–30 2–3, National Day 1–8 Oct off, 9–10 4–5, Sat 11
    // (make-up day) 6, 13–17 7–11, 20–24 12–16, 27–30 17–20.
    expect(JSON.parse(run.stdout)).toMatchObject({ due: '2025-10-30', policy: { id: 'team.ind-fast', version: '2025-01-01' } });
  });

  it('is repeatable, takes one policy or an array (with a BOM), and still knows the built-in rules', async () => {
    const both = ['--policies', file('one.json'), '--policies', file('many.json')];
    const [own, builtIn] = await Promise.all([
      runCli(['due', 'team.nda-quick', '2025-03-03', ...both, '--json']),
      runCli(['due', 'cn.nmpa.drug.ind', '2025-09-26', ...both, '--json']),
    ]);
    // The NDA copy keeps 200 working days; the built-in NDA gives the same date.
    const nda = await runCli(['due', 'cn.nmpa.drug.nda', '2025-03-03', '--json']);
    expect(JSON.parse(own.stdout).due).toBe(JSON.parse(nda.stdout).due);
    // The built-in IND: 60 working days from 2025-09-26 is 2025-12-25 (README's first example).
    expect(JSON.parse(builtIn.stdout).due).toBe('2025-12-25');
  });

  it('lets batch rows name the team’s rules, in one thread or several', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `A-${i}`, policy: i % 2 ? 'team.ind-fast' : 'cn.nmpa.drug.ind', start: '2025-09-26' }));
    writeFileSync(file('rows.ndjson'), `${rows.join('\n')}\n`);
    for (const threads of ['0', '2']) {
      const run = await runCli(['batch', file('rows.ndjson'), '--policies', file('one.json')], { env: { REVIEWCLOCK_BATCH_THREADS: threads } });
      expect(run.status, run.stderr).toBe(0);
      const dues = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).due);
      // 2025-10-30 for the team's 20 days (derived above); 2025-12-25 for the built-in 60.
      expect(new Set(dues.filter((_, i) => i % 2))).toEqual(new Set(['2025-10-30']));
      expect(new Set(dues.filter((_, i) => i % 2 === 0))).toEqual(new Set(['2025-12-25']));
    }
  });

  it('lists and shows the team’s rules, marked as its own', async () => {
    const [list, search, zh, show] = await Promise.all([
      runCli(['policies', '--policies', file('one.json')]),
      runCli(['policies', 'internal', '--policies', file('one.json'), '--json']),
      runCli(['policies', 'team', '--policies', file('one.json'), '--lang', 'zh']),
      runCli(['policy', 'team.ind-fast', '--policies', file('one.json'), '--json']),
    ]);
    expect(list.stdout).toMatch(/^team\.ind-fast\s+20 working days\s+Our internal IND target \(your rule, --policies\)$/m);
    expect(JSON.parse(search.stdout).map((p: { id: string }) => p.id)).toEqual(['team.ind-fast']);
    expect(zh.stdout).toContain('内部 IND 审评目标（本团队规则，--policies）');
    expect(JSON.parse(show.stdout)).toMatchObject({ id: 'team.ind-fast', limit: { amount: 20 } });
  });

  it('refuses a bad file, naming it and the policy in it', async () => {
    const refused = (args: string[]) => runCli(['due', 'team.ind-fast', '2025-09-26', ...args]);
    const [builtin, broken, notJson, empty, missing, unknown] = await Promise.all([
      refused(['--policies', file('builtin.json')]),
      refused(['--policies', file('broken.json')]),
      refused(['--policies', file('not-json.json')]),
      refused(['--policies', file('empty.json')]),
      refused(['--policies', file('missing.json')]),
      refused([]),
    ]);
    for (const run of [builtin, broken, notJson, empty, missing, unknown]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
    }
    expect(builtin.stderr).toContain(`--policies ${file('builtin.json')} (policy 2 of 2)`);
    expect(builtin.stderr).toContain('"cn.nmpa.drug.ind" is the id of a built-in policy');
    expect(broken.stderr).toContain(`--policies ${file('broken.json')} (policy 1 of 1): invalid policy: limit.amount`);
    expect(notJson.stderr).toContain('is not valid JSON');
    expect(empty.stderr).toContain('holds an empty array');
    expect(missing.stderr).toContain('no such file');
    expect(unknown.stderr).toContain('unknown policy id "team.ind-fast"');
  });
});

describe('calendar --policy with --policies', () => {
  it('marks the deadline of a team’s own rule on the month grid', async () => {
    const run = await runCli(['calendar', '--policy', 'team.ind-fast', '--start', '2025-09-26', '--policies', file('one.json')]);
    expect(run.status, run.stderr).toBe(0);
    // Its due date, 2025-10-30 (derived above), is named on the grid's legend.
    expect(run.stdout).toContain('2025-10-30');
    expect(run.stdout).toContain('team.ind-fast');
  });
});
