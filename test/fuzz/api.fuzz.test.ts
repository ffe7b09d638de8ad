/**
 * Fuzzing every public function of `reviewclock`, `reviewclock/hk` and `reviewclock/testing` with arbitrary values
 * and with valid inputs that have hostile values planted inside. The only outcomes allowed: a right answer (checked
 * against the naive reference where one exists) or a typed ReviewclockError; never another error, never a change to
 * Object.prototype, never a runaway call (see support/harness.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as api from '../../src/index.js';
import * as hkEntry from '../../src/hk.js';
import * as schemaEntry from '../../src/schema.js';
import * as testing from '../../src/testing.js';
import { referenceAdd, referenceCount, referenceIsWorkingDay, shiftDays } from '../support/referenceCalendar.js';
import { fuzzCall, fuzzTimeout, runs, show } from './support/harness.js';
import { DATE_LIKE, aroundValid, hostile, hostileCount } from './support/hostile.js';

const { HolidayScheduleSchema, PolicySchema, ProcedureSchema } = schemaEntry;
const {
  CN,
  MONDAY_TO_FRIDAY,
  addWorkingDays,
  calendarToICS,
  chinaDateOf,
  combineCalendars,
  countWorkingDays,
  dayInfo,
  deadlineToICS,
  deadlinesToICS,
  dueDate,
  eventsToICS,
  explain,
  getPolicy,
  isPlainDate,
  isWorkingDay,
  calendarTable: calendarTableOf,
  formatCalendarTable,
  listDays,
  listPolicies,
  listProcedures,
  nextWorkingDay,
  previousWorkingDay,
  projectCalendar,
  projectTimeline,
  withOverrides,
  parseHolidaySchedule,
  withSchedules,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} = api;
const { HK } = hkEntry;

vi.setConfig({ testTimeout: fuzzTimeout() });

const SCHEDULE_2027 = JSON.parse(readFileSync(new URL('../../fixtures/schedules/cn-2027-example.json', import.meta.url), 'utf8')) as api.HolidaySchedule;
const CN_HK = combineCalendars([CN, HK]);
const OFFICE = withOverrides(CN, { closed: [{ date: '2025-11-14', name: 'system shutdown' }], open: ['2025-10-11'] });
const CN_2027 = withSchedules(CN, SCHEDULE_2027);
const PROJECTED = projectCalendar(CN, { through: 2028 });
const CALENDARS: readonly api.Calendar[] = [CN, HK, CN_HK, OFFICE, CN_2027, PROJECTED, MONDAY_TO_FRIDAY];

beforeAll(() => {
  // Compile every calendar's tables once, so that the time limit measures calls, not first use.
  for (const calendar of CALENDARS) isWorkingDay(calendar.coverage.from, { calendar });
  listPolicies();
});

const RUNS = runs(250);
const calendar = fc.constantFrom(...CALENDARS);
const someDate = fc.oneof({ weight: 3, arbitrary: testing.coveredDate() }, { weight: 1, arbitrary: fc.constantFrom(...DATE_LIKE) }, { weight: 2, arbitrary: hostile });
const calendarOptions = fc.oneof(
  fc.constant(undefined),
  calendar.map((c) => ({ calendar: c })),
  aroundValid(calendar.map((c) => ({ calendar: c }))),
  hostile,
);

/** True when the options select CN (given or by default). */
function onCN(options: unknown): boolean {
  return options === undefined || options === null || (typeof options === 'object' && (options as { calendar?: unknown }).calendar === undefined) || (options as { calendar?: unknown }).calendar === CN;
}

/** The functions fuzzed below, by export name: every export of the three entry points must be here. */
const FUZZED = new Set<string>();
function covers(...names: string[]): void {
  for (const name of names) FUZZED.add(name);
}

