/**
 * A calendar table (`calendarTable`) written out as CSV, NDJSON or one SQL script that runs unchanged in
 * PostgreSQL, DuckDB and SQLite. Pure text building: no Node API.
 *
 * @module
 */
import { KIND_NAMES } from '../calendar/Calendar.js';
import type { DayKind } from '../calendar/types.js';
import { tryParsePlainDate, weekdayOfDayNumber } from '../date/plainDate.js';
import { denseEntries, describeValue, InvalidArgumentError } from '../errors.js';
import { MAX_CALENDAR_TABLE_DAYS, type CalendarTableRow } from '../workday/calendarTable.js';

const FN = 'formatCalendarTable';

/** The formats `formatCalendarTable` writes. */
export type CalendarTableFormat = 'csv' | 'ndjson' | 'sql';

/** Options of `formatCalendarTable`. */
export interface FormatCalendarTableOptions {
  /**
   * - `'csv'`: a header line, then one line per day (RFC 4180 quoting, LF line ends; an empty field is NULL,
   *   booleans are `true`/`false`);
   * - `'ndjson'`: one JSON object per line, keys as the column names, `null` for none;
   * - `'sql'`: `CREATE TABLE`, multi-row `INSERT`s of 500 rows each and an index on `ordinal`, in one transaction.
   */
  readonly format: CalendarTableFormat;
  /**
   * For `'sql'`: the table's name, default `'reviewclock_calendar'`. Lower-case letters, digits and `_`, starting with
   * a letter or `_`, at most 54 characters (so that the index name `<table>_ordinal` fits PostgreSQL's 63), not
   * starting with `sqlite_`. A schema-qualified name is refused: SQLite and PostgreSQL disagree on where the schema
   * goes in `CREATE INDEX`; set the schema as the session's default instead (`SET search_path`, `USE`).
   */
  readonly table?: string | undefined;
}

/** The table's columns, in order, with their SQL types. */
const COLUMNS: ReadonlyArray<readonly [keyof CalendarTableRow, string]> = [
  ['date', 'DATE NOT NULL PRIMARY KEY'],
  ['weekday', 'SMALLINT NOT NULL'],
  ['working', 'BOOLEAN NOT NULL'],
  ['kind', 'TEXT NOT NULL'],
  ['ordinal', 'INTEGER NOT NULL'],
  ['holiday', 'TEXT'],
  ['holiday_zh', 'TEXT'],
  ['provisional', 'BOOLEAN NOT NULL'],
  ['source', 'TEXT'],
  ['source_url', 'TEXT'],
];

const DEFAULT_TABLE = 'reviewclock_calendar';
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,53}$/;
const ROWS_PER_INSERT = 500;
const TEXT_KEYS = ['holiday', 'holiday_zh', 'source', 'source_url'] as const;
/** A NUL (PostgreSQL text cannot hold it) or a lone surrogate (not encodable as UTF-8). */
const UNWRITABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function readTable(value: unknown): string {
  if (value === undefined) return DEFAULT_TABLE;
  if (typeof value !== 'string' || !TABLE_NAME.test(value) || value.startsWith('sqlite_')) {
    throw new InvalidArgumentError(
      `${FN}: invalid table name ${describeValue(value)}, expected lower-case letters, digits and _, starting with a letter ` +
        "or _, at most 54 characters, not starting with sqlite_, and no schema (e.g. 'reviewclock_calendar')",
    );
  }
  return value;
}

