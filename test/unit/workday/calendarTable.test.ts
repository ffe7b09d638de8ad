import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CN,
  CalendarCoverageError,
  InvalidArgumentError,
  InvalidDateError,
  MONDAY_TO_FRIDAY,
  calendarTable,
  dayInfo,
  projectCalendar,
  type CalendarTableRow,
} from '../../../src/index.js';
import { coveredDate } from '../../support/arbitraries.js';
import { FIRST, LAST, referenceAdd, referenceCount, shiftDays } from '../../support/referenceCalendar.js';
import { thrown } from '../../support/thrown.js';

const NOTICE_2025 = '国务院办公厅关于2025年部分节假日安排的通知';

// The 2025 notice, item 六: "10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。"
// Counted by hand from an export starting on Sunday 28 September (a make-up working day, so ordinal 1):
// 28 Sep 1, Mon 29 2, Tue 30 3; 1–8 Oct rest days keep 3; Thu 9 Oct 4, Fri 10 5, Sat 11 (make-up) 6; Sun 12 keeps 6.
describe('calendarTable', () => {
  it('numbers the working days of National Day 2025 from the first day of the export', () => {
    const rows = calendarTable('2025-09-28', '2025-10-12');
    expect(rows.map((row) => [row.date, row.weekday, row.working, row.kind, row.ordinal])).toEqual([
      ['2025-09-28', 7, true, 'makeup-workday', 1],
      ['2025-09-29', 1, true, 'workday', 2],
      ['2025-09-30', 2, true, 'workday', 3],
      ['2025-10-01', 3, false, 'holiday', 3],
      ['2025-10-02', 4, false, 'holiday', 3],
      ['2025-10-03', 5, false, 'holiday', 3],
      ['2025-10-04', 6, false, 'holiday', 3],
      ['2025-10-05', 7, false, 'holiday', 3],
      ['2025-10-06', 1, false, 'holiday', 3],
      ['2025-10-07', 2, false, 'holiday', 3],
      ['2025-10-08', 3, false, 'holiday', 3],
      ['2025-10-09', 4, true, 'workday', 4],
      ['2025-10-10', 5, true, 'workday', 5],
      ['2025-10-11', 6, true, 'makeup-workday', 6],
      ['2025-10-12', 7, false, 'weekend', 6],
    ]);
  });

  it('starts at 0 when the first day is a rest day: the first working day is 1', () => {
    const rows = calendarTable('2025-10-01', '2025-10-10');
    expect(rows.map((row) => row.ordinal)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('carries names and the notice on holidays, the notice on make-up days, nulls elsewhere', () => {
    const [makeup, workday, , holiday] = calendarTable('2025-09-28', '2025-10-01');
    expect(holiday).toEqual({
      date: '2025-10-01',
      weekday: 3,
      working: false,
      kind: 'holiday',
      ordinal: 3,
      holiday: 'National Day and Mid-Autumn Festival',
      holiday_zh: '国庆节、中秋节',
      provisional: false,
      source: NOTICE_2025,
      source_url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    });
    expect(makeup).toMatchObject({ holiday: null, holiday_zh: null, source: NOTICE_2025 });
    expect(workday).toMatchObject({ holiday: null, holiday_zh: null, source: null, source_url: null });
    // The keys are the table's columns, in order.
    expect(Object.keys(holiday!)).toEqual(['date', 'weekday', 'working', 'kind', 'ordinal', 'holiday', 'holiday_zh', 'provisional', 'source', 'source_url']);
  });

  it('covers the whole calendar in one table: 8,401 days for 2004–2026, each as dayInfo says', () => {
    const rows = calendarTable(CN.coverage.from, CN.coverage.to);
    expect(rows).toHaveLength(8401);
    expect([rows[0]!.date, rows.at(-1)!.date]).toEqual([FIRST, LAST]);
    // 2004-01-01 is New Year's Day (0), 2004-01-02 the first working day.
    expect(rows.slice(0, 2).map((row) => row.ordinal)).toEqual([0, 1]);
    for (const row of rows.filter((_, i) => i % 97 === 0)) {
      const info = dayInfo(row.date);
      expect(row).toMatchObject({ weekday: info.weekday, working: info.working, kind: info.kind, provisional: false });
      expect(row.holiday).toBe(info.holiday?.name ?? null);
      expect(row.source).toBe(info.source?.title ?? null);
    }
  });

  it('flags projected days as provisional', () => {
    const projected = projectCalendar(CN, { through: 2027 });
    const rows = calendarTable('2026-12-31', '2027-01-04', { calendar: projected });
    expect(rows.map((row) => [row.date, row.provisional, row.ordinal])).toEqual([
      ['2026-12-31', false, 1],
      ['2027-01-01', true, 1],
      ['2027-01-02', true, 1],
      ['2027-01-03', true, 1],
      ['2027-01-04', true, 2],
    ]);
  });

  it('law: the n-th working day after s has ordinal(s) + n and is a working day; count(a, b) = ordinal(b) − ordinal(a)', () => {
    // Tables from a random first day to the end of coverage; s, a and b inside; answers from the naive reference.
    const tables = new Map<string, Map<string, CalendarTableRow>>();
    const tableFrom = (first: string) => {
      let table = tables.get(first);
      if (!table) {
        table = new Map(calendarTable(first, LAST).map((row) => [row.date, row]));
        tables.set(first, table);
      }
      return table;
    };
    const firsts = [FIRST, '2010-02-13', '2016-10-02', '2025-10-01', '2025-10-09'];
    fc.assert(
      fc.property(fc.constantFrom(...firsts), coveredDate, coveredDate, fc.integer({ min: 1, max: 400 }), (first, s, other, n) => {
        const table = tableFrom(first);
        const start = s < first ? first : s;
        const due = referenceAdd(start, n);
        if (due !== undefined) {
          const row = table.get(due)!;
          expect(row.working).toBe(true);
          expect(row.ordinal).toBe(table.get(start)!.ordinal + n);
        }
        const b = other < first ? first : other;
        expect(table.get(b)!.ordinal - table.get(start)!.ordinal).toBe(referenceCount(start, b));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses bad input with typed errors naming the value', () => {
    expect(thrown(() => calendarTable('2025-02-30', '2025-03-01'))).toBeInstanceOf(InvalidDateError);
    expect(thrown(() => calendarTable('2025-03-01', 'tomorrow'))).toBeInstanceOf(InvalidDateError);
    const reversed = thrown(() => calendarTable('2025-03-02', '2025-03-01'));
    expect(reversed).toBeInstanceOf(InvalidArgumentError);
    expect(reversed.message).toContain('2025-03-02');
    expect(thrown(() => calendarTable('2003-12-31', '2004-01-05'))).toBeInstanceOf(CalendarCoverageError);
    expect(thrown(() => calendarTable('2026-12-30', '2027-01-01'))).toBeInstanceOf(CalendarCoverageError);
    expect(thrown(() => calendarTable('2025-01-01', '2025-01-02', { calendar: 'CN' as never }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('caps a table at 100,000 days, refused before anything is built', () => {
    // 1901-01-01 + 100,000 days = 2174-10-16 (100,001 days in the span), by UTC arithmetic.
    expect(shiftDays('1901-01-01', 100_000)).toBe('2174-10-16');
    const error = thrown(() => calendarTable('1901-01-01', '2174-10-16', { calendar: MONDAY_TO_FRIDAY }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toContain('has 100001 days');
    expect(thrown(() => calendarTable('0001-01-01', '9999-12-31'))).toBeInstanceOf(InvalidArgumentError);
  });
});
