/**
 * Fuzzing the `reviewclock` command: random argv (spawned dist/cli.js, and many more in process through `run`),
 * random stdin for `batch` (NDJSON and CSV garbage, huge lines, invalid UTF-8, blank lines, CRLF), and the batch
 * fast row reader against JSON.parse. The contract: exit status 0, 1 or 2; no stack trace on stderr (without
 * REVIEWCLOCK_DEBUG); an error is one line `reviewclock: …`; a batch writes one result per non-blank line, in order,
 * and the same with and without worker threads.
 */
import { availableParallelism } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BatchProcessor } from '../../src/cli/batch/BatchProcessor.js';
import { readJsonRow } from '../../src/cli/batch/readJsonRow.js';
import { batchSettings } from '../../src/cli/batch/settings.js';
import type { CliContext } from '../../src/cli/context.js';
import { palette } from '../../src/cli/color.js';
import { run } from '../../src/cli/program.js';
import { ReviewclockError, listPolicies } from '../../src/index.js';
import { deadlineInput } from '../../src/testing.js';
import { fuzzTimeout, runs, show } from './support/harness.js';
import { DATE_LIKE, STRANGE_STRINGS, hostile, mutate, mutation } from './support/hostile.js';
import { pool, spawnCli, type FuzzRun } from './support/spawnCli.js';
import { spawnServe } from '../serve/spawnServe.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

/** The seed of the sampled runs: FC_SEED or CI's, else a new one each run (printed on failure). */
const SEED = fc.readConfigureGlobal().seed ?? Math.floor(Math.random() * 2 ** 31);
const CONCURRENCY = Math.max(2, Math.min(8, availableParallelism()));
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

const COMMANDS = ['due', 'timeline', 'add', 'count', 'day', 'calendar', 'policies', 'policy', 'batch', 'ics', 'serve', 'export', 'export calendar', 'help', '--help', '-h', '-v', '--version', ''];
const OPTIONS = [
  '--json', '--lang', '--lang=zh', '--as-of', '--stop', '--stop=2025-10-01..', '--calendar', '--calendar=CN+HK', '--schedule', '--project',
  '--project=2030', '--format', '--format=csv', '--format=sql', '--table', '--from', '--to', '--output', '--policy', '--start', '--ics', '--extension', '--', '-', '-x', '--help', '--version',
];
const FILES = [
  'test/cli/fixtures/bad-schedule.json', 'test/cli/fixtures/cn-2027-hypothetical.json', 'fixtures/schedules/cn-2027-example.json', 'package.json',
  'README.md', '/', '/nonexistent/file.json', '.',
];
const VALUES = [
  ...DATE_LIKE, ...STRANGE_STRINGS, '1e12', 'NaN', '-0', 'Infinity', '9007199254740993', '-1', '1.5', '0x10', '+5', '60', '-260', 'CN', 'HK', 'XX',
  'en', 'zh', 'fr', 'csv', 'ndjson', '2025', '2025-10', '1900', '9999', '0', '99999', '2025-10-01..2025-10-20:sponsor-supplement', '2025-10-01..:x',
  ...listPolicies().slice(0, 12).map((p) => p.id), 'cn.nmpa.drug.nda.priorty', 'hk.dh.drug.nce-1plus', 'x'.repeat(50_000),
  ...FILES,
];

const token = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...OPTIONS) }, { weight: 5, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });
/** A command line: a command, then options and values in any order. NUL bytes cannot be passed to a process. */
const argv = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 6 }))
  .map(([command, rest]) => [...command.split(' '), ...rest].filter((arg, index) => index > 0 || arg !== '').map((arg) => arg.replaceAll('\u0000', '')));

