/**
 * The calendar table in DuckDB: the CSV export loaded with read_csv (and the SQL script run as it is), then the SQL
 * guide's queries checked against the library — thousands of random add and count answers, deadlines with clock
 * stops, and 100,000 deadlines in one query.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, calendarTable, CN, formatCalendarTable, projectCalendar, type CalendarTableRow } from '../../src/index.js';
import { addCases, checkGuide, guideQueries, guideQuery, insertRows, orNull, random, randomDate, tableRows, type Engine } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'reviewclock-duckdb-'));
const rows = calendarTable(CN.coverage.from, CN.coverage.to);
const open: DuckDBInstance[] = [];

/** A fresh in-memory DuckDB with `text` (CSV, or else an SQL script) loaded as reviewclock_calendar. */
async function duckdb(text: string, as: 'csv' | 'sql'): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  open.push(instance);
  const connection: DuckDBConnection = await instance.connect();
  const engine: Engine = {
    name: `DuckDB (${as})`,
    exec: async (sql) => void (await connection.run(sql)),
    query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close: async () => connection.closeSync(),
  };
  if (as === 'csv') {
    const file = join(dir, `calendar-${open.length}.csv`);
    writeFileSync(file, text);
    // As the guide loads it: read_csv detects the types (DATE, BOOLEAN, integers).
    await engine.exec(`CREATE TABLE reviewclock_calendar AS SELECT * FROM read_csv('${file}')`);
  } else {
    await engine.exec(text);
  }
  return engine;
}

let fromCsv: Engine;

beforeAll(async () => {
  fromCsv = await duckdb(formatCalendarTable(rows, { format: 'csv' }), 'csv');
});

afterAll(async () => {
  await fromCsv?.close();
  for (const instance of open) instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('calendar table in DuckDB', () => {
  it('checks the queries of both guides: the Chinese one has the same SQL and results', () => {
    const en = [...guideQueries('docs/guides/sql.md').values()];
    expect(en.map((query) => query.name)).toEqual(['add-one', 'count-one', 'next-one', 'example-data', 'deadlines', 'add-any', 'count-many', 'deadlines-with-stops', 'missing']);
    expect([...guideQueries('docs/guides/sql.zh-CN.md').values()]).toEqual(en);
  });

  it('loads from the CSV with the right types and every row as calendarTable gives it', async () => {
    const types = await fromCsv.query('DESCRIBE reviewclock_calendar');
    expect(Object.fromEntries(types.map((column) => [column['column_name'], column['column_type']]))).toMatchObject({
      date: 'DATE',
      working: 'BOOLEAN',
      provisional: 'BOOLEAN',
      kind: 'VARCHAR',
      holiday_zh: 'VARCHAR',
    });
    expect(await tableRows(fromCsv)).toEqual(rows);
  });

  it('runs the SQL script unchanged, giving the same rows', async () => {
    const engine = await duckdb(formatCalendarTable(rows, { format: 'sql' }), 'sql');
    expect(await tableRows(engine)).toEqual(rows);
    // A table name that is an SQL keyword still loads (the script quotes it).
    await engine.exec(formatCalendarTable(rows.slice(0, 600), { format: 'sql', table: 'order' }));
    expect(await engine.query('SELECT count(*) AS n FROM "order"')).toEqual([{ n: '600' }]);
    await engine.close();
  });

  it("answers the guide's queries as the library does (examples, random add and count, deadlines with stops)", async () => {
    await checkGuide(fromCsv, { add: 5000, count: 5000, stops: 300 });
  });

  it('computes 100,000 deadlines in one query, each equal to addWorkingDays', async () => {
    const engine = await duckdb(formatCalendarTable(rows, { format: 'csv' }), 'csv');
    const rng = random();
    const applications: Array<[number, string, number]> = [];
    const expected: Array<string | null> = [];
    for (let id = 1; id <= 100_000; id++) {
      const start = randomDate(rng);
      const days = rng.int(1, 1000);
      applications.push([id, start, days]);
      // Past 2026-12-31 the library refuses (coverage) and the table has no row: NULL.
      expected.push(orNull(() => addWorkingDays(start, days)));
    }
    await engine.exec('CREATE TABLE applications (id INTEGER PRIMARY KEY, start_date DATE NOT NULL, working_days INTEGER NOT NULL);');
    await insertRows(engine, 'applications', ['id', 'start_date', 'working_days'], applications);
    const result = await engine.query(guideQuery(guideQueries(), 'deadlines').sql);
    expect(result).toHaveLength(100_000);
    expect(result.map((row) => row['id'])).toEqual(applications.map(([id]) => id));
    const due = result.map((row) => row['due'] as string | null);
    const wrong = due.flatMap((value, i) => (value === expected[i] ? [] : [`${applications[i]!.join(' ')}: ${value} != ${expected[i]}`]));
    expect(wrong.slice(0, 10), `seed ${rng.seed}`).toEqual([]);
    // Both kinds of answer were checked: due dates, and NULL past the table.
    expect(due.filter((value) => value === null).length).toBeGreaterThan(100);
    expect(due.filter((value) => value !== null).length).toBeGreaterThan(90_000);
    await engine.close();
  });

  it('exports projected years with provisional rows, and adds on them as the projected calendar does', async () => {
    const projected = projectCalendar(CN, { through: 2029 });
    const table: CalendarTableRow[] = calendarTable('2024-01-01', projected.coverage.to, { calendar: projected });
    const engine = await duckdb(formatCalendarTable(table, { format: 'csv' }), 'csv');
    const flags = await engine.query("SELECT provisional, min(date) AS first, max(date) AS last FROM reviewclock_calendar GROUP BY provisional ORDER BY provisional");
    expect(flags).toEqual([
      { provisional: false, first: '2024-01-01', last: '2026-12-31' },
      { provisional: true, first: '2027-01-01', last: '2029-12-31' },
    ]);
    const rng = random();
    const cases = addCases(2000, rng, projected, { first: '2024-01-01', last: '2029-12-31' });
    await engine.exec('CREATE TABLE requests (id INTEGER PRIMARY KEY, start_date DATE NOT NULL, n INTEGER NOT NULL);');
    await insertRows(engine, 'requests', ['id', 'start_date', 'n'], cases.rows);
    const result = await engine.query(guideQuery(guideQueries(), 'add-any').sql);
    // Before 2024-01-01 the table has no row, though the calendar has the day: the library's answer there is not NULL.
    const expected = cases.expected.map((answer) => {
      return answer !== null && answer < '2024-01-01' ? null : answer;
    });
    expect(result.map((row) => row['result'])).toEqual(expected);
    await engine.close();
  });
});