function readOptions(options: unknown): { format: CalendarTableFormat; table: string } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${FN}: options must be an object { format, table? }, received ${describeValue(options)}`);
  }
  const { format, table } = options as { format?: unknown; table?: unknown };
  if (format !== 'csv' && format !== 'ndjson' && format !== 'sql') {
    throw new InvalidArgumentError(`${FN}: invalid format ${describeValue(format)}, expected 'csv', 'ndjson' or 'sql'`);
  }
  return { format, table: readTable(table) };
}

/** Checks one row and returns it with exactly the table's keys, in column order. */
function readRow(index: number, value: unknown, previousDay: number | undefined): { row: CalendarTableRow; day: number } {
  const where = `${FN}: rows[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${where} must be a row object (as calendarTable returns), received ${describeValue(value)}`);
  }
  const row = value as Record<string, unknown>;
  const bad = (key: string, expected: string): never => {
    throw new InvalidArgumentError(`${where}.${key}: expected ${expected}, received ${describeValue(row[key])}`);
  };
  const day = tryParsePlainDate(row['date']);
  if (day === undefined) bad('date', 'a date YYYY-MM-DD');
  if (previousDay !== undefined && day! <= previousDay) bad('date', 'a day after the previous row\'s (rows in date order, each day once)');
  if (row['weekday'] !== weekdayOfDayNumber(day!)) bad('weekday', `${weekdayOfDayNumber(day!)}, the ISO weekday of ${String(row['date'])}`);
  const kind = row['kind'];
  if (typeof kind !== 'string' || !(KIND_NAMES as readonly string[]).includes(kind)) bad('kind', "'workday', 'weekend', 'holiday' or 'makeup-workday'");
  const working = kind === 'workday' || kind === 'makeup-workday';
  if (row['working'] !== working) bad('working', `${working} (the day is a ${String(kind)})`);
  const ordinal = row['ordinal'];
  if (typeof ordinal !== 'number' || !Number.isSafeInteger(ordinal) || ordinal < 0 || ordinal > MAX_CALENDAR_TABLE_DAYS) {
    bad('ordinal', 'a whole number from 0 to 100,000');
  }
  if (typeof row['provisional'] !== 'boolean') bad('provisional', 'true or false');
  for (const key of TEXT_KEYS) {
    const text = row[key];
    if (text !== null && (typeof text !== 'string' || UNWRITABLE.test(text))) {
      bad(key, 'a string (without NUL characters or lone surrogates) or null');
    }
  }
  return {
    day: day!,
    row: {
      date: row['date'] as CalendarTableRow['date'],
      weekday: row['weekday'] as number,
      working,
      kind: kind as DayKind,
      ordinal: ordinal as number,
      holiday: row['holiday'] as string | null,
      holiday_zh: row['holiday_zh'] as string | null,
      provisional: row['provisional'] as boolean,
      source: row['source'] as string | null,
      source_url: row['source_url'] as string | null,
    },
  };
}

function readRows(rows: unknown): CalendarTableRow[] {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(`${FN}: rows must be an array (as calendarTable returns), received ${describeValue(rows)}`);
  if (rows.length > MAX_CALENDAR_TABLE_DAYS) {
    throw new InvalidArgumentError(`${FN}: ${rows.length} rows; expected at most 100,000 rows (days) in one table`);
  }
  const checked: CalendarTableRow[] = [];
  let previous: number | undefined;
  for (const [index, value] of denseEntries(`${FN}: rows`, rows).entries()) {
    const { row, day } = readRow(index, value, previous);
    checked.push(row);
    previous = day;
  }
  return checked;
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Quoted when it must be, and when empty: an unquoted empty field reads as NULL.
  return value === '' || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function sqlValue(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

function valuesOf(row: CalendarTableRow): Array<string | number | boolean | null> {
  return COLUMNS.map(([key]) => row[key]);
}

function toSql(rows: readonly CalendarTableRow[], table: string): string {
  const names = COLUMNS.map(([key]) => key).join(', ');
  const span = rows.length === 0 ? 'no days' : `${rows.length} days, ${rows[0]!.date} to ${rows.at(-1)!.date}`;
  const parts = [
    `-- reviewclock calendar table "${table}": ${span}. Runs unchanged in PostgreSQL, DuckDB and SQLite 3.23+.\n`,
    '-- The n-th working day after s (n >= 1): the row with working = TRUE and ordinal = ordinal(s) + n.\n',
    '-- Working days x with a < x <= b: ordinal(b) - ordinal(a). Both only for days inside the table.\n',
    'BEGIN;\n',
    `CREATE TABLE "${table}" (\n${COLUMNS.map(([key, type]) => `  ${key} ${type}`).join(',\n')}\n);\n`,
  ];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT).map((row) => `(${valuesOf(row).map(sqlValue).join(', ')})`);
    parts.push(`INSERT INTO "${table}" (${names}) VALUES\n${chunk.join(',\n')};\n`);
  }
  parts.push(`CREATE INDEX "${table}_ordinal" ON "${table}" (ordinal);\n`, 'COMMIT;\n');
  return parts.join('');
}

/**
 * Writes a calendar table (the rows of `calendarTable`) as CSV, NDJSON or one SQL script, for loading into a
 * database or a warehouse (docs/guides/sql.md). The columns are `date, weekday, working, kind, ordinal, holiday,
 * holiday_zh, provisional, source, source_url`; a day without a holiday or a source has NULL there (an empty CSV
 * field, `null` in NDJSON).
 *
 * The SQL script (`CREATE TABLE`, then `INSERT`s of 500 rows each, then an index on `ordinal`, inside
 * `BEGIN`/`COMMIT`) runs unchanged in PostgreSQL, DuckDB and SQLite 3.23 or later. Strings are SQL literals with
 * single quotes doubled; dates are `'YYYY-MM-DD'` literals into a `DATE` column (text in SQLite); booleans are
 * `TRUE`/`FALSE`. `date` is the primary key; `ordinal` is indexed but not unique (a rest day shares the ordinal of
 * the working day before it).
 *
 * @param rows - Rows in date order, each day once, as `calendarTable` returns them; at most 100,000.
 * @param options - `{ format: 'csv' | 'ndjson' | 'sql', table? }`; `table` names the SQL table (default
 *   `'reviewclock_calendar'`).
 * @returns The text, ending with a line end.
 * @throws {InvalidArgumentError} For an unknown format, a table name that is not a plain lower-case SQL identifier,
 *   more than 100,000 rows, or a row that is not a calendar-table row (naming the row and the field).
 *
 * @example
 * formatCalendarTable(calendarTable('2025-10-08', '2025-10-09'), { format: 'csv' })
 * //=> 'date,weekday,working,kind,ordinal,holiday,holiday_zh,provisional,source,source_url\n' +
 * //   '2025-10-08,3,false,holiday,0,National Day and Mid-Autumn Festival,国庆节、中秋节,false,国务院办公厅关于2025年部分节假日安排的通知,https://www.gov.cn/…\n' +
 * //   '2025-10-09,4,true,workday,1,,,false,,\n'
 * formatCalendarTable(calendarTable(CN.coverage.from, CN.coverage.to), { format: 'sql', table: 'cn_calendar' })
 * //=> '-- reviewclock calendar table "cn_calendar": 8401 days, 2004-01-01 to 2026-12-31. …'
 */
export function formatCalendarTable(rows: readonly CalendarTableRow[], options: FormatCalendarTableOptions): string {
  const { format, table } = readOptions(options);
  const checked = readRows(rows);
  if (format === 'sql') return toSql(checked, table);
  if (format === 'ndjson') return checked.map((row) => `${JSON.stringify(row)}\n`).join('');
  const header = `${COLUMNS.map(([key]) => key).join(',')}\n`;
  return header + checked.map((row) => `${valuesOf(row).map(csvField).join(',')}\n`).join('');
}
