import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIcs, eventsOf, unfold } from '../support/icsCheck.js';
import { runCli } from './support/runCli.js';

let dir = '';
const file = (name: string) => join(dir, name);

// Two applications with exact due dates (2025), one counted on Hong Kong's calendar, one stopped now.
const CSV = [
  'id,title,policy,start,stops,owner',
  // 60 working days from 2025-09-26: 2025-12-25 (README's first example).
  'ABC-123,"ABC-123 IND, oncology",cn.nmpa.drug.ind,2025-09-26,,Li',
  'XYZ-9,,cn.nmpa.drug.nda,2025-03-03,2025-06-16..:sponsor-supplement,Wang',
  'HK-7,,hk.dh.drug.nce-1plus,2025-03-03,,Chan',
].join('\n');

const NDJSON = [
  '{"id":"ABC-123","title":"ABC-123 IND, oncology","policy":"cn.nmpa.drug.ind","start":"2025-09-26","owner":"Li"}',
  '',
  '{"id":"XYZ-9","policy":"cn.nmpa.drug.nda","start":"2025-03-03","stops":[{"from":"2025-06-16","reason":"sponsor-supplement"}]}',
  '{"id":"HK-7","policy":"hk.dh.drug.nce-1plus","start":"2025-03-03"}',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reviewclock-batch-ics-'));
  writeFileSync(file('portfolio.csv'), `${CSV}\n`);
  writeFileSync(file('portfolio.ndjson'), `${NDJSON}\n`);
  writeFileSync(file('renamed.csv'), `${CSV.replace('"ABC-123 IND, oncology"', 'ABC-123 phase I IND')}\n`);
  writeFileSync(file('bad-row.csv'), `${CSV}\nBAD-1,,cn.nmpa.drug.ind,2025-02-30,,Li\n`);
  writeFileSync(file('twice.csv'), `${CSV}\nABC-123,,cn.nmpa.drug.nda,2025-04-01,,Li\n`);
  writeFileSync(file('empty.csv'), 'id,policy,start\n');
});

const summaries = (ics: string) => eventsOf(checkIcs(ics).root!).map((event) => event['SUMMARY']);

describe('reviewclock batch --ics: one calendar for a portfolio', () => {
  it('writes every application’s events, titled by its title column or id, with reminders in working days', async () => {
    const run = await runCli(['batch', file('portfolio.csv'), '--ics', '--remind', '5', '--name', 'Our deadlines']);
    expect(run.status, run.stderr).toBe(0);
    const { problems, root } = checkIcs(run.stdout);
    expect(problems).toEqual([]);
    expect(run.stdout.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1);
    expect(unfold(run.stdout)).toContain('X-WR-CALNAME:Our deadlines');
    const titles = summaries(run.stdout);
    expect(titles).toContain('ABC-123 IND, oncology — Due: cn.nmpa.drug.ind — 60 working days (implied approval)');
    expect(titles.some((t) => t?.startsWith('XYZ-9 — Clock stopped: cn.nmpa.drug.nda'))).toBe(true);
    expect(titles.some((t) => t?.startsWith('HK-7 — Due: hk.dh.drug.nce-1plus'))).toBe(true);
    // 5 working days before Thu 2025-12-25: 24, 23, 22, Fri 19, Thu 18 — at 09:00 in China, 01:00 UTC.
    expect(unfold(run.stdout)).toContain('TRIGGER;VALUE=DATE-TIME:20251218T010000Z');
    // The stopped NDA has no due date, so no reminder, and says so.
    expect(run.stderr).toContain('1 of 3 applications have no due date yet');
    expect(eventsOf(root!).length).toBeGreaterThanOrEqual(5);
  });

  it('gives the same calendar from NDJSON, and UIDs that stay when a title changes', async () => {
    const [csv, ndjson, renamed] = await Promise.all([
      runCli(['batch', file('portfolio.csv'), '--ics']),
      runCli(['batch', file('portfolio.ndjson'), '--ics']),
      runCli(['batch', file('renamed.csv'), '--ics']),
    ]);
    expect(ndjson.stdout).toBe(csv.stdout);
    const uids = (ics: string) => eventsOf(checkIcs(ics).root!).map((event) => event['UID']);
    expect(uids(renamed.stdout)).toEqual(uids(csv.stdout));
    expect(summaries(renamed.stdout)).toContain('ABC-123 phase I IND — Due: cn.nmpa.drug.ind — 60 working days (implied approval)');
    // One application's own file (due --ics --id) updates the same events as the portfolio's.
    const single = await runCli(['due', 'cn.nmpa.drug.ind', '2025-09-26', '--ics', '--id', 'ABC-123']);
    for (const uid of uids(single.stdout)) expect(uids(csv.stdout)).toContain(uid);
  });

  it('refuses the whole export when a row fails, naming its line, and a portfolio with an id twice', async () => {
    const [badRow, twice, empty] = await Promise.all([
      runCli(['batch', file('bad-row.csv'), '--ics']),
      runCli(['batch', file('twice.csv'), '--ics']),
      runCli(['batch', file('empty.csv'), '--ics']),
    ]);
    for (const run of [badRow, twice, empty]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
    }
    expect(badRow.stderr).toContain('line 5');
    expect(badRow.stderr).toContain('2025-02-30');
    expect(twice.stderr).toContain('ABC-123');
    expect(empty.stderr).toContain('holds no application');
  });

  it('takes --remind and --name only with --ics, and refuses bad values', async () => {
    const [remind, name, output, bad, repeated] = await Promise.all([
      runCli(['batch', file('portfolio.csv'), '--remind', '5']),
      runCli(['batch', file('portfolio.csv'), '--name', 'x']),
      runCli(['batch', file('portfolio.csv'), '--ics', '--output', 'csv']),
      runCli(['batch', file('portfolio.csv'), '--ics', '--remind', 'five']),
      runCli(['batch', file('portfolio.csv'), '--ics', '--remind', '5', '--remind', '5']),
    ]);
    expect(remind).toMatchObject({ status: 2, stdout: '' });
    expect(remind.stderr).toContain("'--remind <days>' can only be used with option '--ics'");
    expect(name.status).toBe(2);
    expect(output.status).toBe(2);
    expect(bad).toMatchObject({ status: 1, stdout: '' });
    expect(bad.stderr).toContain('--remind "five"');
    expect(repeated.stderr).toContain('--remind 5 is given twice');
  });
});

