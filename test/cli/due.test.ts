import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPolicy, listPolicies } from '../../src/index.js';
import { referenceAdd, referenceCount } from '../support/referenceCalendar.js';
import { runCli } from './support/runCli.js';

// IND (60 working days) accepted Friday 26 Sep 2025 = day 0. By hand on the 2025/2026 notices:
// - no stop: the 60th working day is Thursday 25 Dec 2025;
// - stop 20 Oct..3 Nov: the IND does not count the day its clock stops, so the working days 20–24, 27–31 Oct and
//   3 Nov (11) are not counted, and the due date moves 11 working days: 26, 29, 30, 31 Dec, Sun 4 Jan (make-up day;
//   1–3 Jan off), 5–9 Jan, Mon 12 Jan → Monday 12 Jan 2026 (with --stop-day counted, 20 Oct counts: 10, Fri 9 Jan);
// - as of Thu 20 Nov: counted 11 days before 20 Oct (Sun 28 Sep, 29, 30 Sep, 9, 10, Sat 11, 13–17 Oct) and 13 after
//   the stop (4–7, 10–14, 17–20 Nov): 24 used, 36 left.
const IND = 'cn.nmpa.drug.ind';

describe('reviewclock due', () => {
  it('prints the due date first, then the explanation', async () => {
    const run = await runCli(['due', IND, '2025-09-26']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const [first, blank, title, ...rest] = run.stdout.split('\n');
    expect(first).toBe('2025-12-25  Thursday, 25 December 2025');
    expect(blank).toBe('');
    expect(title).toMatch(/^cn\.nmpa\.drug\.ind: /);
    expect(rest.join('\n')).toContain('2025-12-25');
    expect(run.stdout).toMatch(/implied approval/i);
  });

  it('moves the due date past a clock stop, and reports where it stands as of a date', async () => {
    const run = await runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..2025-11-03', '--as-of', '2025-11-20', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      kind: 'deadline',
      start: '2025-09-26',
      due: '2026-01-12',
      stoppedDays: 11,
      status: 'running',
      elapsedDays: 24,
      remainingDays: 36,
      provisional: false,
    });
    // The same, from the naive reference: 60 + the working days the stop took out, 20 Oct to 3 Nov both included
    // (referenceCount counts after its first date: from Sun 19 Oct).
    expect(result.due).toBe(referenceAdd('2025-09-26', 60 + referenceCount('2025-10-19', '2025-11-03')));
  });

  it('writes the date and the explanation in Chinese with --lang zh', async () => {
    const run = await runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..2025-11-03', '--lang', 'zh']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2026-01-12  2026年1月12日 星期一');
    expect(run.stdout).toContain('届满日');
  });

  it('has no due date while a stop is open', async () => {
    const [text, json] = await Promise.all([
      runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..']),
      runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..', '--json']),
    ]);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('No due date yet: the clock is stopped since 2025-10-20');
    expect(JSON.parse(json.stdout)).toMatchObject({ due: null, status: 'stopped' });
  });

  it('applies a named stop reason: a sponsor supplement extends an NDA by 1/3, rounded up', async () => {
    // 200 working days + ceil(200 / 3) = 267 (DRR Art. 87; the catalog rounds up). The stop day, Mon 16 Jun, is not
    // counted either: the working days 16 Jun to 1 Sep, both included (from Sun 15 Jun for referenceCount), are
    // added. That is one more than with the stop day counted (Thu 18 Jun 2026): Fri 19 Jun is the Dragon Boat
    // Festival, so Mon 22 Jun 2026.
    const run = await runCli(['due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..2025-09-01:sponsor-supplement', '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.limit).toEqual({ amount: 267, unit: 'working-days' });
    expect(result.due).toBe('2026-06-22');
    expect(result.due).toBe(referenceAdd('2025-03-03', 267 + referenceCount('2025-06-15', '2025-09-01')));
  });

  it('counts the stop day or not with --stop-day; the NDA does not by default', async () => {
    const args = ['due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..2025-08-29:sponsor-supplement', '--json'];
    const [byDefault, counted] = await Promise.all([runCli(args), runCli([...args, '--stop-day', 'counted'])]);
    expect(counted.status).toBe(0);
    expect(JSON.parse(counted.stdout).due).toBe('2026-06-17');
    // Mon 16 Jun left out too: one more working day, Thu 18 Jun 2026.
    expect(byDefault.status).toBe(0);
    expect(JSON.parse(byDefault.stdout).due).toBe('2026-06-18');
  });

  it('refuses a stop reason the policy does not name, with the nearest one, exit 1', async () => {
    const run = await runCli(['due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..2025-08-29:sponsor-suplement']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^reviewclock: --stop number 1: "sponsor-suplement" is not a stop reason of policy "cn\.nmpa\.drug\.nda"; did you mean :sponsor-supplement\? /);
    expect(run.stderr).toContain('`reviewclock policy cn.nmpa.drug.nda`');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    // The second --stop is named as such, and a rule without reasons says to leave :reason out.
    const second = await runCli(['due', 'cn.nmpa.device.ide', '2025-03-03', '--stop', '2025-03-10..2025-03-12', '--stop', '2025-04-01..2025-04-02:supplement']);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('--stop number 2: "supplement" is not a stop reason of policy "cn.nmpa.device.ide"; it names no stop reasons, so leave :reason out');
  });

  it('starts a device IDE on the later of its --event dates', async () => {
    // Day 0 is the fee payment, Tue 10 Mar 2026. By hand: Mar 11–31 = 15, Apr (4–6 off) 21 → 36, May (1–5 off,
    // Sat 9 worked) 19 → 55, Jun 1–5 → 60: Friday 5 Jun 2026.
    const run = await runCli(['due', 'cn.nmpa.device.ide', '--event', 'acceptance=2026-03-02', '--event', 'fee-payment=2026-03-10']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout.split('\n')[0]).toBe('2026-06-05  Friday, 5 June 2026');
  });

  it('refuses --event dates that do not fit the policy, in terms of --event and START', async () => {
    const missing = await runCli(['due', 'cn.nmpa.device.ide', '--event', 'acceptance=2026-03-02']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--event fee-payment=DATE is missing');
    const notLatest = await runCli(['due', 'cn.nmpa.device.ide', '2026-03-02', '--event', 'acceptance=2026-03-02', '--event', 'fee-payment=2026-03-10']);
    expect(notLatest.stderr).toContain('START 2026-03-02 is not the latest --event date (2026-03-10)');
    const oneEvent = await runCli(['due', 'cn.nmpa.drug.nda', '--event', 'acceptance=2026-03-02']);
    expect(oneEvent.stderr).toContain('give START, not --event');
    const malformed = await runCli(['due', 'cn.nmpa.device.ide', '--event', 'acceptance']);
    expect(malformed).toMatchObject({ status: 1 });
    expect(malformed.stderr).toContain('expected EVENT=YYYY-MM-DD');
  });

  it('loads the Hong Kong calendar itself for a policy counted on it', async () => {
    const limit = getPolicy('hk.dh.drug.nce-1plus').limit.amount;
    const [run, add] = await Promise.all([
      runCli(['due', 'hk.dh.drug.nce-1plus', '2025-09-26', '--json']),
      runCli(['add', '2025-09-26', String(limit), '--calendar', 'HK', '--json']),
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.calendar).toBe('HK');
    // The same day as counting the limit on the Hong Kong calendar from day 0.
    expect(result.due).toBe(JSON.parse(add.stdout).date);
  });

  it('keeps the Hong Kong calendar of a Hong Kong policy with --project or --schedule (no calendar_required)', async () => {
    const hk2027 = new URL('./fixtures/hk-2027-invented.json', import.meta.url).pathname; // invented test data
    const [projected, scheduled, plain] = await Promise.all([
      runCli(['due', 'hk.dh.drug.nce-1plus', '2026-03-02', '--project', '--json']),
      runCli(['due', 'hk.dh.drug.nce-1plus', '2026-03-02', '--schedule', hk2027, '--json']),
      runCli(['due', 'hk.dh.drug.nce-1plus', '2026-03-02', '--json']),
    ]);
    for (const run of [projected, scheduled]) {
      expect(run).toMatchObject({ status: 0, stderr: '' });
      // Due within 2026, so the same day as on the bundled HK calendar.
      expect(JSON.parse(run.stdout)).toMatchObject({ calendar: 'HK', due: JSON.parse(plain.stdout).due });
    }
  });

  it('counts a year added with --schedule', async () => {
    const fixture = new URL('./fixtures/cn-2027-hypothetical.json', import.meta.url).pathname;
    const [without, withSchedule] = await Promise.all([
      runCli(['due', IND, '2026-11-02']),
      runCli(['due', IND, '2026-11-02', '--schedule', fixture, '--json']),
    ]);
    // Without it: counted on the projection, labelled, with the command that makes it exact; exit 3.
    expect(without).toMatchObject({ status: 3, stderr: '' });
    expect(without.stdout).toMatch(/^2027-\d\d-\d\d  .* \(provisional/);
    expect(without.stdout).toContain('Provisional due date: ');
    expect(without.stdout).toContain('reviewclock schedule add notice-2027.txt');
    // 2 Nov 2026 (Mon) + 60: Nov has 21 working days after the 2nd (3–30 Nov: 20) … counted on the calendar with
    // the fixture's 1–3 Jan off; checked against the library on the same calendar.
    expect(withSchedule.status).toBe(0);
    expect(JSON.parse(withSchedule.stdout).due).toMatch(/^2027-01-/);
  });

  it.each([
    [['due', 'cn.nmpa.drug.idn', '2025-09-26'], 1, /^reviewclock: due: unknown policy id "cn\.nmpa\.drug\.idn"; did you mean "cn\.nmpa\.drug\.ind"/],
    [['due', IND, '2025-09-31'], 1, /^reviewclock: due.*invalid date "2025-09-31"/],
    [['due', IND, '2025-09-26', '--stop', '2025-09-01..2025-09-10'], 1, /^reviewclock: due: .*before the start/],
    [['due', IND, '2025-09-26', '--stop', '2025-10-20'], 1, /^reviewclock: --stop: invalid stop "2025-10-20", expected FROM\.\.TO or FROM\.\./],
    [['due', IND, '2025-09-26', '--extension', 'ten'], 1, /^reviewclock: due: invalid --extension "ten"/],
    [['due', IND, '2025-09-26', '--json', '--ics'], 2, /^reviewclock: option '--json' cannot be used with option '--ics'/],
    [['due', IND, '2025-09-26', '--title', 'ABC-123'], 2, /^reviewclock: option '--title <text>' can only be used with option '--ics'/],
    [['due', IND, '2025-09-26', '--json', '--id', 'ABC-123'], 2, /^reviewclock: option '--id <id>' can only be used with option '--ics'/],
    [['due', IND, '2025-09-26', '--remind', '5'], 2, /^reviewclock: option '--remind <days>' can only be used with option '--ics'/],
    [['due', IND, '2025-09-26', '--ics', '--remind', 'five'], 1, /^reviewclock: due: invalid --remind "five", expected a whole number of working days before the due date, such as 5/],
    [['due', IND, '2025-09-26', '--ics', '--remind', '-1'], 1, /^reviewclock: due: invalid --remind "-1", expected a whole number/],
    [['due', IND, '2025-09-26', '--ics', '--remind', '1.5'], 1, /^reviewclock: due: invalid --remind "1\.5", expected a whole number/],
    [['due', IND, '2025-09-26', '--ics', '--remind', ''], 1, /^reviewclock: due: invalid --remind "", expected a whole number/],
    [['due', IND, '2025-09-26', '--ics', '--remind', '99999999999999999999'], 1, /^reviewclock: due: invalid --remind "99999999999999999999"/],
    [['due', IND, '2025-09-26', '--ics', '--remind', '5', '--remind', '05'], 1, /^reviewclock: due: --remind 5 is given twice; give each reminder once/],
    [['due', IND, '2025-09-26', '--ics', '--remind', '9999'], 1, /^reviewclock: due: the 9999th working day before 2025-12-25 lies outside the CN calendar/],
    [['due', IND, '2025-09-26', '--ics', '--title', ''], 1, /^reviewclock: due: invalid --title "": it is empty; expected one line of text such as --title "ABC-123 IND"/],
    [['due', IND, '2025-09-26', '--ics', '--title', 'ABC\nIND'], 1, /^reviewclock: due: invalid --title "ABC\\nIND": it holds a control character/],
    [['due', IND, '2025-09-26', '--ics', '--id', ' ABC'], 1, /^reviewclock: due: invalid --id " ABC": it begins or ends with a space; expected one line of text such as --id ABC-123/],
    [['due', IND], 2, /^reviewclock: missing required argument 'start'/],
    [['due', 'cn.nmpa.device.ide'], 2, /^reviewclock: missing required argument 'start'/],
  ])('%j exits %i with one line', async (args, status, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('reviewclock policies and policy', () => {
  it('lists the catalog, one line per policy, with its limit', async () => {
    const run = await runCli(['policies']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const ids = lines.slice(0, -1).map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(listPolicies().map((p) => p.id));
    expect(lines.find((line) => line.startsWith('cn.nmpa.drug.ind ')) ?? '').toMatch(/\s60 working days\s/);
    expect(lines.at(-1)).toBe(`${ids.length} policies. \`reviewclock policy <id>\` shows one in full.`);
  });

  it('searches with words, all of which must match', async () => {
    const run = await runCli(['policies', 'nda', 'priority', '--json']);
    const ids = JSON.parse(run.stdout).map((p: { id: string }) => p.id);
    expect(ids).toContain('cn.nmpa.drug.nda.priority');
    expect(ids).not.toContain('cn.nmpa.drug.nda');
    expect(ids).not.toContain(IND);
  });

  it('says so when nothing matches', async () => {
    const run = await runCli(['policies', 'no-such-word-anywhere']);
    expect(run).toMatchObject({ status: 0, stdout: 'No policy matches. Run `reviewclock policies` for the whole list.\n' });
  });

  it('shows every field of a policy and its source', async () => {
    const run = await runCli(['policy', IND]);
    expect(run.status).toBe(0);
    const policy = getPolicy(IND);
    expect(run.stdout.split('\n')[0]).toBe(IND);
    for (const text of [policy.title.en, policy.title.zh, policy.source.document.en, policy.source.article, policy.confidence]) {
      expect(run.stdout).toContain(text);
    }
    expect(run.stdout).toMatch(/^Limit\s+60 working days$/m);
    expect(run.stdout).toMatch(/^At expiry\s+implied-approval$/m);
  });

  it('prints the policy object with --json', async () => {
    const run = await runCli(['policy', 'cn.nmpa.drug.nda.priority', '--json']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(getPolicy('cn.nmpa.drug.nda.priority'))));
  });

  it('refuses an unknown id with a suggestion, exit 1', async () => {
    const run = await runCli(['policy', 'cn.nmpa.drug.nda.priorty']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^reviewclock: policy: unknown policy id "cn\.nmpa\.drug\.nda\.priorty"; did you mean "cn\.nmpa\.drug\.nda\.priority"/);
  });
});

describe('reviewclock calendar with a deadline', () => {
  it('marks the start, the counted days, the stop and the due date, from the start month to the due month', async () => {
    const run = await runCli(['calendar', '--policy', IND, '--start', '2025-09-26', '--stop', '2025-10-20..2025-11-03']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const titles = run.stdout.split('\n').filter((line) => /^\s+[A-Z][a-z]+ 20\d\d$/.test(line)).map((line) => line.trim());
    expect(titles).toEqual(['September 2025', 'October 2025', 'November 2025', 'December 2025', 'January 2026']);
    const cells = (month: string) => {
      const start = run.stdout.indexOf(month);
      return run.stdout.slice(start, run.stdout.indexOf('\n\n', start));
    };
    expect(cells('September 2025')).toContain('26 >'); // day 0
    expect(cells('September 2025')).toContain('28w+'); // a make-up Sunday, counted
    expect(cells('October 2025')).toContain(' 1h '); // National Day: rest, not counted
    expect(cells('October 2025')).toMatch(/^20 = +21 =/m); // the IND does not count the stop day: 20 Oct is stopped
    expect(cells('November 2025')).toMatch(/ 3 = +4 \+/); // the last stopped day, then counting resumes
    expect(cells('January 2026')).toContain('12 !'); // due
    // 60 counted working days (the due date among them) and 11 stopped.
    expect(run.stdout).toContain('cn.nmpa.drug.ind: start (>) 2025-09-26, due (!) 2026-01-12; 60 days counted (+), 11 working days stopped (=)');
  });

  it('marks only the months asked for', async () => {
    const run = await runCli(['calendar', '2025-12', '--policy', IND, '--start', '2025-09-26']);
    expect(run.stdout).toContain('25 !');
    expect(run.stdout).not.toContain('November 2025');
  });
});

describe('reviewclock ics', () => {
  function checkStructure(ics: string) {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends in CRLF
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').length - 1;
    expect(unfolded.split('END:VEVENT').length - 1).toBe(events);
    const uids = unfolded.match(/^UID:.*$/gm) ?? [];
    expect(uids).toHaveLength(events);
    expect(new Set(uids).size).toBe(events);
    expect(unfolded.match(/^DTSTART;VALUE=DATE:\d{8}$/gm)).toHaveLength(events);
    return unfolded;
  }

  it("writes a year's rest days and make-up working days as RFC 5545 all-day events", async () => {
    const run = await runCli(['ics', '2026']);
    expect(run.status).toBe(0);
    const unfolded = checkStructure(run.stdout);
    // 2026 notice: National Day 1–7 Oct off (DTEND is exclusive: 8 Oct).
    expect(unfolded).toMatch(/DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008/);
    expect(new Set(unfolded.match(/^SEQUENCE:.*$/gm))).toEqual(new Set(['SEQUENCE:1'])); // published days
  });

  it('writes Hong Kong general holidays with --calendar HK', async () => {
    const run = await runCli(['ics', '2025', '--calendar', 'HK']);
    const unfolded = checkStructure(run.stdout);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20251225');
  });

  it("writes a deadline's milestones with due --ics: the start, the stop and the due date", async () => {
    const run = await runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..2025-11-03', '--ics']);
    expect(run.status).toBe(0);
    const unfolded = checkStructure(run.stdout);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20250926'); // day 0
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20251020'); // the stop
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260112'); // due, as derived above
    // The revision: the stop and its resume date are 2 facts, so SEQUENCE 2 × 2 + 1 (an exact answer); DTSTAMP the
    // latest of them, the resume day.
    expect(unfolded.match(/^SEQUENCE:.*$/gm)).toEqual(Array(3).fill('SEQUENCE:5'));
    expect(unfolded.match(/^DTSTAMP:.*$/gm)).toEqual(Array(3).fill('DTSTAMP:20251103T000000Z'));
  });

  it('names the application with --title, keeps its UIDs apart with --id and adds reminders with --remind', async () => {
    const base = ['due', IND, '2025-09-26', '--ics'];
    const [plain, titled, renamed, other] = await Promise.all([
      runCli(base),
      runCli([...base, '--title', 'ABC-123 IND', '--id', 'ABC-123', '--remind', '10', '--remind', '2']),
      runCli([...base, '--title', 'ABC-123 IND (renamed)', '--id', 'ABC-123']),
      runCli([...base, '--id', 'ABC-124']),
    ]);
    expect(titled).toMatchObject({ status: 0, stderr: '' });
    const unfolded = checkStructure(titled.stdout);
    expect(unfolded.match(/^SUMMARY:.*$/gm)).toEqual([
      'SUMMARY:ABC-123 IND — Day 0: cn.nmpa.drug.ind — Acceptance of the IND (the date on the acceptance notice)',
      'SUMMARY:ABC-123 IND — Due: cn.nmpa.drug.ind — 60 working days (implied approval)',
    ]);
    // Due Thu 25 Dec 2025 (above). 10 working days before: 24, 23, 22, 19, 18, 17, 16, 15, 12, 11 Dec → Thu 11 Dec;
    // 2 before: Tue 23 Dec. At 09:00 in China, 01:00 UTC.
    expect(unfolded.match(/^TRIGGER.*$/gm)).toEqual(['TRIGGER;VALUE=DATE-TIME:20251211T010000Z', 'TRIGGER;VALUE=DATE-TIME:20251223T010000Z']);
    const uids = (run: { stdout: string }) => run.stdout.replace(/\r\n /g, '').match(/^UID:.*$/gm);
    expect(uids(renamed)).toEqual(uids(titled)); // the title is not part of the UIDs
    expect(new Set([...uids(titled)!, ...uids(other)!, ...uids(plain)!]).size).toBe(6); // the id is
  });

  it('shows in the README the real title and reminder lines of its --remind example', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const match = /^\$ reviewclock (due .* --remind 5) > \S+\.ics\n[\s\S]*?```text\n([\s\S]*?)```/m.exec(readme);
    expect(match).not.toBeNull();
    const run = await runCli(match![1]!.split(' '));
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/\r\n /g, '').split('\r\n');
    const shown = match![2]!.trimEnd().split('\n');
    expect(shown).toHaveLength(2);
    for (const line of shown) expect(lines).toContain(line);
  });

  it('counts the reminders of a Hong Kong deadline on the Hong Kong calendar it was counted on', async () => {
    const run = await runCli(['due', 'hk.dh.pcm.innovative', '2026-03-02', '--ics', '--remind', '0']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const unfolded = checkStructure(run.stdout);
    const due = /CATEGORIES:Deadline,Due[\s\S]*?TRIGGER;VALUE=DATE-TIME:(\d{8})T010000Z/.exec(unfolded);
    // 0 working days: on the due date itself.
    expect(due).not.toBeNull();
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${due![1]}\r\nDTEND`);
  });

  it('writes no reminder while the clock is stopped, and says so on stderr', async () => {
    const run = await runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..', '--ics', '--remind', '5']);
    expect(run.status).toBe(0);
    expect(checkStructure(run.stdout)).not.toContain('BEGIN:VALARM');
    expect(run.stderr).toBe('reviewclock: due: no due date yet (the clock is stopped since 2025-10-20), so --remind added no reminder; export again once the clock resumes\n');
  });

  it('refuses a bad year (exit 1) and a year outside the calendar (exit 1)', async () => {
    const [bad, outside] = await Promise.all([runCli(['ics', '26']), runCli(['ics', '2030'])]);
    expect(bad).toMatchObject({ status: 1, stderr: 'reviewclock: ics: invalid year "26", expected a year YYYY such as 2026\n' });
    expect(outside.status).toBe(1);
    expect(outside.stderr).toMatch(/^reviewclock: ics: .*2030/);
  });
});
