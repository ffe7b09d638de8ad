import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProcedures, projectTimeline } from '../../src/index.js';
import { fastInd } from '../support/teamPolicy.js';
import { runCli } from './support/runCli.js';

// cn.nmpa.drug.ind.application: acceptance (5 working days), then the IND review (60 working days), received on
// Monday 22 Sep 2025 = day 0. By hand on the 2025/2026 notices:
// - acceptance: 23, 24, 25, 26 Sep (Tue–Fri), Sat 27 is a rest day, Sun 28 Sep is a make-up working day → due
//   Sunday 28 Sep 2025;
// - review from its projected start, Sun 28 Sep: 29, 30 Sep (2), 1–8 Oct off (National Day and Mid-Autumn),
//   9, 10, Sat 11 (make-up), 13–17, 20–24, 27–31 Oct (20 in Oct: 22 so far), Nov 3–7, 10–14, 17–21, 24–28 (20: 42),
//   1–5, 8–12, 15–19 Dec (15: 57), 22, 23, 24, 25, 26 Dec → the 60th is Friday 26 Dec 2025;
// - with --progress acceptance=Fri 26 Sep, the review starts a working day earlier (Sun 28 Sep is then day 1):
//   its 60th working day is Thursday 25 Dec 2025 (as `due cn.nmpa.drug.ind 2025-09-26` gives);
// - as of Thu 20 Nov the review is running.
const PROCEDURE = 'cn.nmpa.drug.ind.application';
const ACCEPTANCE = 'cn.nmpa.drug.acceptance';
const REVIEW = 'cn.nmpa.drug.ind';

