/**
 * reviewclock/schema: the zod schemas of a policy, a procedure and a holiday schedule, and the JSON Schemas made from
 * them. A separate entry point, so that importing `reviewclock` never loads zod: the functions there that take
 * user data (`withSchedules`, `dueDate` with a policy object, `scheduleFromNotice`) validate with these same
 * schemas, built the first time one of them needs them.
 *
 * @packageDocumentation
 *
 * @example
 * import { PolicySchema } from 'reviewclock/schema';
 * PolicySchema.safeParse(JSON.parse(policyFile)).success //=> true for a valid policy object
 */
import { holidayScheduleSchema } from './calendar/scheduleSchema.js';
import { loadZod } from './lazy/zod.js';
import { policySchemas } from './policy/schema.js';

/**
 * One review-time rule, as data: the shape of every built-in policy and of every policy object passed to `dueDate`.
 * Besides each field's own rules it checks that the effective period runs forwards, that stop reasons are unique,
 * and that stop reasons and an extension cap appear only on limits counted forward in working days.
 *
 * @example
 * import { getPolicy } from 'reviewclock';
 * import { PolicySchema } from 'reviewclock/schema';
 * // A variant of a built-in policy: an internal 45-working-day target for supplementary applications.
 * const target = PolicySchema.parse({ ...getPolicy('cn.nmpa.drug.supplement'), id: 'acme.supplement.target-45', limit: { amount: 45, unit: 'working-days' } });
 * target.limit //=> { amount: 45, unit: 'working-days', direction: 'after' }
 * PolicySchema.safeParse({ ...target, limit: { amount: 0, unit: 'working-days' } }).success //=> false (issue at ['limit', 'amount'])
 */
export const PolicySchema = policySchemas().PolicySchema;

/**
 * A multi-stage procedure: a chain of policies, each stage starting when the one before it ends, plus milestones
 * counted from a stage's start or due date (reports due before a review deadline, fees due after acceptance).
 * The built-in procedures are in `src/policy/catalog/procedures.ts`; `projectTimeline` evaluates them.
 *
 * @example
 * import { listProcedures } from 'reviewclock';
 * ProcedureSchema.parse(listProcedures()[0]).stages.map((s) => s.policy) //=> ['cn.nmpa.drug.acceptance', 'cn.nmpa.drug.ind']
 */
export const ProcedureSchema = policySchemas().ProcedureSchema;

/**
 * Validates one year's holiday schedule: dates are real `YYYY-MM-DD` dates in the year or at the end of the year
 * before it, each span runs forwards, make-up working days are Saturdays or Sundays outside the rest-day spans.
 * `withSchedules` checks schedules with it, then against the calendar they extend.
 *
 * @example
 * HolidayScheduleSchema.parse(JSON.parse(fs.readFileSync('2027.json', 'utf8')))
 */
export const HolidayScheduleSchema = holidayScheduleSchema();

/**
 * The policy schema as JSON Schema (draft 2020-12), describing what a user may write (defaults optional), for
 * validating policy files outside TypeScript.
 *
 * @example
 * policyJsonSchema.properties.limit //=> { type: 'object', properties: { amount: …, unit: …, direction: … }, … }
 */
export const policyJsonSchema: Record<string, unknown> & { properties: Record<string, unknown> } = loadZod().z.toJSONSchema(PolicySchema, {
  io: 'input',
  unrepresentable: 'any',
}) as never;

/**
 * The JSON Schema (draft 2020-12) of a holiday schedule file, generated from {@link HolidayScheduleSchema}, for
 * editors and other languages (the package also ships it as `schema/holiday-schedule.schema.json`). It checks the
 * shape and the date format; the checks across fields (a span that runs backwards, a make-up working day on a
 * weekday, dates outside the year) are made by `withSchedules` and `HolidayScheduleSchema` only.
 *
 * @example
 * writeFileSync('holiday-schedule.schema.json', JSON.stringify(HolidayScheduleJsonSchema, null, 2))
 * HolidayScheduleJsonSchema.required //=> ['year', 'source', 'holidays', 'makeupWorkdays']
 */
export const HolidayScheduleJsonSchema: Readonly<Record<string, unknown>> = holidayScheduleJsonSchema();

function holidayScheduleJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = loadZod().z.toJSONSchema(HolidayScheduleSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'reviewclock holiday schedule',
    description:
      "One year's holiday schedule as one notice publishes it (for mainland China, the State Council's 部分节假日安排的通知): " +
      'rest-day spans and make-up working days. Add it with withSchedules(CN, schedule) or the CLI option --schedule FILE.json.',
    ...rest,
  };
}
