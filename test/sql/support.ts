/**
 * Shared pieces of the SQL tests: the SQL guide's queries (read from docs/guides/sql.md, so that the guide cannot
 * drift from what the engines answer), engines behind one small interface, and random cases with the library's
 * answers to compare with.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addWorkingDays,
  CalendarCoverageError,
  countWorkingDays,
  dueDate,
  getPolicy,
  type Calendar,
  type CalendarTableRow,
  type PolicyInput,
} from '../../src/index.js';
import { FIRST, LAST, fromMs, shiftDays, toMs } from '../support/referenceCalendar.js';

// ---- The guide's queries ---------------------------------------------------------------------------------------

/** One `<!-- sql: NAME -->` block of the guide, with the ```text block of its result when one follows. */
export interface GuideQuery {
  readonly name: string;
  readonly sql: string;
  /** The result shown: column names, then rows; `NULL` read as null. */
  readonly expected: { readonly columns: readonly string[]; readonly rows: ReadonlyArray<ReadonlyArray<string | null>> } | undefined;
}

/** The named SQL blocks of a guide, by name. */
export function guideQueries(path = 'docs/guides/sql.md'): Map<string, GuideQuery> {
  const markdown = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const queries = new Map<string, GuideQuery>();
  const block = /<!--\s*sql:\s*([\w-]+)\s*-->\s*\n```sql\n([\s\S]*?)^```[ \t]*\n(?:\s*\n```text\n([\s\S]*?)^```)?/gm;
  for (let match = block.exec(markdown); match; match = block.exec(markdown)) {
    const [, name, sql, text] = match;
    let expected: GuideQuery['expected'];
    if (text !== undefined) {
      const lines = text.trimEnd().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
      expected = { columns: lines[0]!, rows: lines.slice(1).map((cells) => cells.map((cell) => (cell === 'NULL' ? null : cell))) };
    }
    if (queries.has(name!)) throw new Error(`${path}: two blocks named ${name}`);
    queries.set(name!, { name: name!, sql: sql!, expected });
  }
  return queries;
}

/** The guide's query, failing when the guide lacks it. */
export function guideQuery(queries: Map<string, GuideQuery>, name: string): GuideQuery {
  const query = queries.get(name);
  if (!query) throw new Error(`docs/guides/sql.md has no <!-- sql: ${name} --> block`);
  return query;
}

/** A result's rows as text cells in the columns' order (dates YYYY-MM-DD, numbers as digits, null for NULL). */
export function asCells(rows: readonly Record<string, unknown>[], columns: readonly string[]): Array<Array<string | null>> {
  return rows.map((row) => columns.map((column) => (row[column] === null || row[column] === undefined ? null : String(row[column]))));
}

// ---- Engines ---------------------------------------------------------------------------------------------------

/** An SQL engine with a calendar table loaded. */
export interface Engine {
  readonly name: string;
  /** Runs statements. */
  exec(sql: string): Promise<void>;
  /** Runs one query: rows with dates as 'YYYY-MM-DD', integers as numbers, booleans as booleans (SQLite: 0/1). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A SQL literal for a test value. */
function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;
}

/** Inserts rows into a table, 1,000 a statement. */
export async function insertRows(engine: Engine, table: string, columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<void> {
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const values = rows.slice(start, start + 1000).map((row) => `(${row.map(literal).join(', ')})`);
    statements.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')};`);
  }
  if (statements.length) await engine.exec(statements.join('\n'));
}

/** The sqlite3 binary, when there is one on PATH. */
export function sqliteBinary(): string | undefined {
  const found = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? 'sqlite3' : undefined;
}

