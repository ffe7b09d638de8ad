/**
 * `withSchedules`: a calendar that also covers years whose holiday schedules the user supplies at run time (the
 * State Council publishes next year's notice each November; nobody has to wait for a release of this package).
 *
 * @module
 */
import { InvalidArgumentError, ScheduleValidationError, denseEntries, describeValue, type InputIssue } from '../errors.js';
import { dayNumberFromParts, parsePlainDate, yearOfDayNumber, type DayNumber } from '../date/plainDate.js';
import { Calendar } from './Calendar.js';
import { candidatesWithFixedDays } from './candidates.js';
import { combineCalendars, isPlainCombination } from './combineCalendars.js';
import { copyCalendarDays, coveredYears, readCalendar, readOptions, yearSpan } from './derive.js';
import { DaysBuilder, daysFromSchedules, weekendKind } from './fromSchedules.js';
import { safeParseHolidaySchedule } from './scheduleSchema.js';
import type { HolidaySchedule } from './types.js';

/** Options of {@link withSchedules}. */
export interface WithSchedulesOptions {
  /**
   * Let a schedule replace a year the calendar already covers (its days in that year, and, on `CN` and calendars
   * made from it by `withSchedules`, the days the old notice set in the year before). Default `false`: a schedule
   * for a covered year is refused.
   */
  readonly replace?: boolean | undefined;
}

const FN = 'withSchedules';

/**
 * A new calendar that answers everything the given calendar answers and also covers the years of the given holiday
 * schedules: Monday–Friday work and Saturday–Sunday rest, except each schedule's rest-day spans and make-up working
 * days. The calendar passed in is never changed, and the new one keeps its id (`'CN'` stays `'CN'`).
 *
 * Each schedule is checked with `HolidayScheduleSchema` (`reviewclock/schema`) and against the calendar: real `YYYY-MM-DD` dates in
 * the year (or in December of the year before, for days a notice sets there), `from` not after `to`, make-up working
 * days on Saturdays or Sundays, no year the calendar already covers (unless `replace: true`), no gap between the
 * covered years and the added ones (to add 2028 to `CN`, add 2027 as well), and a `calendar` field, where a schedule
 * has one, naming this calendar (a schedule for `'HK'` is refused by `CN`: code `calendar_mismatch`). Days a notice
 * sets in the year before apply on top of that year's data (the 2027 notice may make a Saturday in late December 2026
 * a working day). Schedules for the same year apply in the order given, so an amendment listed after its notice wins.
 *
 * On a combination (`combineCalendars([CN, HK])`), each schedule goes to the member its `calendar` field names
 * (absent: `'CN'`); each member is extended with its schedules as above, and the extended members are combined again
 * in the same order, so the result keeps the combination's id (`'CN+HK'`). A schedule for a calendar that is not a
 * member is refused (`calendar_mismatch`). A combination whose days were changed after combining (`withOverrides` of
 * it) is refused: extend its members, combine them, then apply the overrides again.
 *
 * @param calendar - The calendar to extend, e.g. `CN`, `HK` or `combineCalendars([CN, HK])`.
 * @param schedules - One schedule or an array of them, e.g. the parsed content of a JSON file in the
 *   `HolidayScheduleSchema` (`reviewclock/schema`) format.
 * @param options - `{ replace: true }` to let a schedule replace a year the calendar (or, on a combination, its
 *   member) covers.
 * @returns A new calendar covering the union of the years.
 * @throws {ScheduleValidationError} With every problem found, its path (`[0, 'holidays', 2, 'from']`) and code
 *   (`year_covered`, `year_gap`, `calendar_mismatch`, or zod's for a malformed field).
 * @throws {InvalidArgumentError} When `calendar` is not a calendar or is a combination changed after combining,
 *   `schedules` is empty or `options` is malformed.
 *
 * @example
 * const cn2027 = withSchedules(CN, JSON.parse(readFileSync('cn-2027.json', 'utf8')));
 * cn2027.id       //=> 'CN'
 * cn2027.coverage //=> { from: '2004-01-01', to: '2027-12-31' }
 * CN.coverage     //=> { from: '2004-01-01', to: '2026-12-31' } (unchanged)
 *
 * @example
 * // Greater Bay Area days in 2027: each schedule extends the member its `calendar` names.
 * const both = withSchedules(combineCalendars([CN, HK]), [cn2027Schedule, { ...hk2027Schedule, calendar: 'HK' }]);
 * both.id       //=> 'CN+HK'
 * both.coverage //=> { from: '2016-01-01', to: '2027-12-31' }
 */
