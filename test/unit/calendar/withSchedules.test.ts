import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scheduleJsonSchemaText } from '../../../scripts/schedule-json-schema.js';
import {
  CN,
  CalendarCoverageError,
  InvalidArgumentError,
  ScheduleValidationError,
  addWorkingDays,
  combineCalendars,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  parseHolidaySchedule,
  projectCalendar,
  withOverrides,
  withSchedules,
  type HolidaySchedule,
} from '../../../src/index.js';
import { HolidayScheduleJsonSchema, HolidayScheduleSchema } from '../../../src/schema.js';
import { HK } from '../../../src/hk.js';

/** A made-up 2027 notice (the real one was not published when this was written), in the JSON file format. */
const notice2027File = new URL('../../../fixtures/schedules/cn-2027-example.json', import.meta.url);
const notice2027 = JSON.parse(readFileSync(notice2027File, 'utf8')) as HolidaySchedule;

/**
 * INVENTED TEST DATA, not the gazetted list: a Hong Kong 2027 schedule of four general holidays (Saturdays are rest
 * days in HK anyway, and HK has no make-up working days). Mon 2027-12-27 is a working day on the mainland.
 */
const hk2027: HolidaySchedule = {
  year: 2027,
  calendar: 'HK',
  source: { title: 'INVENTED TEST DATA: Hong Kong general holidays 2027 (not the gazetted list)', url: '' },
  holidays: [
    { name: 'The first day of January', from: '2027-01-01', to: '2027-01-01' },
    { name: 'Lunar New Year', from: '2027-02-08', to: '2027-02-09' },
    { name: 'Christmas Day', from: '2027-12-25', to: '2027-12-25' },
    { name: 'The first weekday after Christmas Day', from: '2027-12-27', to: '2027-12-27' },
  ],
  makeupWorkdays: [],
};

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

  it('refuses year 0000 at once, with the path (zod alone accepts it; the error used to come later, on another call)', () => {
    const bad = { ...hk2027, calendar: undefined, year: 2027, holidays: [{ name: 'x', from: '0000-01-01', to: '0000-01-01' }] };
    const issues = issuesOf(() => withSchedules(CN, [bad as unknown as HolidaySchedule]));
    expect(issues).toEqual(
      expect.arrayContaining([{ path: [0, 'holidays', 0, 'from'], message: 'expected a calendar date as YYYY-MM-DD, years 0001 to 9999' }]),
    );
    const makeup = { ...notice2027, makeupWorkdays: ['0000-12-31'] };
    expect(issuesOf(() => withSchedules(CN, [makeup], { replace: true })).map((issue) => issue.path)).toContainEqual([0, 'makeupWorkdays', 0]);
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

  it('refuses a schedule whose calendar field names another calendar', () => {
    const issues = issuesOf(() => withSchedules(CN, [notice2027, hk2027]));
    expect(issues).toEqual([
      { path: [1, 'calendar'], message: expect.stringMatching(/^the schedule is for the HK calendar, but it is being added to the CN calendar; add it to HK/) },
    ]);
    expect(issuesOf(() => withSchedules(HK, { ...notice2027, calendar: 'CN' }))).toEqual([
      { path: ['calendar'], message: expect.stringContaining('is for the CN calendar, but it is being added to the HK calendar') },
    ]);
    // The code is stable, for programs.
    try {
      withSchedules(CN, hk2027);
    } catch (error) {
      expect((error as ScheduleValidationError).issues[0]).toMatchObject({ code: 'calendar_mismatch', path: ['calendar'] });
    }
  });

  it('accepts a schedule whose calendar field names the calendar', () => {
    const cn = withSchedules(CN, { ...notice2027, calendar: 'CN' });
    expect(cn.coverage.to).toBe('2027-12-31');
    const hk = withSchedules(HK, hk2027);
    expect(hk.id).toBe('HK');
    expect(hk.coverage).toEqual({ from: '2016-01-01', to: '2027-12-31' });
    expect(isWorkingDay('2027-12-27', { calendar: hk })).toBe(false);
    expect(isWorkingDay('2027-12-28', { calendar: hk })).toBe(true);
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

describe('withSchedules on a combination', () => {
  const both = combineCalendars([CN, HK]);

  it("routes each schedule to the member its calendar names (absent: CN) and combines the members again", () => {
    const extended = withSchedules(both, [notice2027, hk2027]);
    expect(extended.id).toBe('CN+HK');
    expect(extended.definition.members?.map((member) => member.id)).toEqual(['CN', 'HK']);
    expect(extended.coverage).toEqual({ from: '2016-01-01', to: '2027-12-31' });
    // A mainland holiday (the example's Spring Festival) and a Hong Kong one (the invented 27 Dec) both rest.
    expect(dayInfo('2027-02-10', { calendar: extended })).toMatchObject({ working: false, kind: 'holiday', holiday: { name: 'Spring Festival' } });
    expect(dayInfo('2027-12-27', { calendar: extended })).toMatchObject({ working: false, kind: 'holiday', source: hk2027.source });
    // The mainland make-up Saturday is a rest day in Hong Kong, so not a working day in both.
    expect(isWorkingDay('2027-02-20', { calendar: extended })).toBe(false);
    expect(isWorkingDay('2027-12-28', { calendar: extended })).toBe(true);
    // The same as combining the extended members by hand.
    const byHand = combineCalendars([withSchedules(CN, notice2027), withSchedules(HK, hk2027)]);
    expect(countWorkingDays('2026-12-31', '2027-12-31', { calendar: extended })).toBe(
      countWorkingDays('2026-12-31', '2027-12-31', { calendar: byHand }),
    );
    // Nothing passed in changed.
    expect(both.coverage.to).toBe('2026-12-31');
  });

  it('covers only what every member covers: a CN schedule alone does not extend CN+HK', () => {
    const extended = withSchedules(both, notice2027);
    expect(extended.coverage.to).toBe('2026-12-31');
    // …but its mainland member has the days the 2027 notice sets in 2026 (Sat 2026-12-26 is worked on the mainland,
    // and a holiday in Hong Kong: the first weekday after Christmas Day, so still a rest day in both).
    const [cn, hk] = extended.definition.members!;
    expect(dayInfo('2026-12-26', { calendar: cn! }).kind).toBe('makeup-workday');
    expect(hk).toBe(HK);
    expect(dayInfo('2026-12-26', { calendar: extended })).toMatchObject({ working: false, kind: 'holiday' });
  });

  it('refuses a schedule for a calendar that is not a member, with its path', () => {
    expect(issuesOf(() => withSchedules(both, [notice2027, { ...hk2027, calendar: 'MO' }]))).toEqual([
      { path: [1, 'calendar'], message: expect.stringMatching(/^the schedule is for the MO calendar, which is not one of the calendars of CN\+HK \(CN, HK\)/) },
    ]);
    const hkOnly = combineCalendars([HK, withOverrides(HK, { closed: ['2025-06-03'] })]);
    expect(issuesOf(() => withSchedules(hkOnly, notice2027))).toEqual([
      { path: ['calendar'], message: expect.stringMatching(/^the schedule has no "calendar", so it is for CN, which is not one of the calendars of HK\+HK/) },
    ]);
  });

  it("reports a member's problems at the schedule's own path", () => {
    const hk2028 = { ...hk2027, year: 2028, holidays: [] };
    expect(issuesOf(() => withSchedules(both, [notice2027, hk2028]))).toEqual([
      { path: [1, 'year'], message: expect.stringMatching(/^2028 would leave 2027 uncovered between it and the HK calendar's 2016–2026/) },
    ]);
    expect(issuesOf(() => withSchedules(both, [hk2027, { ...notice2027, makeupWorkdays: ['2027-02-22'] }]))).toEqual([
      { path: [1, 'makeupWorkdays', 0], message: expect.stringContaining('2027-02-22 is not a Saturday or Sunday') },
    ]);
    expect(issuesOf(() => withSchedules(both, [notice2027, { year: 2027, calendar: 'HK' } as never]))).toEqual([
      { path: [1, 'source'], message: expect.any(String) },
      { path: [1, 'holidays'], message: expect.any(String) },
      { path: [1, 'makeupWorkdays'], message: expect.any(String) },
    ]);
  });

  it('passes replace on to the members', () => {
    const hk2026 = { ...hk2027, year: 2026, holidays: [] };
    expect(issuesOf(() => withSchedules(both, hk2026))).toEqual([
      { path: ['year'], message: expect.stringMatching(/^2026 is already covered by the HK calendar/) },
    ]);
    const replaced = withSchedules(both, hk2026, { replace: true });
    // 2026-12-25 (Christmas Day, a Friday) is no longer a Hong Kong holiday, and is a working day on the mainland.
    expect(isWorkingDay('2026-12-25', { calendar: both })).toBe(false);
    expect(isWorkingDay('2026-12-25', { calendar: replaced })).toBe(true);
  });

  it('sends a schedule to every member with its calendar id', () => {
    const twice = combineCalendars([CN, withOverrides(CN, { closed: ['2025-06-03'] })]);
    const extended = withSchedules(twice, notice2027);
    expect(extended.id).toBe('CN+CN');
    expect(extended.coverage.to).toBe('2027-12-31');
    expect(isWorkingDay('2025-06-03', { calendar: extended })).toBe(false);
    expect(isWorkingDay('2027-02-08', { calendar: extended })).toBe(false);
  });

  it('refuses a combination whose days were changed after combining', () => {
    const changed = withOverrides(both, { closed: ['2025-06-03'] });
    expect(() => withSchedules(changed, notice2027)).toThrow(InvalidArgumentError);
    expect(() => withSchedules(changed, notice2027)).toThrow(
      /the CN\+HK calendar is a combination whose days were changed after combining .*withOverrides\(combineCalendars\(\[withSchedules\(CN, schedule\), HK\]\), overrides\)/,
    );
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

describe('withSchedules with more than 65,535 distinct holiday names', () => {
  // Holiday references used to be 16-bit: the 65,536th name wrapped to the first, so dayInfo named the wrong
  // holiday while the working days stayed right. 180 years of one-day holidays, each with its own name, give
  // 65,7xx names; the last day must carry its own.
  it('names every day after the 65,535th name correctly', () => {
    const schedules: HolidaySchedule[] = [];
    for (let year = 2027; year < 2027 + 180; year++) {
      const days = (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 366 : 365;
      const holidays = [];
      for (let i = 0; i < days; i++) {
        // Day i of the year as YYYY-MM-DD, counted by hand from the month lengths (no Date in the test either).
        const lengths = [31, days === 366 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let month = 0;
        let day = i;
        while (day >= lengths[month]!) day -= lengths[month++]!;
        const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
        holidays.push({ name: `Day ${year}-${i}`, from: date, to: date });
      }
      schedules.push({ year, source: { title: `Test schedule ${year}`, url: '' }, holidays, makeupWorkdays: [] });
    }
    const calendar = withSchedules(CN, schedules);
    // 2206-12-31 is day 364 of 2206 (not a leap year): name number 65,7xx, past 16 bits.
    expect(dayInfo('2206-12-31', { calendar }).holiday?.name).toBe('Day 2206-364');
    expect(dayInfo('2206-12-30', { calendar }).holiday?.name).toBe('Day 2206-363');
    expect(dayInfo('2027-01-01', { calendar }).holiday?.name).toBe('Day 2027-0');
    expect(isWorkingDay('2206-12-31', { calendar })).toBe(false);
  }, 60_000);
});

describe('parseHolidaySchedule', () => {
  it('returns the schedule without $schema and notes, as withSchedules takes it', () => {
    const parsed = parseHolidaySchedule({ ...notice2027, $schema: './holiday-schedule.schema.json', notes: 'from the gazette' });
    const { $schema: _schema, notes: _notes, ...expected } = notice2027 as HolidaySchedule & { $schema?: string; notes?: string };
    expect(parsed).toStrictEqual(expected);
    expect(isWorkingDay('2027-02-10', { calendar: withSchedules(CN, parsed) })).toBe(isWorkingDay('2027-02-10', { calendar: withSchedules(CN, notice2027) }));
  });

  it('refuses a schedule with every problem and its path, as HolidayScheduleSchema names them', () => {
    const bad = { ...notice2027, source: { title: ' ', url: '' }, makeupWorkdays: ['2027-02-03', '2027-02-30'] };
    const error = (() => {
      try {
        parseHolidaySchedule(bad);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ScheduleValidationError);
    const issues = (error as ScheduleValidationError).issues;
    // The title, the impossible date, and (checked across fields) the make-up day on a Wednesday.
    expect(issues.map((issue) => issue.path)).toEqual([['source', 'title'], ['makeupWorkdays', 1], ['makeupWorkdays', 0]]);
    expect(issues).toEqual(HolidayScheduleSchema.safeParse(bad).error!.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })));
    expect((error as Error).message).toMatch(/^parseHolidaySchedule: schedule: /);
  });
});
