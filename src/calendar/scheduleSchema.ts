/**
 * The zod schema of a holiday schedule: the format of the bundled CN data and of the files users add at run
 * time (`withSchedules`, CLI `--schedule`). Built on first use ({@link holidayScheduleSchema}), with zod loaded
 * through `loadZod`, so that counting days never loads zod; users reach it through the `reviewclock/schema` entry
 * point.
 *
 * @module
 */
import type { z } from 'zod';
import { loadZod } from '../lazy/zod.js';
import { dayNumberFromParts, tryParsePlainDate, weekdayOfDayNumber } from '../date/plainDate.js';
import { ScheduleValidationError, type InputIssue } from '../errors.js';
import type { HolidaySchedule } from './types.js';

/**
 * @internal A date as the library reads it, for the schemas: zod's ISO date, and the library's own parser, which also
 * refuses year 0000 (zod accepts it), so that a bad date is refused with its path, not later on an unrelated call.
 */
export function plainDateSchema(z: ReturnType<typeof loadZod>['z']) {
  return (
    z.iso
      .date({ error: 'expected a calendar date as YYYY-MM-DD' })
      // Only where zod's check passes and the library's parser fails (year 0000), so that a date gets one issue.
      .refine((value) => !value.startsWith('0000-') || tryParsePlainDate(value) !== undefined, {
        error: 'expected a calendar date as YYYY-MM-DD, years 0001 to 9999',
      })
  );
}

/** Builds the schema (once, from {@link holidayScheduleSchema}). */
function buildHolidayScheduleSchema() {
  const { z } = loadZod();
  const plainDate = plainDateSchema(z);

  const holidaySpan = z
    .strictObject({
      name: z.string().trim().min(1, 'a holiday needs its English name').describe("English name, e.g. 'Spring Festival'"),
      nameZh: z.string().trim().min(1).optional().describe("Chinese name, e.g. '春节'"),
      from: plainDate.describe('First rest day, YYYY-MM-DD'),
      to: plainDate.describe('Last rest day, YYYY-MM-DD (the same as from for one day)'),
    })
    .describe('A run of consecutive rest days, both ends included, weekends inside the run included');

  /**
   * Validates one year's holiday schedule: dates are real `YYYY-MM-DD` dates in the year or at the end of the year
   * before it, each span runs forwards, make-up working days are Saturdays or Sundays outside the rest-day spans.
   *
   * @example
   * HolidayScheduleSchema.parse(JSON.parse(fs.readFileSync('2027.json', 'utf8')))
   */
  const HolidayScheduleSchema = z
    .strictObject({
      $schema: z.string().optional().describe('The address of this JSON Schema, for editors'),
      year: z.int().min(1901).max(9999).describe('The year the notice is for'),
      calendar: z
        .string()
        .regex(/^[A-Z][A-Z0-9]{0,15}$/, "expected a calendar id such as 'CN' or 'HK'")
        .optional()
        .describe("The calendar the schedule extends: 'CN' (mainland, the default) or 'HK' (Hong Kong)"),
      source: z
        .strictObject({
          title: z.string().trim().min(1, "the notice's title is required").describe("The notice's title"),
          url: z
            .string()
            .trim()
            .describe("Where the notice is published; an empty string when it is not known (a notice's text copied without its address)"),
        })
        .describe('The notice the schedule transcribes'),
      holidays: z.array(holidaySpan).max(366, 'a year has at most 366 rest-day spans').describe('Rest-day spans'),
      makeupWorkdays: z
        .array(plainDate)
        .max(366, 'a year has at most 366 make-up working days')
        .describe('Saturdays and Sundays that are working days (调休上班), YYYY-MM-DD; may include days in December of the year before'),
      notes: z.string().optional().describe('Free text, ignored'),
    })
    .superRefine((schedule, ctx) => {
      for (const issue of crossFieldIssues(schedule)) ctx.addIssue({ code: 'custom', ...issue });
    });
  return HolidayScheduleSchema;
}

/** The fields the checks across fields read. */
interface ScheduleDays {
  readonly year: number;
  readonly holidays: readonly { readonly from: string; readonly to: string }[];
  readonly makeupWorkdays: readonly string[];
}

/**
 * The checks across the fields of a schedule whose fields are each valid: spans that run backwards or last more than
 * 60 days, dates outside the year (or the December before it), make-up working days on a weekday, inside a span or
 * listed twice. Shared by the zod schema and {@link plainlyValidSchedule}.
 */