/** SQLite through the sqlite3 command-line shell, on a database file of its own. */
export function sqliteEngine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'reviewclock-sqlite-'));
  const db = join(dir, 'test.db');
  const run = (sql: string, json: boolean): string => {
    const script = join(dir, 'script.sql');
    writeFileSync(script, sql);
    const args = ['-bail', ...(json ? ['-json'] : []), db, `.read ${script}`];
    const result = spawnSync('sqlite3', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0 || result.stderr) throw new Error(`sqlite3: ${result.stderr || `exit ${result.status}`}`);
    return result.stdout;
  };
  return {
    name: 'SQLite',
    exec: async (sql) => void run(sql, false),
    query: async (sql) => {
      const out = run(sql, true).trim();
      return out === '' ? [] : (JSON.parse(out) as Record<string, unknown>[]);
    },
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---- Random cases ----------------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32): the same cases on every run; FC_SEED picks others. */
export function random(seed = Number(process.env['FC_SEED'] ?? 20_261_203)): { int(min: number, max: number): number; seed: number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { seed, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

const DAY = 86_400_000;

/** A random date from `first` to `last` (default: CN's coverage), by UTC arithmetic. */
export function randomDate(rng: ReturnType<typeof random>, first = FIRST, last = LAST): string {
  return fromMs(rng.int(toMs(first) / DAY, toMs(last) / DAY) * DAY);
}

/** The library's answer, or null where it refuses for coverage (the table then has no row either). */
export function orNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return null;
    throw error;
  }
}

/** `requests (id, start_date, n)` with the library's `addWorkingDays`. */
export function addCases(count: number, rng: ReturnType<typeof random>, calendar?: Calendar, span?: { first: string; last: string }) {
  const rows: Array<[number, string, number]> = [];
  const expected: Array<string | null> = [];
  for (let id = 1; id <= count; id++) {
    const start = randomDate(rng, span?.first, span?.last);
    // Mostly deadline-sized, some large (past the table's ends), some 0 and ±1.
    const pick = rng.int(0, 9);
    const n = pick === 0 ? rng.int(-1, 1) : pick === 1 ? rng.int(-3000, 3000) : rng.int(-300, 600);
    rows.push([id, start, n]);
    expected.push(orNull(() => addWorkingDays(start, n, calendar && { calendar })));
  }
  return { rows, expected };
}

/** `spans (id, from_date, to_date)` with the library's `countWorkingDays`. */
export function countCases(count: number, rng: ReturnType<typeof random>) {
  const rows: Array<[number, string, string]> = [];
  const expected: number[] = [];
  for (let id = 1; id <= count; id++) {
    const from = randomDate(rng);
    const to = rng.int(0, 3) === 0 ? randomDate(rng) : shiftDays(from, rng.int(-400, 400));
    const inside = to >= FIRST && to <= LAST ? to : from;
    rows.push([id, from, inside]);
    expected.push(countWorkingDays(from, inside));
  }
  return { rows, expected };
}

/** A plain working-day limit (stops without a reason are plain pauses), on the IND's template. */
function plainPolicy(amount: number): PolicyInput {
  const policy: PolicyInput = {
    ...getPolicy('cn.nmpa.drug.ind'),
    id: 'test.sql-plain',
    version: 'test',
    limit: { amount, unit: 'working-days', direction: 'after' },
    effective: { from: '1901-01-01', to: null },
    stops: [],
  };
  delete (policy as { extensionCap?: unknown }).extensionCap;
  return policy;
}

/**
 * `applications (id, start_date, working_days)` and `stops (application_id, stop_from, stop_to)`, with the due dates
 * of `dueDate` under one reading of the stop day. Each stop begins after the start (and after the stop before it) and
 * before the due date so far, as a clock stop does; the last one is sometimes still open.
 */
export function stopCases(count: number, rng: ReturnType<typeof random>, stopDayCounts: boolean) {
  const applications: Array<[number, string, number]> = [];
  const stops: Array<[number, string, string | null]> = [];
  const expected: Array<string | null> = [];
  for (let id = 1; id <= count; id++) {
    const start = randomDate(rng, '2004-01-01', '2025-06-30');
    const days = rng.int(1, 200);
    const policy = plainPolicy(days);
    const mine: Array<{ from: string; to: string | null }> = [];
    const due = () => dueDate({ policy, start, stops: mine, stopDayCounts, trace: false }).due;
    const wanted = rng.int(0, 3);
    let after = start;
    for (let k = 0; k < wanted; k++) {
      const current = due();
      if (current === null) break;
      const room = (toMs(current) - toMs(after)) / DAY - 1;
      if (room < 1) break;
      const from = shiftDays(after, rng.int(1, room));
      const open = k === wanted - 1 && rng.int(0, 4) === 0;
      const to = open ? null : shiftDays(from, rng.int(0, 90));
      mine.push({ from, to });
      stops.push([id, from, to]);
      if (to === null) break;
      after = to;
    }
    applications.push([id, start, days]);
    const result = dueDate({ policy, start, stops: mine, stopDayCounts, trace: true });
    if (result.trace.some((segment) => segment.type === 'ignored-stop')) throw new Error(`test case ${id}: a stop after the due date`);
    expected.push(result.due);
  }
  return { applications, stops, expected };
}

