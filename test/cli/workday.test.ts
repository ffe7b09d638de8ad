import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli.js';

// Expected values are read off the 2025 State Council notice (国办发明电〔2024〕12号): National Day and Mid-Autumn
// 1–8 Oct 2025 off, Sunday 28 Sep and Saturday 11 Oct worked.

describe('reviewclock add', () => {
  it('prints the n-th working day after a date, then the date in words', async () => {
    // 30 Sep (Tue) + 1: 1–8 Oct are holidays, so Thursday 9 Oct.
    const run = await runCli(['add', '2025-09-30', '1']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe('2025-10-09  Thursday, 9 October 2025\n');
  });

  it('accepts a negative number of days', async () => {
    // Back from 9 Oct: 30 Sep (1), 29 Sep (2), Sun 28 Sep make-up day (3), Fri 26 Sep (4), Thu 25 Sep (5).
    const run = await runCli(['add', '2025-10-09', '-5', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ date: '2025-09-25' });
  });

  it('gives the date itself for 0 days, and accepts +n', async () => {
    const [zero, plus] = await Promise.all([runCli(['add', '2025-10-01', '0', '--json']), runCli(['add', '2025-10-10', '+1', '--json'])]);
    expect(JSON.parse(zero.stdout)).toEqual({ date: '2025-10-01' });
    // Fri 10 Oct + 1: Saturday 11 Oct is a make-up working day.
    expect(JSON.parse(plus.stdout)).toEqual({ date: '2025-10-11' });
  });

  it('writes the date in Chinese with --lang zh', async () => {
    const run = await runCli(['add', '2025-06-30', '1', '--lang', 'zh']);
    // 1 July 2025 is a Tuesday with no holiday.
    expect(run.stdout).toBe('2025-07-01  2025年7月1日 星期二\n');
  });
});

describe('reviewclock add and count with --project', () => {
  it('label an answer that depends on projected days as provisional, and only then', async () => {
    const [past, inside, count] = await Promise.all([
      // 31 Dec 2026 (published), then 1–3 Jan 2027 New Year (projected: a Friday, so Fri–Sun, nothing borrowed), Mon 4 Jan;
      // the rules leave New Year 2027 no choice, so the range is that one day.
      runCli(['add', '2026-12-30', '2', '--project', '--json']),
      // 30 and 31 Dec 2026: both published days.
      runCli(['add', '2026-12-29', '2', '--project', '--json']),
      // (1 Dec 2026, 10 Jan 2027]: 22 weekdays in December, then 4–8 Jan 2027 (1 Jan a projected holiday) = 27.
      runCli(['count', '2026-12-01', '2027-01-10', '--project']),
    ]);
    expect(JSON.parse(past.stdout)).toEqual({ date: '2027-01-04', provisional: true, dateRange: { earliest: '2027-01-04', latest: '2027-01-04' } });
    expect(JSON.parse(inside.stdout)).toEqual({ date: '2026-12-31' });
    expect(count.stdout).toMatch(/^27 .*\(provisional: depends on projected days, not yet published\)\n$/);
  });
});

describe('reviewclock count', () => {
  it('counts the working days after FROM up to and including TO', async () => {
    // (30 Sep, 10 Oct]: 1–8 Oct off, so 9 and 10 Oct.
    const run = await runCli(['count', '2025-09-30', '2025-10-10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('2 working days after 2025-09-30, up to and including 2025-10-10\n');
  });

  it('prints {"count"} with --json, negative when TO is before FROM', async () => {
    const [forward, backward] = await Promise.all([
      runCli(['count', '2024-12-31', '2025-12-31', '--json']),
      runCli(['count', '2025-10-10', '2025-09-30', '--json']),
    ]);
    // 2025 has 248 working days (the foundation's golden figure from the notice).
    expect(JSON.parse(forward.stdout)).toEqual({ count: 248 });
    expect(JSON.parse(backward.stdout)).toEqual({ count: -2 });
  });
});

describe('reviewclock day', () => {
  it('describes a holiday with its names and the notice', async () => {
    const run = await runCli(['day', '2025-10-01']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2025-10-01  Wednesday, 1 October 2025');
    expect(lines[1]).toMatch(/^holiday rest day: National Day.*\(国庆节/);
    expect(lines[2]).toMatch(/^Source: 国务院办公厅关于2025年部分节假日安排的通知 https:\/\//);
  });

  it('prints the dayInfo object with --json', async () => {
    // 2005-12-31 is a Saturday the 2006 notice made a working day.
    const run = await runCli(['day', '2005-12-31', '--json']);
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({ date: '2005-12-31', weekday: 6, working: true, kind: 'makeup-workday', provisional: false });
    expect(info.source.title).toContain('2006');
  });

  it('speaks Chinese with --lang zh', async () => {
    const run = await runCli(['day', '2025-09-28', '--lang', 'zh']);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['2025-09-28  2025年9月28日 星期日', '调休上班日']);
  });

  it('gives the same answers under every time zone', async () => {
    // The suite itself runs under Asia/Shanghai, UTC and America/New_York; these are the far ends (UTC+14, UTC-11).
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const runs = await Promise.all(zones.map((TZ) => runCli(['day', '2025-01-01'], { env: { TZ } })));
    for (const run of runs) expect(run.stdout.split('\n')[0]).toBe('2025-01-01  Wednesday, 1 January 2025');
  });
});

describe('refused input', () => {
  it.each([
    [['add', '2025-02-29', '1'], /^reviewclock: add: invalid date "2025-02-29" \(2025-02 has 28 days\), expected .*YYYY-MM-DD/],
    [['add', '2025-10-01', '1.5'], /^reviewclock: add: invalid days "1\.5", expected a whole number of working days/],
    [['add', '2025-10-01', 'ten'], /^reviewclock: add: invalid days "ten"/],
    [['count', '2025-10-01', '2025/10/09'], /^reviewclock: count: invalid date "2025\/10\/09"/],
    // Before the published years there is nothing to project from.
    [['day', '2003-12-31'], /^reviewclock: day: 2003-12-31 lies outside the CN calendar, which covers 2004-01-01 to 2026-12-31.*schedule/],
  ])('%j exits 1 with one line on stderr', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('answers past the published years, without --project', () => {
  it('are counted on the projection, labelled provisional, with exit status 3', async () => {
    // Mon 4 Jan 2027: a weekday after the projected New Year (Fri–Sun 1–3 Jan); no rule makes it a rest day.
    const [day, add, count] = await Promise.all([
      runCli(['day', '2027-01-04', '--json']),
      runCli(['add', '2026-12-30', '2']),
      runCli(['count', '2026-12-01', '2027-01-10', '--lang', 'zh']),
    ]);
    expect(day.status).toBe(3);
    expect(JSON.parse(day.stdout)).toMatchObject({ date: '2027-01-04', working: true, kind: 'workday', provisional: true });
    expect(add).toMatchObject({ status: 3, stderr: '' });
    expect(add.stdout).toBe('2027-01-04  Monday, 4 January 2027  (provisional: depends on projected days, not yet published)\n');
    expect(count.status).toBe(3);
    expect(count.stdout).toMatch(/^27 个工作日.*（推算结果，尚未公布）\n$/);
  });
});
