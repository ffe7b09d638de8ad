/**
 * `projectCalendar`: an opt-in calendar that also answers for years past coverage (or, for back-testing, for
 * published years from a chosen year on), from a standing rule instead of a published list, with every such day
 * marked provisional and the arrangements the rule leaves open kept as candidates.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../../errors.js';
import { dayNumberFromParts, parsePlainDate, yearOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import { Calendar, KIND_HOLIDAY, KIND_MAKEUP, type BlockPlan, type CalendarProjection } from '../Calendar.js';
import { candidatesFromPlans, candidatesWithFixedDays } from '../candidates.js';
import { combineCalendars, isPlainCombination } from '../combineCalendars.js';
import { copyCalendarDays, readCalendar, readOptions, yearSpan } from '../derive.js';
import { DaysBuilder, weekendKind } from '../fromSchedules.js';
import type { HolidaySchedule } from '../types.js';
import type { PlainDate } from '../../date/plainDate.js';
import { MAINLAND_LAW_FIRST_YEAR, MAINLAND_LAW_LAST_YEAR } from '../law/mainlandHolidayLaw.js';
import { PRINCIPLES_SOURCE, mainlandYearPlan } from './mainlandPlan.js';

/** Options of {@link projectCalendar}. */
export interface ProjectCalendarOptions {
  /**
   * The first year to project, as a year or any date in it. Default: the first year past the calendar's coverage.
   * An earlier year projects published years too (their published days are replaced), to measure the projection
   * against what was published (docs/calendar-projection.md) or to ask "what if".
   */
  readonly from?: number | PlainDate | undefined;
  /**
   * The last year to project, as a year (`2030`) or any date in it (`'2030-06-30'`). Default: ten years past the
   * calendar's coverage, within the years the rule can compute.
   */
  readonly through?: number | PlainDate | undefined;
}

const FN = 'projectCalendar';
/** How many years past coverage a projection reaches when `through` is not given. */
export const DEFAULT_PROJECTION_YEARS = 10;

/** The mainland rule: Art. 2 and 6 of the holiday Measures in force, and from 2025 the State Council's principles. */
export const MAINLAND_PROJECTION: CalendarProjection = {
  basis: 'the 全国年节及纪念日放假办法 (Art. 2 and 6) and, from 2025, the principles the State Council publishes for its notices',
  source: PRINCIPLES_SOURCE,
  firstYear: MAINLAND_LAW_FIRST_YEAR,
  lastYear: MAINLAND_LAW_LAST_YEAR,
  plan: mainlandYearPlan,
};

/**
 * A calendar that answers like the given one before `from` and, from `from` on, from the standing rule of the
 * calendar instead of a published list. Every projected day has `dayInfo(…).provisional === true`, and so has every
 * deadline that depends on one; published days before `from` never are. Opt-in: the library's calendars refuse dates
 * past coverage.
 *
 * For `CN` (and calendars made from it) the rule is the law and, from 2025, the principles the State Council
 * publishes for its yearly notice (docs/calendar-projection.md, `mainlandPlan.ts`): Spring Festival 8 days from the
 * eve, National Day 7 days from 1 October (8 with Mid-Autumn), Labour Day 5 days, New Year, Qingming, Dragon Boat
 * and Mid-Autumn 3 days or one on a Wednesday, the borrowed days made up on neighbouring weekend days. Where the
 * rules leave a choice (which weekend days are worked, where Labour Day begins), the calendar shows the most likely
 * arrangement and keeps the others as candidates: `dueDate` gives `dueRange` over them. Years before 2025 are
 * projected from the law alone (statutory days and days in lieu, no make-up working days).
 * For `HK` (from `reviewclock/hk`) the rule is the General Holidays Ordinance as date-holidays implements it, with
 * one arrangement. A combination is projected member by member.
 *
 * @param calendar - The calendar to continue, e.g. `CN`.
 * @param options - `{ from, through }`: the first and last years to project.
 * @returns A new calendar with the same id, covering through the end of `through` (the calendar itself when it
 *   already covers that year and `from` is not given).
 * @throws {InvalidArgumentError} When the calendar has no projection rule, `through` is not a year the rule can
 *   compute, or `from` is after the first uncovered year, before the calendar's coverage or after `through`.
 *
 * @example
 * const provisional = projectCalendar(CN, { through: 2030 });
 * dayInfo('2027-10-01', { calendar: provisional })
 * //=> { date: '2027-10-01', weekday: 5, working: false, kind: 'holiday', provisional: true,
 * //     holiday: { name: 'National Day', nameZh: '国庆节' }, source: { title: 'Projected, not a published notice: …', … } }
 * dayInfo('2026-10-01', { calendar: provisional }).provisional //=> false (bundled data)
 * projectCalendar(CN, { from: 2025, through: 2026 }) // 2025–2026 as the rule would have had them
 */