/** The calendar table as the engine holds it, in date order, booleans read from 0/1 where stored so (SQLite). */
export async function tableRows(engine: Engine, table = 'reviewclock_calendar'): Promise<CalendarTableRow[]> {
  const rows = await engine.query(`SELECT * FROM ${table} ORDER BY date`);
  const flag = (value: unknown) => value === true || value === 1 || value === '1';
  const number = (value: unknown) => Number(value);
  return rows.map((row) => ({
    date: row['date'] as string,
    weekday: number(row['weekday']),
    working: flag(row['working']),
    kind: row['kind'] as CalendarTableRow['kind'],
    ordinal: number(row['ordinal']),
    holiday: (row['holiday'] ?? null) as string | null,
    holiday_zh: (row['holiday_zh'] ?? null) as string | null,
    provisional: flag(row['provisional']),
    source: (row['source'] ?? null) as string | null,
    source_url: (row['source_url'] ?? null) as string | null,
  }));
}

/**
 * Runs every check of the guide on an engine with the whole CN calendar loaded as `reviewclock_calendar`: each
 * query's shown result, then the table-wide queries on random tables against the library.
 */
export async function checkGuide(engine: Engine, sizes: { add: number; count: number; stops: number }): Promise<void> {
  const queries = guideQueries();
  const { expect } = await import('vitest');
  // The examples, with the results the guide shows.
  await engine.exec(guideQuery(queries, 'example-data').sql);
  for (const query of queries.values()) {
    if (!query.expected) continue;
    const rows = await engine.query(query.sql);
    expect(asCells(rows, query.expected.columns), `${engine.name}: ${query.name}`).toEqual(query.expected.rows);
  }
  const rng = random();
  const where = `${engine.name} (seed ${rng.seed})`;

  // add, any n.
  const add = addCases(sizes.add, rng);
  await engine.exec('CREATE TABLE requests (id INTEGER PRIMARY KEY, start_date DATE NOT NULL, n INTEGER NOT NULL);');
  await insertRows(engine, 'requests', ['id', 'start_date', 'n'], add.rows);
  const added = await engine.query(guideQuery(queries, 'add-any').sql);
  expect(asCells(added, ['result']).map(([value]) => value), `${where}: add-any`).toEqual(add.expected);

  // count.
  const count = countCases(sizes.count, rng);
  await engine.exec('CREATE TABLE spans (id INTEGER PRIMARY KEY, from_date DATE NOT NULL, to_date DATE NOT NULL);');
  await insertRows(engine, 'spans', ['id', 'from_date', 'to_date'], count.rows);
  const counted = await engine.query(guideQuery(queries, 'count-many').sql);
  expect(counted.map((row) => Number(row['working_days'])), `${where}: count-many`).toEqual(count.expected);

  // Deadlines with clock stops, under both readings of the stop day.
  const withStops = guideQuery(queries, 'deadlines-with-stops').sql;
  const term = ' + CASE WHEN f.working THEN 1 ELSE 0 END';
  expect(withStops, 'the guide says to leave out this term for the other reading').toContain(term);
  for (const [stopDayCounts, sql] of [[false, withStops], [true, withStops.replace(term, '')]] as const) {
    const cases = stopCases(sizes.stops, rng, stopDayCounts);
    await engine.exec('DELETE FROM stops; DELETE FROM applications;');
    await insertRows(engine, 'applications', ['id', 'start_date', 'working_days'], cases.applications);
    await insertRows(engine, 'stops', ['application_id', 'stop_from', 'stop_to'], cases.stops);
    const due = await engine.query(sql);
    expect(asCells(due, ['due']).map(([value]) => value), `${where}: deadlines-with-stops, stopDayCounts ${stopDayCounts}`).toEqual(cases.expected);
    expect(cases.stops.length).toBeGreaterThan(sizes.stops / 2);
  }
}
