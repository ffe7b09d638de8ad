import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli, type CliRun } from './support/runCli.js';

// `today` is the date in China (UTC+8) when the CLI runs, wherever a date is typed: it must give exactly what the
// explicit date gives. The expected date is computed here from the clock, not by the code under test.

/** Today's date in China: the UTC date of now + 8 h. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Runs the command with `today` and with today's date in China written out, and expects the same status and output.
 * A run that straddles midnight in Beijing (16:00 UTC) is run again.
 */
async function expectTodayLikeDate(args: (date: string) => string[], input?: string): Promise<{ date: string; run: CliRun }> {
  for (let attempt = 0; ; attempt++) {
    const before = chinaToday();
    const [withToday, withDate] = await Promise.all([
      runCli(args('today'), input === undefined ? {} : { input }),
      runCli(args(before), input === undefined ? {} : { input }),
    ]);
    if (chinaToday() !== before && attempt < 2) continue;
    expect(withToday).toEqual(withDate);
    // A meaningful comparison: an answer (exact or provisional), not the same refusal twice.
    expect([0, 3]).toContain(withDate.status);
    return { date: before, run: withDate };
  }
}

const IND = 'cn.nmpa.drug.ind';

describe('today in place of a date', () => {
  it('add: DATE', async () => {
    const { date, run } = await expectTodayLikeDate((d) => ['add', d, '5', '--json']);
    expect(JSON.parse(run.stdout).date > date).toBe(true);
    await expectTodayLikeDate((d) => ['add', d, '-3']);
  });

  it('count: FROM and TO', async () => {
    await expectTodayLikeDate((d) => ['count', '2025-09-26', d, '--json']);
    const { run } = await expectTodayLikeDate((d) => ['count', d, '2025-09-26']);
    expect(run.stdout).toMatch(/^-?\d+ /);
  });

  it('day: DATE', async () => {
    const { date, run } = await expectTodayLikeDate((d) => ['day', d, '--json']);
    expect(JSON.parse(run.stdout).date).toBe(date);
    await expectTodayLikeDate((d) => ['day', d, '--lang', 'zh']);
  });

  it('due: START, --as-of, --stop FROM..TO and FROM.., --event ID=DATE', async () => {
    const { date, run } = await expectTodayLikeDate((d) => ['due', IND, d, '--json']);
    expect(JSON.parse(run.stdout).start).toBe(date);
    const asOf = await expectTodayLikeDate((d) => ['due', IND, '2025-09-26', '--as-of', d, '--json']);
    expect(JSON.parse(asOf.run.stdout).asOf).toBe(asOf.date);
    await expectTodayLikeDate((d) => ['due', IND, '2025-09-26', '--stop', `2025-10-20..${d}`, '--as-of', d]);
    // Accepted today and stopped since today: no due date yet.
    const open = await expectTodayLikeDate((d) => ['due', IND, d, '--stop', `${d}..`, '--json']);
    const stopped = JSON.parse(open.run.stdout);
    expect(stopped).toMatchObject({ due: null, status: 'stopped' });
    expect(stopped.trace).toContainEqual(expect.objectContaining({ type: 'stopped', from: open.date, to: null }));
    const events = await expectTodayLikeDate((d) => [
      'due',
      'cn.nmpa.device.ide',
      '--event',
      'acceptance=2026-03-02',
      '--event',
      `fee-payment=${d}`,
      '--json',
    ]);
    expect(JSON.parse(events.run.stdout).start).toBe(events.date);
  });

  it('calendar: --start, --stop and --as-of', async () => {
    const { date, run } = await expectTodayLikeDate((d) => ['calendar', '--policy', IND, '--start', d]);
    expect(run.stdout).toContain(`start (>) ${date}`);
    await expectTodayLikeDate((d) => ['calendar', '--policy', IND, '--start', '2025-09-26', '--stop', `2025-10-20..${d}`, '--as-of', d]);
  });

  it('policies and policy: --on', async () => {
    await expectTodayLikeDate((d) => ['policies', 'ind', '--on', d, '--json']);
    await expectTodayLikeDate((d) => ['policy', IND, '--on', d, '--json']);
  });

  it('batch: --as-of, for NDJSON and CSV', async () => {
    const ndjson = `${JSON.stringify({ id: 'A', policy: IND, start: '2025-09-26' })}\n`;
    const { date, run } = await expectTodayLikeDate((d) => ['batch', '--as-of', d], ndjson);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'A', asOf: date });
    await expectTodayLikeDate((d) => ['batch', '--format', 'csv', '--as-of', d], `id,policy,start\nA,${IND},2025-09-26\n`);
  });

  it('batch: not inside rows, which are data: "today" there is an invalid date on that row', async () => {
    const input = [
      JSON.stringify({ id: 1, policy: IND, start: 'today' }),
      JSON.stringify({ id: 2, policy: IND, start: '2025-09-26', asOf: 'today' }),
      JSON.stringify({ id: 3, policy: IND, start: '2025-09-26', stops: [{ from: 'today' }] }),
      JSON.stringify({ id: 4, policy: IND, start: '2025-09-26' }),
    ].join('\n');
    const run = await runCli(['batch', '--as-of', 'today'], { input });
    expect(run.status).toBe(1);
    const rows = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(rows.slice(0, 3).map((row) => row.error?.code)).toEqual(['invalid_date', 'invalid_date', 'invalid_date']);
    expect(rows[0].error.message).toContain('invalid date "today"');
    expect(rows[3]).toMatchObject({ id: 4, asOf: chinaToday() });
    const csv = await runCli(['batch', '--format', 'csv'], { input: `policy,start,stops,asOf\n${IND},today,,\n${IND},2025-09-26,today..,\n${IND},2025-09-26,,today\n` });
    expect(csv.status).toBe(1);
    expect(csv.stdout.split('\n').slice(1, 4).map((line) => line.includes('invalid_date'))).toEqual([true, true, true]);
  });

  it('is said in the help of each command that takes a date', async () => {
    const helps = await Promise.all(
      [['add'], ['count'], ['day'], ['due'], ['calendar'], ['batch'], ['policies'], ['policy']].map((command) => runCli([...command, '--help'])),
    );
    for (const help of helps) {
      expect(help.status).toBe(0);
      expect(help.stdout.replace(/\s+/g, ' ')).toContain('YYYY-MM-DD or today');
    }
    expect(helps[5]!.stdout).toMatch(/rows are data, so "today" in a row/);
  });
});