export function withSchedules(
  calendar: Calendar,
  schedules: HolidaySchedule | readonly HolidaySchedule[],
  options?: WithSchedulesOptions,
): Calendar {
  const base = readCalendar(FN, calendar);
  const members = base.definition.members;
  if (members && !isPlainCombination(base)) {
    throw new InvalidArgumentError(
      `${FN}: the ${base.id} calendar is a combination whose days were changed after combining (e.g. by withOverrides); ` +
        `add the schedules to its calendars, combine them again, then apply the change again, e.g. ` +
        `withOverrides(combineCalendars([withSchedules(CN, schedule), HK]), overrides)`,
    );
  }
  const replace = readReplace(readOptions(FN, options, '{ replace: true }'));
  const list: readonly unknown[] = Array.isArray(schedules) ? denseEntries(`${FN}: schedules`, schedules) : [schedules];
  if (list.length === 0) {
    throw new InvalidArgumentError(`${FN}: schedules is an empty array; pass at least one holiday schedule`);
  }
  if (members) return extendMembers(base, members, list, Array.isArray(schedules), replace);
  const added = validate(base, list, Array.isArray(schedules), replace);
  return extend(base, added, replace);
}

/** The calendar a schedule extends when its `calendar` field is absent and it is given to a combination. */
const DEFAULT_MEMBER = 'CN';

/** True when a schedule for `target` belongs to `member`: the member is that calendar, or a combination holding it. */
function belongsTo(member: Calendar, target: string): boolean {
  return member.id === target || (member.definition.members !== undefined && member.id.split('+').includes(target));
}

/**
 * A combination extended member by member: every schedule is checked with the schema first, routed by its
 * `calendar` field, added to its member(s) with {@link withSchedules}, and the members combined again in order.
 */
function extendMembers(
  base: Calendar,
  members: readonly Calendar[],
  list: readonly unknown[],
  isArray: boolean,
  replace: boolean,
): Calendar {
  const prefix = (index: number): PropertyKey[] => (isArray ? [index] : []);
  const issues: InputIssue[] = [];
  const targets: string[] = [];
  parseEach(list, prefix, issues).forEach((data, index) => {
    if (data === undefined) return;
    const target = data.calendar ?? DEFAULT_MEMBER;
    targets[index] = target;
    if (!members.some((member) => belongsTo(member, target))) {
      const ids = members.map((member) => member.id).join(', ');
      issues.push({
        path: [...prefix(index), 'calendar'],
        code: 'calendar_mismatch',
        message:
          data.calendar === undefined
            ? `the schedule has no "calendar", so it is for ${DEFAULT_MEMBER}, which is not one of the calendars of ${base.id} (${ids}); ` +
              `set "calendar" to one of them`
            : `the schedule is for the ${target} calendar, which is not one of the calendars of ${base.id} (${ids}); ` +
              `set "calendar" to one of them, or add the schedule to a calendar that contains ${target}`,
      });
    }
  });
  if (issues.length) throw new ScheduleValidationError(FN, issues);
  const extended = members.map((member) => {
    const indexes = list.map((_, index) => index).filter((index) => belongsTo(member, targets[index]!));
    if (indexes.length === 0) return member;
    try {
      return withSchedules(member, indexes.map((index) => list[index]) as HolidaySchedule[], { replace });
    } catch (error) {
      if (!(error instanceof ScheduleValidationError)) throw error;
      // The member saw an array of its own schedules: give each issue the path of the schedule as it was passed.
      for (const issue of error.issues) {
        const [position, ...rest] = issue.path;
        issues.push({ ...issue, path: [...prefix(indexes[position as number]!), ...rest] });
      }
      return member;
    }
  });
  if (issues.length) throw new ScheduleValidationError(FN, issues);
  return combineCalendars(extended);
}

/**
 * Each schedule checked with the schema (without loading zod when it is plainly valid): its data, or undefined with
 * its problems added to `issues` (paths as the caller passed the schedules).
 */
function parseEach(
  list: readonly unknown[],
  prefix: (index: number) => PropertyKey[],
  issues: InputIssue[],
): (Extract<ReturnType<typeof safeParseHolidaySchedule>, { success: true }>['data'] | undefined)[] {
  return list.map((value, index) => {
    const result = safeParseHolidaySchedule(value);
    if (result.success) return result.data;
    for (const issue of result.issues) issues.push({ ...issue, path: [...prefix(index), ...issue.path] });
    return undefined;
  });
}

function readReplace(options: Record<string, unknown>): boolean {
  const replace = options['replace'];
  if (replace !== undefined && typeof replace !== 'boolean') {
    throw new InvalidArgumentError(`${FN}: options.replace must be true or false, received ${describeValue(replace)}`);
  }
  return replace === true;
}