describe('fuzz: working days', () => {
  it('isPlainDate: a boolean for anything, true only for real dates', () => {
    covers('isPlainDate');
    fc.assert(
      fc.property(someDate, (value) => {
        const got = fuzzCall('isPlainDate', value, () => isPlainDate(value));
        expect(got.ok).toBe(true);
        if (got.ok && got.value === true) {
          const text = value as string;
          expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const [y, m, d] = text.split('-').map(Number) as [number, number, number];
          const back = new Date(0);
          back.setUTCFullYear(y, m - 1, d);
          expect(back.toISOString().slice(0, 10)).toBe(text); // the day exists
        }
      }),
      RUNS,
    );
  });

  it('chinaDateOf: the UTC+8 date of a valid instant, else a typed error', () => {
    covers('chinaDateOf');
    fc.assert(
      fc.property(fc.oneof(hostile, hostileCount, fc.date({ noInvalidDate: false })), (instant) => {
        const got = fuzzCall('chinaDateOf', instant, () => chinaDateOf(instant as number));
        if (!got.ok) return;
        const ms = instant instanceof Date ? instant.getTime() : (instant as number);
        expect(typeof ms === 'number' && Number.isFinite(ms)).toBe(true);
        expect(got.value).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
      RUNS,
    );
  });

  it('isWorkingDay, dayInfo, nextWorkingDay, previousWorkingDay: answers agree with the reference on CN', () => {
    covers('isWorkingDay', 'dayInfo', 'nextWorkingDay', 'previousWorkingDay');
    fc.assert(
      fc.property(someDate, calendarOptions, (date, options) => {
        const input = { date, options };
        const working = fuzzCall('isWorkingDay', input, () => isWorkingDay(date as string, options as api.CalendarOptions));
        const info = fuzzCall('dayInfo', input, () => dayInfo(date as string, options as api.CalendarOptions));
        const next = fuzzCall('nextWorkingDay', input, () => nextWorkingDay(date as string, options as api.CalendarOptions));
        const previous = fuzzCall('previousWorkingDay', input, () => previousWorkingDay(date as string, options as api.CalendarOptions));
        expect(info.ok).toBe(working.ok); // both read the same arguments
        if (!working.ok) return;
        expect(isPlainDate(date)).toBe(true); // an answer only for a valid date
        if (info.ok) expect((info.value as api.DayInfo).working).toBe(working.value);
        if (onCN(options)) {
          expect(working.value).toBe(referenceIsWorkingDay(date as string));
          expect(next.ok ? next.value : undefined).toBe(referenceAdd(date as string, 1));
          expect(previous.ok ? previous.value : undefined).toBe(referenceAdd(date as string, -1));
        }
      }),
      RUNS,
    );
  });

  it('addWorkingDays: huge and odd counts give a typed error at once; answers agree with the reference on CN', () => {
    covers('addWorkingDays');
    fc.assert(
      fc.property(someDate, hostileCount, calendarOptions, (date, days, options) => {
        const got = fuzzCall('addWorkingDays', { date, days, options }, () => addWorkingDays(date as string, days as number, options as api.CalendarOptions));
        if (!got.ok) return;
        expect(isPlainDate(date) && Number.isSafeInteger(days)).toBe(true);
        expect(isPlainDate(got.value)).toBe(true);
        if (onCN(options)) expect(got.value).toBe(referenceAdd(date as string, days as number));
      }),
      RUNS,
    );
    // The example: a coverage error at once, not a walk.
    const started = performance.now();
    expect(() => addWorkingDays('2025-09-26', 1e12)).toThrow(api.CalendarCoverageError);
    expect(() => addWorkingDays('2025-09-26', -1e12)).toThrow(api.CalendarCoverageError);
    expect(performance.now() - started).toBeLessThan(200); // two lookups each; loose for a loaded machine
  });

  it('countWorkingDays: answers agree with the reference on CN', () => {
    covers('countWorkingDays');
    fc.assert(
      fc.property(someDate, someDate, calendarOptions, (from, to, options) => {
        const got = fuzzCall('countWorkingDays', { from, to, options }, () => countWorkingDays(from as string, to as string, options as api.CalendarOptions));
        if (!got.ok) return;
        expect(isPlainDate(from) && isPlainDate(to)).toBe(true);
        if (onCN(options)) expect(got.value).toBe(referenceCount(from as string, to as string));
      }),
      runs(150),
    );
  });

  it('workingDayOnOrAfter, workingDayOnOrBefore: the day itself or the nearest working day; agree with the reference on CN', () => {
    covers('workingDayOnOrAfter', 'workingDayOnOrBefore');
    fc.assert(
      fc.property(someDate, calendarOptions, (date, options) => {
        const input = { date, options };
        const working = fuzzCall('isWorkingDay', input, () => isWorkingDay(date as string, options as api.CalendarOptions));
        const after = fuzzCall('workingDayOnOrAfter', input, () => workingDayOnOrAfter(date as string, options as api.CalendarOptions));
        const before = fuzzCall('workingDayOnOrBefore', input, () => workingDayOnOrBefore(date as string, options as api.CalendarOptions));
        // Both read the same arguments as isWorkingDay; only the answer (past coverage) may fail besides.
        if (!working.ok) {
          expect(after.ok || before.ok).toBe(false);
          return;
        }
        for (const got of [after, before]) {
          if (got.ok) expect(got.value === date).toBe(working.value);
          else expect(got.error).toBeInstanceOf(api.CalendarCoverageError);
        }
        if (onCN(options)) {
          const nearest = (step: number) => (referenceIsWorkingDay(date as string) ? date : referenceAdd(date as string, step));
          expect(after.ok ? after.value : undefined).toBe(nearest(1));
          expect(before.ok ? before.value : undefined).toBe(nearest(-1));
        }
      }),
      RUNS,
    );
  });

  it('listDays: the days of a span in order, or a typed error at once for a reversed, huge or uncovered span', () => {
    covers('listDays');
    fc.assert(
      fc.property(someDate, fc.oneof(someDate.map((to) => ({ to })), fc.nat(400).map((after) => ({ after }))), calendarOptions, (from, end, options) => {
        // `to` any value, or a few hundred days after a valid `from` (random covered pairs are years apart).
        const to = 'after' in end ? (isPlainDate(from) ? shiftDays(from, end.after) : end.after) : end.to;
        const got = fuzzCall('listDays', { from, to, options }, () => listDays(from as string, to as string, options as api.CalendarOptions));
        if (!got.ok) return;
        expect(isPlainDate(from) && isPlainDate(to) && from <= to).toBe(true);
        const days = got.value as api.DayInfo[];
        expect(days[0]!.date).toBe(from);
        expect(days.at(-1)!.date).toBe(to);
        // Spot checks on long spans, every day on short ones.
        const picked = days.length <= 400 ? days : [days[0]!, days[Math.floor(days.length / 2)]!, days.at(-1)!];
        for (const day of picked) {
          expect(day).toStrictEqual(dayInfo(day.date, options as api.CalendarOptions));
          if (onCN(options)) expect(day.working).toBe(referenceIsWorkingDay(day.date));
        }
      }),
      runs(150),
    );
    // Spans that would fill memory are refused before anything is built.
    const started = performance.now();
    for (const [from, to] of [['0001-01-01', '9999-12-31'], ['1901-01-01', '2174-10-16'], ['9999-12-31', '0001-01-01']] as const) {
      const got = fuzzCall('listDays', { from, to }, () => listDays(from, to, { calendar: MONDAY_TO_FRIDAY }));
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.error).toBeInstanceOf(api.InvalidArgumentError);
    }
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('calendarTable and formatCalendarTable: rows with the ordinal law and text in each format, or a typed error', () => {
    covers('calendarTable', 'formatCalendarTable');
    const formatOptions = aroundValid(
      fc.record({ format: fc.constantFrom('csv', 'ndjson', 'sql'), table: fc.oneof(fc.constant(undefined), fc.constantFrom('cn_days', '_t1', 'order')) }),
    );
    fc.assert(
      fc.property(someDate, fc.oneof(someDate.map((to) => ({ to })), fc.nat(400).map((after) => ({ after }))), calendarOptions, formatOptions, (from, end, options, format) => {
        const to = 'after' in end ? (isPlainDate(from) ? shiftDays(from, end.after) : end.after) : end.to;
        const got = fuzzCall('calendarTable', { from, to, options }, () => calendarTableOf(from as string, to as string, options as api.CalendarOptions));
        if (got.ok) {
          const rows = got.value as api.CalendarTableRow[];
          expect([rows[0]!.date, rows.at(-1)!.date]).toEqual([from, to]);
          const offset = rows[0]!.working ? 1 : 0;
          const picked = rows.length <= 400 ? rows : [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows.at(-1)!];
          for (const row of picked) {
            expect(row.ordinal).toBe(countWorkingDays(from as string, row.date, options as api.CalendarOptions) + offset);
            if (onCN(options)) expect(row.working).toBe(referenceIsWorkingDay(row.date));
          }
        }
        const rows = got.ok ? got.value : [];
        const text = fuzzCall('formatCalendarTable', { format }, () => formatCalendarTable(rows as api.CalendarTableRow[], format as api.FormatCalendarTableOptions));
        if (text.ok) expect(typeof text.value).toBe('string');
      }),
      runs(100),
    );
    // Rows from anywhere: valid rows with hostile values planted, or anything at all.
    const validRows = fc.constant(calendarTableOf('2025-09-28', '2025-10-12'));
    fc.assert(
      fc.property(aroundValid(validRows), formatOptions, (rows, format) => {
        const got = fuzzCall('formatCalendarTable', { rows, format }, () => formatCalendarTable(rows as api.CalendarTableRow[], format as api.FormatCalendarTableOptions));
        if (got.ok) expect(typeof got.value).toBe('string');
      }),
      RUNS,
    );
  });
});

/** Uses a calendar that a function returned: its tables are built on first use, so bad data would show here. */
function useCalendar(value: unknown): void {
  const made = value as api.Calendar;
  expect(api.isPlainDate(made.coverage.from) && api.isPlainDate(made.coverage.to)).toBe(true);
  for (const date of [made.coverage.from, made.coverage.to]) {
    dayInfo(date, { calendar: made });
    countWorkingDays(made.coverage.from, date, { calendar: made });
  }
  expect(typeof made.toString()).toBe('string');
}

describe('fuzz: calendars', () => {
  const schedule = fc.constantFrom(SCHEDULE_2027, { ...SCHEDULE_2027, year: 2027, holidays: [], makeupWorkdays: [] });

  it('withSchedules: a working calendar or a typed error', () => {
    covers('withSchedules');
    fc.assert(
      fc.property(
        fc.oneof(calendar, hostile),
        fc.oneof(aroundValid(schedule), aroundValid(schedule.map((s) => [s]))),
        fc.oneof(fc.constant(undefined), aroundValid(fc.record({ replace: fc.boolean() }))),
        (base, schedules, options) => {
          const input = { base, schedules, options };
          fuzzCall('withSchedules', input, () => {
            const made = withSchedules(base as api.Calendar, schedules as api.HolidaySchedule, options as api.WithSchedulesOptions);
            useCalendar(made);
            return made;
          });
        },
      ),
      runs(200),
    );
  });

  it('parseHolidaySchedule: the schedule HolidayScheduleSchema returns, or a typed error', () => {
    covers('parseHolidaySchedule');
    fc.assert(
      fc.property(fc.oneof(aroundValid(schedule), hostile), (value) => {
        const result = fuzzCall('parseHolidaySchedule', value, () => parseHolidaySchedule(value as api.HolidaySchedule));
        const zod = HolidayScheduleSchema.safeParse(value);
        expect(result.ok).toBe(zod.success);
        if (result.ok && zod.success) {
          const { $schema: _schema, notes: _notes, ...expected } = zod.data;
          expect(result.value).toStrictEqual(expected);
        }
      }),
      runs(300),
    );
  });

  it('withOverrides: a working calendar or a typed error', () => {
    covers('withOverrides');
    const overrides = fc.record(
      {
        closed: fc.array(fc.oneof(testing.coveredDate({ from: '2025-01-01' }), fc.record({ date: testing.coveredDate({ from: '2025-01-01' }), name: fc.string({ minLength: 1 }) })), { maxLength: 3 }),
        open: fc.array(testing.coveredDate({ to: '2024-12-31' }), { maxLength: 3 }),
        source: fc.record({ title: fc.constant('Agency notice'), url: fc.constant('https://example.org') }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(calendar, hostile), aroundValid(overrides), (base, given) => {
        fuzzCall('withOverrides', { base, given }, () => {
          const made = withOverrides(base as api.Calendar, given as api.CalendarOverrides);
          useCalendar(made);
          return made;
        });
      }),
      runs(200),
    );
  });

  it('projectCalendar: a working calendar or a typed error, in bounded time', () => {
    covers('projectCalendar');
    const through = fc.oneof(fc.integer({ min: 2020, max: 2040 }), fc.constantFrom('2029-06-30', 2032, 2100, 2101, 1e12, 2 ** 53), hostile);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(CN, HK, CN_HK, OFFICE), hostile),
        fc.oneof(
          fc.constant(undefined),
          aroundValid(through.map((t) => ({ through: t }))),
          aroundValid(fc.record({ from: fc.oneof(fc.integer({ min: 2000, max: 2030 }), through), through }, { requiredKeys: ['from'] })),
        ),
        (base, options) => {
        fuzzCall('projectCalendar', { base, options }, () => {
          const made = projectCalendar(base as api.Calendar, options as api.ProjectCalendarOptions);
          useCalendar(made);
          return made;
        });
        },
      ),
      runs(60),
    );
  });

  it('scheduleFromNotice: a schedule that withSchedules accepts, or a typed error, in bounded time', () => {
    covers('scheduleFromNotice');
    const notice = readFileSync(new URL('../../fixtures/notices/2027-example.txt', import.meta.url), 'utf8');
    // The notice with pieces cut out, repeated, swapped for hostile text or other dates; or anything at all.
    const mangled = fc
      .tuple(fc.nat(notice.length), fc.nat(200), fc.oneof(fc.string(), fc.constantFrom('2月30日', '13月1日', '（周八）', '共九十九天', '上班。', '至', '。', '\n'), hostile.filter((h) => typeof h === 'string')))
      .map(([at, cut, insert]) => notice.slice(0, at) + String(insert) + notice.slice(at + cut));
    const options = fc.oneof(fc.constant(undefined), aroundValid(fc.record({ year: fc.integer({ min: 1990, max: 2100 }), url: fc.constant('https://www.gov.cn/') }, { requiredKeys: [] })), hostile);
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: mangled }, { weight: 1, arbitrary: hostile }), options, (text, given) => {
        fuzzCall('scheduleFromNotice', { text, given }, () => {
          const { schedule } = api.scheduleFromNotice(text as string, given as api.NoticeOptions);
          // What it read is a schedule the calendar takes (2027 follows CN's coverage; another year may not).
          if (schedule.year === 2027) withSchedules(CN, schedule);
          return schedule;
        });
      }),
      runs(120),
    );
  });

  it('checkScheduleAgainstLaw: warnings or a typed error, for any schedule', () => {
    covers('checkScheduleAgainstLaw');
    const bundled = CN.definition.schedules!;
    const schedule = fc.oneof(
      fc.constantFrom(SCHEDULE_2027, ...bundled),
      aroundValid(fc.constantFrom(SCHEDULE_2027, ...bundled.filter((s) => s.year >= 2024))),
      hostile,
    );
    const options = fc.oneof(fc.constant(undefined), aroundValid(fc.record({ amend: fc.constantFrom(...bundled) })), hostile);
    fc.assert(
      fc.property(schedule, options, (given, opts) => {
        fuzzCall('checkScheduleAgainstLaw', { given, opts }, () => api.checkScheduleAgainstLaw(given as api.HolidaySchedule, opts as api.CheckScheduleOptions));
      }),
      runs(150),
    );
  });

  it('combineCalendars: a working calendar or a typed error', () => {
    covers('combineCalendars');
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: calendar }, { weight: 1, arbitrary: hostile }), { maxLength: 4 }), hostile), (members) => {
        fuzzCall('combineCalendars', members, () => {
          const made = combineCalendars(members as api.Calendar[]);
          useCalendar(made);
          return made;
        });
      }),
      runs(150),
    );
  });

  it('calendarToICS: a file or a typed error, whatever the year', () => {
    covers('calendarToICS');
    fc.assert(
      fc.property(fc.oneof(calendar, hostile), fc.oneof(fc.integer({ min: 2000, max: 2030 }), hostileCount), (base, year) => {
        const got = fuzzCall('calendarToICS', { base, year }, () => calendarToICS(base as api.Calendar, year as number));
        if (got.ok) expect(got.value as string).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
      }),
      runs(100),
    );
  });

  it('eventsToICS: a file or a typed error', () => {
    covers('eventsToICS');
    const event = fc.record(
      { start: testing.coveredDate(), summary: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), description: fc.string(), uid: fc.constantFrom('x@y', 'x-2@y', 'a@b', 'a'), sequence: fc.oneof(fc.nat(), hostileCount), categories: fc.array(fc.constant('Holiday')), busy: fc.boolean() },
      { requiredKeys: ['start', 'summary'] },
    );
    // Repeated events (the same content, so the same derived UID) and UIDs that look like the derived suffixes.
    const events = fc.array(event, { minLength: 1, maxLength: 4 }).chain((list) => fc.shuffledSubarray([...list, ...list], { minLength: 1 }));
    fc.assert(
      fc.property(aroundValid(events), fc.oneof(fc.constant(undefined), aroundValid(fc.record({ name: fc.string(), timestamp: testing.coveredDate(), sequence: fc.oneof(fc.nat(), hostileCount) }, { requiredKeys: [] }))), (events, options) => {
        const got = fuzzCall('eventsToICS', { events, options }, () => eventsToICS(events as api.IcsEvent[], options as api.IcsOptions));
        if (got.ok) {
          const text = got.value as string;
          expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
          // Every UID in a file identifies one event.
          const uids = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.startsWith('UID:'));
          expect(new Set(uids).size).toBe(uids.length);
        }
      }),
      RUNS,
    );
  });

  it('schemas: safeParse never throws, whatever it is given', () => {
    covers('HolidayScheduleSchema', 'PolicySchema', 'ProcedureSchema');
    fc.assert(
      fc.property(aroundValid(fc.constantFrom(SCHEDULE_2027)), aroundValid(testing.policyObject()), aroundValid(fc.constantFrom(...listProcedures())), (schedule, policy, procedure) => {
        fuzzCall('HolidayScheduleSchema.safeParse', schedule, () => HolidayScheduleSchema.safeParse(schedule));
        fuzzCall('PolicySchema.safeParse', policy, () => PolicySchema.safeParse(policy));
        fuzzCall('ProcedureSchema.safeParse', procedure, () => ProcedureSchema.safeParse(procedure));
      }),
      runs(200),
    );
  });
});

