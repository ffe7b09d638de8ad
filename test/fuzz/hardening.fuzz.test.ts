/**
 * The hardening cases (what a determined tester found, issue 11), each as a generator rather than one example: the
 * fixed examples live next to each fix; here fast-check looks for neighbours of them. Seeded like every property
 * (test/setup.ts): a fixed seed in `npm test`, a new one under `npm run fuzz`, printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BatchProcessor } from '../../src/cli/batch/BatchProcessor.js';
import { batchSettings } from '../../src/cli/batch/settings.js';
import { deadlineMarks } from '../../src/cli/commands/calendar.js';
import { terminalSafe } from '../../src/cli/context.js';
import { withoutBom } from '../../src/cli/boundedRead.js';
import {
  CN,
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  dueDate,
  explain,
  getPolicy,
  isWorkingDay,
  listPolicies,
  nextWorkingDay,
  projectCalendar,
  withSchedules,
  type Calendar,
  type DeadlineResult,
  type HolidaySchedule,
} from '../../src/index.js';
import { HolidayScheduleSchema, PolicySchema } from '../../src/schema.js';
import { HK } from '../../src/hk.js';
import { deadlineInput, policyObject } from '../../src/testing.js';
import { fuzzCall, fuzzTimeout, runs } from './support/harness.js';
import { spawnCli } from './support/spawnCli.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

/** Runs NDJSON or CSV text through the processor every batch runs, and returns its output. */
async function processBatch(format: 'ndjson' | 'csv', input: string, output?: 'ndjson' | 'csv'): Promise<string> {
  const settings = await batchSettings({ format, ...(output && { output }) });
  let text = '';
  const processor = new BatchProcessor(settings, (chunk) => void (text += chunk));
  await processor.push(input);
  await processor.end();
  return text;
}

const ndjson = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { error?: { code: string } });

// ---------------------------------------------------------------------------------------------------------------
// 1. Ids of any shape and depth: a non-scalar id is its own invalid_row; the rows around it are answered.

