import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CN, calendarTable, formatCalendarTable, projectCalendar, withSchedules, type HolidaySchedule } from '../../src/index.js';
import { runCli } from './support/runCli.js';

// `reviewclock export calendar` runs the built CLI (build first with `npx tsup`). The rows are the library's
// (calendarTable, tested on its own against the naive reference); these tests check what the command adds: the
// default span, the calendars it counts on (stored schedules, --schedule, --project), the formats, exit statuses and
// refusals.

const CN_2027 = new URL('./fixtures/cn-2027-hypothetical.json', import.meta.url).pathname;
const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'reviewclock-export-'));
  homes.push(home);
  return home;
}

/** The CSV lines of a run, without the header. */
function csvRows(stdout: string): string[] {
  const lines = stdout.trimEnd().split('\n');
  expect(lines[0]).toBe('date,weekday,working,kind,ordinal,holiday,holiday_zh,provisional,source,source_url');
  return lines.slice(1);
}

describe('reviewclock export calendar', () => {
  it('writes the whole CN coverage as CSV by default, exit 0', async () => {
    const run = await runCli(['export', 'calendar']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = csvRows(run.stdout);
    expect(rows).toHaveLength(8401);
    expect(rows[0]).toMatch(/^2004-01-01,4,false,holiday,0,New Year's Day,元旦,false,/);
    expect(rows.at(-1)).toMatch(/^2026-12-31,4,true,workday,\d+,,,false,,$/);
    expect(run.stdout).toBe(formatCalendarTable(calendarTable(CN.coverage.from, CN.coverage.to), { format: 'csv' }));
  });

  it('writes a span in each format; --table names the SQL table', async () => {
    const [csv, ndjson, sql] = await Promise.all([
      runCli(['export', 'calendar', '--from', '2025-10-07', '--to', '2025-10-12']),
      runCli(['export', 'calendar', '--from', '2025-10-07', '--to', '2025-10-12', '--format', 'ndjson']),
      runCli(['export', 'calendar', '--from', '2025-10-07', '--to', '2025-10-12', '--format', 'sql', '--table', 'cn_days']),
    ]);
    for (const run of [csv, ndjson, sql]) expect([run.status, run.stderr]).toEqual([0, '']);
    // 7 and 8 Oct holidays (0), Thu 9 (1), Fri 10 (2), Sat 11 make-up (3), Sun 12 (3).
    expect(csvRows(csv.stdout).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      '2025-10-07,2,false,holiday,0',
      '2025-10-08,3,false,holiday,0',
      '2025-10-09,4,true,workday,1',
      '2025-10-10,5,true,workday,2',
      '2025-10-11,6,true,makeup-workday,3',
      '2025-10-12,7,false,weekend,3',
    ]);
    const objects = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((row) => [row['date'], row['ordinal'], row['holiday']])).toEqual([
      ['2025-10-07', 0, 'National Day and Mid-Autumn Festival'],
      ['2025-10-08', 0, 'National Day and Mid-Autumn Festival'],
      ['2025-10-09', 1, null],
      ['2025-10-10', 2, null],
      ['2025-10-11', 3, null],
      ['2025-10-12', 3, null],
    ]);
    expect(sql.stdout).toContain('CREATE TABLE "cn_days" (');
    expect(sql.stdout.match(/^\('2025-10-\d\d'/gm)).toHaveLength(6);
  });

  it('includes the --schedule year and the stored years (not with --no-stored-schedules), exit 0', async () => {
    const withFile = await runCli(['export', 'calendar', '--schedule', CN_2027, '--from', '2026-12-30']);
    expect([withFile.status, withFile.stderr]).toEqual([0, '']);
    const schedule = (await import(CN_2027, { with: { type: 'json' } })).default as HolidaySchedule;
    const extended = withSchedules(CN, schedule);
    expect(withFile.stdout).toBe(formatCalendarTable(calendarTable('2026-12-30', '2027-12-31', { calendar: extended }), { format: 'csv' }));
    // A published (if hypothetical) year: nothing provisional, and nothing exits 3.
    expect(calendarTable('2026-12-30', '2027-12-31', { calendar: extended }).some((row) => row.provisional)).toBe(false);

    const home = freshHome();
    const added = await runCli(['schedule', 'add', CN_2027], { env: { REVIEWCLOCK_HOME: home } });
    expect(added.status).toBe(0);
    const stored = await runCli(['export', 'calendar', '--from', '2026-12-30'], { env: { REVIEWCLOCK_HOME: home } });
    expect(stored.stdout).toBe(withFile.stdout);
    const without = await runCli(['export', 'calendar', '--from', '2026-12-30', '--no-stored-schedules'], { env: { REVIEWCLOCK_HOME: home } });
    expect(csvRows(without.stdout).map((line) => line.slice(0, 10))).toEqual(['2026-12-30', '2026-12-31']);
  }, 30_000);

  it('with --project, exports the projected years too, flagged provisional, exit 0', async () => {
    const run = await runCli(['export', 'calendar', '--project', '2028', '--from', '2026-01-01', '--format', 'ndjson']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const rows = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { date: string; provisional: boolean });
    expect(rows.at(-1)!.date).toBe('2028-12-31');
    expect(rows.filter((row) => row.provisional).map((row) => row.date)[0]).toBe('2027-01-01');
    expect(rows.every((row) => row.provisional === row.date >= '2027-01-01')).toBe(true);
    const projected = projectCalendar(CN, { through: 2028 });
    expect(run.stdout).toBe(formatCalendarTable(calendarTable('2026-01-01', '2028-12-31', { calendar: projected }), { format: 'ndjson' }));
  });

  it('projects a --to past the published years itself, flagged provisional, exit 3', async () => {
    const run = await runCli(['export', 'calendar', '--from', '2026-12-31', '--to', '2027-01-04']);
    expect(run.status).toBe(3);
    expect(csvRows(run.stdout).map((line) => line.split(',').slice(0, 8).join(','))).toEqual([
      '2026-12-31,4,true,workday,1,,,false',
      "2027-01-01,5,false,holiday,1,New Year's Day,元旦,true",
      "2027-01-02,6,false,holiday,1,New Year's Day,元旦,true",
      "2027-01-03,7,false,holiday,1,New Year's Day,元旦,true",
      '2027-01-04,1,true,workday,2,,,true',
    ]);
  });

  it('exports Hong Kong, and days working in both', async () => {
    const [hk, both] = await Promise.all([
      runCli(['export', 'calendar', '--calendar', 'HK', '--from', '2025-10-01', '--to', '2025-10-07']),
      runCli(['export', 'calendar', '--calendar', 'CN+HK', '--from', '2025-10-01', '--to', '2025-10-07']),
    ]);
    expect([hk.status, both.status]).toEqual([0, 0]);
    // Hong Kong's general holidays: 1 October (National Day) and 7 October (the day following Mid-Autumn, 6 October);
    // 2, 3 and 6 October are working days there. On the mainland 1–8 October are all rest days.
    expect(csvRows(hk.stdout).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      '2025-10-01,3,false,holiday,0',
      '2025-10-02,4,true,workday,1',
      '2025-10-03,5,true,workday,2',
      '2025-10-04,6,false,weekend,2',
      '2025-10-05,7,false,weekend,2',
      '2025-10-06,1,true,workday,3',
      '2025-10-07,2,false,holiday,3',
    ]);
    expect(csvRows(both.stdout).every((line) => line.split(',')[2] === 'false')).toBe(true);
  });

  it('refuses bad input with the library\'s typed errors (exit 1) and bad usage (exit 2)', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['--from', '2025-02-30'], 1, /invalid date "2025-02-30"/],
      [['--to', '2025-13-01'], 1, /invalid date "2025-13-01"/],
      [['--from', '2003-12-31'], 1, /2003-12-31 lies outside the CN calendar/],
      [['--from', '2025-10-09', '--to', '2025-10-01'], 1, /from \(2025-10-09\) is after to \(2025-10-01\)/],
      [['--format', 'xml'], 1, /invalid format "xml", expected 'csv', 'ndjson' or 'sql'/],
      [['--format', 'sql', '--table', 'Cal-1'], 1, /invalid table name "Cal-1"/],
      [['--format', 'sql', '--table', 'public.calendar'], 1, /invalid table name "public.calendar"/],
      [['--project', '9999'], 1, /cannot project through 9999/],
      [['--project', 'soon'], 1, /invalid year "soon"/],
      [['--schedule', '/nonexistent/x.json'], 1, /cannot read "\/nonexistent\/x.json"/],
      [['--table', 'cal'], 2, /--table names the SQL table; it needs --format sql/],
      [['--calendar', 'XX'], 2, /XX/],
      [['--unknown'], 2, /unknown option '--unknown'/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(['export', 'calendar', ...args])));
    runs.forEach((run, i) => {
      const [args, status, message] = cases[i]!;
      expect([args.join(' '), run.status], run.stderr).toEqual([args.join(' '), status]);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(run.stdout).toBe('');
    });
  }, 30_000);

  it('asks for a subcommand: `export` alone and `export unknown` are usage errors', async () => {
    const [bare, unknown, help] = await Promise.all([runCli(['export']), runCli(['export', 'tables']), runCli(['export', 'calendar', '--help'])]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('export calendar');
    expect(unknown.status).toBe(2);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: reviewclock export calendar');
    expect(help.stdout).toContain('At most 100,000 days');
    expect(help.stdout).toMatch(/Examples:\n {2}\$ reviewclock export calendar/);
  });
});
