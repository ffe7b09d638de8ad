/**
 * The calendar table in PostgreSQL (PGlite: Postgres compiled to WebAssembly): the SQL script run as it is, then the
 * SQL guide's queries checked against the library — thousands of random add and count answers and deadlines with
 * clock stops.
 */
import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarTable, CN, formatCalendarTable } from '../../src/index.js';
import { checkGuide, tableRows, type Engine } from './support.js';

const rows = calendarTable(CN.coverage.from, CN.coverage.to);
let pg: PGlite;
let engine: Engine;

beforeAll(async () => {
  pg = await PGlite.create();
  // Dates as the text Postgres sends ('YYYY-MM-DD'), not as JS Dates (which would depend on the time zone).
  const parsers = { [types.DATE]: (value: string) => value };
  engine = {
    name: 'PostgreSQL (PGlite)',
    exec: async (sql) => void (await pg.exec(sql)),
    query: async (sql) => (await pg.query<Record<string, unknown>>(sql, [], { parsers })).rows,
    close: async () => pg.close(),
  };
  await engine.exec(formatCalendarTable(rows, { format: 'sql' }));
}, 60_000);

afterAll(async () => {
  await engine?.close();
});

describe('calendar table in PostgreSQL (PGlite)', () => {
  it('runs the SQL script unchanged, with the types and rows of calendarTable', async () => {
    const columns = await engine.query(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'reviewclock_calendar' ORDER BY ordinal_position",
    );
    expect(columns.map((column) => `${column['column_name']} ${column['data_type']}`)).toEqual([
      'date date', 'weekday smallint', 'working boolean', 'kind text', 'ordinal integer', 'holiday text', 'holiday_zh text',
      'provisional boolean', 'source text', 'source_url text',
    ]);
    expect(await tableRows(engine)).toEqual(rows);
    const indexes = await engine.query("SELECT indexname FROM pg_indexes WHERE tablename = 'reviewclock_calendar' ORDER BY indexname");
    expect(indexes.map((index) => index['indexname'])).toEqual(['reviewclock_calendar_ordinal', 'reviewclock_calendar_pkey']);
  });

  it('loads a table named by --table, an SQL keyword included', async () => {
    await engine.exec(formatCalendarTable(rows.slice(0, 600), { format: 'sql', table: 'order' }));
    expect(await engine.query('SELECT count(*)::int AS n FROM "order"')).toEqual([{ n: 600 }]);
  });

  it("answers the guide's queries as the library does (examples, random add and count, deadlines with stops)", async () => {
    await checkGuide(engine, { add: 3000, count: 3000, stops: 200 });
  }, 60_000);
});