function validate(base: Calendar, list: readonly unknown[], isArray: boolean, replace: boolean): HolidaySchedule[] {
  const issues: InputIssue[] = [];
  const prefix = (index: number): PropertyKey[] => (isArray ? [index] : []);
  const parsed: HolidaySchedule[] = [];
  parseEach(list, prefix, issues).forEach((data, index) => {
    if (data === undefined) return;
    const { $schema: _schema, notes: _notes, ...schedule } = data;
    if (schedule.calendar !== undefined && schedule.calendar !== base.id) {
      issues.push({
        path: [...prefix(index), 'calendar'],
        code: 'calendar_mismatch',
        message:
          `the schedule is for the ${schedule.calendar} calendar, but it is being added to the ${base.id} calendar; add it to ` +
          `${schedule.calendar} (withSchedules(${schedule.calendar}, schedule)) or to a combination that contains ${schedule.calendar}`,
      });
      return;
    }
    parsed.push(schedule as HolidaySchedule);
  });
  if (issues.length) throw new ScheduleValidationError(FN, issues);

  const { firstYear, lastYear } = coveredYears(base);
  const { from, to } = base.coverage;
  const years = new Set<number>();
  for (let year = firstYear; year <= lastYear; year++) years.add(year);
  parsed.forEach((schedule, index) => {
    if (schedule.year >= firstYear && schedule.year <= lastYear && !replace) {
      issues.push({
        path: [...prefix(index), 'year'],
        code: 'year_covered',
        message:
          `${schedule.year} is already covered by the ${base.id} calendar (${from} to ${to}); ` +
          `pass { replace: true } to replace its ${schedule.year} data with this schedule`,
      });
    }
  });
  for (const schedule of parsed) years.add(schedule.year);
  parsed.forEach((schedule, index) => {
    const missing: number[] = [];
    if (schedule.year > lastYear) for (let y = lastYear + 1; y < schedule.year; y++) if (!years.has(y)) missing.push(y);
    if (schedule.year < firstYear) for (let y = schedule.year + 1; y < firstYear; y++) if (!years.has(y)) missing.push(y);
    if (missing.length) {
      issues.push({
        path: [...prefix(index), 'year'],
        code: 'year_gap',
        message:
          `${schedule.year} would leave ${missing.length === 1 ? missing[0] : `${missing[0]}–${missing[missing.length - 1]}`} uncovered ` +
          `between it and the ${base.id} calendar's ${yearSpan(firstYear, lastYear)}: a calendar covers consecutive years, ` +
          `so add the schedule${missing.length === 1 ? '' : 's'} for ${missing.join(', ')} as well`,
      });
    }
  });
  if (issues.length) throw new ScheduleValidationError(FN, issues);
  return parsed;
}

/** Stable sort by year: a year's notice and its amendments keep their order; a notice applies after the year before. */
function byYear(schedules: readonly HolidaySchedule[]): HolidaySchedule[] {
  return schedules.map((schedule, index) => ({ schedule, index }))
    .sort((a, b) => a.schedule.year - b.schedule.year || a.index - b.index)
    .map(({ schedule }) => schedule);
}

function extend(base: Calendar, added: readonly HolidaySchedule[], replace: boolean): Calendar {
  const addedYears = [...new Set(added.map((s) => s.year))].sort((a, b) => a - b);
  const replaced = new Set(replace ? addedYears : []);
  const first: DayNumber = Math.min(base.definition.first, dayNumberFromParts(addedYears[0]!, 1, 1));
  const last: DayNumber = Math.max(base.definition.last, dayNumberFromParts(addedYears[addedYears.length - 1]!, 12, 31));
  const baseSchedules = base.definition.schedules;
  const merged = baseSchedules ? byYear([...baseSchedules.filter((s) => !replaced.has(s.year)), ...added]) : undefined;
  const ordered = byYear(added);
  const setDays = new Set<DayNumber>();
  if (base.definition.candidates?.length) {
    for (const schedule of added) {
      for (const holiday of schedule.holidays) {
        for (let day = parsePlainDate(FN, holiday.from); day <= parsePlainDate(FN, holiday.to); day++) setDays.add(day);
      }
      for (const date of schedule.makeupWorkdays) setDays.add(parsePlainDate(FN, date));
    }
  }
  const span = yearSpan(addedYears[0]!, addedYears[addedYears.length - 1]!);
  const name = `${base.name}; with schedules added at run time for ${span}`;
  return new Calendar({
    id: base.id,
    name,
    first,
    last,
    days: () => {
      if (merged) return daysFromSchedules(first, last, merged);
      const builder = new DaysBuilder(first, last);
      copyCalendarDays(builder, base);
      for (const year of replaced) {
        for (let day = dayNumberFromParts(year, 1, 1); day <= dayNumberFromParts(year, 12, 31); day++) builder.set(day, weekendKind(day));
      }
      for (const schedule of ordered) builder.apply(schedule);
      return builder.build();
    },
    extendHint: (year) =>
      `This ${base.id} calendar has schedules added at run time for ${span}; to count in ${year}, add that year's schedule ` +
      `as well with withSchedules(calendar, [schedule]) (CLI: --schedule FILE.json)` +
      (dayNumberFromParts(year, 1, 1) > last ? ', or opt into provisional answers with projectCalendar(calendar).' : '.'),
    schedules: merged,
    projection: base.definition.projection,
    // On a projected calendar, the years now published leave the candidates; the other projected years keep theirs.
    candidates: candidatesWithFixedDays(base, (day) => setDays.has(day) || addedYears.includes(yearOfDayNumber(day))),
  });
}
