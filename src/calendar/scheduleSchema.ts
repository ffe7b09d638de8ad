/**
 * The zod schema of a holiday schedule: the format of the bundled CN data and of the files users add at run
 * time (`withSchedules`, CLI `--schedule`). Kept out of the working-day path so that counting days never loads zod.
 *
 * @module
 */
import { z } from 'zod';
import { dayNumberFromParts, tryParsePlainDate, weekdayOfDayNumber } from '../date/plainDate.js';
import { ScheduleValidationError, type InputIssue } from '../errors.js';
import type { HolidaySchedule } from './types.js';

/**
 * A date as the library reads it: zod's ISO date, and the library's own parser, which also refuses year 0000
 * (zod accepts it), so that a bad date is refused here with its path, not later on an unrelated call.
 */
const plainDate = z.iso
  .date({ error: 'expected a calendar date as YYYY-MM-DD' })
  // Only where zod's check passes and the library's parser fails (year 0000), so that a date gets one issue.
  .refine((value) => !value.startsWith('0000-') || tryParsePlainDate(value) !== undefined, {
    error: 'expected a calendar date as YYYY-MM-DD, years 0001 to 9999',
  });

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
export const HolidayScheduleSchema = z
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
        ctx.addIssue({ code: 'custom', path: ['holidays', index, 'to'], message: `"to" ${holiday.to} is before "from" ${holiday.from}` });
        return;
      }
      for (const [key, day, text] of [['from', from, holiday.from], ['to', to, holiday.to]] as const) {
        if (!inWindow(day)) ctx.addIssue({ code: 'custom', path: ['holidays', index, key], message: `${text} is outside ${window}` });
      }
      for (let day = from; day <= to && day - from < 60; day++) restDays.add(day);
      if (to - from >= 60) ctx.addIssue({ code: 'custom', path: ['holidays', index], message: 'a holiday span longer than 60 days is not a holiday schedule' });
    });
    const seen = new Set<number>();
    schedule.makeupWorkdays.forEach((date, index) => {
      const day = tryParsePlainDate(date);
      if (day === undefined) return; // already reported as a bad date
      const path = ['makeupWorkdays', index];
      if (!inWindow(day)) ctx.addIssue({ code: 'custom', path, message: `${date} is outside ${window}` });
      if (weekdayOfDayNumber(day) < 6) {
        ctx.addIssue({ code: 'custom', path, message: `make-up working day ${date} is not a Saturday or Sunday (weekdays are working days already)` });
      }
      if (restDays.has(day)) ctx.addIssue({ code: 'custom', path, message: `${date} is both a make-up working day and inside a holiday span` });
      if (seen.has(day)) ctx.addIssue({ code: 'custom', path, message: `${date} is listed twice` });
      seen.add(day);
    });
  });

/** Converts zod issues into reviewclock's {@link InputIssue}s. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path: issue.path.slice(), message: issue.message, code: issue.code }));
}

/**
 * Validates a value as a holiday schedule.
 *
 * @param fn - The public function asking, for the message.
 * @param value - The candidate schedule.
 * @param label - How to name it in the message, e.g. `'schedules[0]'` or a file name.
 * @throws {ScheduleValidationError} With every problem and its path.
 */
export function parseHolidaySchedule(fn: string, value: unknown, label = 'schedule'): HolidaySchedule {
  const result = HolidayScheduleSchema.safeParse(value);
  if (!result.success) throw new ScheduleValidationError(`${fn}: ${label}`, toInputIssues(result.error.issues));
  const { $schema: _ignored, notes: _notes, ...schedule } = result.data;
  return schedule as HolidaySchedule;
}

/**
 * The JSON Schema (draft 2020-12) of a holiday schedule file, generated from {@link HolidayScheduleSchema}, for
 * editors and other languages. It checks the shape and the date format; the checks across fields (a span that runs
 * backwards, a make-up working day on a weekday, dates outside the year) are made by `withSchedules` and
 * `HolidayScheduleSchema` only.
 *
 * @example
 * writeFileSync('holiday-schedule.schema.json', JSON.stringify(HolidayScheduleJsonSchema, null, 2))
 * HolidayScheduleJsonSchema.required //=> ['year', 'source', 'holidays', 'makeupWorkdays']
 */
export const HolidayScheduleJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ holidayScheduleJsonSchema();

function holidayScheduleJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(HolidayScheduleSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'reviewclock holiday schedule',
    description:
      "One year's holiday schedule as one notice publishes it (for mainland China, the State Council's 部分节假日安排的通知): " +
      'rest-day spans and make-up working days. Add it with withSchedules(CN, schedule) or the CLI option --schedule FILE.json.',
    ...rest,
  };
}