function crossFieldIssues(schedule: ScheduleDays): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const windowStart = dayNumberFromParts(schedule.year - 1, 12, 1);
  const windowEnd = dayNumberFromParts(schedule.year, 12, 31);
  const inWindow = (day: number) => day >= windowStart && day <= windowEnd;
  const window = `${schedule.year}, or December ${schedule.year - 1} for days the notice sets in the year before`;
  const restDays = new Set<number>();
  schedule.holidays.forEach((holiday, index) => {
    const from = tryParsePlainDate(holiday.from);
    const to = tryParsePlainDate(holiday.to);
    if (from === undefined || to === undefined) return; // already reported as a bad date
    if (from > to) {
      issues.push({ path: ['holidays', index, 'to'], message: `"to" ${holiday.to} is before "from" ${holiday.from}` });
      return;
    }
    for (const [key, day, text] of [['from', from, holiday.from], ['to', to, holiday.to]] as const) {
      if (!inWindow(day)) issues.push({ path: ['holidays', index, key], message: `${text} is outside ${window}` });
    }
    for (let day = from; day <= to && day - from < 60; day++) restDays.add(day);
    if (to - from >= 60) issues.push({ path: ['holidays', index], message: 'a holiday span longer than 60 days is not a holiday schedule' });
  });
  const seen = new Set<number>();
  schedule.makeupWorkdays.forEach((date, index) => {
    const day = tryParsePlainDate(date);
    if (day === undefined) return; // already reported as a bad date
    const path = ['makeupWorkdays', index];
    if (!inWindow(day)) issues.push({ path, message: `${date} is outside ${window}` });
    if (weekdayOfDayNumber(day) < 6) {
      issues.push({ path, message: `make-up working day ${date} is not a Saturday or Sunday (weekdays are working days already)` });
    }
    if (restDays.has(day)) issues.push({ path, message: `${date} is both a make-up working day and inside a holiday span` });
    if (seen.has(day)) issues.push({ path, message: `${date} is listed twice` });
    seen.add(day);
  });
  return issues;
}

/** A schedule as the schema returns it. */
type ParsedSchedule = ReturnType<ReturnType<typeof holidayScheduleSchema>['parse']>;

const SCHEDULE_KEYS = new Set(['$schema', 'year', 'calendar', 'source', 'holidays', 'makeupWorkdays', 'notes']);
const SOURCE_KEYS = new Set(['title', 'url']);
const SPAN_KEYS = new Set(['name', 'nameZh', 'from', 'to']);
const CALENDAR_ID = /^[A-Z][A-Z0-9]{0,15}$/;

/** A plain object (made by a literal or JSON.parse) whose own keys are all in `allowed`, none of them undefined. */
function plainRecord(value: unknown, allowed: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key) || (value as Record<string, unknown>)[key] === undefined) return undefined;
  }
  return value as Record<string, unknown>;
}
/** A string that `z.string().trim()` leaves as it is. */
const trimmed = (value: unknown): value is string => typeof value === 'string' && value.trim() === value;
const isDate = (value: unknown): value is string => typeof value === 'string' && tryParsePlainDate(value) !== undefined;
/** A dense array of at most 366 items. */
const listOf = (value: unknown): readonly unknown[] | undefined =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length <= 366 ? value : undefined;

/**
 * @internal The schedule as the schema would return it, when the value is plainly valid: plain objects and arrays
 * with only the schema's keys, strings already trimmed, real dates, and no problem across fields. Undefined for
 * anything else — not an error: the caller then asks the zod schema, which says what is wrong. This is how a valid
 * schedule (a stored or bundled one, a notice just read) is accepted without loading zod; the property test
 * test/property/scheduleFastPath.property.test.ts checks that whatever it accepts, the schema accepts with the same
 * result.
 */
