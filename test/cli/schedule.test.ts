import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CN, type HolidaySchedule } from '../../src/index.js';
import { referenceIsWorkingDay, referenceWeekday, shiftDays } from '../support/referenceCalendar.js';
import { runCli, type CliRun } from './support/runCli.js';

// Every test runs the built CLI with REVIEWCLOCK_HOME set to a fresh temporary directory: the store starts empty
// and the user's real config directory is never touched. Each test spawns several CLIs in turn, hence the timeouts.

const fixturePath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const CN_2027 = fixturePath('cn-2027-hypothetical.json');
const HK_2027 = fixturePath('hk-2027-invented.json');
/** Invented test data: a lawful mainland 2028 (schedule add checks mainland JSON against the holiday law). */
const CN_2028 = fixturePath('cn-2028-invented.json');
const BAD = fixturePath('bad-schedule.json');
/** Invented test data in the format of the 2025 and 2026 notices (see fixtures/notices/README.md). */
const NOTICE_2027 = new URL('../../fixtures/notices/2027-example.txt', import.meta.url).pathname;
const cn2027 = JSON.parse(readFileSync(CN_2027, 'utf8')) as HolidaySchedule;
const hk2027 = JSON.parse(readFileSync(HK_2027, 'utf8')) as HolidaySchedule;
const IND = 'cn.nmpa.drug.ind';
const HK_POLICY = 'hk.dh.drug.nce-1plus';

const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'reviewclock-store-'));
  homes.push(home);
  return home;
}

function cli(home: string, args: readonly string[], input?: string): Promise<CliRun> {
  return runCli(args, { env: { REVIEWCLOCK_HOME: home }, ...(input !== undefined && { input }) });
}

/** Every file under a directory (hidden ones too) with its content: to check that a refusal wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function writeFile(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// ---------------------------------------------------------------------------------------------------------------
// An independent count, from the fixtures' own days and the golden CN fixtures (test/support/referenceCalendar.ts,
// which never uses reviewclock's code): day by day, weekdays work and weekends rest, except the listed days.

function spanDays(holidays: HolidaySchedule['holidays']): Set<string> {
  const days = new Set<string>();
  for (const { from, to } of holidays) for (let d = from; d <= to; d = shiftDays(d, 1)) days.add(d);
  return days;
}

const cnRest2027 = spanDays(cn2027.holidays);
const cnMakeup2027 = new Set(cn2027.makeupWorkdays);
const hkRest2027 = spanDays(hk2027.holidays);

/** A mainland working day, on the bundled years and then the hypothetical 2027 (which sets no day in 2026). */
function cnWorking(date: string): boolean {
  if (date <= '2026-12-31') return referenceIsWorkingDay(date);
  if (cnMakeup2027.has(date)) return true;
  if (cnRest2027.has(date)) return false;
  return referenceWeekday(date) <= 5;
}

/** A working day in both places in 2027: a weekday that is a holiday in neither (Saturdays rest in Hong Kong). */
function bothWorking2027(date: string): boolean {
  return referenceWeekday(date) <= 5 && !cnRest2027.has(date) && !hkRest2027.has(date);
}

function addWorking(start: string, days: number, working: (date: string) => boolean): string {
  let date = start;
  for (let left = days; left > 0; ) {
    date = shiftDays(date, 1);
    if (working(date)) left--;
  }
  return date;
}

function countWorking(from: string, to: string, working: (date: string) => boolean): number {
  let count = 0;
  for (let date = shiftDays(from, 1); date <= to; date = shiftDays(date, 1)) if (working(date)) count++;
  return count;
}

// ---------------------------------------------------------------------------------------------------------------