describe('reviewclock batch --ics --lang zh and due --ics --lang zh: the calendar in Chinese', () => {
  it('writes Chinese titles and reminders, with the same UIDs and triggers as the English file', async () => {
    const [zh, en] = await Promise.all([
      runCli(['batch', file('portfolio.csv'), '--ics', '--remind', '5', '--lang', 'zh']),
      runCli(['batch', file('portfolio.csv'), '--ics', '--remind', '5']),
    ]);
    expect(zh.status).toBe(0);
    // 60 working days from 2025-09-26 end on Thu 25 Dec 2025 (README); the row's title leads the summary.
    expect(summaries(zh.stdout)).toContain('ABC-123 IND, oncology — 届满：cn.nmpa.drug.ind — 60个工作日（默示许可）');
    expect(unfold(zh.stdout)).toContain('DESCRIPTION:提醒：ABC-123 IND\\, oncology — cn.nmpa.drug.ind将于2025-12-25届满，还有5个工作日');
    const structure = (text: string) => unfold(text).split('\r\n').filter((line) => /^(UID|DTSTART|DTEND|TRIGGER|SEQUENCE)/.test(line));
    expect(structure(zh.stdout)).toEqual(structure(en.stdout));
  });

  it('due --ics --lang zh titles the events in Chinese', async () => {
    const run = await runCli(['due', 'cn.nmpa.drug.ind', '2025-09-26', '--ics', '--lang', 'zh', '--title', 'ABC-123 IND']);
    expect(run.status).toBe(0);
    expect(summaries(run.stdout)).toEqual([expect.stringMatching(/^ABC-123 IND — 第0日：cn\.nmpa\.drug\.ind — /), 'ABC-123 IND — 届满：cn.nmpa.drug.ind — 60个工作日（默示许可）']);
  });
});

describe('--out FILE: the calendar file written whole or not at all', () => {
  it('writes the file only when every row succeeded, and leaves an existing file as it was otherwise', async () => {
    const out = file('out.ics');
    writeFileSync(out, 'the calendar of yesterday\n');
    const failed = await runCli(['batch', file('bad-row.csv'), '--ics', '--out', out]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('the calendar of yesterday\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const done = await runCli(['batch', file('portfolio.csv'), '--ics', '--out', out]);
    expect(done.status).toBe(0);
    expect(done.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['batch', file('portfolio.csv'), '--ics'])).stdout);
  });

  it('due --ics --out writes the same file as standard output would', async () => {
    const out = file('ind.ics');
    const args = ['due', 'cn.nmpa.drug.ind', '2025-09-26', '--ics', '--title', 'ABC-123 IND'];
    const [written, printed] = await Promise.all([runCli([...args, '--out', out]), runCli(args)]);
    expect(written).toMatchObject({ status: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('is refused without --ics, and names a file it cannot write', async () => {
    const [usage, missing] = await Promise.all([
      runCli(['batch', file('portfolio.csv'), '--out', file('x.ics')]),
      runCli(['due', 'cn.nmpa.drug.ind', '2025-09-26', '--ics', '--out', join(dir, 'no-such-dir', 'x.ics')]),
    ]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("option '--out <file>' can only be used with option '--ics'");
    expect(missing.status).toBe(1);
    expect(missing.stderr.trimEnd()).toBe(`reviewclock: --out: cannot write ${JSON.stringify(join(dir, 'no-such-dir', 'x.ics'))}: no such directory`);
  });
});
