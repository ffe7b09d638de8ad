import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, CLI, runCli, stripAnsi } from './support/runCli.js';
import { CN, dueDate, projectCalendar } from '../../src/index.js';
import { deadlineMarks } from '../../src/cli/commands/calendar.js';
import { shiftDays } from '../support/referenceCalendar.js';

// October 2025 by hand from the 2025 notice: 1 Oct is a Wednesday; 1–8 Oct National Day and Mid-Autumn off;
// Saturday 11 Oct worked; the other Saturdays and Sundays rest.
const OCTOBER_2025 = [
  '           October 2025',
  'Mon  Tue  Wed  Thu  Fri  Sat  Sun',
  '           1h   2h   3h   4h   5h',
  ' 6h   7h   8h   9   10   11w  12.',
  '13   14   15   16   17   18.  19.',
  '20   21   22   23   24   25.  26.',
  '27   28   29   30   31',
  '  h 1 Oct–8 Oct  National Day and Mid-Autumn Festival (国庆节、中秋节)',
  '  w 11 Oct  make-up working day',
  '',
  'h holiday  . weekend  w make-up working day',
].join('\n');

describe('reviewclock calendar', () => {
  it('draws a month with rest days, holidays by name and make-up working days', async () => {
    const run = await runCli(['calendar', '2025-10']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(`${OCTOBER_2025}\n`);
  });

  it('draws the same grid under a time zone west of UTC', async () => {
    const run = await runCli(['calendar', '2025-10'], { env: { TZ: 'America/Los_Angeles' } });
    expect(run.stdout).toBe(`${OCTOBER_2025}\n`);
  });

  it('speaks Chinese with --lang zh', async () => {
    // February 2026: 1 Feb is a Sunday; Spring Festival 15–23 Feb off; Saturdays 14 and 28 Feb worked.
    const run = await runCli(['calendar', '2026-02', '--lang', 'zh']);
    const lines = run.stdout.split('\n');
    expect(lines[0]!.trim()).toBe('2026年2月');
    expect(lines[1]).toBe(' 一   二   三   四   五   六   日');
    expect(lines[2]).toBe(`${' '.repeat(30)} 1.`);
    expect(run.stdout).toContain('  h 2月15日–2月23日  春节\n');
    expect(run.stdout).toContain('  w 2月14日  调休上班\n');
  });

  it('draws the twelve months of a year', async () => {
    const run = await runCli(['calendar', '2025']);
    expect(run.status).toBe(0);
    const titles = run.stdout.split('\n').filter((line) => /^\s+[A-Z][a-z]+ 2025$/.test(line));
    expect(titles.map((title) => title.trim().split(' ')[0])).toEqual([
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    ]);
  });

  it('shows a year added with --schedule, and a projected one, labelled, without', async () => {
    const fixture = new URL('./fixtures/cn-2027-hypothetical.json', import.meta.url).pathname;
    const [without, withSchedule] = await Promise.all([
      runCli(['calendar', '2027-01']),
      runCli(['calendar', '2027-01', '--schedule', fixture]),
    ]);
    // Without the 2027 notice: projected (New Year is a Friday: Fri–Sun 1–3 January, nothing borrowed), exit 3.
    expect(without).toMatchObject({ status: 3, stderr: '' });
    expect(without.stdout).toContain("  h 1 Jan–3 Jan  New Year's Day (元旦) (provisional)\n");
    expect(without.stdout).toMatch(/\(provisional: some days shown are not yet published/);
    expect(withSchedule.status).toBe(0);
    // The fixture: 1–3 Jan off, Sunday 31 Jan worked.
    expect(withSchedule.stdout).toContain('  h 1 Jan–3 Jan  New Year\'s Day (元旦)\n');
    expect(withSchedule.stdout).toContain('  w 31 Jan  make-up working day\n');
  });

  it.each(['2025-13', '25-10', '2025-1', 'October'])('refuses the period %s with exit 1', async (period) => {
    const run = await runCli(['calendar', period]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `reviewclock: calendar: invalid period "${period}", expected a year YYYY (e.g. 2025) or a month YYYY-MM (e.g. 2025-10)\n`,
    );
  });
});

describe('colours', () => {
  it('has no ANSI escapes when piped, with or without NO_COLOR', async () => {
    const [piped, noColor] = await Promise.all([
      runCli(['calendar', '2025-10']),
      runCli(['calendar', '2025-10'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }),
    ]);
    expect(piped.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it('colours with FORCE_COLOR, and the text without the colours is the same', async () => {
    const run = await runCli(['calendar', '2025-10'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toMatch(ANSI);
    expect(stripAnsi(run.stdout)).toBe(`${OCTOBER_2025}\n`);
  });

  const script = '/usr/bin/script';
  it.skipIf(!existsSync(script))('colours on a terminal, and not on a terminal with NO_COLOR', async () => {
    // util-linux script(1) runs the command on a pseudo-terminal.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} calendar 2025-10`;
    const { spawnSync } = await import('node:child_process');
    const onTty = (env: NodeJS.ProcessEnv) => spawnSync(script, ['-qec', command, '/dev/null'], { env, encoding: 'utf8' }).stdout;
    const env = { ...process.env };
    delete env['NO_COLOR'];
    delete env['FORCE_COLOR'];
    const coloured = onTty(env);
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured).replace(/\r\n/g, '\n')).toBe(`${OCTOBER_2025}\n`);
    expect(onTty({ ...env, NO_COLOR: '1' })).not.toMatch(ANSI);
  });
});

describe('calendar marks of a period that rolled off a rest day', () => {
  // DSUR, 2 months after 2025-06-02: the corresponding date 2025-08-02 is a Saturday, so the due date moves to
  // Monday 2025-08-04. Counted: 3 Jun–30 Jun (28) + July (31) + 1–4 Aug (4) = 63 days, Sunday 3 Aug included.
  it('counts the rest days the due date moved over, as countedDays does', async () => {
    const run = await runCli(['calendar', '--policy', 'cn.nmpa.drug.dsur', '--start', '2025-06-02']);
    expect(run.status).toBe(0);
    expect(stripAnsi(run.stdout)).toContain('due (!) 2025-08-04; 63 days counted (+)');
    expect(stripAnsi(run.stdout)).toMatch(/ 2\.\+  3\.\+\n 4 !/);
  });

  // Re-registration, 6 months before an expiry of 2025-09-02: 2025-03-02 is a Sunday, so the last day to file
  // moves back to Friday 2025-02-28. Counted: 28 Feb, March (31) … August (31), 1 Sep = 1 + 184 + 1 = 186.
  it('counts the rest days a filing deadline moved back over', async () => {
    const run = await runCli(['calendar', '--policy', 'cn.nmpa.drug.reregistration.filing-window', '--start', '2025-09-02']);
    expect(stripAnsi(run.stdout)).toContain('due (!) 2025-02-28; 186 days counted (+)');
  });
});

describe('calendar marks agree with countedDays', () => {
  // Every start in 2024–2025 for periods in months and in calendar days, forward and backward, working-day limits
  // with stops: the days marked counted or due are the result's countedDays.
  const policies = ['cn.nmpa.drug.dsur', 'cn.nmpa.drug.reregistration.filing-window', 'cn.law.admin-licensing.renewal.filing', 'cn.nmpa.drug.ind'];
  it('for every start of two years', () => {
    const calendar = projectCalendar(CN, { through: 2027 });
    let checked = 0;
    for (const policy of policies) {
      for (let start = '2024-01-01'; start <= '2025-12-31'; start = shiftDays(start, 3)) {
        const stops = policy === 'cn.nmpa.drug.ind' ? [{ from: shiftDays(start, 10), to: shiftDays(start, 20) }] : [];
        const result = dueDate({ policy, start, stops, calendar });
        let marked = 0;
        for (const mark of deadlineMarks(result, calendar).values()) if (mark === 'counted' || mark === 'due') marked++;
        expect(marked, `${policy} ${start}`).toBe(result.countedDays);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(900);
  });
});