export function projectCalendar(calendar: Calendar, options?: ProjectCalendarOptions): Calendar {
  const base = readCalendar(FN, calendar);
  const read = readOptions(FN, options, '{ through: 2030 }');
  const members = base.definition.members;
  if (members && !base.definition.projection) {
    if (!members.every((member) => findProjection(member))) throw noRule(base);
    const combined = combineCalendars(members.map((member) => projectCalendar(member, options)));
    return isPlainCombination(base) ? combined : keepOwnDays(base, combined, read['from']);
  }
  const rule = findProjection(base);
  if (!rule) throw noRule(base);
  const lastCoveredYear = yearOfDayNumber(base.definition.last);
  const firstCoveredYear = yearOfDayNumber(base.definition.first);
  const through = readThrough(read['through'], lastCoveredYear, rule);
  const from = readFrom(read['from'], firstCoveredYear, lastCoveredYear, through, rule);
  if (from === undefined) return base;
  const first = base.definition.first;
  const projectedFrom = dayNumberFromParts(from, 1, 1);
  const last = Math.max(base.definition.last, dayNumberFromParts(through, 12, 31));
  const span = yearSpan(from, through);
  const plans: { year: number; plan: BlockPlan }[] = [];
  for (let year = from; year <= through; year++) for (const plan of rule.plan(year)) plans.push({ year, plan });
  // A notice may set days in December of the year before (New Year from 30 or 31 December, a make-up Saturday):
  // the projected days begin where the first projected year's days do.
  const firstProjectedDay = Math.max(first, Math.min(projectedFrom, ...plans.flatMap(({ plan }) => plan.variants.flatMap((v) => [...v.rest, ...v.makeup]))));
  const schedules = base.definition.schedules;
  return new Calendar({
    id: base.id,
    name: `${base.name}; ${span} projected from ${rule.basis} (provisional)`,
    first,
    last,
    days: () => {
      const builder = schedules
        ? dayBuilderFromSchedules(first, last, schedules.filter((schedule) => schedule.year < from))
        : copiedDays(base, first, last, projectedFrom);
      const sourceRef = builder.sourceRef(rule.source);
      for (let day = projectedFrom; day <= last; day++) builder.set(day, weekendKind(day), 0, sourceRef, true);
      for (const { plan } of plans) {
        const planSource = builder.sourceRef(plan.source);
        const holidayRef = builder.holidayRef(plan.holiday);
        const { rest, makeup } = plan.variants[0]!;
        for (const day of rest) if (day >= firstProjectedDay && day <= last) builder.set(day, KIND_HOLIDAY, holidayRef, planSource, true);
        for (const day of makeup) if (day >= firstProjectedDay && day <= last) builder.set(day, KIND_MAKEUP, 0, planSource, true);
        // A day another arrangement sets is provisional too, even in a published year (a notice may set days in the
        // December before its year).
        for (const variant of plan.variants.slice(1)) for (const day of [...variant.rest, ...variant.makeup]) builder.markProvisional(day);
      }
      return builder.build();
    },
    extendHint: (year) =>
      year > through
        ? `This ${base.id} calendar is projected through ${through}; pass a later year to projectCalendar(calendar, { through }) ` +
          `(up to ${rule.lastYear}), or add published schedules with withSchedules.`
        : base.definition.extendHint(year),
    projection: rule,
    candidates: candidatesFromPlans(plans, firstProjectedDay, last),
  });
}

/**
 * A combination changed since it was combined (`withOverrides`), projected: its own days before the projection, the
 * projected members' combination from there on.
 */