/** Checks the CLI's contract on one run's exit status and stderr. */
/** The exit statuses of the CLI: 0 exact, 1 bad input, 2 bad usage, 3 a provisional answer (an unpublished calendar). */
function expectContract(result: Pick<FuzzRun, 'status' | 'stderr'> & { args: readonly string[] }, allowed: readonly number[] = [0, 1, 2, 3]): void {
  const where = `reviewclock ${show(result.args)}`;
  if (!allowed.includes(result.status as number)) throw new Error(`${where}: exit status ${result.status}, stderr ${show(result.stderr)}`);
  if (result.stderr.includes('unexpected error')) throw new Error(`${where}: a bug was reported: ${result.stderr.slice(0, 2000)}`);
  if (STACK.test(result.stderr)) throw new Error(`${where}: a stack trace on stderr: ${result.stderr.slice(0, 2000)}`);
  if (result.stderr === '') return;
  if (result.status === 2 && result.stderr.startsWith('Usage:')) return; // no command: commander's help, on stderr
  const lines = result.stderr.split('\n');
  // With --lang zh, the prefix is "reviewclock：" (a full-width colon).
  if (lines.length !== 2 || lines[1] !== '' || !/^reviewclock(: |：)/.test(lines[0]!)) {
    throw new Error(`${where}: stderr is not one line "reviewclock: …" (or "reviewclock：…"): ${show(result.stderr)}`);
  }
  if (result.status === 0) throw new Error(`${where}: exit status 0 with an error on stderr: ${show(result.stderr)}`);
}