export function plainlyValidSchedule(value: unknown): ParsedSchedule | undefined {
  try {
    const record = plainRecord(value, SCHEDULE_KEYS);
    if (!record) return undefined;
    const { $schema, year, calendar, source, holidays, makeupWorkdays, notes } = record;
    if ($schema !== undefined && typeof $schema !== 'string') return undefined;
    if (notes !== undefined && typeof notes !== 'string') return undefined;
    if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 1901 || year > 9999) return undefined;
    if (calendar !== undefined && (typeof calendar !== 'string' || !CALENDAR_ID.test(calendar))) return undefined;
    const sourceRecord = plainRecord(source, SOURCE_KEYS);
    if (!sourceRecord || !trimmed(sourceRecord['title']) || sourceRecord['title'] === '' || !trimmed(sourceRecord['url'])) return undefined;
    const spans = listOf(holidays);
    const makeups = listOf(makeupWorkdays);
    if (!spans || !makeups) return undefined;
    const spanCopies: { name: string; nameZh?: string; from: string; to: string }[] = [];
    for (let i = 0; i < spans.length; i++) {
      const span = plainRecord(spans[i], SPAN_KEYS);
      if (!span) return undefined;
      const { name, nameZh, from, to } = span;
      if (!trimmed(name) || name === '' || !isDate(from) || !isDate(to)) return undefined;
      if (nameZh !== undefined && (!trimmed(nameZh) || nameZh === '')) return undefined;
      spanCopies.push(nameZh === undefined ? { name, from, to } : { name, nameZh, from, to });
    }
    const makeupCopies: string[] = [];
    for (let i = 0; i < makeups.length; i++) {
      const date = makeups[i];
      if (!isDate(date)) return undefined;
      makeupCopies.push(date);
    }
    const schedule: ParsedSchedule = {
      ...($schema === undefined ? {} : { $schema }),
      year,
      ...(calendar === undefined ? {} : { calendar }),
      source: { title: sourceRecord['title'] as string, url: sourceRecord['url'] as string },
      holidays: spanCopies,
      makeupWorkdays: makeupCopies,
      ...(notes === undefined ? {} : { notes }),
    };
    return crossFieldIssues(schedule).length === 0 ? schedule : undefined;
  } catch {
    return undefined; // a getter or a proxy that throws: the schema reports it
  }
}

/**
 * @internal Checks a value as a holiday schedule: {@link plainlyValidSchedule} first, then the zod schema (loading
 * zod) for anything it does not accept, so that a problem is always reported by the schema, with its path.
 */
export function safeParseHolidaySchedule(value: unknown): { success: true; data: ParsedSchedule } | { success: false; issues: InputIssue[] } {
  const plain = plainlyValidSchedule(value);
  if (plain) return { success: true, data: plain };
  const result = holidayScheduleSchema().safeParse(value);
  return result.success ? { success: true, data: result.data } : { success: false, issues: toInputIssues(result.error.issues) };
}

let schema: ReturnType<typeof buildHolidayScheduleSchema> | undefined;

/** @internal The holiday-schedule schema, built (and zod loaded) on the first call; `reviewclock/schema` exports it. */
export function holidayScheduleSchema(): ReturnType<typeof buildHolidayScheduleSchema> {
  return (schema ??= buildHolidayScheduleSchema());
}

/** Converts zod issues into reviewclock's {@link InputIssue}s. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path: issue.path.slice(), message: issue.message, code: issue.code }));
}

/**
 * @internal Validates a value as a holiday schedule on behalf of a public function.
 *
 * @param fn - The public function asking, for the message.
 * @param value - The candidate schedule.
 * @param label - How to name it in the message, e.g. `'schedules[0]'` or a file name.
 * @throws {ScheduleValidationError} With every problem and its path.
 */
export function readHolidaySchedule(fn: string, value: unknown, label = 'schedule'): HolidaySchedule {
  const result = safeParseHolidaySchedule(value);
  if (!result.success) throw new ScheduleValidationError(`${fn}: ${label}`, result.issues);
  const { $schema: _ignored, notes: _notes, ...schedule } = result.data;
  return schedule as HolidaySchedule;
}

/**
 * Checks one year's holiday schedule (a parsed JSON file, a notice you transcribed) without adding it to a calendar:
 * the same checks as `withSchedules` makes on each schedule before it looks at the calendar (real `YYYY-MM-DD` dates
 * in the year or the December before it, spans that run forwards, make-up working days on Saturdays or Sundays outside
 * the spans). Returns the schedule without its `$schema` and `notes`. A plainly valid schedule is accepted without
 * loading zod; anything else goes to `HolidayScheduleSchema` (`reviewclock/schema`), which names each problem.
 *
 * @param value - The candidate schedule, e.g. `JSON.parse(text)`.
 * @returns The schedule, as `withSchedules` takes it.
 * @throws {ScheduleValidationError} With every problem and its path, e.g. `['holidays', 2, 'from']`.
 *
 * @example
 * parseHolidaySchedule(JSON.parse(readFileSync('2027.json', 'utf8'))).year //=> 2027
 * parseHolidaySchedule({ year: 2027, source: { title: 'x', url: '' }, holidays: [], makeupWorkdays: ['2027-02-03'] })
 * // throws ScheduleValidationError: … makeupWorkdays.0: make-up working day 2027-02-03 is not a Saturday or Sunday …
 */
export function parseHolidaySchedule(value: unknown): HolidaySchedule {
  return readHolidaySchedule('parseHolidaySchedule', value);
}