describe('reviewclock schedule add / list / remove, and every command counting with the store', { timeout: 30_000 }, () => {
  it('adds a schedule JSON file, lists it, counts with it, and removes it', async () => {
    const home = freshHome();
    const stored = join(home, 'schedules', 'CN-2027.json');

    const add = await cli(home, ['schedule', 'add', CN_2027]);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(add.stdout).toBe(
      `Stored CN 2027 in ${stored}:\n` +
        `  ${cn2027.source.title} (${cn2027.source.url}): 7 holidays, 5 make-up working days\n` +
        'CN now covers 2004–2027.\n',
    );
    // The file: an array [notice] in the schedule format, with its calendar.
    expect(JSON.parse(readFileSync(stored, 'utf8'))).toEqual([{ ...cn2027, calendar: 'CN' }]);

    const [list, listJson] = await Promise.all([cli(home, ['schedule', 'list']), cli(home, ['schedule', 'list', '--json'])]);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(`CN  2027  ${cn2027.source.title}  ${cn2027.source.url}  ${stored}\n`);
    expect(list.stdout).toContain('CN covers 2004–2027 (bundled 2004–2026; stored 2027).\n');
    expect(list.stdout).toContain('HK covers 2016–2026 (bundled 2016–2026; nothing stored).\n');
    expect(JSON.parse(listJson.stdout)).toEqual({
      directory: join(home, 'schedules'),
      schedules: [{ calendar: 'CN', year: 2027, title: cn2027.source.title, url: cn2027.source.url, file: stored, amendment: false }],
      coverage: [
        { calendar: 'CN', from: '2004-01-01', to: '2027-12-31', bundled: { from: '2004-01-01', to: '2026-12-31' }, storedYears: [2027] },
        { calendar: 'HK', from: '2016-01-01', to: '2026-12-31', bundled: { from: '2016-01-01', to: '2026-12-31' }, storedYears: [] },
      ],
    });

    // IND accepted Fri 2026-11-20: 60 working days. By hand: 29 in Nov–Dec 2026 (23–27, 30 Nov; 1–31 Dec weekdays),
    // then 2027 on the fixture: 4–29 Jan (20) → 49, Sun 31 Jan (make-up) → 50, 1–4 Feb → 54, 5–12 Feb off,
    // 15–19 Feb → 59, Sat 20 Feb (make-up) → 60.
    const expected = addWorking('2026-11-20', 60, cnWorking);
    expect(expected).toBe('2027-02-20');
    const [due, without] = await Promise.all([
      cli(home, ['due', IND, '2026-11-20', '--json']),
      cli(home, ['due', IND, '2026-11-20', '--no-stored-schedules']),
    ]);
    expect(due.status).toBe(0);
    expect(JSON.parse(due.stdout)).toMatchObject({ due: expected, provisional: false, calendar: 'CN' });
    // Without the store: 2027 is projected, the answer provisional, with the command that makes it exact (exit 3).
    expect(without).toMatchObject({ status: 3, stderr: '' });
    expect(without.stdout).toMatch(/^2027-02-19  Friday, 19 February 2027 \(provisional\)\n/);
    expect(without.stdout).toContain('reviewclock schedule add notice-2027.txt');
    expect(without.stdout).not.toMatch(/withSchedules|projectCalendar/);

    // Every other command counts with it too.
    const batchInput = `{"id":"A","policy":"${IND}","start":"2026-11-20"}\n`;
    const [day, addDays, count, month, ics, batch] = await Promise.all([
      cli(home, ['day', '2027-02-08', '--json']),
      cli(home, ['add', '2026-12-31', '1']),
      cli(home, ['count', '2026-12-31', '2027-12-31', '--json']),
      cli(home, ['calendar', '2027-02']),
      cli(home, ['ics', '2027']),
      cli(home, ['batch'], batchInput),
    ]);
    expect(JSON.parse(day.stdout)).toMatchObject({ kind: 'holiday', holiday: { name: 'Spring Festival' }, source: cn2027.source });
    expect(addDays.stdout.split('  ')[0]).toBe('2027-01-04');
    expect(JSON.parse(count.stdout)).toEqual({ count: countWorking('2026-12-31', '2027-12-31', cnWorking) });
    expect(month.status).toBe(0);
    expect(month.stdout).toContain('Spring Festival');
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20270205');
    expect(JSON.parse(batch.stdout)).toMatchObject({ id: 'A', due: expected });

    const remove = await cli(home, ['schedule', 'remove', '2027']);
    expect(remove).toMatchObject({ status: 0, stderr: '' });
    expect(remove.stdout).toBe(`Removed CN 2027 ("${cn2027.source.title}") from ${stored}.\nCN now covers 2004–2026.\n`);
    expect(existsSync(stored)).toBe(false);
    const [empty, after] = await Promise.all([cli(home, ['schedule', 'list']), cli(home, ['due', IND, '2026-11-20'])]);
    expect(empty.stdout).toContain(`No schedules stored in ${join(home, 'schedules')}.\n`);
    expect(empty.stdout).toContain('CN covers 2004–2026 (bundled 2004–2026; nothing stored).');
    expect(after.status).toBe(3); // provisional again
  });

  it('reads schedule JSON from stdin with "-", and stores an array (a notice and its amendment) as one year', async () => {
    const home = freshHome();
    const amendment: HolidaySchedule = {
      year: 2027,
      source: { title: 'INVENTED TEST DATA: an amendment adding a rest day', url: '' },
      holidays: [{ name: 'Extra rest day', from: '2027-03-01', to: '2027-03-01' }],
      makeupWorkdays: [],
    };
    const add = await cli(home, ['schedule', 'add', '-'], JSON.stringify([cn2027, amendment]));
    expect(add.status).toBe(0);
    expect(add.stdout).toContain(`  ${amendment.source.title} (no address): 1 holiday, 0 make-up working days\n`);
    const list = await cli(home, ['schedule', 'list']);
    expect(list.stdout).toContain(`(amendment) ${amendment.source.title}`);
    const day = await cli(home, ['day', '2027-03-01', '--json']);
    expect(JSON.parse(day.stdout)).toMatchObject({ working: false, holiday: { name: 'Extra rest day' } });
  });

  it('replaces a stored year only with --replace', async () => {
    const home = freshHome();
    await cli(home, ['schedule', 'add', CN_2027]);
    const before = snapshot(home);
    const again = await cli(home, ['schedule', 'add', CN_2027]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `reviewclock: schedule add ${CN_2027}: CN 2027 is already stored in ${join(home, 'schedules', 'CN-2027.json')} ` +
        `(its notice "${cn2027.source.title}" (no amendments)); pass --replace to replace the whole year with this schedule, ` +
        'or --amend to keep this schedule after the stored notice, as an amendment; or remove the year first with ' +
        '`reviewclock schedule remove 2027`\n',
    );
    expect(snapshot(home)).toEqual(before);
    // A corrected 2027: one more day off (Mon 1 March), still lawful.
    const extra = { name: 'Extra rest day', from: '2027-03-01', to: '2027-03-01' };
    const changed = writeFile(home, 'changed.json', { ...cn2027, holidays: [...cn2027.holidays, extra] });
    const replaced = await cli(home, ['schedule', 'add', changed, '--replace']);
    expect(replaced.status).toBe(0);
    // It says what it replaced.
    expect(replaced.stdout).toBe(
      `Stored CN 2027 in ${join(home, 'schedules', 'CN-2027.json')}, replacing the stored CN 2027, its notice "${cn2027.source.title}" ` +
        '(no amendments):\n' +
        `  ${cn2027.source.title} (${cn2027.source.url}): 8 holidays, 5 make-up working days\n` +
        'CN now covers 2004–2027.\n',
    );
    const day = await cli(home, ['day', '2027-03-01', '--json']);
    expect(JSON.parse(day.stdout)).toMatchObject({ working: false, holiday: { name: 'Extra rest day' } });
  });

  it('replaces a bundled year only with --replace, and brings it back on remove', async () => {
    const home = freshHome();
    // INVENTED TEST DATA: the bundled 2026, with one more day off (Mon 2 March); lawful, as schedule add checks.
    const bundled2026 = CN.definition.schedules!.find((schedule) => schedule.year === 2026)!;
    const schedule2026 = writeFile(home, 'cn-2026.json', {
      ...bundled2026,
      source: { title: 'INVENTED TEST DATA: a revised 2026', url: 'https://example.org/2026' },
      holidays: [...bundled2026.holidays, { name: 'Extra rest day', from: '2026-03-02', to: '2026-03-02' }],
    });
    const before = snapshot(home);
    const refused = await cli(home, ['schedule', 'add', schedule2026]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^reviewclock: schedule add .*cn-2026\.json: 2026 is already in the bundled CN calendar \(2004–2026\), from "国务院办公厅关于2026年部分节假日安排的通知"; pass --replace to replace the bundled 2026 with this schedule for every command, or --amend to keep this schedule after the bundled notice, as an amendment\n$/,
    );
    expect(snapshot(home)).toEqual(before);
    const replaced = await cli(home, ['schedule', 'add', schedule2026, '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toMatch(
      /^Stored CN 2026 in \S+CN-2026\.json, replacing the bundled CN 2026, its notice "国务院办公厅关于2026年部分节假日安排的通知" \(no amendments\):\n/,
    );
    expect(JSON.parse((await cli(home, ['day', '2026-03-02', '--json'])).stdout).working).toBe(false);
    expect((await cli(home, ['schedule', 'remove', '2026'])).status).toBe(0);
    expect(JSON.parse((await cli(home, ['day', '2026-03-02', '--json'])).stdout).working).toBe(true);
  });
});

describe('--schedule files and the store', { timeout: 30_000 }, () => {
  it('adds nothing for a --schedule file stored already, and refuses a different one for a stored year', async () => {
    const home = freshHome();
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const other = writeFile(freshHome(), 'other-2027.json', { ...cn2027, holidays: cn2027.holidays.slice(0, 1) });
    const [same, different, without] = await Promise.all([
      cli(home, ['day', '2027-02-08', '--schedule', CN_2027, '--json']),
      cli(home, ['day', '2027-02-08', '--schedule', other]),
      cli(home, ['day', '2027-02-08', '--schedule', other, '--no-stored-schedules', '--json']),
    ]);
    // A script written before `schedule add` keeps working.
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ working: false, holiday: { name: 'Spring Festival' } });
    expect(different.status).toBe(1);
    expect(different.stderr).toBe(
      `reviewclock: --schedule ${other}: invalid schedule: year: 2027 is already covered by the CN calendar (2004-01-01 to 2027-12-31), ` +
        `by the stored schedule ${join(home, 'schedules', 'CN-2027.json')}; pass --no-stored-schedules to count with this file instead, ` +
        'or store it in place of the stored one with `reviewclock schedule add FILE --replace`\n',
    );
    expect(JSON.parse(without.stdout)).toMatchObject({ working: true, kind: 'workday' });
  });

  it('says in CLI terms that a --schedule file cannot replace a bundled year', async () => {
    const file = writeFile(freshHome(), 'cn-2026.json', { year: 2026, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: [] });
    const run = await cli(freshHome(), ['day', '2026-01-04', '--schedule', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/year: 2026 is already covered by the CN calendar \(2004-01-01 to 2026-12-31\); a --schedule file cannot replace a year the calendar has; to replace it for every command, use `reviewclock schedule add FILE --replace`\n$/);
    expect(run.stderr).not.toMatch(/replace: true/);
  });
});