describe('a bad date is still refused, as before', () => {
  // Each command's usual message for an invalid date, with status 1 (bad input).
  const cases: Array<[string[], string]> = [
    [['add', 'tomorrow', '5'], 'add: invalid date "tomorrow"'],
    [['add', 'Today', '5'], 'add: invalid date "Today"'],
    [['count', '2025-09-26', 'tomorrow'], 'count: invalid date "tomorrow"'],
    [['day', 'yesterday'], 'day: invalid date "yesterday"'],
    [['day', '2025-02-30'], 'day: invalid date "2025-02-30" (2025-02 has 28 days)'],
    [['due', IND, 'tomorrow'], 'due START: invalid date "tomorrow"'],
    [['due', IND, '2025-09-26', '--as-of', 'now'], 'due --as-of: invalid date "now"'],
    [['due', IND, '2025-09-26', '--stop', 'today..soon'], 'due TO of --stop number 1: invalid date "soon"'],
    [['due', IND, '2025-09-26', '--stop', 'soon..'], 'due FROM of --stop number 1: invalid date "soon"'],
    [['due', 'cn.nmpa.device.ide', '--event', 'acceptance=today', '--event', 'fee-payment=soon'], 'due --event fee-payment: invalid date "soon"'],
    [['calendar', '--policy', IND, '--start', 'tomorrow'], 'calendar --start: invalid date "tomorrow"'],
    [['policies', '--on', 'tomorrow'], 'policies: invalid date "tomorrow"'],
    [['policy', IND, '--on', 'tomorrow'], 'policy: invalid date "tomorrow"'],
    [['batch', '--as-of', 'tomorrow'], 'batch --as-of: invalid date "tomorrow"'],
  ];
  for (const [args, message] of cases) {
    it(`reviewclock ${args.join(' ')}`, async () => {
      const run = await runCli(args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`reviewclock: ${message}, expected a calendar date as YYYY-MM-DD, e.g. "2025-09-26"\n`);
    });
  }

  it('a stop of the wrong shape is a bad stop, with today or without', async () => {
    const run = await runCli(['due', IND, '2025-09-26', '--stop', 'today']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--stop: invalid stop "today", expected FROM..TO or FROM..');
  });

  it('a year or a period is not a date: ics and calendar refuse "today" as before', async () => {
    const [ics, calendar] = await Promise.all([runCli(['ics', 'today']), runCli(['calendar', 'today'])]);
    expect(ics.status).toBe(1);
    expect(ics.stderr).toContain('ics: invalid year "today", expected a year YYYY');
    expect(calendar.status).toBe(1);
    expect(calendar.stderr).toContain('calendar: invalid period "today"');
  });
});

describe('reviewclock batch reads CSV by the file name', () => {
  const CSV = `id,policy,start,stops\nIND-1,${IND},2025-09-26,\nNDA-7,cn.nmpa.drug.nda,2025-03-03,2025-06-16..2025-09-01:sponsor-supplement\n`;

  function directory(): string {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-batch-ext-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  it('a .csv file is CSV, its header not a row: the same output as --format csv', async () => {
    const file = join(directory(), 'applications.csv');
    writeFileSync(file, CSV);
    const [byName, explicit] = await Promise.all([
      runCli(['batch', file, '--as-of', '2025-11-20']),
      runCli(['batch', '--format', 'csv', file, '--as-of', '2025-11-20']),
    ]);
    expect(byName).toEqual(explicit);
    expect(byName).toMatchObject({ status: 0, stderr: '' });
    const lines = byName.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^line,id,policy,start,due,/);
    expect(lines[1]).toMatch(/^2,IND-1,cn\.nmpa\.drug\.ind,2025-09-26,2025-12-25,/);
    expect(lines[2]).toMatch(/^3,NDA-7,cn\.nmpa\.drug\.nda,2025-03-03,2026-06-22,/);
  });

  it('an upper-case .CSV is CSV too; --output ndjson still applies', async () => {
    const dir = directory();
    const upper = join(dir, 'APPS.CSV');
    const mixed = join(dir, 'apps.Csv');
    writeFileSync(upper, CSV);
    writeFileSync(mixed, CSV);
    const [a, b, c] = await Promise.all([
      runCli(['batch', upper, '--as-of', '2025-11-20']),
      runCli(['batch', '--format', 'csv', upper, '--as-of', '2025-11-20']),
      runCli(['batch', mixed, '--output', 'ndjson']),
    ]);
    expect(a).toEqual(b);
    expect(a.status).toBe(0);
    expect(a.stdout.split('\n')[0]).toMatch(/^line,id,/);
    expect(c.status).toBe(0);
    expect(c.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toMatchObject([
      { line: 2, id: 'IND-1', due: '2025-12-25' },
      { line: 3, id: 'NDA-7', due: '2026-06-22' },
    ]);
  });

  it('--format ndjson wins over the name: a .csv file read as NDJSON, its lines bad JSON as usual', async () => {
    const dir = directory();
    const csvNamed = join(dir, 'rows.csv');
    writeFileSync(csvNamed, CSV);
    const run = await runCli(['batch', '--format', 'ndjson', csvNamed]);
    expect(run.status).toBe(1);
    const rows = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.line, row.error.code])).toEqual([
      [1, 'invalid_json'],
      [2, 'invalid_json'],
      [3, 'invalid_json'],
    ]);
    // The same as the same text read from stdin, which is NDJSON.
    expect(await runCli(['batch'], { input: CSV })).toEqual(run);
    expect(run.stderr).toMatch(/^reviewclock: batch: 3 of 3 rows failed; first at line 1: line 1 is not valid JSON/);
    // And NDJSON in a file named .csv is read.
    const ndjson = join(dir, 'real.csv');
    writeFileSync(ndjson, `${JSON.stringify({ id: 'A', policy: IND, start: '2025-09-26' })}\n`);
    const good = await runCli(['batch', '--format', 'ndjson', ndjson]);
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ line: 1, id: 'A', due: '2025-12-25' });
  });

  it('another extension and stdin stay NDJSON; --format csv reads CSV from stdin', async () => {
    const dir = directory();
    const txt = join(dir, 'apps.txt');
    const csvish = join(dir, 'apps.csv.bak');
    writeFileSync(txt, CSV);
    writeFileSync(csvish, CSV);
    const [a, b, c] = await Promise.all([runCli(['batch', txt]), runCli(['batch', csvish]), runCli(['batch', '--format', 'csv'], { input: CSV })]);
    expect(a.status).toBe(1);
    expect(a.stdout).toContain('"invalid_json"');
    expect(b.status).toBe(1);
    expect(b.stdout).toContain('"invalid_json"');
    expect(c.status).toBe(0);
    expect(c.stdout.split('\n')[0]).toMatch(/^line,id,/);
  });

  it('says so in batch --help', async () => {
    const help = await runCli(['batch', '--help']);
    expect(help.stdout).toContain('CSV for a FILE named *.csv (any case');
    expect(help.stdout).toContain('a header (never a row)');
  });
});
