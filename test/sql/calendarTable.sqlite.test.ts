/**
 * The calendar table in SQLite, through the sqlite3 command-line shell (skipped where none is installed): the SQL
 * script run as it is, then the SQL guide's queries checked against the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarTable, CN, formatCalendarTable } from '../../src/index.js';
import { checkGuide, sqliteBinary, sqliteEngine, tableRows, type Engine } from './support.js';

const rows = calendarTable(CN.coverage.from, CN.coverage.to);
let engine: Engine;

describe.skipIf(sqliteBinary() === undefined)('calendar table in SQLite (sqlite3 shell)', () => {
  beforeAll(async () => {
    engine = sqliteEngine();
    await engine.exec(formatCalendarTable(rows, { format: 'sql' }));
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('runs the SQL script unchanged, with the rows of calendarTable (dates as text, booleans as 0/1)', async () => {
    expect(await engine.query("SELECT typeof(date) AS date, typeof(working) AS working FROM reviewclock_calendar LIMIT 1")).toEqual([
      { date: 'text', working: 'integer' },
    ]);
    expect(await tableRows(engine)).toEqual(rows);
  });

  it('loads a table named by --table, an SQL keyword included', async () => {
    await engine.exec(formatCalendarTable(rows.slice(0, 600), { format: 'sql', table: 'order' }));
    expect(await engine.query('SELECT count(*) AS n FROM "order"')).toEqual([{ n: 600 }]);
  });

  it("answers the guide's queries as the library does (examples, random add and count, deadlines with stops)", async () => {
    await checkGuide(engine, { add: 2000, count: 2000, stops: 200 });
  });
});
