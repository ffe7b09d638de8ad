import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { referenceAdd, referenceCount } from '../support/referenceCalendar.js';
import { CLI, runCli } from './support/runCli.js';

// Expected due dates come from the naive day-by-day reference calendar: an IND (60 working days) accepted on
// day 0 is due on the 60th working day after it. With `--stop-day counted`, a plain clock stop FROM..TO adds the
// working days x with FROM < x <= TO that it took out; the tests about something else (CSV, CRLF, threads, order)
// pass that flag. The IND's own reading (the default) does not count the stop day: FROM <= x <= TO, so a stop
// beginning on a working day adds one more.
const IND = 'cn.nmpa.drug.ind';
const START = '2025-09-26';
const DUE = referenceAdd(START, 60)!; // 2025-12-25
const STOP = { from: '2025-10-20', to: '2025-11-03' };
const DUE_WITH_STOP = referenceAdd(START, 60 + referenceCount(STOP.from, STOP.to))!; // 2026-01-09, with --stop-day counted
// By default Mon 20 Oct is left out too: one more working day after Fri 9 Jan → Mon 12 Jan 2026.
const DUE_WITH_STOP_DEFAULT = referenceAdd(DUE_WITH_STOP, 1)!;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON results, read field by field
function rows(stdout: string): any[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const row = (fields: Record<string, unknown>) => JSON.stringify({ policy: IND, start: START, ...fields });

describe('reviewclock batch, NDJSON', () => {
  it('writes one result per row, in order, with the line number, id, policy and start', async () => {
    const input = `${row({ id: 'A' })}\n${row({ id: 'B', stops: [STOP] })}\n${row({ id: 3, stops: [{ from: STOP.from }] })}\n`;
    const run = await runCli(['batch'], { input });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const [a, b, c] = rows(run.stdout);
    expect(a).toMatchObject({ line: 1, id: 'A', policy: IND, start: START, due: DUE });
    expect(b).toMatchObject({ line: 2, id: 'B', due: DUE_WITH_STOP_DEFAULT });
    expect(DUE_WITH_STOP_DEFAULT).toBe('2026-01-12');
    // An open stop: the clock is stopped, there is no due date yet.
    expect(c).toMatchObject({ line: 3, id: 3, due: null, status: 'stopped' });
    expect(rows(run.stdout)).toHaveLength(3);
  });

  it('writes nothing and exits 0 for an empty input', async () => {
    const run = await runCli(['batch'], { input: '' });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('reads a last line without a newline', async () => {
    const run = await runCli(['batch'], { input: `${row({ id: 1 })}\n${row({ id: 2 })}` });
    expect(rows(run.stdout).map((r) => [r.line, r.id, r.due])).toEqual([
      [1, 1, DUE],
      [2, 2, DUE],
    ]);
  });

  it('reads CRLF line endings', async () => {
    const run = await runCli(['batch', '--stop-day', 'counted'], { input: `${row({ id: 1 })}\r\n${row({ id: 2, stops: [STOP] })}\r\n` });
    expect(run.status).toBe(0);
    expect(rows(run.stdout).map((r) => r.due)).toEqual([DUE, DUE_WITH_STOP]);
  });

  it('skips blank lines, which are not rows, and keeps the line numbers of the input', async () => {
    const run = await runCli(['batch'], { input: `\n${row({ id: 1 })}\n   \n\t\r\n${row({ id: 2 })}\n\n` });
    expect(run.status).toBe(0);
    expect(rows(run.stdout).map((r) => [r.line, r.id])).toEqual([
      [2, 1],
      [5, 2],
    ]);
  });

  it('gives a bad row its own error and goes on; exit 1 after every row is written', async () => {
    const lines = [
      row({ id: 1 }),
      row({ id: 2, start: '2025-02-30' }),
      'not json at all',
      '[1, 2]',
      row({ id: 5, policy: 'cn.nmpa.drug.idn' }),
      row({ id: 6, stops: [{ from: '2025-09-01', to: '2025-09-10' }] }),
      row({ id: 7 }),
    ];
    const run = await runCli(['batch'], { input: `${lines.join('\n')}\n` });
    expect(run.status).toBe(1);
    const results = rows(run.stdout);
    expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results[0]).toMatchObject({ id: 1, due: DUE });
    expect(results[1]).toMatchObject({ id: 2, error: { code: 'invalid_date' } });
    expect(results[1]!.error.message).toContain('"2025-02-30"');
    expect(results[2]).toMatchObject({ error: { code: 'invalid_json' } });
    expect(results[3]).toMatchObject({ error: { code: 'invalid_row' } });
    expect(results[4]).toMatchObject({ id: 5, error: { code: 'unknown_policy' } });
    expect(results[4]!.error.message).toContain('cn.nmpa.drug.ind');
    expect(results[5]).toMatchObject({ id: 6, error: { code: 'inconsistent_input' } });
    expect(results[6]).toMatchObject({ id: 7, due: DUE });
    for (const failed of results.slice(1, 6)) expect(failed).not.toHaveProperty('due');
    expect(run.stderr).toMatch(/^reviewclock: batch: 5 of 7 rows failed; first at line 2: /);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('gives a row with a misspelt stop reason its own error, unknown_stop_reason, and goes on', async () => {
    const misspelt = { from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-suplement' };
    const input = `${row({ id: 1 })}\n${row({ id: 2, policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [misspelt] })}\n${row({ id: 3 })}\n`;
    const run = await runCli(['batch'], { input });
    expect(run.status).toBe(1);
    const [first, second, third] = rows(run.stdout);
    expect(first).toMatchObject({ line: 1, id: 1, due: DUE });
    expect(second).toMatchObject({ line: 2, id: 2, error: { code: 'unknown_stop_reason' } });
    expect(second.error.message).toContain('"sponsor-supplement"');
    expect(second).not.toHaveProperty('due');
    expect(third).toMatchObject({ line: 3, id: 3, due: DUE });
    expect(run.stderr).toMatch(/^reviewclock: batch: 1 of 3 rows failed; first at line 2: /);
  });

  it('neutralises spreadsheet formulas in CSV output cells (OWASP), keeping numbers as they are', async () => {
    const input = 'id,policy,start\n"=HYPERLINK(""http://x"",""y"")",cn.nmpa.drug.ind,2025-09-26\n@SUM(1),cn.nmpa.drug.ind,2025-09-26\nIND-1,cn.nmpa.drug.ind,2025-09-26\n';
    const run = await runCli(['batch', '--format', 'csv', '--as-of', '2026-01-05'], { input });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/x"",""y""\)",/);
    expect(lines[2]).toMatch(/^3,'@SUM\(1\),/);
    expect(lines[3]).toMatch(/^4,IND-1,/);
    // remainingDays on 2026-01-05, 6 working days after the due date 2025-12-25: a number, not neutralised.
    expect(lines[3]!.split(',')[lines[0]!.split(',').indexOf('remainingDays')]).toBe('-6');
    // NDJSON output is not a spreadsheet format: the id stays as given.
    const ndjson = await runCli(['batch', '--format', 'csv', '--output', 'ndjson'], { input });
    expect(rows(ndjson.stdout)[0]).toMatchObject({ id: '=HYPERLINK("http://x","y")' });
  });

  it('refuses "asOf": "" whatever row came before (it once shared the memo key of a row without asOf)', async () => {
    const plain = JSON.stringify({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' });
    const empty = JSON.stringify({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', asOf: '' });
    for (const input of [`${plain}\n${empty}\n`, `${empty}\n${plain}\n`]) {
      const results = rows((await runCli(['batch'], { input })).stdout);
      const failed = results.find((r) => r.line === (input.startsWith(plain) ? 2 : 1));
      expect(failed).toMatchObject({ error: { code: 'invalid_date' } });
      expect(results.filter((r) => r.error === undefined)).toHaveLength(1);
    }
  });

  it('takes a row’s startEvents and stopDayCounts, and names its warnings (NDJSON array, CSV column)', async () => {
    const nda = { policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] };
    const lines = [
      // From Tue 03-10: Mar 11–31 = 15, Apr (4–6 off) 21 → 36, May (1–5 off, Sat 9 worked) 19 → 55, Jun 1–5 → 60.
      JSON.stringify({ id: 'T1', policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' } }),
      JSON.stringify({ id: 'T2', policy: 'cn.nmpa.device.ide', start: '2026-03-02' }),
      // The audit's NDA: 2026-06-18 with the notice day not counted (the policy's reading), 2026-06-17 when it counts.
      JSON.stringify({ id: 'N1', ...nda }),
      JSON.stringify({ id: 'N2', ...nda, stopDayCounts: true }),
    ];
    const run = await runCli(['batch'], { input: `${lines.join('\n')}\n` });
    expect(run.status).toBe(0);
    const [t1, t2, n1, n2] = rows(run.stdout);
    expect(t1).toMatchObject({ id: 'T1', start: '2026-03-10', due: '2026-06-05' });
    expect(t1).not.toHaveProperty('warnings');
    expect(t2).toMatchObject({ id: 'T2', due: '2026-05-28', warnings: ['start-is-later-of'] });
    expect([n1!.due, n2!.due]).toEqual(['2026-06-18', '2026-06-17']);
    const counted = await runCli(['batch', '--stop-day', 'counted'], { input: `${lines[2]}\n` });
    expect(rows(counted.stdout)[0]).toMatchObject({ due: '2026-06-17' });
    const csv = await runCli(['batch', '--format', 'csv'], {
      input: 'id,policy,start,stops\nA,cn.nmpa.device.class3.review,2025-05-06,2025-07-01..2025-09-15\n',
    });
    const [header, first] = csv.stdout.trimEnd().split('\n');
    const cells = first!.split(',');
    expect(cells[header!.split(',').indexOf('warnings')]).toBe('stop-without-reason');
  });

  it('reports status and days as of --as-of, and a row\'s own asOf wins', async () => {
    const input = `${row({ id: 1 })}\n${row({ id: 2, asOf: '2026-01-05' })}\n`;
    const run = await runCli(['batch', '--as-of', '2025-11-20'], { input });
    const [first, second] = rows(run.stdout);
    // (26 Sep, 20 Nov]: 30 Sep–… the reference counts them; the clock is still running.
    expect(first).toMatchObject({ due: DUE, status: 'running', asOf: '2025-11-20' });
    expect(second).toMatchObject({ due: DUE, status: 'overdue', asOf: '2026-01-05' });
  });

  it('refuses a bad --as-of once, before reading any row, with exit 1', async () => {
    const run = await runCli(['batch', '--as-of', '2025-13-01'], { input: `${row({ id: 1 })}\n` });
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toBe('reviewclock: batch --as-of: invalid date "2025-13-01", expected a calendar date as YYYY-MM-DD, e.g. "2025-09-26"\n');
  });

  it('reads a file argument, and refuses a missing file with exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-batch-'));
    const file = join(dir, 'applications.ndjson');
    writeFileSync(file, `${row({ id: 'f' })}\n`);
    const [ok, missing] = await Promise.all([runCli(['batch', file]), runCli(['batch', join(dir, 'nope.ndjson')])]);
    expect(rows(ok.stdout)).toMatchObject([{ id: 'f', due: DUE }]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`reviewclock: batch: cannot read ${JSON.stringify(join(dir, 'nope.ndjson'))}: no such file\n`);
  });

  it('streams a very large input in order (200,000 rows)', async () => {
    // Four kinds of rows in turn: plain, with a stop, another start, a bad date.
    const starts = ['2024-03-01', '2023-06-15', '2025-01-20'];
    const kinds = [
      { text: (i: number) => `{"id":${i},"policy":"${IND}","start":"${starts[0]}"}`, due: referenceAdd(starts[0]!, 60) },
      {
        text: (i: number) => `{"id":${i},"policy":"${IND}","start":"${starts[1]}","stops":[{"from":"2023-07-03","to":"2023-07-31"}]}`,
        due: referenceAdd(starts[1]!, 60 + referenceCount('2023-07-03', '2023-07-31')),
      },
      { text: (i: number) => `{"id":${i},"policy":"${IND}","start":"${starts[2]}"}`, due: referenceAdd(starts[2]!, 60) },
      { text: (i: number) => `{"id":${i},"policy":"${IND}","start":"2025-13-01"}`, due: undefined },
    ];
    const count = 200_000;
    const input = Array.from({ length: count }, (_, i) => kinds[i % 4]!.text(i)).join('\n');
    const run = await runCli(['batch', '--stop-day', 'counted'], { input });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(count);
    for (let i = 0; i < count; i += 997) {
      const result = JSON.parse(lines[i]!);
      expect(result.line).toBe(i + 1);
      expect(result.id).toBe(i);
      if (i % 4 === 3) expect(result.error.code).toBe('invalid_date');
      else expect(result.due).toBe(kinds[i % 4]!.due);
    }
    expect(JSON.parse(lines[count - 1]!)).toMatchObject({ line: count, id: count - 1 });
    expect(run.stderr).toMatch(/^reviewclock: batch: 50000 of 200000 rows failed; first at line 4: /);
  }, 20_000);
});

describe('reviewclock batch, CSV', () => {
  it('reads a header and quoted fields, and writes CSV back', async () => {
    const input = [
      'id,policy,start,stops,product',
      `A-1,${IND},${START},,"Tablets, 10 mg"`,
      `"A ""2""",${IND},${START},"${STOP.from}..${STOP.to}","multi`,
      `line"`,
      `A-3,${IND},2025-02-30,,x`,
    ].join('\r\n');
    const run = await runCli(['batch', '--format', 'csv', '--stop-day', 'counted'], { input });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^line,id,policy,start,due,dueRange\.earliest,dueRange\.latest,status,asOf,limit\.amount,limit\.unit,.*,remainingDays,remainingOnResume,.*,error_code,error_message,stops,product$/,
    );
    const header = lines[0]!.split(',');
    const cell = (line: string, name: string) => line.split(',')[header.indexOf(name)];
    // The input's own columns come back cell by cell, the quoted line break included (row 2 takes two lines).
    expect(lines).toHaveLength(5);
    expect(lines[1]!.startsWith(`2,A-1,${IND},${START},${DUE},`)).toBe(true);
    expect(lines[1]!.endsWith(',,"Tablets, 10 mg"')).toBe(true);
    expect(lines[2]!.startsWith(`3,"A ""2""",${IND},${START},${DUE_WITH_STOP},`)).toBe(true);
    expect(lines[2]!.endsWith(`,${STOP.from}..${STOP.to},"multi`)).toBe(true);
    expect(lines[3]).toBe('line"');
    expect(lines[4]!.startsWith(`5,A-3,${IND},2025-02-30,`)).toBe(true);
    expect(cell(lines[4]!, 'error_code')).toBe('invalid_date');
    expect(lines[4]!.endsWith(',,x')).toBe(true);
  });

  it('can write NDJSON from CSV with --output', async () => {
    const run = await runCli(['batch', '--format', 'csv', '--output', 'ndjson', '--stop-day', 'counted'], {
      input: `policy,start,stops\n${IND},${START},${STOP.from}..${STOP.to};2025-12-01..2025-12-05\n`,
    });
    const [result] = rows(run.stdout);
    const stops = referenceCount(STOP.from, STOP.to) + referenceCount('2025-12-01', '2025-12-05');
    expect(result).toMatchObject({ line: 2, policy: IND, start: START, due: referenceAdd(START, 60 + stops) });
  });

  it('refuses an input whose header lacks policy or start, with exit 1', async () => {
    const run = await runCli(['batch', '--format', 'csv'], { input: `id,begin\n1,${START}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^reviewclock: batch: the CSV header "id,begin" lacks the column "policy" and "start"; expected a first line like policy,start,stops/);
  });

  it('gives an unterminated quoted field its own error', async () => {
    const run = await runCli(['batch', '--format', 'csv', '--output', 'ndjson'], {
      input: `policy,start\n${IND},${START}\n"${IND},${START}\n`,
    });
    expect(run.status).toBe(1);
    expect(rows(run.stdout)).toMatchObject([{ line: 2, due: DUE }, { line: 3, error: { code: 'invalid_row' } }]);
  });

  it('gives a record over 1 MiB one invalid_row, on the line it starts on, and reads the row after its closing quote', async () => {
    const lines = [
      'id,policy,start,note',
      `A-1,${IND},${START},ok`,
      `A-2,${IND},${START},"${'a line, with a comma\n'.repeat(60_000)}end"`, // 1.26 MB on 60,001 lines
      `A-3,${IND},${START},ok`,
      `A-4,${IND},${START},"first\n${'x'.repeat(1_100_000)}\nlast, ""quoted"""`, // one line too long, inside quotes
      `A-5,${IND},${START},ok`,
    ];
    const run = await runCli(['batch', '--format', 'csv', '--output', 'ndjson'], { input: `${lines.join('\n')}\n` });
    expect(run.status).toBe(1);
    const message = (line: number) => `CSV record from line ${line} is longer than 1048576 characters (is a closing quote missing?); skipped up to its end`;
    expect(rows(run.stdout)).toEqual([
      expect.objectContaining({ line: 2, id: 'A-1', due: DUE }),
      { line: 3, error: { code: 'invalid_row', message: message(3) } },
      expect.objectContaining({ line: 60_004, id: 'A-3', due: DUE }),
      { line: 60_005, error: { code: 'invalid_row', message: message(60_005) } },
      expect.objectContaining({ line: 60_008, id: 'A-5', due: DUE }),
    ]);
    expect(run.stderr).toBe(`reviewclock: batch: 2 of 5 rows failed; first at line 3: ${message(3)}\n`);
  });

  it('gives a quoted field over 1 MiB that never closes one invalid_row: the rest of the input is that record', async () => {
    const inside = `B-9,${IND},${START},not a row: inside the quotes\n`.repeat(10);
    const run = await runCli(['batch', '--format', 'csv', '--output', 'ndjson'], {
      input: `id,policy,start,note\nB-1,${IND},${START},ok\nB-2,${IND},${START},"${'x,y\n'.repeat(300_000)}${inside}`,
    });
    expect(run.status).toBe(1);
    expect(rows(run.stdout)).toEqual([expect.objectContaining({ line: 2, id: 'B-1', due: DUE }), { line: 3, error: expect.objectContaining({ code: 'invalid_row' }) }]);
    expect(run.stderr).toMatch(/^reviewclock: batch: 1 of 2 rows failed; first at line 3: CSV record from line 3 is longer than/);
  });
});

describe('reviewclock batch on worker threads', () => {
  // Inputs larger than one block (256 Ki characters) are spread over worker threads; REVIEWCLOCK_BATCH_THREADS=0
  // keeps everything in one thread. Both must write the same bytes.
  async function both(args: string[], input: string) {
    const [parallel, single] = await Promise.all([
      runCli(args, { input, env: { REVIEWCLOCK_BATCH_THREADS: '2' } }),
      runCli(args, { input, env: { REVIEWCLOCK_BATCH_THREADS: '0' } }),
    ]);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.status).toBe(single.status);
    return parallel;
  }

  it('refuses an id nested 5,000 levels deep (or any object or array id) as its own row, on every thread count', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(row({ id: i }));
    lines.splice(1500, 0, `{"id": ${deep}, "policy": "cn.nmpa.drug.ind", "start": "2025-09-26"}`, '{"id": {"a": 1}, "policy": "cn.nmpa.drug.ind", "start": "2025-09-26"}');
    // Large enough (over one 256 Ki block) for the worker threads to share it.
    const padding = Array.from({ length: 4000 }, (_, i) => row({ id: `pad-${i}` }));
    const run = await both(['batch'], `${[...lines, ...padding].join('\n')}\n`);
    expect(run.status).toBe(1);
    const results = rows(run.stdout);
    expect(results).toHaveLength(lines.length + padding.length);
    expect(results[1500]).toMatchObject({ line: 1501, error: { code: 'invalid_row' } });
    expect(results[1500]!.error.message).toContain('"id" is an array; expected a string or a number');
    expect(results[1501]).toMatchObject({ line: 1502, error: { code: 'invalid_row' } });
    expect(results[1502]).toMatchObject({ line: 1503, id: 1500, due: DUE });
  });

  it('gives the same NDJSON output as one thread, with blank lines, CRLF, bad rows and an overlong line', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      if (i % 1000 === 7) lines.push('');
      if (i % 997 === 3) lines.push('{"policy": "cn.nmpa.drug.ind", "start": "2025-02-30"}');
      if (i === 5000) lines.push(`{"id": "long", "note": "${'x'.repeat(1_100_000)}"}`);
      lines.push(row({ id: i, stops: i % 3 ? [] : [STOP] }));
    }
    const input = lines.map((line, index) => (index % 2 ? `${line}\r` : line)).join('\n'); // CRLF on every other line, no final newline
    const run = await both(['batch'], input);
    expect(run.status).toBe(1);
    const results = rows(run.stdout);
    expect(results).toHaveLength(lines.filter(Boolean).length);
    expect(results.find((r) => r.error?.message.includes('longer than'))).toMatchObject({ error: { code: 'invalid_row' } });
    expect(results.at(-1)).toMatchObject({ id: 11_999, due: DUE });
  }, 20_000);

  it('gives the same CSV output as one thread with records over 1 MiB across blocks and a stray quote: one row each', async () => {
    // Records too long: a quoted field on many lines (read by a worker), one too long for a block (over 3 MiB,
    // dropped by the main thread), a line too long inside quotes, and a quoted field that never closes. Row 5's
    // stray quote (text, in an unquoted field) must not be read as opening quotes by the block cutter.
    const long = new Map([
      [3_000, `"${'a line, with a comma\n'.repeat(60_000)}"`],
      [6_000, `"${'中文, 4 bytes: 😀\r\n'.repeat(200_000)}"`],
      [9_000, `"first\r\n${'x'.repeat(1_100_000)}\r\nlast"`],
      [11_999, `"${'never closed\n'.repeat(90_000)}`],
    ]);
    const lines = ['id,policy,start,note'];
    const bad: number[] = [];
    let lineNumber = 1;
    for (let i = 0; i < 12_000; i++) {
      const note = long.get(i) ?? (i === 5 ? '5" screen' : `note ${i}`);
      lines.push(`${i},${IND},${START},${note}`);
      if (long.has(i)) bad.push(lineNumber + 1);
      lineNumber += note.split('\n').length;
    }
    const run = await both(['batch', '--format', 'csv', '--output', 'ndjson'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(1);
    const results = rows(run.stdout);
    expect(results).toHaveLength(12_000);
    expect(results.filter((r) => r.error).map((r) => r.line)).toEqual(bad);
    for (const r of results.filter((r) => r.error)) expect(r.error.message).toMatch(/^CSV record from line \d+ is longer than 1048576 characters/);
    expect(results[5]).toMatchObject({ id: '5', due: DUE });
    expect(results[11_998]).toMatchObject({ id: '11998', due: DUE });
    expect(run.stderr).toMatch(/^reviewclock: batch: 4 of 12000 rows failed; first at line 3002: /);
  }, 30_000);

  it('gives the same CSV output as one thread, with quoted line breaks across blocks', async () => {
    const lines = ['id,policy,start,stops,note'];
    for (let i = 0; i < 8_000; i++) {
      lines.push(`${i},${IND},${START},${i % 2 ? `${STOP.from}..${STOP.to}` : ''},"note ${i}${i % 5 === 0 ? '\nsecond line, with a comma' : ''}"`);
    }
    const run = await both(['batch', '--format', 'csv', '--stop-day', 'counted'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(0);
    const output = run.stdout.trimEnd().split('\n');
    // The output keeps the stops and note columns, so every fifth row takes two lines there too.
    expect(output).toHaveLength(9_601);
    expect(output[0]!.endsWith(',error_code,error_message,stops,note')).toBe(true);
    // 8,000 rows on 9,601 lines of input: the header, then every fifth row takes two.
    expect(output[9_600]!.startsWith(`${1 + 8_000 + 1_600},7999,${IND},${START},${DUE_WITH_STOP},`)).toBe(true);
    expect(output[9_600]!.endsWith(`,${STOP.from}..${STOP.to},note 7999`)).toBe(true);
  }, 20_000);
});

describe('reviewclock batch when the reader goes away', () => {
  it.each(['2', '0'])('stops quietly, exit 0, when stdout is closed early (threads %s)', async (threads) => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-epipe-'));
    const file = join(dir, 'applications.ndjson');
    writeFileSync(file, `${Array.from({ length: 50_000 }, (_, i) => row({ id: i })).join('\n')}\n`);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'batch', file], { env: { ...process.env, REVIEWCLOCK_BATCH_THREADS: threads } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy()); // like `| head -1`
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('reviewclock batch and the calendars rows count on', () => {
  const HK_POLICY = 'hk.dh.drug.nce-1plus'; // 150 working days on the HK calendar
  const cn2027 = new URL('./fixtures/cn-2027-hypothetical.json', import.meta.url).pathname;

  it("counts each row on its policy's calendar, with the stored schedules and --project, in one thread and on workers", async () => {
    const home = mkdtempSync(join(tmpdir(), 'reviewclock-batch-store-'));
    onTestFinished(() => rmSync(home, { recursive: true, force: true }));
    const env = { REVIEWCLOCK_HOME: home };
    expect((await runCli(['schedule', 'add', cn2027], { env })).status).toBe(0);
    const [cnAlone, hkAlone] = await Promise.all([
      runCli(['due', IND, '2026-11-20', '--json'], { env }),
      runCli(['add', '2026-09-01', '150', '--calendar', 'HK', '--project', '--json'], { env }),
    ]);
    const cnDue = JSON.parse(cnAlone.stdout).due; // 2027-02-20 on the stored 2027 (see schedule.test.ts)
    const hkDue = JSON.parse(hkAlone.stdout).date;
    const lines: string[] = [];
    for (let i = 0; i < 6_000; i++) {
      const application = i % 2 ? { policy: HK_POLICY, start: '2026-09-01' } : { policy: IND, start: '2026-11-20' };
      lines.push(JSON.stringify({ id: i, ...application, note: 'x'.repeat(40) }));
    }
    const input = `${lines.join('\n')}\n`;
    const [parallel, single] = await Promise.all([
      runCli(['batch', '--project'], { input, env: { ...env, REVIEWCLOCK_BATCH_THREADS: '2' } }),
      runCli(['batch', '--project'], { input, env: { ...env, REVIEWCLOCK_BATCH_THREADS: '0' } }),
    ]);
    expect(single).toMatchObject({ status: 0, stderr: '' });
    expect(parallel.stdout).toBe(single.stdout);
    const [first, second] = rows(single.stdout);
    expect(first).toMatchObject({ policy: IND, due: cnDue, provisional: false });
    expect(second).toMatchObject({ policy: HK_POLICY, due: hkDue, provisional: true });
    // Without the store, the mainland rows count on the projected 2027 instead.
    const without = await runCli(['batch', '--project', '--no-stored-schedules'], { input: `${lines[0]}\n`, env });
    expect(rows(without.stdout)[0]).toMatchObject({ provisional: true });
  }, 30_000);
});

describe('reviewclock batch: the fields have dueDate’s names and shapes', () => {
  it('writes limit and dueRange as objects in NDJSON, as dotted columns in CSV, and remainingOnResume for an open stop', async () => {
    // The NDA from 2025-03-03, stopped on 2025-06-16 for a supplement: 70 working days counted before the stop;
    // DRR Art. 87 adds ceil(200 / 3) = 67, so 267 − 70 = 197 days are left once the clock resumes.
    const row = { id: 'NDA-7', policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: [{ from: '2025-06-16', reason: 'sponsor-supplement' }] };
    const [ndjson, csv] = await Promise.all([
      runCli(['batch'], { input: `${JSON.stringify(row)}\n` }),
      runCli(['batch', '--output', 'csv'], { input: `${JSON.stringify(row)}\n` }),
    ]);
    const result = JSON.parse(ndjson.stdout);
    expect(result).toMatchObject({ due: null, dueRange: null, limit: { amount: 200, unit: 'working-days' }, countedDays: 70, remainingOnResume: 197 });
    expect(result).not.toHaveProperty('unit');
    expect(result).not.toHaveProperty('dueEarliest');
    const [header, line] = csv.stdout.trimEnd().split('\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, line!.split(',')[i]]));
    expect(cells).toMatchObject({ 'limit.amount': '200', 'limit.unit': 'working-days', 'dueRange.earliest': '', remainingOnResume: '197' });
  });
});

describe('reviewclock batch: the input’s own fields come back', () => {
  it('echoes an NDJSON row’s other keys under input, and its stops as given; errors keep them too', async () => {
    const input = [
      row({ id: 'A-1', owner: 'Li', product: { name: 'ABC', strengths: [10, 20] } }),
      row({ id: 'A-2', stops: [{ ...STOP, reason: 'sponsor-supplement' }] }),
      row({ id: 'A-3', start: '2025-02-30', owner: 'Wang' }),
    ].join('\n');
    const run = await runCli(['batch'], { input: `${input}\n` });
    const [a, b, c] = rows(run.stdout);
    expect(a.input).toEqual({ owner: 'Li', product: { name: 'ABC', strengths: [10, 20] } });
    expect(b).not.toHaveProperty('input');
    expect(b.stops).toEqual([{ ...STOP, reason: 'sponsor-supplement' }]);
    expect(c).toMatchObject({ error: { code: 'invalid_date' }, input: { owner: 'Wang' } });
  });

  it('gives its own output again when run on it, CSV and NDJSON, on every thread count', async () => {
    const csv = ['id,Product,policy,start,stops,Owner', ...Array.from({ length: 3000 }, (_, i) => `${i},"P, ${i}",${IND},${START},${i % 3 ? '' : `${STOP.from}..${STOP.to}`},=owner${i}`)].join('\n');
    const first = await runCli(['batch', '--format', 'csv', '--as-of', '2025-11-20'], { input: `${csv}\n` });
    expect(first.stdout.split('\n')[0]!.endsWith(',error_code,error_message,Product,stops,Owner')).toBe(true);
    // A cell that a spreadsheet would run as a formula comes back as text ('=owner0), and stays so.
    expect(first.stdout.split('\n')[1]!.endsWith(`,"P, 0",${STOP.from}..${STOP.to},'=owner0`)).toBe(true);
    for (const threads of ['0', '2']) {
      const again = await runCli(['batch', '--format', 'csv', '--as-of', '2025-11-20'], { input: first.stdout, env: { REVIEWCLOCK_BATCH_THREADS: threads } });
      expect(again.stdout).toBe(first.stdout);
    }
    const ndjson = await runCli(['batch', '--as-of', '2025-11-20'], { input: `${row({ id: 'A-1', owner: 'Li', stops: [STOP] })}\n${row({ id: 'A-2' })}\n` });
    const ndjsonAgain = await runCli(['batch', '--as-of', '2025-11-20'], { input: ndjson.stdout });
    expect(ndjsonAgain.stdout).toBe(ndjson.stdout);
    expect(rows(ndjson.stdout)[0]).toMatchObject({ stops: [STOP], input: { owner: 'Li' } });
  }, 30_000);

  it('run again on its own output, reports as of this run’s --as-of, not the earlier run’s asOf column', async () => {
    // IND from 2025-09-26, due 2025-12-25. As of Mon 1 Dec 2025 the days left are Dec 2–5 (4), 8–12 (5), 15–19 (5),
    // 22–25 (4) = 18, so 60 − 18 = 42 have elapsed.
    const first = await runCli(['batch', '--format', 'csv', '--as-of', '2025-11-20'], { input: `id,policy,start,product\nA-1,${IND},${START},X\n` });
    const firstNdjson = await runCli(['batch', '--as-of', '2025-11-20'], { input: `${row({ id: 'A-1', product: 'X' })}\n` });
    const [csv, ndjson, none] = await Promise.all([
      runCli(['batch', '--format', 'csv', '--output', 'ndjson', '--as-of', '2025-12-01'], { input: first.stdout }),
      runCli(['batch', '--as-of', '2025-12-01'], { input: firstNdjson.stdout }),
      runCli(['batch', '--format', 'csv', '--output', 'ndjson'], { input: first.stdout }),
    ]);
    for (const run of [csv, ndjson]) {
      expect(run.status, run.stderr).toBe(0);
      expect(rows(run.stdout)[0]).toMatchObject({ id: 'A-1', due: DUE, asOf: '2025-12-01', remainingDays: 18, elapsedDays: 42, input: { product: 'X' } });
    }
    // Without --as-of, no status: the earlier run's date is not taken as the row's.
    expect(rows(none.stdout)[0]).toMatchObject({ due: DUE, asOf: null, status: null });
    // A row's own asOf (input that batch did not write) still wins over --as-of.
    const own = await runCli(['batch', '--as-of', '2025-12-01'], { input: `${row({ asOf: '2025-11-20' })}\n` });
    expect(rows(own.stdout)[0]).toMatchObject({ asOf: '2025-11-20', remainingDays: 25 });
  });
});