/** Valid policies at the schema's limits: amounts of 100,000, fractions of 1000/1, extensions on every stop. */
const extremePolicy = testing.policyObject().map((policy): api.PolicyInput => ({
  ...policy,
  limit: { ...policy.limit, amount: 100_000 },
  ...(policy.stops && {
    stops: policy.stops.map((rule) => ({
      ...rule,
      effect:
        rule.effect.action === 'extend'
          ? { action: 'extend', fraction: { numerator: 1000, denominator: 1 }, rounding: 'ceil', once: false }
          : rule.effect.action === 'restart'
            ? { action: 'restart', amount: 100_000 }
            : rule.effect,
    })),
  }),
}));

const validDeadline = fc.oneof(
  testing.deadlineInput(),
  testing.deadlineInput({ policy: testing.policyObject() }),
  testing.deadlineInput({ policy: extremePolicy, maxStops: 6 }),
  testing.deadlineInput({ calendar: HK }),
  testing.deadlineInput({ calendar: CN_HK, maxStops: 1 }),
);

function safeResult(input: api.DueDateOptions): api.DeadlineResult | undefined {
  try {
    return dueDate(input);
  } catch {
    return undefined;
  }
}

const deadlineResult = validDeadline.map((input) => safeResult(input)).filter((result): result is api.DeadlineResult => result !== undefined);
const timelineOptions = fc.record(
  {
    procedure: fc.constantFrom(...listProcedures().map((p) => p.id)),
    start: testing.coveredDate({ from: '2021-01-01', to: '2026-03-31' }),
    asOf: testing.coveredDate({ from: '2021-01-01' }),
  },
  { requiredKeys: ['procedure', 'start'] },
);
const timelineResult = timelineOptions
  .map((options) => {
    try {
      return api.projectTimeline(options);
    } catch {
      return undefined;
    }
  })
  .filter((result): result is api.TimelineResult => result !== undefined);