describe('reviewclock timeline', () => {
  it('projects every stage from the day the one before it ends (golden case)', async () => {
    const run = await runCli(['timeline', PROCEDURE, '2025-09-22']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'cn.nmpa.drug.ind.application: Drug clinical trial application (IND), from 2025-09-22 (Mon)',
        '1. Acceptance: from 2025-09-22 (Mon), due 2025-09-28 (Sun), projected',
        '2. Review (implied approval at the end): from 2025-09-28 (Sun, projected), due 2025-12-26 (Fri), projected',
        'End: 2025-12-26  Friday, 26 December 2025 (projected)',
        '',
      ].join('\n'),
    );
    // Consistency with the library (the expected values above are derived by hand).
    const library = projectTimeline({ procedure: PROCEDURE, start: '2025-09-22' });
    expect(library.stages.map((stage) => stage.due)).toEqual(['2025-09-28', '2025-12-26']);
    expect(listProcedures().some((procedure) => procedure.id === PROCEDURE)).toBe(true);
  });

  it('--progress moves the later stages, and --as-of gives each stage its status', async () => {
    const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-26`, '--as-of', '2025-11-20']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('1. Acceptance: from 2025-09-22 (Mon), due 2025-09-28 (Sun), completed 2025-09-26 (Fri)');
    expect(lines[2]).toBe('2. Review (implied approval at the end): from 2025-09-26 (Fri, actual), due 2025-12-25 (Thu), running (as of 2025-11-20)');
    expect(lines[3]).toBe('End: 2025-12-25  Thursday, 25 December 2025 (projected)');
  });

  it('a review completed after its due date ends the procedure on that day', async () => {
    const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-26`, '--progress', `${REVIEW}=2026-01-09`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('completed 2026-01-09 (Fri), after its due date');
    expect(run.stdout).toContain('End: 2026-01-09  Friday, 9 January 2026 (actual)');
  });

  it('prints milestones after the stages', async () => {
    // Class III device: acceptance done Fri 26 Dec, transfer Tue 30 Dec 2025 (the library's own example).
    const run = await runCli([
      'timeline', 'cn.nmpa.device.class3.registration', '2025-12-22',
      '--progress', 'cn.nmpa.device.acceptance=2025-12-26', '--progress', 'cn.nmpa.device.transfer-to-review=2025-12-30',
    ]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 5 + 2 + 1);
    expect(lines.slice(1, 6).map((line) => line.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(lines[6]).toMatch(/^· Registration fee due: \d{4}-\d\d-\d\d \(\w{3}\), counted from the start of stage 2$/);
    expect(lines[8]).toBe('End: 2026-06-29  Monday, 29 June 2026 (projected)');
  });

  it('--json prints the projectTimeline result', async () => {
    const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-26`, '--json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      kind: 'timeline',
      procedure: { id: PROCEDURE, title: { en: 'Drug clinical trial application (IND)', zh: '药物临床试验申请' } },
      start: '2025-09-22',
      asOf: null,
      calendar: 'CN',
      end: '2025-12-25',
      endBasis: 'projected',
      provisional: false,
      milestones: [],
    });
    expect(result.stages.map((s: { policy: string; start: string; due: string; completed: string | null }) => [s.policy, s.start, s.due, s.completed])).toEqual([
      [ACCEPTANCE, '2025-09-22', '2025-09-28', '2025-09-26'],
      [REVIEW, '2025-09-26', '2025-12-25', null],
    ]);
  });

  it('--lang zh prints the labels and the CLI words in Chinese', async () => {
    const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-26`, '--as-of', '2025-11-20', '--lang', 'zh']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'cn.nmpa.drug.ind.application：药物临床试验申请，自2025-09-22（周一）起；截至2025-11-20（周四）',
        '1. 受理：自2025-09-22（周一）起，届满日2025-09-28（周日），已于2025-09-26（周五）完成',
        '2. 审评（届满默示许可）：自2025-09-26（周五，实际）起，届满日2025-12-25（周四），计时中（截至2025-11-20）',
        '结束：2025-12-25  2025年12月25日 星期四（预计）',
        '',
      ].join('\n'),
    );
  });

  it('accepts today for the start (the date in China)', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const [withToday, withDate] = await Promise.all([
      runCli(['timeline', PROCEDURE, 'today', '--json']),
      runCli(['timeline', PROCEDURE, today, '--json']),
    ]);
    expect([0, 3]).toContain(withToday.status);
    // Unless the run straddles midnight in Beijing.
    if (JSON.parse(withToday.stdout).start === today) expect(withToday).toEqual(withDate);
  });

  it('an answer past the published calendar is provisional: exit 3, or 0 with --project', async () => {
    const [text, projected] = await Promise.all([
      runCli(['timeline', PROCEDURE, '2026-11-02']),
      runCli(['timeline', PROCEDURE, '2026-11-02', '--project', '--json']),
    ]);
    expect(text).toMatchObject({ status: 3, stderr: '' });
    expect(text.stdout).toMatch(/^2\. Review .*due 2027-\d\d-\d\d \(\w{3}\), projected \(provisional/m);
    expect(text.stdout).toContain('reviewclock schedule add notice-2027.txt');
    expect(projected.status).toBe(0);
    expect(JSON.parse(projected.stdout)).toMatchObject({ provisional: true });
  });

  describe('a chain of policies (A+B), with the team’s own rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-timeline-'));
    const team = join(dir, 'team-rules.json');
    writeFileSync(team, JSON.stringify(fastInd));
    const CHAIN = `${ACCEPTANCE}+team.ind-fast`;

    it('projects each stage from the end of the one before (golden case)', async () => {
      // Acceptance as in the procedure: due Sun 28 Sep 2025. The team's 20-working-day review from that day 0:
      // 29, 30 Sep (2), 1–8 Oct off, 9, 10 (4), Sat 11 make-up (5), 13–17 (10), 20–24 (15), 27–31 (20) → Fri 31 Oct.
      const run = await runCli(['timeline', CHAIN, '2025-09-22', '--policies', team]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toBe(
        [
          `${ACCEPTANCE} → team.ind-fast, from 2025-09-22 (Mon)`,
          // A chain's stages are named by their policies' titles (a procedure names its own).
          '1. Drug registration application: formal review and acceptance: from 2025-09-22 (Mon), due 2025-09-28 (Sun), projected',
          '2. Our internal IND target: from 2025-09-28 (Sun, projected), due 2025-10-31 (Fri), projected',
          'End: 2025-10-31  Friday, 31 October 2025 (projected)',
          '',
        ].join('\n'),
      );
    });

    it('takes --progress by the chain’s stage ids, --json and --lang zh', async () => {
      // Acceptance ended Fri 26 Sep: the team's review from there is due Thu 30 Oct (test/cli/teamPolicies.test.ts).
      const [json, zh] = await Promise.all([
        runCli(['timeline', CHAIN, '2025-09-22', '--policies', team, '--progress', `${ACCEPTANCE}=2025-09-26`, '--json']),
        runCli(['timeline', CHAIN, '2025-09-22', '--policies', team, '--lang', 'zh']),
      ]);
      expect(json.status, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ procedure: null, end: '2025-10-30', stages: [{ policy: ACCEPTANCE, completed: '2025-09-26' }, { policy: 'team.ind-fast', due: '2025-10-30' }] });
      expect(zh.stdout).toContain('2. 内部 IND 审评目标：');
    });

    it('refuses an unknown id (the team’s rule without --policies), a repeated stage and an empty part', async () => {
      const [unknown, twice, empty, progress] = await Promise.all([
        runCli(['timeline', CHAIN, '2025-09-22']),
        runCli(['timeline', `${ACCEPTANCE}+${ACCEPTANCE}`, '2025-09-22']),
        runCli(['timeline', `${ACCEPTANCE}+`, '2025-09-22', '--lang', 'zh']),
        runCli(['timeline', CHAIN, '2025-09-22', '--policies', team, '--progress', `${REVIEW}=2025-10-01`]),
      ]);
      expect(unknown).toMatchObject({ status: 1, stdout: '' });
      expect(unknown.stderr).toBe(
        'reviewclock: timeline: stage 2 of the chain, "team.ind-fast", is not a policy id (see `reviewclock policies`, or give your own rules with --policies FILE)\n',
      );
      expect(twice.stderr).toMatch(/timeline: cn\.nmpa\.drug\.acceptance is given twice in the chain/);
      expect(empty.stderr).toMatch(/^reviewclock：timeline：链 "cn\.nmpa\.drug\.acceptance\+" 无效/);
      expect(progress.stderr).toBe(`reviewclock: timeline: --progress "${REVIEW}" is not a stage of ${CHAIN}; its stages are ${ACCEPTANCE}, team.ind-fast\n`);
      for (const run of [twice, empty, progress]) expect(run).toMatchObject({ status: 1, stdout: '' });
    });
  });

  describe('refusals', () => {
    it('an unknown procedure, with the closest ids and the list of procedures (exit 1)', async () => {
      const run = await runCli(['timeline', 'cn.nmpa.drug.ind.applicaton', '2025-09-22']);
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(run.stderr).toMatch(/^reviewclock: .*unknown procedure "cn\.nmpa\.drug\.ind\.applicaton"; did you mean "cn\.nmpa\.drug\.ind\.application"/);
      for (const procedure of listProcedures()) expect(run.stderr).toContain(procedure.id);
      expect(run.stderr.split('\n')).toHaveLength(2);
    });

    it('an unknown stage, naming the stages of the procedure', async () => {
      const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', 'cn.nmpa.drug.nda=2025-09-26']);
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(run.stderr).toBe(
        `reviewclock: timeline: --progress "cn.nmpa.drug.nda" is not a stage of ${PROCEDURE}; its stages are ${ACCEPTANCE}, ${REVIEW}\n`,
      );
    });

    it('a stage given twice', async () => {
      const run = await runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-26`, '--progress', `${ACCEPTANCE}=2025-09-25`]);
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(run.stderr).toBe(`reviewclock: timeline: --progress ${ACCEPTANCE} is given twice; give each stage once\n`);
    });

    it('a bad date, in --progress or as START, and text that is not STAGE=DATE', async () => {
      const [progress, start, shape, before] = await Promise.all([
        runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${REVIEW}=2025-09-31`]),
        runCli(['timeline', PROCEDURE, '2025-02-30']),
        runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', 'acceptance']),
        runCli(['timeline', PROCEDURE, '2025-09-22', '--progress', `${ACCEPTANCE}=2025-09-20`]),
      ]);
      expect(progress).toMatchObject({ status: 1, stdout: '' });
      expect(progress.stderr).toMatch(new RegExp(`^reviewclock: timeline: --progress ${REVIEW.replaceAll('.', '\\.')}: invalid date "2025-09-31" \\(2025-09 has 30 days\\)`));
      expect(start).toMatchObject({ status: 1, stdout: '' });
      expect(start.stderr).toMatch(/invalid date "2025-02-30"/);
      expect(shape).toMatchObject({ status: 1, stdout: '' });
      expect(shape.stderr).toMatch(/invalid --progress "acceptance", expected STAGE=YYYY-MM-DD/);
      expect(before).toMatchObject({ status: 1, stdout: '' });
      expect(before.stderr).toMatch(/--progress cn\.nmpa\.drug\.acceptance .*2025-09-20, before it started on 2025-09-22/);
    });

    it('a missing START is a usage error (exit 2)', async () => {
      const run = await runCli(['timeline', PROCEDURE]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe("reviewclock: missing required argument 'start'\n");
    });
  });
});
