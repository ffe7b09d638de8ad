import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, calendarTable, formatCalendarTable, type CalendarTableRow } from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';

const NOTICE = '国务院办公厅关于2025年部分节假日安排的通知';
const URL_2025 = 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm';
const HEADER = 'date,weekday,working,kind,ordinal,holiday,holiday_zh,provisional,source,source_url';

/** A valid row to vary (a Thursday working day, first of its table). */
const plain: CalendarTableRow = {
  date: '2025-10-09', weekday: 4, working: true, kind: 'workday', ordinal: 1,
  holiday: null, holiday_zh: null, provisional: false, source: null, source_url: null,
};

describe('formatCalendarTable', () => {
  it('writes CSV: a header, true/false, empty fields for none', () => {
    expect(formatCalendarTable(calendarTable('2025-10-08', '2025-10-09'), { format: 'csv' })).toBe(
      `${HEADER}\n` +
        `2025-10-08,3,false,holiday,0,National Day and Mid-Autumn Festival,国庆节、中秋节,false,${NOTICE},${URL_2025}\n` +
        '2025-10-09,4,true,workday,1,,,false,,\n',
    );
  });

  it('quotes CSV fields with commas, quotes or line ends, and an empty string (an unquoted empty field is NULL)', () => {
    const row = { ...plain, working: false, kind: 'holiday' as const, ordinal: 0, holiday: 'Day, "one"', holiday_zh: 'a\nb', source: '' };
    expect(formatCalendarTable([row], { format: 'csv' }).split('\n').slice(1).join('\n')).toBe(
      '2025-10-09,4,false,holiday,0,"Day, ""one""","a\nb",false,"",\n',
    );
  });

  it('writes NDJSON: one object a line, keys as the columns, null for none', () => {
    const text = formatCalendarTable(calendarTable('2025-10-09', '2025-10-10'), { format: 'ndjson' });
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(plain);
    expect(lines[0]).toBe(
      '{"date":"2025-10-09","weekday":4,"working":true,"kind":"workday","ordinal":1,"holiday":null,"holiday_zh":null,"provisional":false,"source":null,"source_url":null}',
    );
  });

  it('writes one SQL script: CREATE TABLE, INSERTs of 500 rows, the index, in a transaction', () => {
    const rows = calendarTable('2022-01-01', '2025-04-15'); // 1,201 days
    expect(rows).toHaveLength(1201);
    const sql = formatCalendarTable(rows, { format: 'sql' });
    const lines = sql.split('\n');
    expect(lines.slice(0, 3).every((line) => line.startsWith('-- '))).toBe(true);
    expect(lines[0]).toContain('1201 days, 2022-01-01 to 2025-04-15');
    expect(lines.slice(3, 5)).toEqual(['BEGIN;', 'CREATE TABLE "reviewclock_calendar" (']);
    expect(sql).toContain('  date DATE NOT NULL PRIMARY KEY,\n  weekday SMALLINT NOT NULL,\n  working BOOLEAN NOT NULL,\n');
    expect(sql.match(/^INSERT INTO "reviewclock_calendar" /gm)).toHaveLength(3); // 500 + 500 + 201
    expect(sql).toContain('CREATE INDEX "reviewclock_calendar_ordinal" ON "reviewclock_calendar" (ordinal);\nCOMMIT;\n');
    expect(sql.endsWith('COMMIT;\n')).toBe(true);
    // New Year's Day 2022 (a Saturday, inside the holiday): names, notice, NULLs, FALSE.
    expect(sql).toContain("('2022-01-01', 6, FALSE, 'holiday', 0, 'New Year''s Day', '元旦', FALSE, '国务院办公厅关于2022年部分节假日安排的通知', ");
    expect(sql).toContain("('2022-01-04', 2, TRUE, 'workday', 1, NULL, NULL, FALSE, NULL, NULL)");
  });

  it('doubles single quotes, so a name cannot end the literal', () => {
    const row = { ...plain, source: "x'); DROP TABLE t; --" };
    expect(formatCalendarTable([row], { format: 'sql', table: 'cn_days' })).toContain(
      "(date, weekday, working, kind, ordinal, holiday, holiday_zh, provisional, source, source_url) VALUES\n('2025-10-09', 4, TRUE, 'workday', 1, NULL, NULL, FALSE, 'x''); DROP TABLE t; --', NULL);",
    );
  });

  it('writes an empty table as its header (CSV), nothing (NDJSON), or CREATE TABLE without INSERT (SQL)', () => {
    expect(formatCalendarTable([], { format: 'csv' })).toBe(`${HEADER}\n`);
    expect(formatCalendarTable([], { format: 'ndjson' })).toBe('');
    expect(formatCalendarTable([], { format: 'sql' })).not.toContain('INSERT');
  });

  it('names the table as asked, and refuses a name that is not a plain lower-case identifier', () => {
    expect(formatCalendarTable([plain], { format: 'sql', table: 'cn_days_2025' })).toContain('CREATE TABLE "cn_days_2025" (');
    expect(formatCalendarTable([plain], { format: 'sql', table: `_${'a'.repeat(53)}` })).toContain(`CREATE INDEX "_${'a'.repeat(53)}_ordinal"`);
    for (const table of ['', 'Calendar', 'cn days', 'x;drop', 'public.calendar', '1st', 'sqlite_cal', 'a'.repeat(55), 'ｃａｌ', 'cal"', 5, null]) {
      const error = thrown(() => formatCalendarTable([plain], { format: 'sql', table: table as string }));
      expect(error, String(table)).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toContain('invalid table name');
      if (typeof table === 'string' && table !== '') expect(error.message).toContain(JSON.stringify(table.slice(0, 57)));
    }
  });

  it('refuses an unknown format or options that are not an object', () => {
    for (const options of [{ format: 'xml' }, { format: 'CSV' }, {}, null, undefined, 'csv', []]) {
      const error = thrown(() => formatCalendarTable([plain], options as never));
      expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidArgumentError);
    }
    expect(thrown(() => formatCalendarTable([plain], { format: 'xml' } as never)).message).toContain('"xml"');
  });

  it('refuses rows that are not calendar-table rows, naming the row and the field', () => {
    const cases: Array<[unknown, string]> = [
      ['not rows', 'rows must be an array'],
      [[null], 'rows[0] must be a row object'],
      [[plain, { ...plain }], 'rows[1].date'], // the same day twice
      [[{ ...plain, date: '2025-10-10', weekday: 5 }, plain], 'rows[1].date'], // out of order
      [[{ ...plain, date: '2025-02-30' }], 'rows[0].date'],
      [[{ ...plain, weekday: 5 }], 'rows[0].weekday'],
      [[{ ...plain, kind: 'rest' }], 'rows[0].kind'],
      [[{ ...plain, working: false }], 'rows[0].working'],
      [[{ ...plain, ordinal: -1 }], 'rows[0].ordinal'],
      [[{ ...plain, ordinal: 1.5 }], 'rows[0].ordinal'],
      [[{ ...plain, ordinal: '1' }], 'rows[0].ordinal'],
      [[{ ...plain, provisional: 'no' }], 'rows[0].provisional'],
      [[{ ...plain, holiday: 42 }], 'rows[0].holiday'],
      [[{ ...plain, holiday_zh: 'a\u0000b' }], 'rows[0].holiday_zh'],
      [[{ ...plain, source: 'x\uD800' }], 'rows[0].source'],
      [[{ ...plain, source_url: undefined }], 'rows[0].source_url'],
      [new Array(3), 'rows[0] is missing'],
      [new Array(100_001), 'at most 100,000 rows'],
    ];
    for (const [rows, message] of cases) {
      const error = thrown(() => formatCalendarTable(rows as CalendarTableRow[], { format: 'csv' }));
      expect(error, message).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toContain(message);
    }
  });
});