describe('reviewclock schedule add refuses, and writes nothing', { timeout: 30_000 }, () => {
  it.each([
    ['a file that is not JSON', () => '{ "year": 2027, "source": ', /^reviewclock: schedule add \S+ is not valid JSON \(.*\); expected a schedule object/],
    ['a schedule that fails the schema', () => readFileSync(BAD, 'utf8'), /^reviewclock: schedule add \S+: invalid schedule: holidays\.0\.to: .*makeupWorkdays\.0: .*2027-01-06 is not a Saturday or Sunday/],
    [
      'a year that leaves a gap (2029 with 2027 stored)',
      () => JSON.stringify({ year: 2029, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: [] }),
      /^reviewclock: schedule add \S+: invalid schedule: year: 2029 would leave 2028 uncovered between it and the CN calendar's 2004–2026.*add the schedule for 2028 as well/,
    ],
    ['a calendar the store does not keep', () => JSON.stringify({ ...cn2027, calendar: 'MO' }), /calendar: "MO" is not a calendar schedules are kept for; expected "CN" or "HK"/],
    ['an empty array', () => '[]', /invalid schedule: \(root\): the array is empty/],
  ])('%s (the stored 2027 is kept as it was)', async (_, content, message) => {
    const home = freshHome();
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const input = writeFile(freshHome(), 'input.json', content());
    const before = snapshot(home);
    const run = await cli(home, ['schedule', 'add', input, '--replace']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(snapshot(home)).toEqual(before);
  });

  it('refuses a gap on an empty store, and a file larger than 1 MiB, without creating the store', async () => {
    const home = freshHome();
    const gap = writeFile(freshHome(), 'cn-2028.json', { year: 2028, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: [] });
    const big = writeFile(freshHome(), 'big.json', `[${' '.repeat(1 << 20)}]`);
    const [gapRun, bigRun, badJson, invalid] = await Promise.all([
      cli(home, ['schedule', 'add', gap]),
      cli(home, ['schedule', 'add', big]),
      cli(home, ['schedule', 'add', writeFile(freshHome(), 'bad.json', '{ "year": 2027,')]),
      cli(home, ['schedule', 'add', BAD]),
    ]);
    expect(gapRun.status).toBe(1);
    expect(gapRun.stderr).toMatch(/^reviewclock: schedule add \S+cn-2028\.json: invalid schedule: year: 2028 would leave 2027 uncovered .*add the schedule for 2027 as well/);
    expect(bigRun.status).toBe(1);
    expect(bigRun.stderr).toMatch(/^reviewclock: schedule add \S+big\.json is 1048578 bytes, more than the 1 MiB \(1048576 bytes\) a schedule file may hold/);
    expect(badJson.stderr).toMatch(/^reviewclock: schedule add \S+bad\.json is not valid JSON/);
    expect(invalid.stderr).toMatch(/^reviewclock: schedule add \S+bad-schedule\.json: invalid schedule: holidays\.0\.to: "to" 2027-01-01 is before "from" 2027-01-03/);
    for (const run of [gapRun, bigRun, badJson, invalid]) expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(snapshot(home)).toEqual({});
    expect(existsSync(join(home, 'schedules'))).toBe(false);
  });

  it('refuses a file that never ends (/dev/zero, a FIFO) after 1 MiB, instead of reading it into memory forever', async () => {
    const home = freshHome();
    const [add, option] = await Promise.all([cli(home, ['schedule', 'add', '/dev/zero']), cli(home, ['day', '2025-01-02', '--schedule', '/dev/zero'])]);
    expect(add.status).toBe(1);
    expect(add.stderr).toMatch(/^reviewclock: schedule add \/dev\/zero holds more than the 1 MiB \(1048576 bytes\) a schedule file may hold/);
    expect(option.status).toBe(1);
    expect(option.stderr).toMatch(/^reviewclock: --schedule: "\/dev\/zero" holds more than 1048576 bytes/);
    expect(snapshot(home)).toEqual({});
  });

  it('refuses --year and --url for schedule JSON, and a missing file', async () => {
    const home = freshHome();
    const [year, missing] = await Promise.all([
      cli(home, ['schedule', 'add', CN_2027, '--year', '2027']),
      cli(home, ['schedule', 'add', join(home, 'nope.json')]),
    ]);
    expect(year.stderr).toMatch(/--year and --url are for a notice's text, and the input is schedule JSON/);
    expect(missing.stderr).toMatch(/^reviewclock: schedule add \S+nope\.json: cannot read "\S+nope\.json": no such file/);
    expect([year.status, missing.status]).toEqual([1, 1]);
    expect(snapshot(home)).toEqual({});
  });
});

describe('a broken file in the store', { timeout: 30_000 }, () => {
  function storeWith(files: Record<string, string>): string {
    const home = freshHome();
    mkdirSync(join(home, 'schedules'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(home, 'schedules', name), content);
    return home;
  }

  it.each([
    ['not JSON', { 'CN-2027.json': '[{"year": 2027,' }, /^reviewclock: stored schedule (\S+CN-2027\.json) is not valid JSON \(.*\); edit or delete the file, or run `reviewclock schedule remove 2027`$/],
    [
      'not a schedule',
      { 'CN-2027.json': JSON.stringify([{ ...cn2027, makeupWorkdays: ['2027-01-06'] }]) },
      /^reviewclock: stored schedule (\S+CN-2027\.json): invalid schedule: 0\.makeupWorkdays\.0: .*not a Saturday or Sunday.*; edit or delete the file, or run `reviewclock schedule remove 2027`$/,
    ],
    [
      'a schedule of another year',
      { 'CN-2027.json': JSON.stringify([{ ...cn2027, year: 2028, holidays: [], makeupWorkdays: [] }]) },
      /^reviewclock: stored schedule (\S+CN-2027\.json): invalid schedule: 0\.year: 2028 is not the file's year 2027/,
    ],
    [
      'a year after a gap',
      { 'CN-2028.json': JSON.stringify([{ year: 2028, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: [] }]) },
      /^reviewclock: stored schedule (\S+CN-2028\.json): invalid schedule: year: 2028 would leave 2027 uncovered .*; run `reviewclock schedule remove 2028`, add the missing year with `reviewclock schedule add FILE`, or delete the file$/,
    ],
    ['larger than 1 MiB', { 'CN-2027.json': `[${' '.repeat(1 << 20)}]` }, /^reviewclock: stored schedule (\S+CN-2027\.json) is 1048578 bytes, more than the 1 MiB \(1048576 bytes\) a schedule file may hold/],
    ['a file the store does not know', { 'cn-2027.json': '[]' }, /^reviewclock: schedule store: (\S+cn-2027\.json) is not a file the store knows: its files are named CN-YYYY\.json or HK-YYYY\.json/],
  ])('%s: every command stops with an error naming the file, exit 1', async (_, files, message) => {
    const home = storeWith(files);
    const before = snapshot(home);
    const revised2026 = writeFile(freshHome(), 'cn-2026.json', { year: 2026, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: [] });
    const runs = await Promise.all([
      cli(home, ['due', IND, '2025-09-26']),
      cli(home, ['day', '2025-10-01']),
      cli(home, ['schedule', 'list']),
      cli(home, ['schedule', 'add', revised2026, '--replace']),
      cli(home, ['batch'], `{"policy":"${IND}","start":"2025-09-26"}\n`),
    ]);
    for (const run of runs) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const match = message.exec(run.stderr.trimEnd());
      expect(match, run.stderr).not.toBeNull();
      expect(match![1]!.startsWith(join(home, 'schedules'))).toBe(true);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(snapshot(home)).toEqual(before);
    // --no-stored-schedules counts without the store.
    const without = await cli(home, ['day', '2025-10-01', '--no-stored-schedules']);
    expect(without.status).toBe(0);
  });

  it('is fixed by schedule remove, which deletes a file it cannot read', async () => {
    const home = storeWith({ 'CN-2027.json': 'garbage' });
    const remove = await cli(home, ['schedule', 'remove', '2027']);
    expect(remove.status).toBe(0);
    expect(remove.stdout).toContain('Removed CN 2027 (a file that could not be read)');
    expect((await cli(home, ['day', '2025-10-01'])).status).toBe(0);
  });
});

describe('reviewclock schedule remove', { timeout: 30_000 }, () => {
  it('refuses to leave a gap, an unknown year and a malformed year (exit 1), and removes nothing', async () => {
    const home = freshHome();
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    expect((await cli(home, ['schedule', 'add', CN_2028])).status).toBe(0);
    const before = snapshot(home);
    const [gap, unknown, malformed, hk] = await Promise.all([
      cli(home, ['schedule', 'remove', '2027']),
      cli(home, ['schedule', 'remove', '2030']),
      cli(home, ['schedule', 'remove', '27']),
      cli(home, ['schedule', 'remove', '2027', '--calendar', 'HK']),
    ]);
    expect(gap.stderr).toBe(
      'reviewclock: schedule remove: removing CN 2027 would leave a gap: the stored 2028 follows it, and a calendar covers ' +
        'consecutive years; remove 2028 first (`reviewclock schedule remove 2028`)\n',
    );
    expect(unknown.stderr).toBe(
      `reviewclock: schedule remove: no CN schedule for 2030 is stored in ${join(home, 'schedules')} (stored CN years: 2027, 2028; see \`reviewclock schedule list\`)\n`,
    );
    expect(malformed.stderr).toBe('reviewclock: schedule remove: invalid year "27", expected a year YYYY such as 2027\n');
    expect(hk.stderr).toMatch(/no HK schedule for 2027 is stored .*\(no HK year is stored\)/);
    for (const run of [gap, unknown, malformed, hk]) expect(run.status).toBe(1);
    expect(snapshot(home)).toEqual(before);
    // In order, both go.
    expect((await cli(home, ['schedule', 'remove', '2028'])).stdout).toMatch(/^Removed CN 2028 \("INVENTED TEST DATA: a mainland 2028 schedule .*"\) from .*\nCN now covers 2004–2027\.\n$/);
    expect((await cli(home, ['schedule', 'remove', '2027'])).status).toBe(0);
    expect(snapshot(home)).toEqual({});
  });
});

describe('Hong Kong policies keep their own calendar', { timeout: 30_000 }, () => {
  const limit = 150; // hk.dh.drug.nce-1plus: 150 working days on the HK calendar

  it('with --project: the HK calendar projected, not a CN calendar (no calendar_required)', async () => {
    const home = freshHome();
    const [due, add] = await Promise.all([
      cli(home, ['due', HK_POLICY, '2026-09-01', '--project', '--json']),
      cli(home, ['add', '2026-09-01', String(limit), '--calendar', 'HK', '--project', '--json']),
    ]);
    expect(due.stderr).toBe('');
    expect(due.status).toBe(0);
    const result = JSON.parse(due.stdout);
    expect(result).toMatchObject({ calendar: 'HK', provisional: true });
    expect(result.due).toBe(JSON.parse(add.stdout).date);
    expect(result.due > '2027-01-01').toBe(true);
  });

  it('with --schedule hk-2027.json (calendar: HK) and with the same file stored', async () => {
    const home = freshHome();
    const [due, add, cnCommand] = await Promise.all([
      cli(home, ['due', HK_POLICY, '2026-09-01', '--schedule', HK_2027, '--json']),
      cli(home, ['add', '2026-09-01', String(limit), '--calendar', 'HK', '--schedule', HK_2027, '--json']),
      cli(home, ['add', '2026-09-01', '5', '--schedule', HK_2027]),
    ]);
    expect(due.status).toBe(0);
    const result = JSON.parse(due.stdout);
    expect(result).toMatchObject({ calendar: 'HK', provisional: false });
    expect(result.due).toBe(JSON.parse(add.stdout).date);
    // A Hong Kong schedule given to a command that counts on CN is refused, not silently left out.
    expect(cnCommand.status).toBe(1);
    expect(cnCommand.stderr).toMatch(
      /^reviewclock: --schedule \S+hk-2027-invented\.json: invalid schedule: calendar: the schedule for 2027 is for the HK calendar, but this command counts on CN; pass --calendar HK or --calendar CN\+HK/,
    );

    const stored = await cli(home, ['schedule', 'add', HK_2027]);
    expect(stored.stdout).toMatch(/^Stored HK 2027 in \S+HK-2027\.json:\n.*13 holidays, 0 make-up working days\nHK now covers 2016–2027\.\n$/);
    const [dueStored, day, list] = await Promise.all([
      cli(home, ['due', HK_POLICY, '2026-09-01', '--json']),
      cli(home, ['day', '2027-12-27', '--calendar', 'HK', '--json']),
      cli(home, ['schedule', 'list']),
    ]);
    expect(JSON.parse(dueStored.stdout).due).toBe(result.due);
    expect(JSON.parse(day.stdout)).toMatchObject({ working: false, kind: 'holiday', holiday: { name: 'The first weekday after Christmas Day' } });
    expect(list.stdout).toContain('HK covers 2016–2027 (bundled 2016–2026; stored 2027).');
    expect((await cli(home, ['schedule', 'remove', '2027', '--calendar', 'HK'])).status).toBe(0);
  });

  it('names CLI flags, not library calls, when --calendar does not fit the policy', async () => {
    const run = await cli(freshHome(), ['due', HK_POLICY, '2026-03-02', '--calendar', 'CN']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `reviewclock: due: policy "${HK_POLICY}" counts days on the HK calendar, but the calendar in use is CN; pass --calendar HK ` +
        "(or --calendar CN+HK), or leave out --calendar to count on the policy's own calendar\n",
    );
  });

  it('mainland runs do not read the Hong Kong part of the store', async () => {
    const home = freshHome();
    mkdirSync(join(home, 'schedules'));
    writeFileSync(join(home, 'schedules', 'HK-2027.json'), 'broken');
    const [cn, hk] = await Promise.all([cli(home, ['due', IND, '2025-09-26']), cli(home, ['due', HK_POLICY, '2025-09-26'])]);
    expect(cn.status).toBe(0);
    expect(hk.status).toBe(1);
    expect(hk.stderr).toMatch(/^reviewclock: stored schedule \S+HK-2027\.json is not valid JSON .*`reviewclock schedule remove 2027 --calendar HK`/);
  });
});

describe('CN+HK', { timeout: 30_000 }, () => {
  // 2027 working days in both places, counted by hand-written rules from the two fixtures' days.
  const expected = countWorking('2026-12-31', '2027-12-31', bothWorking2027);

  it('--calendar CN+HK with one CN and one HK --schedule file', async () => {
    const home = freshHome();
    const [count, hkDay, cnDay, makeup] = await Promise.all([
      cli(home, ['count', '2026-12-31', '2027-12-31', '--calendar', 'CN+HK', '--schedule', CN_2027, '--schedule', HK_2027, '--json']),
      cli(home, ['day', '2027-12-27', '--calendar', 'CN+HK', '--schedule', CN_2027, '--schedule', HK_2027, '--json']),
      cli(home, ['day', '2027-02-10', '--calendar', 'CN+HK', '--schedule', CN_2027, '--schedule', HK_2027, '--json']),
      cli(home, ['day', '2027-02-20', '--calendar', 'CN+HK', '--schedule', CN_2027, '--schedule', HK_2027, '--json']),
    ]);
    expect(count.stderr).toBe('');
    expect(JSON.parse(count.stdout)).toEqual({ count: expected });
    expect(JSON.parse(hkDay.stdout)).toMatchObject({ working: false, holiday: { name: 'The first weekday after Christmas Day' } });
    expect(JSON.parse(cnDay.stdout)).toMatchObject({ working: false, holiday: { name: 'Spring Festival' } });
    // A mainland make-up Saturday is a rest day in Hong Kong.
    expect(JSON.parse(makeup.stdout).working).toBe(false);
  });

  it('the stored CN and HK years extend CN+HK', async () => {
    const home = freshHome();
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    // CN+HK needs both: with only CN stored it still ends in 2026.
    const half = await cli(home, ['count', '2026-12-31', '2027-12-31', '--calendar', 'CN+HK']);
    expect(half.status).toBe(3); // counted on the projection of its Hong Kong part: provisional
    expect(half.stdout).toMatch(/\(provisional: depends on projected days/);
    const refused = await cli(home, ['ics', '2027', '--calendar', 'CN+HK']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/lies outside the CN\+HK calendar.*"calendar": "HK"/);
    expect((await cli(home, ['schedule', 'add', HK_2027])).status).toBe(0);
    const count = await cli(home, ['count', '2026-12-31', '2027-12-31', '--calendar', 'CN+HK', '--json']);
    expect(JSON.parse(count.stdout)).toEqual({ count: expected });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// From a notice's text (scheduleFromNotice).

/** What the invented 2027 notice says, written out by hand from its text. */
const NOTICE_HOLIDAYS = [
  ['元旦', '2027-01-01', '2027-01-03'],
  ['春节', '2027-02-05', '2027-02-12'],
  ['清明节', '2027-04-03', '2027-04-05'],
  ['劳动节', '2027-05-01', '2027-05-05'],
  ['端午节', '2027-06-09', '2027-06-09'],
  ['中秋节', '2027-09-15', '2027-09-15'],
  ['国庆节', '2027-10-01', '2027-10-07'],
] as const;
const NOTICE_MAKEUP = ['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'];

/** INVENTED TEST DATA: an extension of the 2027 Spring Festival in the words of the 2020 one (needs the notice). */
const EXTENSION_2027 = 'INVENTED TEST DATA\n延长2027年春节假期至2月14日（农历正月初九，星期日），2月15日（星期一）起正常上班。\n';

describe("from a notice's text", { timeout: 30_000 }, () => {
  it('schedule import prints the schedule JSON and the warnings, and keeps nothing', async () => {
    const home = freshHome();
    const run = await cli(home, ['schedule', 'import', NOTICE_2027, '--url', 'https://example.org/invented-2027']);
    expect(run.status).toBe(0);
    const schedule = JSON.parse(run.stdout) as HolidaySchedule;
    expect(schedule.year).toBe(2027);
    expect(schedule.source).toEqual({ title: '国务院办公厅关于2027年部分节假日安排的通知', url: 'https://example.org/invented-2027' });
    expect(schedule.holidays.map((h) => [h.nameZh, h.from, h.to])).toEqual(NOTICE_HOLIDAYS);
    expect([...schedule.makeupWorkdays].sort()).toEqual(NOTICE_MAKEUP);
    // The text has no title line: a warning, one line on stderr.
    expect(run.stderr).toMatch(/^reviewclock: warning: scheduleFromNotice: the text holds no title/m);
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^reviewclock: warning: /);
    expect(snapshot(home)).toEqual({});
    // From stdin, the same.
    const stdin = await cli(home, ['schedule', 'import', '-', '--url', 'https://example.org/invented-2027'], readFileSync(NOTICE_2027, 'utf8'));
    expect(JSON.parse(stdin.stdout)).toEqual(schedule);
    // Schedule JSON is not a notice.
    const json = await cli(home, ['schedule', 'import', CN_2027]);
    expect(json.status).toBe(1);
    expect(json.stderr).toMatch(/the input is JSON, not a notice's text; .*`reviewclock schedule add /);
  });

  it('schedule add stores the notice, and due counts with it', async () => {
    const home = freshHome();
    const add = await cli(home, ['schedule', 'add', NOTICE_2027]);
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(
      /^Stored CN 2027 in \S+CN-2027\.json:\n {2}国务院办公厅关于2027年部分节假日安排的通知 \(no address\): 7 holidays, 5 make-up working days\nCN now covers 2004–2027\.\n$/,
    );
    // No address in the text and no --url: warned, and stored with url ''.
    expect(add.stderr).toMatch(/^reviewclock: warning: scheduleFromNotice: the text holds no http\(s\) address/m);
    const working = (date: string) => {
      if (date <= '2026-12-31') return referenceIsWorkingDay(date);
      if (NOTICE_MAKEUP.includes(date)) return true;
      if (NOTICE_HOLIDAYS.some(([, from, to]) => date >= from && date <= to)) return false;
      return referenceWeekday(date) <= 5;
    };
    const due = await cli(home, ['due', IND, '2026-11-20', '--json']);
    expect(JSON.parse(due.stdout).due).toBe(addWorking('2026-11-20', 60, working));
  });

  it('stores an amendment after the notice it amends, and refuses it before', async () => {
    const home = freshHome();
    const extension = writeFile(freshHome(), 'extension.txt', EXTENSION_2027);
    const before = await cli(home, ['schedule', 'add', extension]);
    expect(before.status).toBe(1);
    expect(before.stderr).toMatch(/^reviewclock: schedule add \S+extension\.txt: the text amends the 2027 notice, which is neither stored nor in the bundled calendar; add the 2027 notice first/);
    expect(snapshot(home)).toEqual({});

    expect((await cli(home, ['schedule', 'add', NOTICE_2027])).status).toBe(0);
    const add = await cli(home, ['schedule', 'add', extension]);
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^Stored an amendment to CN 2027 in \S+CN-2027\.json:\n {2}国务院办公厅关于延长2027年春节假期的通知 \(no address\): 1 holiday, 0 make-up working days\n/);
    const file = JSON.parse(readFileSync(join(home, 'schedules', 'CN-2027.json'), 'utf8')) as HolidaySchedule[];
    expect(file.map((s) => s.source.title)).toEqual(['国务院办公厅关于2027年部分节假日安排的通知', '国务院办公厅关于延长2027年春节假期的通知']);
    // Sat 13 and Sun 14 Feb were weekend days after the Spring Festival span; now they are its extension.
    const day = await cli(home, ['day', '2027-02-13', '--json']);
    expect(JSON.parse(day.stdout)).toMatchObject({ kind: 'holiday', source: { title: '国务院办公厅关于延长2027年春节假期的通知' } });
    const list = await cli(home, ['schedule', 'list']);
    expect(list.stdout).toContain('(amendment) 国务院办公厅关于延长2027年春节假期的通知');

    const stored = snapshot(home);
    const again = await cli(home, ['schedule', 'add', extension]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/this amendment \("国务院办公厅关于延长2027年春节假期的通知"\) is already stored in \S+CN-2027\.json; pass --replace/);
    expect(snapshot(home)).toEqual(stored);
    // The notice again, with --replace, replaces the year with its amendments.
    expect((await cli(home, ['schedule', 'add', NOTICE_2027, '--replace'])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(home, 'schedules', 'CN-2027.json'), 'utf8'))).toHaveLength(1);
  });

  it('keeps an amendment to a bundled year with that year\'s notice, and refuses one the bundled data has', async () => {
    const home = freshHome();
    // INVENTED TEST DATA: one more day of Spring Festival 2026 (the bundled 2026 rests 15–23 Feb).
    const extension2026 = writeFile(freshHome(), 'extension-2026.txt', 'INVENTED TEST DATA\n延长2026年春节假期至2月24日（农历正月初八，星期二），2月25日（星期三）起正常上班。\n');
    expect(JSON.parse((await cli(home, ['day', '2026-02-24', '--json'])).stdout).working).toBe(true);
    const add = await cli(home, ['schedule', 'add', extension2026]);
    expect(add.status).toBe(0);
    const file = JSON.parse(readFileSync(join(home, 'schedules', 'CN-2026.json'), 'utf8')) as HolidaySchedule[];
    expect(file.map((s) => s.source.title)).toEqual(['国务院办公厅关于2026年部分节假日安排的通知', '国务院办公厅关于延长2026年春节假期的通知']);
    const [after, other] = await Promise.all([cli(home, ['day', '2026-02-24', '--json']), cli(home, ['day', '2026-10-05', '--json'])]);
    expect(JSON.parse(after.stdout).working).toBe(false);
    expect(JSON.parse(other.stdout)).toMatchObject({ working: false, holiday: { name: 'National Day' } }); // the rest of 2026 as bundled
    expect((await cli(home, ['schedule', 'remove', '2026'])).stdout).toContain('and 1 amendment');
    expect(JSON.parse((await cli(home, ['day', '2026-02-24', '--json'])).stdout).working).toBe(true);

    // The real 2020 extension is bundled already.
    const real2020 = writeFile(
      freshHome(),
      'extension-2020.txt',
      'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm\n延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。\n',
    );
    const bundled = await cli(home, ['schedule', 'add', real2020]);
    expect(bundled.status).toBe(1);
    expect(bundled.stderr).toMatch(/this amendment \("国务院办公厅关于延长2020年春节假期的通知"\) is already in the bundled CN calendar; pass --replace/);
    expect(snapshot(home)).toEqual({});
  });

  it('refuses a text it cannot read, with exit 1, writing nothing', async () => {
    const home = freshHome();
    const garbage = writeFile(freshHome(), 'garbage.txt', '这不是放假通知。\n');
    const run = await cli(home, ['schedule', 'add', garbage]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^reviewclock: schedule add \S+garbage\.txt: the text has no sentence that sets rest days or working days/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(snapshot(home)).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------------------------
// An amendment as schedule JSON: nothing in the JSON says "amendment", so schedule add keeps JSON as a whole year
// unless --amend is given, and refuses a single schedule for a stored or bundled year naming both --replace and --amend.

/** INVENTED TEST DATA: a change of the invented 2027 Labour Day (1–5 May, Sat 8 May worked) to 1–6 May, 8 and 9 May worked. */
const LABOUR_DAY_CHANGE_2027 =
  'INVENTED TEST DATA\n经国务院批准，现将调整2027年劳动节放假安排通知如下。2027年5月1日至6日放假调休，共6天。5月8日（星期六）、5月9日（星期日）上班。\n';
const NOTICE_TITLE_2027 = '国务院办公厅关于2027年部分节假日安排的通知';
const CHANGE_TITLE_2027 = '国务院办公厅关于调整2027年劳动节放假安排的通知';

describe('an amendment as schedule JSON (schedule import, then schedule add --amend)', { timeout: 30_000 }, () => {
  it('never replaces the year by accident: refused without --amend, refused as a whole year, kept after the notice with --amend', async () => {
    const home = freshHome();
    const work = freshHome();
    const stored = join(home, 'schedules', 'CN-2027.json');
    expect((await cli(home, ['schedule', 'add', NOTICE_2027])).status).toBe(0);
    const text = writeFile(work, 'amend.txt', LABOUR_DAY_CHANGE_2027);
    const imported = await cli(home, ['schedule', 'import', text]);
    expect(imported.status).toBe(0);
    // schedule import says how to add the JSON it prints.
    expect(imported.stderr).toMatch(/^reviewclock: note: this text amends the 2027 notice: .*pass --amend \(`reviewclock schedule add FILE\.json --amend`\)/m);
    const amendment = JSON.parse(imported.stdout) as HolidaySchedule;
    expect(amendment).toMatchObject({ year: 2027, source: { title: CHANGE_TITLE_2027 }, makeupWorkdays: ['2027-05-08', '2027-05-09'] });
    const json = writeFile(work, 'a.json', imported.stdout);
    const before = snapshot(home);

    // Without a flag: both ways named.
    const plain = await cli(home, ['schedule', 'add', json]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(
      `reviewclock: schedule add ${json}: CN 2027 is already stored in ${stored} (its notice "${NOTICE_TITLE_2027}" (no amendments)); ` +
        'pass --replace to replace the whole year with this schedule, or --amend to keep this schedule after the stored notice, as an ' +
        'amendment; or remove the year first with `reviewclock schedule remove 2027`\n',
    );
    // With --replace: as a whole year it does not hold under the holiday law (no 元旦, 春节, …), and the refusal
    // points at --amend; the stored notice is kept.
    const replace = await cli(home, ['schedule', 'add', json, '--replace']);
    expect(replace.status).toBe(1);
    expect(replace.stdout).toBe('');
    expect(replace.stderr).toMatch(
      new RegExp(`^reviewclock: schedule add ${json}: the CN 2027 schedule does not hold under the mainland holiday law: .*; it does hold as an amendment to the stored CN 2027 notice: to keep it after that notice, pass --amend instead of --replace\\n$`),
    );
    expect(replace.stderr).not.toMatch(/checkScheduleAgainstLaw|options\./);
    expect(snapshot(home)).toEqual(before);
    expect(JSON.parse(readFileSync(stored, 'utf8'))).toHaveLength(1);

    // With --amend: kept after the notice.
    const amend = await cli(home, ['schedule', 'add', json, '--amend']);
    expect(amend.stderr).toBe('');
    expect(amend.status).toBe(0);
    expect(amend.stdout).toBe(
      `Stored an amendment to CN 2027 in ${stored}:\n  ${CHANGE_TITLE_2027} (no address): 1 holiday, 2 make-up working days\nCN now covers 2004–2027.\n`,
    );
    const file = JSON.parse(readFileSync(stored, 'utf8')) as HolidaySchedule[];
    expect(file.map((schedule) => schedule.source.title)).toEqual([NOTICE_TITLE_2027, CHANGE_TITLE_2027]);
    const [thursday, sunday, january] = await Promise.all([
      cli(home, ['day', '2027-05-06', '--json']),
      cli(home, ['day', '2027-05-09', '--json']),
      cli(home, ['day', '2027-02-08', '--json']),
    ]);
    expect(JSON.parse(thursday.stdout)).toMatchObject({ working: false, source: { title: CHANGE_TITLE_2027 } });
    expect(JSON.parse(sunday.stdout)).toMatchObject({ working: true, kind: 'makeup-workday' });
    expect(JSON.parse(january.stdout)).toMatchObject({ working: false, holiday: { nameZh: '春节' } }); // the notice is still there
    expect((await cli(home, ['schedule', 'list'])).stdout).toContain(`(amendment) ${CHANGE_TITLE_2027}`);

    // The same amendment again: only with --replace, which says what it replaced.
    const withAmendment = snapshot(home);
    const again = await cli(home, ['schedule', 'add', json, '--amend']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/this amendment \("国务院办公厅关于调整2027年劳动节放假安排的通知"\) is already stored in \S+CN-2027\.json; pass --replace/);
    expect(snapshot(home)).toEqual(withAmendment);
    const reread = await cli(home, ['schedule', 'add', json, '--amend', '--replace']);
    expect(reread.status).toBe(0);
    expect(reread.stdout).toMatch(/^Stored an amendment to CN 2027 in \S+CN-2027\.json, replacing the stored amendment "国务院办公厅关于调整2027年劳动节放假安排的通知":\n/);
    expect(JSON.parse(readFileSync(stored, 'utf8'))).toHaveLength(2);

    // The notice's JSON with --amend is the notice, not an amendment.
    const noticeJson = writeFile(work, 'notice.json', file[0]);
    const notAmendment = await cli(home, ['schedule', 'add', noticeJson, '--amend']);
    expect(notAmendment.status).toBe(1);
    expect(notAmendment.stderr).toMatch(/has the title and address of the CN 2027 notice stored in \S+: it is that notice, not an amendment to it; to replace the whole year with it, pass --replace without --amend\n$/);

    // Replacing the year says what goes: the notice and its amendment.
    const whole = await cli(home, ['schedule', 'add', NOTICE_2027, '--replace']);
    expect(whole.status).toBe(0);
    expect(whole.stdout).toMatch(
      new RegExp(`^Stored CN 2027 in \\S+CN-2027\\.json, replacing the stored CN 2027, its notice "${NOTICE_TITLE_2027}" and 1 amendment \\("${CHANGE_TITLE_2027}"\\):\\n`),
    );
    expect(JSON.parse(readFileSync(stored, 'utf8'))).toHaveLength(1);
  });

  it('--amend needs the year stored or bundled, is for JSON, and keeps an amendment to a bundled year after its notice', async () => {
    const home = freshHome();
    const work = freshHome();
    // 2027 is neither stored nor bundled.
    const json = writeFile(work, 'a.json', { year: 2027, source: { title: CHANGE_TITLE_2027, url: '' }, holidays: [{ name: 'Labour Day', nameZh: '劳动节', from: '2027-05-01', to: '2027-05-06' }], makeupWorkdays: ['2027-05-08', '2027-05-09'] });
    const missing = await cli(home, ['schedule', 'add', json, '--amend']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      `reviewclock: schedule add ${json}: --amend keeps a schedule after its year's notice, but no CN 2027 notice is stored or bundled ` +
        '(CN covers 2004–2026 bundled); add the 2027 notice first, or leave out --amend to add this schedule as the whole year\n',
    );
    // A yearly notice's text with --amend.
    const yearly = await cli(home, ['schedule', 'add', NOTICE_2027, '--amend']);
    expect(yearly.status).toBe(1);
    expect(yearly.stderr).toMatch(/--amend is for schedule JSON; .* this one is the yearly notice "国务院办公厅关于2027年部分节假日安排的通知": leave out --amend/);
    expect(snapshot(home)).toEqual({});

    // An amendment to the bundled 2026 (INVENTED TEST DATA: one more day of Spring Festival), as JSON.
    const text = writeFile(work, 'extension-2026.txt', 'INVENTED TEST DATA\n延长2026年春节假期至2月24日（农历正月初八，星期二），2月25日（星期三）起正常上班。\n');
    const extension = writeFile(work, 'extension-2026.json', (await cli(home, ['schedule', 'import', text])).stdout);
    const refused = await cli(home, ['schedule', 'add', extension]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/2026 is already in the bundled CN calendar .*; pass --replace to replace the bundled 2026 with this schedule for every command, or --amend to keep this schedule after the bundled notice, as an amendment\n$/);
    const add = await cli(home, ['schedule', 'add', extension, '--amend']);
    expect(add.status).toBe(0);
    const file = JSON.parse(readFileSync(join(home, 'schedules', 'CN-2026.json'), 'utf8')) as HolidaySchedule[];
    expect(file.map((s) => s.source.title)).toEqual(['国务院办公厅关于2026年部分节假日安排的通知', '国务院办公厅关于延长2026年春节假期的通知']);
    expect(JSON.parse((await cli(home, ['day', '2026-02-24', '--json'])).stdout).working).toBe(false);
  });
});

describe('mainland schedule JSON is checked against the holiday law, as a notice is', { timeout: 30_000 }, () => {
  it('refuses a Hong Kong year without "calendar": "HK", suggesting it, and stores it with the field', async () => {
    const home = freshHome();
    const { calendar: _calendar, ...withoutCalendar } = hk2027;
    const file = writeFile(freshHome(), 'hk-2027.json', withoutCalendar);
    const run = await cli(home, ['schedule', 'add', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(
        `^reviewclock: schedule add ${file}: the CN 2027 schedule does not hold under the mainland holiday law: .*; it has no "calendar" field, ` +
          'so it was read as a mainland \\(CN\\) schedule, but it looks like a Hong Kong one \\(holidays such as "Lunar New Year", ' +
          'no make-up working days\\): if it is, set "calendar": "HK" in the file, or pass --calendar HK\\n$',
      ),
    );
    expect(snapshot(home)).toEqual({});
    // --schedule stays a one-off, as it was: not checked against the law.
    const oneOff = await cli(home, ['day', '2027-12-27', '--schedule', file, '--json']);
    expect(oneOff.status).toBe(0);
    // The same, before anything is said about a stored mainland 2027 (which would offer --replace and --amend).
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const stored = snapshot(home);
    for (const args of [[], ['--replace'], ['--amend']]) {
      const again = await cli(home, ['schedule', 'add', file, ...args]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/it looks like a Hong Kong one .*set "calendar": "HK" in the file, or pass --calendar HK\n$/);
      expect(again.stderr).not.toMatch(/already stored/);
    }
    expect(snapshot(home)).toEqual(stored);
    // Stated as CN: still refused by the law, with the hint.
    const statedCn = writeFile(freshHome(), 'hk-as-cn.json', { ...withoutCalendar, calendar: 'CN' });
    const cnRun = await cli(home, ['schedule', 'add', statedCn, '--replace']);
    expect(cnRun.status).toBe(1);
    expect(cnRun.stderr).toMatch(/does not hold under the mainland holiday law: .*; it looks like a Hong Kong schedule \(holidays such as .*\): if it is one, set "calendar": "HK" in the file\n$/);
    expect(snapshot(home)).toEqual(stored);
    // Stated as CN and kept as an amendment (more days off are lawful): stored, as asked, with a warning.
    const asAmendment = await cli(home, ['schedule', 'add', file, '--calendar', 'CN', '--amend']);
    expect(asAmendment.status).toBe(0);
    expect(asAmendment.stderr).toMatch(/^reviewclock: warning: schedule add \S+: the amendment "INVENTED TEST DATA: Hong Kong general holidays 2027 .*" to CN 2027 is kept for the mainland \(CN\) calendar, but it looks like a Hong Kong schedule .*"calendar": "HK"\n$/);
    const hk = await cli(home, ['schedule', 'add', file, '--calendar', 'HK']);
    expect(hk.status).toBe(0);
    expect(hk.stdout).toMatch(/^Stored HK 2027 in \S+HK-2027\.json:/);
  });

  it('refuses a mainland year that breaks the law, naming the problem, and an amendment that does', async () => {
    const home = freshHome();
    const work = freshHome();
    // No 清明节 span: Mon 5 April 2027 (清明节) would be a working day.
    const noQingming = writeFile(work, 'cn-2027.json', { ...cn2027, holidays: cn2027.holidays.filter((h) => h.nameZh !== '清明节') });
    const run = await cli(home, ['schedule', 'add', noQingming]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^reviewclock: schedule add ${noQingming}: the CN 2027 schedule does not hold under the mainland holiday law: .*清明节`));
    expect(run.stderr).not.toMatch(/Hong Kong|--amend|checkScheduleAgainstLaw/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    // In an array, the item is named.
    const inArray = writeFile(work, 'both.json', [cn2027, { ...cn2027, year: 2028, holidays: [], makeupWorkdays: [] }]);
    const arrayRun = await cli(home, ['schedule', 'add', inArray]);
    expect(arrayRun.status).toBe(1);
    expect(arrayRun.stderr).toMatch(/: the CN 2028 schedule \(item 1 of the array\) does not hold under the mainland holiday law: /);
    expect(snapshot(home)).toEqual({});

    // An amendment is checked on the year it amends: this one makes Sat 1 May 2027 (劳动节) a working day.
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const before = snapshot(home);
    const badAmendment = writeFile(work, 'bad-amendment.json', {
      year: 2027,
      source: { title: 'INVENTED TEST DATA: an amendment that breaks the law', url: '' },
      holidays: [],
      makeupWorkdays: ['2027-05-01'],
    });
    const amend = await cli(home, ['schedule', 'add', badAmendment, '--amend']);
    expect(amend.status).toBe(1);
    expect(amend.stderr).toMatch(/^reviewclock: schedule add \S+: the amendment "INVENTED TEST DATA: an amendment that breaks the law" to CN 2027 does not hold under the mainland holiday law: .*2027-05-01/);
    expect(snapshot(home)).toEqual(before);
  });

  it('stores a lawful year after the stored one', async () => {
    const home = freshHome();
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const add = await cli(home, ['schedule', 'add', CN_2028]);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^Stored CN 2028 in \S+CN-2028\.json:\n.*6 holidays, 0 make-up working days\nCN now covers 2004–2028\.\n$/);
    // The law check's doubts are printed as a notice's are, one line each, naming the input and the field.
    const overlapping = writeFile(freshHome(), 'cn-2027-overlapping.json', {
      ...cn2027,
      holidays: [...cn2027.holidays, { name: 'Extra rest day', from: '2027-02-12', to: '2027-02-13' }],
    });
    const warned = await cli(home, ['schedule', 'add', overlapping, '--replace']);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toBe(
      `reviewclock: warning: schedule add ${overlapping}: the CN 2027 schedule: holidays[7]: its rest days overlap those of another span; both were kept as written\n`,
    );
  });
});

describe('files in the store directory that are not the store\'s', { timeout: 30_000 }, () => {
  it.each([
    ['an upper-case extension', 'CN-2028.JSON', /^reviewclock: schedule store: (\S+CN-2028\.JSON) is not a file the store knows: .*; rename it to CN-2028\.json to keep it \(the names are case-sensitive\), move it out of the directory, or delete it$/],
    ['a lower-case name', 'hk-2027.json', /^reviewclock: schedule store: (\S+hk-2027\.json) is not a file the store knows: .*rename it to HK-2027\.json to keep it/],
    ['a file of another kind', 'notes.txt', /^reviewclock: schedule store: (\S+notes\.txt) is not a file the store knows: its files are named CN-YYYY\.json or HK-YYYY\.json .*; rename it, move it out of the directory, or delete it$/],
    ['a directory', 'backup', /^reviewclock: schedule store: (\S+backup) is not a file the store knows/],
  ])('%s is an error naming it, for every command (exit 1)', async (_, name, message) => {
    const home = freshHome();
    mkdirSync(join(home, 'schedules'));
    if (name === 'backup') mkdirSync(join(home, 'schedules', name));
    else writeFileSync(join(home, 'schedules', name), name.endsWith('.txt') ? 'a note' : readFileSync(CN_2028, 'utf8'));
    const runs = await Promise.all([
      cli(home, ['day', '2025-10-01']),
      cli(home, ['schedule', 'list']),
      cli(home, ['schedule', 'add', CN_2027]),
      cli(home, ['due', HK_POLICY, '2025-09-26']),
    ]);
    for (const run of runs) {
      expect(run.status).toBe(1);
      const match = message.exec(run.stderr.trimEnd());
      expect(match, run.stderr).not.toBeNull();
      expect(match![1]).toBe(join(home, 'schedules', name));
    }
    expect(existsSync(join(home, 'schedules', 'CN-2027.json'))).toBe(false);
  });

  it('leaves out dot-files and the store\'s own temporary files', async () => {
    const home = freshHome();
    mkdirSync(join(home, 'schedules'));
    writeFileSync(join(home, 'schedules', '.DS_Store'), 'x');
    writeFileSync(join(home, 'schedules', '.CN-2027.json.4242.lmn0pq.tmp'), '[{"year": 20');
    expect((await cli(home, ['schedule', 'add', CN_2027])).status).toBe(0);
    const list = await cli(home, ['schedule', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('CN covers 2004–2027 (bundled 2004–2026; stored 2027).');
  });
});

describe('a schedule file that begins with a UTF-8 byte order mark', () => {
  // Windows editors often save JSON with a BOM; batch input with one was read, schedule files were refused.
  const BOM = '\uFEFF';

  it('is read by --schedule, schedule add (file and stdin) and the store, as the file without it', async () => {
    const home = freshHome();
    const dir = freshHome();
    const plain = readFileSync(CN_2027, 'utf8');
    const withBom = writeFile(dir, 'cn-2027-bom.json', BOM + plain);
    const args = ['count', '2027-01-01', '2027-12-31'];
    const expected = await cli(home, [...args, '--schedule', CN_2027]);
    expect(expected.status).toBe(0);
    const viaOption = await cli(home, [...args, '--schedule', withBom]);
    expect(viaOption.stderr).toBe('');
    expect(viaOption.stdout).toBe(expected.stdout);

    expect((await cli(home, ['schedule', 'add', withBom])).status).toBe(0);
    expect((await cli(home, args)).stdout).toBe(expected.stdout);

    const stdinHome = freshHome();
    const viaStdin = await cli(stdinHome, ['schedule', 'add', '-'], BOM + plain);
    expect(viaStdin.stderr).not.toMatch(/not valid JSON/);
    expect(viaStdin.status).toBe(0);
    expect((await cli(stdinHome, args)).stdout).toBe(expected.stdout);

    // A stored file edited by hand and saved with a BOM.
    const stored = join(home, 'schedules', 'CN-2027.json');
    writeFileSync(stored, BOM + readFileSync(stored, 'utf8'));
    const fromStore = await cli(home, args);
    expect(fromStore.stderr).toBe('');
    expect(fromStore.stdout).toBe(expected.stdout);
  });
});