function keepOwnDays(base: Calendar, combined: Calendar, from: unknown): Calendar {
  if (combined.definition.last <= base.definition.last && from === undefined) return base;
  const projectedFrom = from === undefined ? base.definition.last + 1 : dayNumberFromParts(readYear('from', from), 1, 1);
  const { first, last } = combined.definition;
  return new Calendar({
    ...combined.definition,
    id: base.id,
    name: `${base.name}; projected from ${formatYear(projectedFrom)} member by member (provisional)`,
    days: () => {
      const builder = new DaysBuilder(first, last);
      copyCalendarDays(builder, combined);
      const own = new DaysBuilder(first, Math.min(last, projectedFrom - 1));
      copyCalendarDays(own, base);
      const days = own.build();
      for (let i = 0; i < days.kinds.length; i++) {
        const h = days.holidayRefs[i]!;
        const s = days.sourceRefs[i]!;
        builder.set(first + i, days.kinds[i]!, h ? builder.holidayRef(days.holidays[h - 1]!) : 0, s ? builder.sourceRef(days.sources[s - 1]!) : 0, days.provisional?.[i] === 1);
      }
      return builder.build();
    },
    members: base.definition.members,
    candidates: candidatesWithFixedDays(combined, (day) => day < projectedFrom),
  });
}

const formatYear = (day: DayNumber) => String(yearOfDayNumber(day));

/** Days from schedules, as a builder (for CN and calendars made from it by `withSchedules`). */
function dayBuilderFromSchedules(first: DayNumber, last: DayNumber, schedules: readonly HolidaySchedule[]): DaysBuilder {
  const builder = new DaysBuilder(first, last);
  for (const schedule of schedules) builder.apply(schedule);
  return builder;
}

/** The calendar's own days before `until` (the projection writes the rest). */
function copiedDays(base: Calendar, first: DayNumber, last: DayNumber, until: DayNumber): DaysBuilder {
  const builder = new DaysBuilder(first, last);
  copyCalendarDays(builder, base);
  for (let day = until; day <= Math.min(last, base.definition.last); day++) builder.set(day, weekendKind(day));
  return builder;
}

function readYear(name: string, value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidArgumentError(`${FN}: options.${name} must be a year like 2030 or a date like '2030-12-31', received ${describeValue(value)}`);
    }
    return value;
  }
  if (typeof value === 'string') return yearOfDayNumber(parsePlainDate(FN, value));
  throw new InvalidArgumentError(`${FN}: options.${name} must be a year like 2030 or a date like '2030-12-31', received ${describeValue(value)}`);
}

function readThrough(value: unknown, lastCoveredYear: number, rule: CalendarProjection): number {
  const year = value === undefined ? Math.min(lastCoveredYear + DEFAULT_PROJECTION_YEARS, rule.lastYear) : readYear('through', value);
  if (year > lastCoveredYear && (year > rule.lastYear || lastCoveredYear + 1 < rule.firstYear)) {
    throw new InvalidArgumentError(
      `${FN}: cannot project through ${year}: the rule (${rule.basis}) covers ${rule.firstYear}–${rule.lastYear}`,
    );
  }
  return year;
}

/** The first year to project, or undefined when there is nothing to project. */
function readFrom(value: unknown, firstCoveredYear: number, lastCoveredYear: number, through: number, rule: CalendarProjection): number | undefined {
  if (value === undefined) return through > lastCoveredYear ? lastCoveredYear + 1 : undefined;
  const year = readYear('from', value);
  if (year > lastCoveredYear + 1) {
    throw new InvalidArgumentError(
      `${FN}: options.from ${year} would leave ${yearSpan(lastCoveredYear + 1, year - 1)} uncovered; ` +
        `the calendar covers through ${lastCoveredYear}, so project from ${lastCoveredYear + 1} or earlier`,
    );
  }
  if (year < firstCoveredYear) {
    throw new InvalidArgumentError(`${FN}: options.from ${year} is before the calendar's first year, ${firstCoveredYear}`);
  }
  if (year > through) throw new InvalidArgumentError(`${FN}: options.from ${year} is after options.through ${through}`);
  if (year < rule.firstYear) {
    throw new InvalidArgumentError(`${FN}: cannot project from ${year}: the rule (${rule.basis}) covers ${rule.firstYear}–${rule.lastYear}`);
  }
  return year;
}

function noRule(calendar: Calendar): InvalidArgumentError {
  return new InvalidArgumentError(
    `${FN}: the ${calendar.id} calendar has no projection rule; projection is available for CN, HK (from 'reviewclock/hk'), ` +
      'calendars made from them and their combinations. Add published years with withSchedules instead.',
  );
}

/** The projection rule of a calendar: its own, or CN's built-in one. */
function findProjection(calendar: Calendar): CalendarProjection | undefined {
  const { projection } = calendar.definition;
  if (projection) return projection;
  return calendar.id === 'CN' ? MAINLAND_PROJECTION : undefined;
}
