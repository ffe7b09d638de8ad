import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scheduleJsonSchemaText } from '../../../scripts/schedule-json-schema.js';
import {
  CN,
  CalendarCoverageError,
  HolidayScheduleJsonSchema,
  HolidayScheduleSchema,
  InvalidArgumentError,
  ScheduleValidationError,
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  projectCalendar,
  withOverrides,
  withSchedules,
  type HolidaySchedule,
} from '../../../src/index.js';

/** A made-up 2027 notice (the real one was not published when this was written), in the JSON file format. */
const notice2027File = new URL('../../../fixtures/schedules/cn-2027-example.json', import.meta.url);
const notice2027 = JSON.parse(readFileSync(notice2027File, 'utf8')) as HolidaySchedule;

function issuesOf(run: () => unknown): { path: readonly PropertyKey[]; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ScheduleValidationError);
    expect((error as ScheduleValidationError).code).toBe('invalid_schedule');
    return (error as ScheduleValidationError).issues.map(({ path, message }) => ({ path, message }));
  }
  throw new Error('expected a ScheduleValidationError');
}

describe('withSchedules', () => {
  it('adds the 2027 notice from a JSON file in one line and keeps the id', () => {
    const cn = withSchedules(CN, JSON.parse(readFileSync(notice2027File, 'utf8')));
    expect(cn.id).toBe('CN');
    expect(cn.coverage).toEqual({ from: '2004-01-01', to: '2027-12-31' });
    // 2027-02-08 is a Monday inside the example's Spring Festival span 2027-02-05..2027-02-11.
    expect(dayInfo('2027-02-08', { calendar: cn })).toMatchObject({ working: false, kind: 'holiday', provisional: false, holiday: { name: 'Spring Festival', nameZh: '春节' } });
    // 2027-02-20 is a Saturday listed as a make-up working day.
    expect(dayInfo('2027-02-20', { calendar: cn })).toMatchObject({ working: true, kind: 'makeup-workday', weekday: 6 });
  });

  it('never changes CN itself', () => {
    withSchedules(CN, notice2027);
    expect(CN.coverage.to).toBe('2026-12-31');
    expect(() => isWorkingDay('2027-01-04')).toThrow(CalendarCoverageError);
  });

  it('applies days a notice sets in the previous year on top of that year', () => {
    const cn = withSchedules(CN, notice2027);
    // The example makes Saturday 2026-12-26 a working day; bundled CN has it as an ordinary Saturday.
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(dayInfo('2026-12-26', { calendar: cn })).toMatchObject({ working: true, kind: 'makeup-workday', source: notice2027.source });
    // Its neighbours keep the 2026 data.
    expect(isWorkingDay('2026-12-25', { calendar: cn })).toBe(true);
    expect(isWorkingDay('2026-12-27', { calendar: cn })).toBe(false);
  });

  it('counts across the year end with the added year', () => {
    const cn = withSchedules(CN, notice2027);
    // Working days after Thu 2026-12-31: Sat 2026-12-26 is before it; 2027-01-01..03 rest (New Year), Mon 01-04 is the 1st.
    expect(addWorkingDays('2026-12-31', 1, { calendar: cn })).toBe('2027-01-04');
    // 2027: 261 weekdays - 17 weekday rest days + 3 make-up days = 247 (derivation in the fixture).
    expect(countWorkingDays('2026-12-31', '2027-12-31', { calendar: cn })).toBe(notice2027Derivation.workingDays);
  });

  it('accepts one schedule or an array, including a notice and its amendment for one year', () => {
    const amendment: HolidaySchedule = {
      year: 2027,
      source: { title: 'Amendment (example)', url: 'https://example.org/amendment' },
      holidays: [{ name: 'Extra rest day', from: '2027-03-01', to: '2027-03-01' }],
      makeupWorkdays: [],
    };
    const cn = withSchedules(CN, [notice2027, amendment]);
    expect(isWorkingDay('2027-03-01', { calendar: cn })).toBe(false);
    expect(dayInfo('2027-03-01', { calendar: cn }).source).toEqual(amendment.source);
  });

  it('refuses a year the calendar covers unless replace is true', () => {
    const schedule2026: HolidaySchedule = {
      year: 2026,
      source: { title: 'Revised 2026 (example)', url: 'https://example.org/2026' },
      holidays: [{ name: 'National Day', nameZh: '国庆节', from: '2026-10-01', to: '2026-10-03' }],
      makeupWorkdays: [],
    };
    expect(issuesOf(() => withSchedules(CN, [schedule2026]))).toEqual([
      { path: [0, 'year'], message: expect.stringMatching(/2026 is already covered by the CN calendar .*replace: true/) },
    ]);
    const replaced = withSchedules(CN, [schedule2026], { replace: true });
    expect(replaced.coverage).toEqual(CN.coverage);
    // Bundled 2026 rests 2026-10-01..07; the replacement rests only 1–3, so Mon 10-05 works.
    expect(isWorkingDay('2026-10-05', { calendar: replaced })).toBe(true);
    expect(isWorkingDay('2026-10-02', { calendar: replaced })).toBe(false);
    // The old notice's make-up Sunday 2026-01-04 is gone too.
    expect(isWorkingDay('2026-01-04', { calendar: replaced })).toBe(false);
    // Other years are untouched.
    expect(isWorkingDay('2025-10-08', { calendar: replaced })).toBe(false);
  });

  it('replaces a year exactly on a calendar that is not built from schedules', () => {
    const overridden = withOverrides(CN, { closed: ['2025-11-14'] });
    const schedule2026: HolidaySchedule = { year: 2026, source: { title: 'x', url: 'https://example.org' }, holidays: [], makeupWorkdays: [] };
    const replaced = withSchedules(overridden, schedule2026, { replace: true });
    expect(isWorkingDay('2026-10-01', { calendar: replaced })).toBe(true);
    expect(isWorkingDay('2026-01-04', { calendar: replaced })).toBe(false);
    expect(isWorkingDay('2025-11-14', { calendar: replaced })).toBe(false);
  });

  it('refuses a gap between the covered years and the added ones', () => {
    const schedule2028 = { ...notice2027, year: 2028, holidays: [], makeupWorkdays: [] };
    expect(issuesOf(() => withSchedules(CN, [schedule2028]))).toEqual([
      { path: [0, 'year'], message: expect.stringMatching(/2028 would leave 2027 uncovered .*add the schedule for 2027/) },
    ]);
    // With 2027 in the same call there is no gap.
    expect(withSchedules(CN, [schedule2028, notice2027]).coverage.to).toBe('2028-12-31');
  });

  it('reports a bad date, from after to, and a make-up day on a weekday, with paths', () => {
    const bad = {
      ...notice2027,
      holidays: [
        { name: 'Spring Festival', from: '2027-02-30', to: '2027-03-01' },
        { name: 'Labour Day', from: '2027-05-05', to: '2027-05-01' },
      ],
      makeupWorkdays: ['2027-02-22'],
    };
    expect(issuesOf(() => withSchedules(CN, [bad]))).toEqual([
      { path: [0, 'holidays', 0, 'from'], message: 'expected a calendar date as YYYY-MM-DD' },
      { path: [0, 'holidays', 1, 'to'], message: '"to" 2027-05-01 is before "from" 2027-05-05' },
      // 2027-02-22 is a Monday.
      { path: [0, 'makeupWorkdays', 0], message: expect.stringContaining('2027-02-22 is not a Saturday or Sunday') },
    ]);
  });

  it('refuses dates outside the year and December of the year before', () => {
    const early = { ...notice2027, makeupWorkdays: ['2026-11-28'] };
    expect(issuesOf(() => withSchedules(CN, early))).toEqual([
      { path: ['makeupWorkdays', 0], message: expect.stringContaining('2026-11-28 is outside 2027') },
    ]);
  });

  it('refuses a schedule of the wrong shape with zod paths', () => {
    const issues = issuesOf(() => withSchedules(CN, [{ year: '2027', holidays: {} } as unknown as HolidaySchedule]));
    expect(issues.map((issue) => issue.path)).toEqual([[0, 'year'], [0, 'source'], [0, 'holidays'], [0, 'makeupWorkdays']]);
  });

  it('refuses arguments that are not calendars, schedules or options', () => {
    expect(() => withSchedules({} as never, notice2027)).toThrow(InvalidArgumentError);
    expect(() => withSchedules(CN, [])).toThrow(/empty array/);
    expect(() => withSchedules(CN, notice2027, { replace: 'yes' } as never)).toThrow(/options.replace must be true or false/);
  });

  it('tells how to extend a calendar with added years', () => {
    const cn = withSchedules(CN, notice2027);
    expect(() => addWorkingDays('2027-12-01', 30, { calendar: cn })).toThrow(
      /covers 2004-01-01 to 2027-12-31 \(2028 is not covered\)\. .*withSchedules\(calendar, \[schedule\]\).*projectCalendar/,
    );
  });

  it('extends a projected calendar with the published year, which is then exact', () => {
    const projected = projectCalendar(CN, { through: 2028 });
    const cn = withSchedules(projected, notice2027, { replace: true });
    expect(dayInfo('2027-02-08', { calendar: cn })).toMatchObject({ kind: 'holiday', provisional: false });
    expect(dayInfo('2028-10-02', { calendar: cn }).provisional).toBe(true);
    expect(dayInfo('2026-12-26', { calendar: cn })).toMatchObject({ kind: 'makeup-workday', provisional: false });
  });
});

/** The example's derivation, kept next to it in the fixture. */
const notice2027Derivation = JSON.parse(
  readFileSync(new URL('../../../fixtures/schedules/cn-2027-example.derivation.json', import.meta.url), 'utf8'),
) as { workingDays: number };

describe('HolidayScheduleSchema and its JSON Schema', () => {
  it('accepts the example file with a $schema and notes', () => {
    expect(HolidayScheduleSchema.safeParse({ ...notice2027, $schema: './holiday-schedule.schema.json', notes: 'x' }).success).toBe(true);
  });

  it('describes the same required fields', () => {
    expect(HolidayScheduleJsonSchema['required']).toEqual(['year', 'source', 'holidays', 'makeupWorkdays']);
    expect(HolidayScheduleJsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(HolidayScheduleJsonSchema['additionalProperties']).toBe(false);
  });

  it('is written to schema/holiday-schedule.schema.json (npx tsx scripts/schedule-json-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(scheduleJsonSchemaText());
  });
});