describe('fuzz: the reviewclock command (spawned dist/cli.js)', () => {
  it('random command lines: exit 0, 1, 2 or 3; one-line errors; no stack trace', async () => {
    const lines = fc.sample(argv, { numRuns: runs(16).numRuns, seed: SEED });
    // serve: started on a free port and stopped with SIGTERM once it listens (test/serve/spawnServe.ts).
    const results = await pool(lines, CONCURRENCY, (args) => (args[0] === 'serve' ? spawnServe(args) : spawnCli(args)));
    for (const result of results) {
      expect(result.killed, `runaway: reviewclock ${show(result.args)} (seed ${SEED})`).toBe(false);
      expectContract(result);
    }
  });

  it('with REVIEWCLOCK_DEBUG=1 a refused input shows its stack (so the check above can fail)', async () => {
    const result = await spawnCli(['day', '2025-13-01'], '', { REVIEWCLOCK_DEBUG: '1' });
    expect(result.status).toBe(1);
    expect(STACK.test(result.stderr)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// batch stdin

function jsonLine(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)) ?? 'null';
  } catch {
    return '{}';
  }
}

const validRow = fc.tuple(deadlineInput({ asOf: true, maxStops: 2 }), fc.oneof(fc.nat(), fc.string({ maxLength: 6 }), hostile)).map(([input, id]) => jsonLine({ id, ...input }));
const ndjsonLine = fc.oneof(
  { weight: 4, arbitrary: validRow },
  { weight: 4, arbitrary: fc.tuple(deadlineInput({ maxStops: 2 }), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([input, ms]) => jsonLine(mutate(input, ms))) },
  { weight: 2, arbitrary: hostile.map(jsonLine) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\uFEFF', '{', '[]', 'null', '"x"', '{"policy":', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26","stops":[{"from":"2025-10-01","to":"2025-10-20","reason":"__proto__"}]}') },
  { weight: 1, arbitrary: validRow.map((line) => line.replace('{', '{"__proto__":{"polluted":"yes"},')) },
);

/** NDJSON text: lines with \n or \r\n, sometimes no final line end, sometimes a line of more than 1 MiB. */
const ndjsonInput = fc
  .record({
    lines: fc.array(ndjsonLine, { maxLength: 12 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    huge: fc.constantFrom(undefined, undefined, undefined, `{"policy":"${'x'.repeat(1_100_000)}"}`, ' '.repeat(1_100_000)),
  })
  .map(({ lines, crlf, finalNewline, huge }) => {
    const all = huge === undefined ? lines : [...lines.slice(0, 2), huge, ...lines.slice(2)];
    const eol = crlf ? '\r\n' : '\n';
    return all.join(eol) + (finalNewline && all.length ? eol : '');
  });

/** Longer lines are failed rows whatever they hold (LineSplitter's MAX_LINE_LENGTH, 1 MiB). */
const MAX_LINE = 1 << 20;

/** A row: a line that is not blank (only spaces, tabs, CR, BOM), or one too long to read. */
function isRow(line: string): boolean {
  return line.length > MAX_LINE || !/^[ \t\r\uFEFF]*$/.test(line);
}

/**
 * Checks the NDJSON output of a batch: one result per row, in order of `line`; each result names its row's `id`,
 * `policy` and `start` as given; `failed` rows have a one-line error. Returns how many rows failed.
 */
function expectNdjsonResults(input: string | Buffer, stdout: string, where: string): number {
  // The text as the CLI reads it (invalid UTF-8 and lone surrogates become U+FFFD on the way in).
  const text = Buffer.from(input as string).toString('utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows = lines.map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => isRow(line));
  const out = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n');
  expect(out.length, `${where}: one result per row`).toBe(rows.length);
  let failed = 0;
  out.forEach((outLine, index) => {
    const value = JSON.parse(outLine) as Record<string, unknown> & { line: number; error?: { code: string; message: string } };
    const row = rows[index]!;
    expect(value.line, `${where}: results in input order`).toBe(row.number);
    if (value.error) {
      failed++;
      expect(typeof value.error.code).toBe('string');
      expect(value.error.message).not.toMatch(/\n/);
    }
    if (row.line.length > MAX_LINE) return; // never read whole: a failed row without its fields
    let given: unknown;
    try {
      given = JSON.parse(row.line.replace(/\r$/, ''));
    } catch {
      return;
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) return;
    const fields = given as Record<string, unknown>;
    // The result repeats the row's id when it is a scalar (a string, number, boolean or null, as JSON.stringify
    // writes it); an object or array id is refused as its own invalid_row and not echoed.
    const id = fields['id'];
    if (typeof id === 'object' && id !== null) {
      expect(value.error?.code, `${where}: non-scalar id of line ${row.number}`).toBe('invalid_row');
      expect(value).not.toHaveProperty('id');
      return;
    }
    if (Object.hasOwn(fields, 'id') && id !== undefined) expect(value['id'], `${where}: id of line ${row.number}`).toEqual(JSON.parse(JSON.stringify(id)));
    for (const key of ['policy', 'start']) {
      if (typeof fields[key] === 'string') expect(value[key], `${where}: ${key} of line ${row.number}`).toBe(fields[key]);
    }
  });
  return failed;
}

/**
 * Checks one spawned NDJSON batch run: the contract, the results, and exit 1 exactly when a row failed, else 3
 * exactly when a row is provisional (it needs an unpublished year), else 0.
 */
function expectBatchResults(input: string | Buffer, result: FuzzRun): void {
  expectContract(result, [0, 1, 3]);
  const where = `batch on ${show(typeof input === 'string' ? input : input.toString('utf8'))} (seed ${SEED})`;
  const failed = expectNdjsonResults(input, result.stdout, where);
  const provisional = result.stdout.includes('"provisional":true');
  expect(result.status, where).toBe(failed ? 1 : provisional ? 3 : 0);
}

const csvCell = fc.oneof(
  fc.constantFrom(...DATE_LIKE, 'cn.nmpa.drug.ind', 'cn.nmpa.drug.nda', '2025-10-01..2025-10-20;2025-11-01..', '2025-10-01..x', '"', '""', '"a,b"', '"x\ny"', '"open'),
  fc.string({ maxLength: 10 }),
);
const csvHeader = fc.oneof(
  fc.constant('id,policy,start,stops,asOf'),
  fc.constant('policy,start'),
  fc.array(fc.constantFrom('policy', 'start', 'id', 'stops', 'asof', 'as_of', 'POLICY', '\uFEFFpolicy', '', 'x', '"policy"'), { maxLength: 6 }).map((h) => h.join(',')),
);
/** CSV text: a header (often a good one), rows of odd cells, quotes opened and not closed, \n or \r\n. */
const csvInput = fc
  .tuple(csvHeader, fc.array(fc.array(csvCell, { maxLength: 6 }).map((cells) => cells.join(',')), { maxLength: 10 }), fc.boolean())
  .map(([h, rows, crlf]) => [h, ...rows].join(crlf ? '\r\n' : '\n'));

describe('fuzz: reviewclock batch on random stdin (spawned)', () => {
  it('NDJSON garbage: one result per non-blank line, in order; exit 1 exactly when a row failed', async () => {
    const inputs = fc.sample(ndjsonInput, { numRuns: runs(8).numRuns, seed: SEED });
    const results = await pool(inputs, CONCURRENCY, (input) => spawnCli(['batch'], input, { REVIEWCLOCK_BATCH_THREADS: '0' }));
    results.forEach((result, index) => {
      expect(result.killed, `runaway batch (seed ${SEED})`).toBe(false);
      expectBatchResults(inputs[index]!, result);
    });
  });

  it('invalid UTF-8, NUL bytes and a BOM are rows like any other', async () => {
    const raw = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}\n'),
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a]),
      Buffer.from('{"policy":"cn.nmpa.drug.ind","start":"2025-09-2'),
      Buffer.from([0xe6, 0x0a]), // a UTF-8 sequence cut by the line end
      Buffer.from('\u0000\n{"policy":"cn.nmpa.drug.ind","start":"2025-09-26","id":"\uD800"}\n'),
    ]);
    const result = await spawnCli(['batch'], raw, { REVIEWCLOCK_BATCH_THREADS: '0' });
    expectBatchResults(raw, result);
  });

  it('large inputs: worker threads give the same output as one thread', async () => {
    const inputs = fc.sample(
      fc.array(ndjsonLine.filter((line) => line.length < 2_000), { minLength: 50, maxLength: 80 }).map((lines) => {
        // Repeat the rows to about 400 KB, more than a block (128 KiB), so that the input is cut and spread.
        const block = `${lines.join('\n')}\n`;
        return block.repeat(Math.ceil(400_000 / block.length));
      }),
      { numRuns: runs(1).numRuns, seed: SEED },
    );
    for (const input of inputs) {
      const [single, parallel] = await Promise.all([
        spawnCli(['batch'], input, { REVIEWCLOCK_BATCH_THREADS: '0' }),
        spawnCli(['batch'], input, { REVIEWCLOCK_BATCH_THREADS: '3' }),
      ]);
      expectBatchResults(input, single);
      expect(parallel.status).toBe(single.status);
      expect(parallel.stderr).toBe(single.stderr);
      expect(parallel.stdout === single.stdout, `parallel output differs (seed ${SEED})`).toBe(true);
    }
  });

  it('CSV garbage: exit 0, 1 or 3 (a provisional row), one-line errors', async () => {
    const inputs = fc.sample(csvInput, { numRuns: runs(6).numRuns, seed: SEED });
    const results = await pool(inputs, CONCURRENCY, (input) => spawnCli(['batch', '--format', 'csv'], input, { REVIEWCLOCK_BATCH_THREADS: '0' }));
    for (const result of results) {
      expect(result.killed).toBe(false);
      expectContract(result, [0, 1, 3]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// In process: many more command lines through `run` (everything but `batch`, which reads the process's stdin)

function fakeContext(): CliContext & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    output,
    errors,
    out: (text) => void output.push(text),
    data: (text) => void output.push(text),
    err: (text) => void errors.push(text),
    env: {},
    colors: palette({ isTTY: false }, {}),
    exitCode: 0,
  };
}

describe('fuzz: the reviewclock command (in process)', () => {
  it('random command lines through run(): exit 0, 1, 2 or 3; one-line errors; no stack trace', async () => {
    const inProcess = argv.filter((args) => !args.includes('batch') && args[0] !== 'serve' && !args.some((arg) => arg.includes('/dev/')));
    await fc.assert(
      fc.asyncProperty(inProcess, async (args) => {
        const context = fakeContext();
        const status = await run(args, context);
        expectContract({ args, status, stderr: context.errors.join('') });
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      runs(300),
    );
  });
});

describe('fuzz: batch rows (in process, the BatchProcessor every batch runs)', () => {
  /** Feeds `input` to a processor in random cuts; a ReviewclockError refuses the whole input (a bad CSV header). */
  async function processBatch(format: 'ndjson' | 'csv', input: string, cuts: readonly number[]): Promise<{ output: string; refused: boolean }> {
    const settings = await batchSettings({ format });
    let output = '';
    const processor = new BatchProcessor(settings, (text) => void (output += text));
    try {
      let at = 0;
      for (const cut of cuts) {
        const next = Math.min(input.length, at + cut);
        await processor.push(input.slice(at, next));
        at = next;
      }
      await processor.push(input.slice(at));
      await processor.end();
    } catch (error) {
      if (error instanceof ReviewclockError) return { output, refused: true };
      throw error;
    }
    return { output, refused: false };
  }

  it('NDJSON: one result per row, in order, with its id, policy and start; typed errors only; any cut of the input', async () => {
    await fc.assert(
      fc.asyncProperty(ndjsonInput, fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 5 }), async (input, cuts) => {
        const { output, refused } = await processBatch('ndjson', input, cuts);
        expect(refused).toBe(false);
        expectNdjsonResults(input, output, `batch on ${show(input)}`);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      runs(60),
    );
  });

  it('CSV: results or a refused header; typed errors only; any cut of the input', async () => {
    await fc.assert(
      fc.asyncProperty(csvInput, fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 5 }), async (input, cuts) => {
        await processBatch('csv', input, cuts);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The batch fast row reader against JSON.parse

describe('fuzz: batch row reader', () => {
  const key = fc.constantFrom('policy', 'start', 'asOf', 'stops', 'id', 'note', '__proto__', 'from', 'to', 'reason', 'pol\\u0069cy');
  const scalar = fc.oneof(fc.constantFrom(...DATE_LIKE.filter((d) => d.length < 40)), fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const stop = fc.dictionary(fc.constantFrom('from', 'to', 'reason', 'x'), scalar, { maxKeys: 4 });
  const value = fc.oneof(scalar, fc.array(stop, { maxLength: 3 }), fc.array(scalar, { maxLength: 2 }), stop);
  const rowObject = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k).replace('\\\\u0069', '\\u0069')}:${jsonLine(v)}`).join(',')}}`);
  /** Rows, then small edits: spaces, a cut, a character replaced, trailing text. */
  const line = fc.oneof(
    rowObject,
    fc.tuple(rowObject, fc.nat(), fc.constantFrom(' ', '\t', ',', '}', ']', '"', '\\', ':', 'x', '\u2028', '\uD800', '0', '-')).map(([row, at, ch]) => {
      const i = at % (row.length + 1);
      return row.slice(0, i) + ch + row.slice(i);
    }),
    fc.tuple(rowObject, fc.nat()).map(([row, at]) => row.slice(0, at % (row.length + 1))),
  );

  it('readJsonRow reads exactly what JSON.parse reads, or leaves the line to JSON.parse', () => {
    fc.assert(
      fc.property(line, (text) => {
        const fast = readJsonRow(text);
        if (fast === undefined) return;
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch (error) {
          throw new Error(`readJsonRow accepted ${show(text)}, which JSON.parse refuses (${(error as Error).message})`);
        }
        expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), show(text)).toBe(true);
        for (const field of ['policy', 'start', 'asOf', 'id', 'stops'] as const) {
          const own = Object.hasOwn(parsed, field) ? parsed[field] : undefined;
          expect(fast[field], `${field} of ${show(text)}`).toEqual(own);
        }
      }),
      runs(2000),
    );
  });
});