describe('fuzz: policies and deadlines', () => {
  it('dueDate: a due date only for valid input, else a typed error', () => {
    covers('dueDate');
    fc.assert(
      fc.property(aroundValid(validDeadline), (input) => {
        const got = fuzzCall('dueDate', input, () => dueDate(input as api.DueDateOptions));
        if (!got.ok) return;
        const result = got.value as api.DeadlineResult;
        expect(result.due === null || isPlainDate(result.due)).toBe(true);
        expect(isPlainDate((input as { start: unknown }).start)).toBe(true);
        const policy = (input as { policy: unknown }).policy;
        if (typeof policy === 'object') expect(PolicySchema.safeParse(policy).success).toBe(true);
        expect(() => JSON.stringify(result)).not.toThrow(); // plain JSON
      }),
      runs(400),
    );
  });

  it('dueDate: huge extensions, amounts and stop lists are refused or answered at once', () => {
    for (const extension of [1e12, 2 ** 53, -0, NaN, Infinity, 100_000]) {
      fuzzCall('dueDate', { extension }, () => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', extension }));
    }
    const many = Array.from({ length: 20_000 }, (_, i) => ({ from: '2025-03-03', to: '2025-03-03', reason: `r${i}` }));
    fuzzCall('dueDate', '20,000 stops', () => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: many }));
    const sparse = new Array(2 ** 32 - 1);
    fuzzCall('dueDate', 'a sparse stop list of length 2**32-1', () => dueDate({ policy: 'cn.nmpa.drug.nda', start: '2025-03-03', stops: sparse }));
  });

  it('explain and deadlineToICS: text for a result, a typed error for anything else', () => {
    covers('explain', 'deadlineToICS');
    const result = fc.oneof(deadlineResult, timelineResult, deadlineResult.map((r) => JSON.parse(JSON.stringify(r)) as unknown));
    fc.assert(
      fc.property(aroundValid(result), fc.oneof(fc.constant(undefined), aroundValid(fc.record({ lang: fc.constantFrom('en', 'zh') }))), (given, options) => {
        const text = fuzzCall('explain', { given, options }, () => explain(given as api.DeadlineResult, options as api.ExplainOptions));
        if (text.ok) expect(typeof text.value).toBe('string');
        const ics = fuzzCall('deadlineToICS', given, () => deadlineToICS(given as api.DeadlineResult));
        if (ics.ok) expect(ics.value as string).toMatch(/^BEGIN:VCALENDAR\r\n/);
      }),
      runs(300),
    );
  });

  it('deadlinesToICS (and deadlineToICS with a title, an id and reminders): a file or a typed error', () => {
    covers('deadlinesToICS');
    const text = fc.oneof(fc.constantFrom('ABC-123 IND', 'ACME, Inc.; IND\\2', '受理 💊', 'A', 'B'), fc.string());
    const remind = fc.record(
      {
        workingDays: fc.oneof(fc.nat({ max: 400 }), fc.array(fc.nat({ max: 400 }), { maxLength: 3 }), hostileCount),
        calendar,
        calendars: fc.subarray([CN, HK, CN_HK, PROJECTED], { minLength: 1 }),
      },
      { requiredKeys: ['workingDays'] },
    );
    const result = fc.oneof(deadlineResult, timelineResult);
    const entry = fc.record({ result, title: text, id: text }, { requiredKeys: ['result'] });
    fc.assert(
      fc.property(
        aroundValid(fc.array(entry, { minLength: 1, maxLength: 4 })),
        fc.oneof(fc.constant(undefined), aroundValid(fc.record({ name: text, remind }, { requiredKeys: [] }))),
        (entries, options) => {
          const got = fuzzCall('deadlinesToICS', { entries, options }, () => deadlinesToICS(entries as api.DeadlineIcsEntry[], options as api.DeadlinesIcsOptions));
          if (got.ok) expect(got.value as string).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
          const first = Array.isArray(entries) ? (entries[0] as Record<string, unknown> | undefined) : undefined;
          const single = typeof first === 'object' && first !== null ? { title: first['title'], id: first['id'], remind: (options as { remind?: unknown } | undefined)?.remind } : options;
          const one = fuzzCall('deadlineToICS', { first, single }, () => deadlineToICS(first?.['result'] as api.DeadlineResult, single as api.DeadlineIcsOptions));
          if (one.ok) expect(one.value as string).toMatch(/^BEGIN:VCALENDAR\r\n/);
        },
      ),
      runs(250),
    );
  });

  it('projectTimeline: a timeline or a typed error', () => {
    covers('projectTimeline', 'listProcedures');
    const stages = fc.record({ stages: fc.array(fc.oneof(testing.policyId(), fc.record({ policy: testing.policyId() })), { minLength: 1, maxLength: 3 }), start: testing.coveredDate({ from: '2021-01-01' }) });
    fc.assert(
      fc.property(aroundValid(fc.oneof(timelineOptions, stages)), hostile, (options, extra) => {
        const got = fuzzCall('projectTimeline', options, () => projectTimeline(options as api.TimelineOptions));
        if (got.ok) expect((got.value as api.TimelineResult).kind).toBe('timeline');
        const procedures = fuzzCall('listProcedures', extra, () => (listProcedures as (...args: unknown[]) => api.Procedure[])(extra));
        expect(procedures.ok).toBe(true);
      }),
      runs(200),
    );
  });

  it('getPolicy and listPolicies: policies or a typed error', () => {
    covers('getPolicy', 'listPolicies');
    const id = fc.oneof(testing.policyId(), fc.constantFrom('cn.nmpa.drug.nda.priorty', 'CN.NMPA.DRUG.IND', 'cn.nmpa.drug.ind '), hostile);
    const filter = fc.record(
      { text: fc.string(), jurisdiction: fc.constantFrom('CN', 'HK', 'CN-GD'), product: fc.constantFrom('drug', 'device'), role: fc.constantFrom('review', 'stage'), confidence: fc.constantFrom('cited'), calendar: fc.constantFrom('CN', 'HK'), on: testing.coveredDate(), allVersions: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(id, fc.oneof(fc.constant(undefined), aroundValid(fc.record({ on: testing.coveredDate() }))), fc.oneof(fc.constant(undefined), aroundValid(filter)), (given, options, f) => {
        const got = fuzzCall('getPolicy', { given, options }, () => getPolicy(given as string, options as api.GetPolicyOptions));
        if (got.ok) expect(PolicySchema.safeParse(got.value).success).toBe(true);
        const list = fuzzCall('listPolicies', f, () => listPolicies(f as api.PolicyFilter));
        if (list.ok) expect(Array.isArray(list.value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('fuzz: reviewclock/testing', () => {
  const rangeOptions = fc.record({ calendar, from: testing.coveredDate(), to: testing.coveredDate() }, { requiredKeys: [] });

  /** Makes an arbitrary from fuzzed options; when made, it must generate valid values (checked by `check`). */
  function fuzzArbitrary(name: string, options: unknown, make: () => fc.Arbitrary<unknown>, check: (value: unknown) => void = () => {}): void {
    fuzzCall(name, options, () => {
      const arbitrary = make();
      for (const value of fc.sample(arbitrary, { numRuns: 3, seed: 1 })) check(value);
      return arbitrary;
    });
  }

  it('the arbitraries: made and sampled, or refused with a typed error when made', () => {
    covers('coveredDate', 'workingDay', 'workingDayCount', 'addWorkingDaysInput', 'clockStops', 'policyId', 'policyObject', 'deadlineInput');
    fc.assert(
      fc.property(
        aroundValid(rangeOptions),
        aroundValid(fc.record({ min: fc.integer({ min: -500, max: 0 }), max: fc.integer({ min: 0, max: 500 }), maxDays: fc.integer({ min: 0, max: 500 }) }, { requiredKeys: [] })),
        aroundValid(fc.record({ after: testing.coveredDate(), maxCount: fc.nat({ max: 5 }), open: fc.boolean(), reasons: fc.constant(['sponsor-supplement']) }, { requiredKeys: ['after'] })),
        aroundValid(fc.record({ filter: fc.record({ text: fc.constantFrom('ind', 'device'), calendar: fc.constantFrom('CN', 'HK') }, { requiredKeys: [] }) }, { requiredKeys: [] })),
        aroundValid(fc.record({ calendar: fc.constantFrom('CN', 'HK'), units: fc.constant(['months']), directions: fc.constant(['after']) }, { requiredKeys: [] })),
        aroundValid(fc.record({ policy: fc.constantFrom('cn.nmpa.drug.ind', 'cn.nmpa.device.class3.review'), from: testing.coveredDate(), maxStops: fc.nat({ max: 4 }), openStop: fc.boolean(), asOf: fc.boolean() }, { requiredKeys: [] })),
        (range, counts, stops, ids, objects, inputs) => {
          fuzzArbitrary('coveredDate', range, () => testing.coveredDate(range as testing.DateRangeOptions), (v) => expect(isPlainDate(v)).toBe(true));
          fuzzArbitrary('workingDay', range, () => testing.workingDay(range as testing.DateRangeOptions), (v) => expect(isPlainDate(v)).toBe(true));
          fuzzArbitrary('workingDayCount', counts, () => testing.workingDayCount(counts as testing.WorkingDayCountOptions), (v) => expect(Number.isSafeInteger(v)).toBe(true));
          fuzzArbitrary('addWorkingDaysInput', counts, () => testing.addWorkingDaysInput(counts as testing.AddWorkingDaysInputOptions), (v) => {
            const { date, days } = v as testing.AddWorkingDaysInput;
            expect(isPlainDate(addWorkingDays(date, days))).toBe(true);
          });
          fuzzArbitrary('clockStops', stops, () => testing.clockStops(stops as testing.ClockStopsOptions), (v) => expect(Array.isArray(v)).toBe(true));
          fuzzArbitrary('policyId', ids, () => testing.policyId(ids as testing.PolicyIdOptions), (v) => expect(typeof getPolicy(v as string).id).toBe('string'));
          fuzzArbitrary('policyObject', objects, () => testing.policyObject(objects as testing.PolicyObjectOptions), (v) => expect(PolicySchema.safeParse(v).success).toBe(true));
          fuzzArbitrary('deadlineInput', inputs, () => testing.deadlineInput(inputs as testing.DeadlineInputOptions), (v) => {
            const answer = testing.oracle(v as testing.DeadlineInput);
            if (!answer.ok) expect(answer.code).toBe('calendar_out_of_range');
          });
        },
      ),
      runs(120),
    );
  });

  it('the helpers: answers or typed errors, whatever they are given', () => {
    covers('outcome', 'oracle', 'expectSameDueDate', 'referenceAddWorkingDays');
    fc.assert(
      fc.property(hostile, aroundValid(validDeadline), someDate, hostileCount, calendarOptions, (value, input, date, days, options) => {
        fuzzCall('outcome', value, () => testing.outcome(value as () => unknown));
        const answer = fuzzCall('oracle', input, () => testing.oracle(input as api.DueDateOptions));
        expect(answer.ok).toBe(true); // the oracle reports refusals as values
        fuzzCall('expectSameDueDate', value, () => testing.expectSameDueDate(value as () => null, value as testing.ExpectSameDueDateOptions));
        const check = testing.expectSameDueDate((given) => dueDate(given).due);
        fuzzCall('expectSameDueDate(...)(input)', input, () => check(input as testing.DeadlineInput));
        const got = fuzzCall('referenceAddWorkingDays', { date, days, options }, () => testing.referenceAddWorkingDays(date as string, days as number, options as api.CalendarOptions));
        if (got.ok && onCN(options)) expect(got.value).toBe(referenceAdd(date as string, days as number));
      }),
      runs(200),
    );
  });
});

describe('fuzz: the error classes', () => {
  it('construct with any value and keep their code', () => {
    covers(
      'ReviewclockError', 'InvalidDateError', 'InvalidArgumentError', 'CalendarCoverageError', 'CalendarRequiredError', 'ScheduleValidationError',
      'PolicyValidationError', 'UnknownPolicyError', 'InconsistentInputError', 'PolicyNotInForceError', 'NoticeParseError',
      'UnknownStopReasonError',
    );
    fc.assert(
      fc.property(hostile, fc.string(), (value, text) => {
        const errors = [
          new api.InvalidDateError(text, value, text),
          new api.InvalidArgumentError(text),
          new api.CalendarCoverageError(text, 2027, 'CN', { from: '2004-01-01', to: '2026-12-31' }),
          new api.CalendarRequiredError(text, 'HK'),
          new api.ScheduleValidationError(text, [{ path: [text, 0], message: text }]),
          new api.PolicyValidationError(text, [{ path: [], message: text, code: 'custom' }]),
          new api.UnknownPolicyError(text, text, [text]),
          new api.InconsistentInputError(text),
          new api.PolicyNotInForceError(text, text, '2025-01-01', [{ version: text, from: '2025-01-01', to: null }]),
          new api.NoticeParseError(text, text, 2020),
          new api.UnknownStopReasonError(text, text, 0, text, [text]),
          new api.UnknownStopReasonError(text, text, 3, text, []),
        ];
        for (const error of errors) {
          expect(error).toBeInstanceOf(api.ReviewclockError);
          expect(typeof error.code).toBe('string');
        }
        expect(new api.InvalidDateError('f', value).message).toContain('f: invalid date');
      }),
      runs(150),
    );
  });
});

describe('fuzz: every public export is covered', () => {
  it('each function and class of reviewclock, reviewclock/hk and reviewclock/testing is fuzzed above', () => {
    // Not callable with user input: CN, HK and MONDAY_TO_FRIDAY (calendars, fuzzed as every function's calendar),
    // Calendar (constructed only by the library: @internal constructor; its instances are fuzzed as calendars), JSON
    // Schemas (data).
    covers('CN', 'HK', 'MONDAY_TO_FRIDAY', 'Calendar', 'HolidayScheduleJsonSchema', 'policyJsonSchema');
    const exported = [...Object.keys(api), ...Object.keys(hkEntry), ...Object.keys(schemaEntry), ...Object.keys(testing)];
    expect(exported.filter((name) => !FUZZED.has(name))).toEqual([]);
    expect(show(CN)).toBe('"[calendar CN]"');
  });
});