describe('fuzz: batch ids of any shape and depth', () => {
  const nested = fc.tuple(fc.integer({ min: 1, max: 8000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}0${close.repeat(depth)}`;
  });
  const id = fc.oneof(nested, fc.constantFrom('"x"', '1', 'null', 'true', '[]', '{}', '[1,[2]]'));

  it('one invalid_row for an object or array id, the neighbours answered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(id, { minLength: 1, maxLength: 4 }), async (ids) => {
        const good = '{"id":"ok","policy":"cn.nmpa.drug.ind","start":"2025-09-26"}';
        const lines = ids.flatMap((value) => [`{"id":${value},"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}`, good]);
        const results = ndjson(await processBatch('ndjson', `${lines.join('\n')}\n`));
        expect(results).toHaveLength(lines.length);
        ids.forEach((value, index) => {
          const scalar = !/^[[{]/.test(value);
          expect(results[2 * index]!.error?.code ?? 'answered').toBe(scalar ? 'answered' : 'invalid_row');
          expect(results[2 * index + 1]!['due']).toBe('2025-12-25');
        });
      }),
      runs(20),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Year 0000 (and other dates the parser refuses) in any date field of a policy or a schedule: refused at once,
// with the path of the field.

describe('fuzz: dates the library refuses, in any date field of a schema', () => {
  const badDate = fc.constantFrom('0000-01-01', '0000-12-31', '0000-02-29', '2025-02-29', '10000-01-01');

  it('PolicySchema: a valid policy with one date field replaced is refused, naming that field', () => {
    fc.assert(
      fc.property(policyObject(), badDate, fc.constantFrom('effective.from', 'effective.to'), (policy, date, field) => {
        const [outer, inner] = field.split('.') as [string, string];
        const changed = { ...policy, [outer]: { ...(policy as unknown as Record<string, Record<string, unknown>>)[outer], [inner]: date } };
        const parsed = PolicySchema.safeParse(changed);
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(parsed.error.issues.some((issue) => issue.path.join('.') === field)).toBe(true);
      }),
      runs(100),
    );
  });

  it('HolidayScheduleSchema and withSchedules: a schedule with one bad date is refused at once, with its path', () => {
    const schedule = (): HolidaySchedule => ({
      year: 2027,
      source: { title: 'Test', url: '' },
      holidays: [{ name: 'New Year', from: '2027-01-01', to: '2027-01-01' }],
      makeupWorkdays: ['2027-01-09'],
    });
    fc.assert(
      fc.property(badDate, fc.constantFrom('holidays.0.from', 'holidays.0.to', 'makeupWorkdays.0'), (date, path) => {
        const s = schedule() as unknown as Record<string, unknown[]>;
        const [list, index, key] = path.split('.') as [string, string, string | undefined];
        if (key) (s[list]![Number(index)] as Record<string, string>)[key] = date;
        else s[list]![Number(index)] = date;
        const parsed = HolidayScheduleSchema.safeParse(s);
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(parsed.error.issues.some((issue) => issue.path.join('.') === path)).toBe(true);
        const got = fuzzCall('withSchedules', s, () => withSchedules(CN, s as unknown as HolidaySchedule));
        expect(got.ok).toBe(false);
        if (!got.ok) expect(got.error.code).toBe('invalid_schedule');
      }),
      runs(50),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. A row's answer does not depend on the rows before it (the memo key of "asOf": "" was that of no asOf).

describe('fuzz: batch rows answered alone or among others alike', () => {
  const asOf = fc.constantFrom(undefined, null, '', ' ', '2025-11-03', '2025-13-01', 0, false);
  const row = fc.tuple(fc.constantFrom('cn.nmpa.drug.ind', 'cn.nmpa.drug.nda', 'nope'), fc.constantFrom('2025-09-26', '', '2025-02-29'), asOf).map(([policy, start, when]) =>
    JSON.stringify({ policy, start, ...(when !== undefined && { asOf: when }) }),
  );

  it('each row gives the same result alone as after any other rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 2, maxLength: 6 }), async (rows) => {
        const together = ndjson(await processBatch('ndjson', `${rows.join('\n')}\n`));
        for (const [index, line] of rows.entries()) {
          const [alone] = ndjson(await processBatch('ndjson', `${line}\n`));
          expect({ ...together[index], line: 1 }, line).toEqual(alone);
        }
      }),
      runs(25),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Holiday names past 16-bit references: every day names its own holiday.

describe('fuzz: more than 65,535 holiday names', () => {
  const YEARS = 180; // × 365 or 366 one-day holidays ≈ 65,7xx names
  let calendar: Calendar | undefined;
  const build = (): Calendar => {
    if (calendar) return calendar;
    const schedules: HolidaySchedule[] = [];
    for (let year = 2027; year < 2027 + YEARS; year++) {
      const holidays = [];
      for (let date = `${year}-01-01`; date.startsWith(String(year)); date = nextDate(date)) holidays.push({ name: `H${date}`, from: date, to: date });
      schedules.push({ year, source: { title: `S${year}`, url: '' }, holidays, makeupWorkdays: [] });
    }
    return (calendar = withSchedules(CN, schedules));
  };

  it('dayInfo names the holiday of its own day, and the source of its own year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2027 + YEARS - 1 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const info = dayInfo(date, { calendar: build() });
        expect(info.holiday?.name).toBe(`H${date}`);
        expect(info.source?.title).toBe(`S${year}`);
      }),
      runs(200),
    );
  });
});

/** The next date by hand (no Date): month lengths and the Gregorian leap rule. */
function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  const [ny, nm, nd] = d < length ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Copies and forgeries of a calendar: InvalidArgumentError from every function that takes one.

describe('fuzz: copies of a calendar', () => {
  const copy = fc.constantFrom(
    (c: Calendar) => ({ ...c }) as unknown as Calendar,
    (c: Calendar) => Object.create(c) as Calendar,
    (c: Calendar) => Object.assign(Object.create(Object.getPrototypeOf(c) as object) as object, c) as Calendar,
    (c: Calendar) => JSON.parse(JSON.stringify(c)) as Calendar,
    (c: Calendar) => new Proxy(c, {}),
    (c: Calendar) => ({ id: c.id, coverage: c.coverage }) as unknown as Calendar,
    (c: Calendar) => Object.setPrototypeOf({ ...c }, Object.getPrototypeOf(c) as object) as Calendar,
  );
  const call = fc.constantFrom(
    (calendar: Calendar) => isWorkingDay('2025-10-01', { calendar }),
    (calendar: Calendar) => addWorkingDays('2025-10-01', 5, { calendar }),
    (calendar: Calendar) => countWorkingDays('2025-10-01', '2025-10-31', { calendar }),
    (calendar: Calendar) => nextWorkingDay('2025-10-01', { calendar }),
    (calendar: Calendar) => dayInfo('2025-10-01', { calendar }),
    (calendar: Calendar) => dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26', calendar }),
    (calendar: Calendar) => withSchedules(calendar, { year: 2027, source: { title: 'T', url: '' }, holidays: [], makeupWorkdays: [] }),
    (calendar: Calendar) => projectCalendar(calendar),
  );

  it('a typed error, never a TypeError from inside', () => {
    fc.assert(
      fc.property(fc.constantFrom(CN, HK), copy, call, (base, make, use) => {
        const forged = make(base);
        const got = fuzzCall('calendar copy', undefined, () => use(forged));
        // A Proxy with no traps behaves as the calendar itself; everything else is refused.
        if (!got.ok) expect(got.error.code).toBe('invalid_argument');
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Searches of any size: an answer or a typed error; repeated words count once.

describe('fuzz: policy search queries of any size', () => {
  const word = fc.constantFrom('beijing', 'ind', 'drug', 'device', '北京', 'renewal', 'x', 'innovative', '30', 'cn.nmpa');
  it('an answer or invalid_argument; a word repeated gives what it gives once', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 300 }), (words, repeat) => {
        const text = words.join(' ');
        const got = fuzzCall('listPolicies', text, () => listPolicies({ text }).map((p) => p.id));
        if (!got.ok) {
          expect(got.error.code).toBe('invalid_argument');
          return;
        }
        const distinct = [...new Set(words)].join(' ');
        expect(listPolicies({ text: distinct }).map((p) => p.id)).toEqual(got.value);
        const repeated = Array.from({ length: repeat }, () => words[0]).join(' ');
        const once = listPolicies({ text: words[0]! }).map((p) => p.id);
        const many = fuzzCall('listPolicies', repeated, () => listPolicies({ text: repeated }).map((p) => p.id));
        if (many.ok) expect(many.value).toEqual(once);
        else expect(repeated.length).toBeGreaterThan(1000);
      }),
      runs(100),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 8. Unsafe output: spreadsheet formulas in CSV cells, control characters in terminal text.

describe('fuzz: CSV cells and terminal text are safe', () => {
  const risky = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''), fc.string({ maxLength: 12 })).map(([head, rest]) => head + rest);

  it('no CSV output cell begins with = + - @ tab or CR unless it is a number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(risky, { minLength: 1, maxLength: 5 }), async (ids) => {
        const input = ['id,policy,start', ...ids.map((id) => `"${id.replace(/"/g, '""')}",cn.nmpa.drug.ind,2025-09-26`)].join('\n');
        const output = await processBatch('csv', input, 'csv');
        for (const cell of csvCells(output)) {
          if (/^[=+\-@\t\r]/.test(cell)) expect(cell, output).toMatch(/^[+-]?\d+(\.\d+)?$/);
        }
      }),
      runs(60),
    );
  });

  it('terminalSafe leaves no control character, escape or bidi override, and keeps everything else', () => {
    const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\u001b[2J', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\', '\u009b31m', '\u202e', '\u001b', '\u001b[', '春节', '\t', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, colors) => {
        const text = pieces.join('');
        const safe = terminalSafe(text, colors);
        const withoutPalette = colors ? safe.replace(/\u001b\[(?:1|2|4|7|22|24|27|3[1-69]|39)m/g, '') : safe;
        expect(withoutPalette).not.toMatch(unsafe);
        // Plain text passes unchanged.
        if (!unsafe.test(text)) expect(safe).toBe(text);
      }),
      runs(500),
    );
  });
});

/** The cells of CSV text (RFC 4180 quotes), for the check above. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',' || char === '\n') cells.push(cell), (cell = '');
    else cell += char;
  }
  if (cell) cells.push(cell);
  return cells;
}

// ---------------------------------------------------------------------------------------------------------------
// 9. Consistency: explain's overdue line, calendar marks against countedDays, explain without a trace, a BOM.

describe('fuzz: what the outputs say agrees with the result', () => {
  const projected = projectCalendar(CN, { through: 2028 });

  it('explain never says "overdue by 0"; without a trace it still names the due date', () => {
    fc.assert(
      fc.property(deadlineInput({ maxStops: 2, from: '2018-01-01', to: '2026-06-30' }), (input) => {
        const got = fuzzCall('dueDate', input, () => dueDate({ ...input, calendar: projected }));
        if (!got.ok) return;
        const text = explain(got.value as DeadlineResult);
        expect(text).not.toMatch(/overdue by 0 /);
        const untraced = dueDate({ ...input, calendar: projected, trace: false });
        const short = explain(untraced);
        if (untraced.due !== null) expect(short).toContain(untraced.due);
        else expect(short).toContain('No due date while the clock is stopped.');
      }),
      runs(150),
    );
  });

  it('the calendar command marks countedDays days, for any deadline', () => {
    fc.assert(
      fc.property(deadlineInput({ maxStops: 2, from: '2018-01-01', to: '2026-06-30' }), (input) => {
        const got = fuzzCall('dueDate', input, () => dueDate({ ...input, calendar: projected }));
        if (!got.ok) return;
        const result = got.value as DeadlineResult;
        if (result.due === null) return;
        const policy = typeof input.policy === 'string' ? getPolicy(input.policy) : null;
        if (policy && policy.limit.direction === 'before' && policy.limit.amount === 0) return;
        let marked = 0;
        for (const mark of deadlineMarks(result, projected).values()) if (mark === 'counted' || mark === 'due') marked++;
        // A working-day restart counts the last clock only; calendar marks show every counted day.
        if (result.trace.some((s) => s.type === 'restarted')) return;
        expect(marked, JSON.stringify(input)).toBe(result.countedDays);
      }),
      runs(300),
    );
  });

  it('a leading byte order mark is dropped, and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, bom) => {
        expect(withoutBom((bom ? '\uFEFF' : '') + text)).toBe(bom ? text : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6 and 7, spawned: unbounded schedule files, and CSV records over 1 MiB among ordinary rows, on one thread and two.

describe('fuzz: the command on endless files and overlong CSV records (spawned)', () => {
  const SEED = fc.readConfigureGlobal().seed ?? Math.floor(Math.random() * 2 ** 31);

  it('--schedule on an endless or huge file: a typed refusal in bounded time', async () => {
    const files = fc.sample(fc.constantFrom('/dev/zero', '/dev/urandom'), { numRuns: runs(2).numRuns, seed: SEED });
    for (const file of files) {
      const run = await spawnCli(['day', '2027-01-04', '--schedule', file]);
      expect(run.killed, `runaway on ${file} (seed ${SEED})`).toBe(false);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^reviewclock: --schedule: .*(more than|1 MiB)/);
    }
  });

  /** A CSV piece: ordinary rows, a stray quote, or a quoted field past 1 MiB (closed or never closed). */
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => ({ kind: 'rows' as const, n })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'stray' as const, n: 1 }) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: (1 << 20) + 1, max: 1_400_000 }), fc.boolean()).map(([size, lines]) => ({ kind: 'long' as const, n: size, lines })) },
  );

  it('one invalid_row per overlong record, the rows after it answered, the same bytes on one and two threads', async () => {
    const inputs = fc.sample(fc.tuple(fc.array(piece, { minLength: 2, maxLength: 6 }), fc.boolean()), { numRuns: runs(3).numRuns, seed: SEED });
    for (const [pieces, unclosedAtEnd] of inputs) {
      const lines = ['id,policy,start'];
      let expectedErrors = 0;
      let row = 0;
      for (const p of pieces) {
        if (p.kind === 'rows') for (let i = 0; i < p.n; i++) lines.push(`r${row++},cn.nmpa.drug.ind,2025-09-26`);
        else if (p.kind === 'stray') lines.push(`r${row++}x"y,cn.nmpa.drug.ind,2025-09-26`); // a quote inside an unquoted field is text
        else {
          const body = 'lines' in p && p.lines ? 'x\n'.repeat(p.n >> 1) : 'x'.repeat(p.n);
          lines.push(`long${row++},"${body}",2025-09-26`);
          expectedErrors++;
        }
      }
      if (unclosedAtEnd) {
        lines.push(`open,"${'y'.repeat((1 << 20) + 10)}`, 'hidden,cn.nmpa.drug.ind,2025-09-26');
        expectedErrors++;
      }
      const input = `${lines.join('\n')}\n`;
      const one = await spawnCli(['batch', '--format', 'csv'], input, { REVIEWCLOCK_BATCH_THREADS: '0' });
      const two = await spawnCli(['batch', '--format', 'csv'], input, { REVIEWCLOCK_BATCH_THREADS: '2' });
      const where = `seed ${SEED}, pieces ${JSON.stringify(pieces.map((p) => `${p.kind}:${p.n}`))}${unclosedAtEnd ? ' + unclosed' : ''}`;
      expect(one.killed || two.killed, where).toBe(false);
      expect(two.stdout === one.stdout, `${where}: thread counts differ`).toBe(true);
      const out = one.stdout.trimEnd().split('\n');
      expect(out.length - 1, where).toBe(row + (unclosedAtEnd ? 1 : 0));
      expect(out.filter((line) => line.includes('invalid_row')).length, where).toBe(expectedErrors);
      expect(one.stdout).not.toContain('hidden');
    }
  });
});
