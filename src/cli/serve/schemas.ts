/**
 * The zod schemas of the HTTP service's parameters, built with the library's own zod and its own date schema
 * (`plainDateSchema`, the one that checks every date of a schedule or a policy), so that a date the library takes is
 * a date the service takes. `@hono/zod-openapi` validates each route with them and writes `/openapi.json` from them.
 *
 * Every query is a strict object: a parameter the route does not take (a typo such as `asof`) is refused, not ignored.
 * A parameter given twice is refused too, except the repeatable ones (`stop`, `event`, `progress`).
 *
 * @module
 */
import { plainDateSchema } from '../../calendar/scheduleSchema.js';
import { loadZod } from '../../lazy/zod.js';
import { LIMITS } from './limits.js';

const { z } = loadZod();

/** `YYYY-MM-DD`, or `today` (the date in China, UTC+8, read at each request). */
const date = (description: string, example = '2025-09-26') =>
  z
    .union([plainDateSchema(z), z.literal('today')])
    .meta({ description: `${description}: YYYY-MM-DD, or today (the date in China, UTC+8)`, example });

/** A parameter that may be given several times: one string or several. */
const repeated = (description: string, example: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .meta({ description: `${description} (repeatable)`, example });

const calendar = z
  .enum(['CN', 'HK', 'CN+HK', 'CN HK'])
  .transform((value) => (value === 'CN HK' ? 'CN+HK' : value))
  .optional()
  .meta({
    description:
      "The calendar to count on: CN, HK or CN+HK (days that are working days in both; write CN%2BHK in a URL, or CN+HK, which arrives as \"CN HK\" and is read the same). Default: the policy's own calendar, else CN.",
    example: 'CN',
  });

const project = z
  .enum(['true', 'false'])
  .optional()
  .meta({
    description:
      'true: answer past the published years on the projection of the calendar (the law and the State Council\'s published principles); such answers are marked provisional. Without it, an answer that needs an unpublished year is refused (400, calendar_out_of_range). Default: false, or true when the server was started with --project.',
    example: 'true',
  });

const lang = z.enum(['en', 'zh']).optional().meta({ description: 'The language of the explanation: en (default) or zh.', example: 'en' });

const wholeDays = (description: string, example: string) =>
  z
    .string()
    .regex(/^[+-]?\d{1,9}$/, 'expected a whole number of working days such as 5 or -5')
    .meta({ description, example });

/** The query of `GET /v1/due`. */
export const dueQuery = z
  .strictObject({
    policy: z.string().min(1).max(200).meta({ description: 'A policy id (see /v1/policies), e.g. cn.nmpa.drug.ind.', example: 'cn.nmpa.drug.ind' }),
    start: date('The day the clock starts (day 0); may be left out when event gives the start events').optional(),
    stop: repeated(
      'A clock stop FROM..TO, or FROM.. while still stopped, optionally followed by :reason (one of the policy\'s stop reasons); FROM and TO are YYYY-MM-DD or today',
      '2025-10-10..2025-11-03',
    ).optional(),
    event: repeated('The date of one start event, ID=DATE, for a clock that starts on the later of several', 'acceptance=2026-03-02').optional(),
    stopDay: z
      .enum(['counted', 'not-counted'])
      .optional()
      .meta({ description: "Whether the day a clock stops counts as a day of the limit (default: the policy's reading).", example: 'counted' }),
    asOf: date('Also report status, days used and days left as of this date').optional(),
    extension: z
      .string()
      .regex(/^\d{1,6}$/, 'expected a whole number of days such as 20')
      .optional()
      .meta({ description: "A discretionary extension the authority has notified, in the policy's unit.", example: '20' }),
    lang,
    calendar,
    project,
  })
  .refine((query) => query.start !== undefined || query.event !== undefined, {
    error: 'give start (the day the clock starts), or event=ID=DATE for each start event',
    path: ['start'],
  });

/** The query of `GET /v1/add`. */
export const addQuery = z.strictObject({
  date: date('The day to count from', '2025-09-30'),
  days: wholeDays('Working days to add (negative: before the date).', '1'),
  calendar,
  project,
});

/** The query of `GET /v1/count`. */
export const countQuery = z.strictObject({
  from: date('The first day (not counted)', '2025-09-30'),
  to: date('The last day (counted)', '2025-10-31'),
  calendar,
  project,
});

/** The path parameters of `GET /v1/day/{date}`. */
export const dayParams = z.strictObject({ date: date('The day', '2025-10-11') });

/** The query of `GET /v1/day/{date}` and `GET /v1/calendar/{year}.ics`. */
export const calendarQuery = z.strictObject({ calendar, project });

/** The query of `GET /v1/days`. */
export const daysQuery = z.strictObject({
  from: date('The first day listed', '2025-10-01'),
  to: date(`The last day listed (at most ${LIMITS.listedDays.toLocaleString('en')} days from the first, both included)`, '2025-10-31'),
  calendar,
  project,
});

/** The query of `GET /v1/policies`. */
export const policiesQuery = z.strictObject({
  q: z.string().max(500).optional().meta({ description: 'Words to search for (every word must match), e.g. nda priority.', example: 'ind' }),
  jurisdiction: z.string().max(20).optional().meta({ description: 'A jurisdiction code such as CN, CN-GD or HK.', example: 'CN' }),
  product: z.enum(['drug', 'device', 'ivd']).optional().meta({ description: 'drug, device or ivd.', example: 'drug' }),
  role: z.enum(['review', 'stage', 'sponsor-window', 'relative']).optional().meta({ description: 'The kind of limit.', example: 'review' }),
  on: date('Only the versions in force on this date').optional(),
  allVersions: z.enum(['true', 'false']).optional().meta({ description: 'true: every version of each policy, not only the one in force.', example: 'true' }),
});

/** The path parameters of `GET /v1/policies/{id}`. */
export const policyParams = z.strictObject({
  id: z.string().min(1).max(200).meta({ description: 'A policy id.', example: 'cn.nmpa.drug.ind' }),
});

/** The query of `GET /v1/policies/{id}`. */
export const policyQuery = z.strictObject({ on: date('The version in force on this date').optional() });

/** The query of `GET /v1/timeline`. */
export const timelineQuery = z.strictObject({
  procedure: z.string().min(1).max(200).meta({ description: 'A built-in procedure id.', example: 'cn.nmpa.drug.ind.application' }),
  start: date('The day the procedure starts (the application is received)'),
  progress: repeated('The day a stage actually ended, STAGE=DATE (STAGE: the stage\'s policy id)', 'cn.nmpa.drug.acceptance=2025-09-30').optional(),
  asOf: date('Report each stage\'s status as of this date').optional(),
  calendar,
  project,
});

/** The path parameters of `GET /v1/calendar/{year}.ics`. */
export const icsParams = z.strictObject({
  year: z.string().regex(/^\d{4}$/, 'expected a year YYYY such as 2026').meta({ description: 'The year, YYYY.', example: '2026' }),
});

/** The query of `POST /v1/batch`. */
export const batchQuery = z.strictObject({
  asOf: date('Report days elapsed, days left and status as of this date, for every row (a row\'s own asOf wins)').optional(),
  stopDay: z
    .enum(['counted', 'not-counted'])
    .optional()
    .meta({ description: "Whether the day a clock stops counts, for every row (default: each policy's reading).", example: 'counted' }),
  calendar,
  project,
});

/** The body of every error answer. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "A stable code: one of the library's (invalid_date, invalid_argument, unknown_policy, calendar_out_of_range, …) or the service's (not_found, method_not_allowed, payload_too_large, uri_too_long, timeout, internal)." }),
      message: z.string().meta({ description: 'What is wrong and what would be right, in English.' }),
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() }))
        .optional()
        .meta({ description: 'Each problem with the path to it (a query parameter, or a field of a schedule or policy).' }),
    }),
  })
  .meta({ id: 'Error' });

/** A loose object schema for an answer, documented by its description and example. */
export function answer(id: string, description: string, example: unknown) {
  return z.looseObject({}).meta({ id, description, example });
}

/** The names of the query parameters that hold dates (their refusals have the code `invalid_date`). */
export const DATE_PARAMETERS: ReadonlySet<string> = new Set(['start', 'asOf', 'date', 'from', 'to', 'on']);

export { z };
