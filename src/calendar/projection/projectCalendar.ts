/**
 * `projectCalendar`: an opt-in calendar that also answers for years past coverage, from a standing rule instead of
 * a published list, with every such day marked provisional.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../../errors.js';
import { dayNumberFromParts, parsePlainDate, yearOfDayNumber } from '../../date/plainDate.js';
import { Calendar, KIND_HOLIDAY, type CalendarProjection, type ProjectedRestDay } from '../Calendar.js';
import { copyCalendarDays, readCalendar, readOptions, yearSpan } from '../derive.js';
import { DaysBuilder, weekendKind } from '../fromSchedules.js';
import type { PlainDate } from '../../date/plainDate.js';
import { MAINLAND_PROJECTION } from './mainlandRule.js';

/** Options of {@link projectCalendar}. */
export interface ProjectCalendarOptions {
  /**
   * The last year to project, as a year (`2030`) or any date in it (`'2030-06-30'`). Default: ten years past the
   * calendar's coverage, within the years the rule can compute.
   */
  readonly through?: number | PlainDate | undefined;
}

const FN = 'projectCalendar';
/** How many years past coverage a projection reaches when `through` is not given. */
export const DEFAULT_PROJECTION_YEARS = 10;

/**
 * A calendar that answers like the given one inside its coverage and, past its end, from the standing rule of the
 * calendar instead of a published list. Every projected day has `dayInfo(…).provisional === true`, and so has
 * every deadline that depends on one; days inside coverage are never provisional. Opt-in: the library's calendars
 * refuse dates past coverage.
 *
 * For `CN` (and calendars made from it) the rule is the statutory holiday list of the 全国年节及纪念日放假办法 in force
 * since 2025: New Year 1 day, Spring Festival 4 days from the eve, Qingming 1, Labour Day 2, Dragon Boat 1,
 * Mid-Autumn 1, National Day 3, with lunar dates and the Qingming solar term computed astronomically, plus a day off
 * in lieu on the next weekday for a holiday that falls on a Saturday or Sunday (Art. 6). It adds no make-up
 * working days: the State Council's yearly swaps (调休) cannot be foreseen, so a projected year has the right number
 * of working days but some of them on other dates. docs/calendar-projection.md measures how far off that is.
 * For `HK` (from `reviewclock/hk`) the rule is the General Holidays Ordinance as date-holidays implements it.
 *
 * @param calendar - The calendar to continue, e.g. `CN`.
 * @param options - `{ through }`: the last year to project.
 * @returns A new calendar with the same id, covering through the end of `through` (the calendar itself when it
 *   already covers that year).
 * @throws {InvalidArgumentError} When the calendar has no projection rule, or `through` is not a year the rule can
 *   compute.
 *
 * @example
 * const provisional = projectCalendar(CN, { through: 2030 });
 * dayInfo('2027-10-01', { calendar: provisional })
 * //=> { date: '2027-10-01', weekday: 5, working: false, kind: 'holiday', provisional: true,
 * //     holiday: { name: 'National Day', nameZh: '国庆节' }, source: { title: '全国年节及纪念日放假办法…', … } }
 * dayInfo('2026-10-01', { calendar: provisional }).provisional //=> false (bundled data)
 */
export function projectCalendar(calendar: Calendar, options?: ProjectCalendarOptions): Calendar {
  const base = readCalendar(FN, calendar);
  const rule = projectionOf(base);
  const lastCoveredYear = yearOfDayNumber(base.definition.last);
  const through = readThrough(readOptions(FN, options, '{ through: 2030 }')['through'], lastCoveredYear, rule);
  if (through <= lastCoveredYear) return base;
  const first = base.definition.first;
  const projectedFrom = base.definition.last + 1;
  const last = dayNumberFromParts(through, 12, 31);
  const span = yearSpan(yearOfDayNumber(projectedFrom), through);
  return new Calendar({
    id: base.id,
    name: `${base.name}; ${span} projected from ${rule.basis} (provisional)`,
    first,
    last,
    days: () => {
      const builder = new DaysBuilder(first, last);
      copyCalendarDays(builder, base);
      const sourceRef = builder.sourceRef(rule.source);
      for (let day = projectedFrom; day <= last; day++) builder.set(day, weekendKind(day), 0, sourceRef, true);
      for (let year = yearOfDayNumber(projectedFrom); year <= through; year++) {
        for (const { day, holiday, source } of rule.restDays(year)) {
          if (day < projectedFrom || day > last) continue;
          builder.set(day, KIND_HOLIDAY, builder.holidayRef(holiday), source ? builder.sourceRef(source) : sourceRef, true);
        }
      }
      return builder.build();
    },
    extendHint: (year) =>
      year > through
        ? `This ${base.id} calendar is projected through ${through}; pass a later year to projectCalendar(calendar, { through }) ` +
          `(up to ${rule.lastYear}), or add published schedules with withSchedules.`
        : base.definition.extendHint(year),
    projection: rule,
  });
}

function readThrough(value: unknown, lastCoveredYear: number, rule: CalendarProjection): number {
  let year: number;
  if (value === undefined) {
    year = Math.min(lastCoveredYear + DEFAULT_PROJECTION_YEARS, rule.lastYear);
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidArgumentError(`${FN}: options.through must be a year like 2030 or a date like '2030-12-31', received ${describeValue(value)}`);
    }
    year = value;
  } else if (typeof value === 'string') {
    year = yearOfDayNumber(parsePlainDate(FN, value));
  } else {
    throw new InvalidArgumentError(`${FN}: options.through must be a year like 2030 or a date like '2030-12-31', received ${describeValue(value)}`);
  }
  if (year > lastCoveredYear && (year > rule.lastYear || lastCoveredYear + 1 < rule.firstYear)) {
    throw new InvalidArgumentError(
      `${FN}: cannot project through ${year}: the rule (${rule.basis}) covers ${rule.firstYear}–${rule.lastYear}`,
    );
  }
  return year;
}

/** The projection rule of a calendar: its own, CN's built-in one, or, for a combination, the union of its members'. */
function projectionOf(calendar: Calendar): CalendarProjection {
  const rule = findProjection(calendar);
  if (rule) return rule;
  throw new InvalidArgumentError(
    `${FN}: the ${calendar.id} calendar has no projection rule; projection is available for CN, HK (from 'reviewclock/hk'), ` +
      'calendars made from them and their combinations. Add published years with withSchedules instead.',
  );
}

function findProjection(calendar: Calendar): CalendarProjection | undefined {
  const { projection, members } = calendar.definition;
  if (projection) return projection;
  if (members) {
    const rules = members.map(findProjection);
    if (rules.some((rule) => rule === undefined)) return undefined;
    return unionOf(rules as CalendarProjection[]);
  }
  return calendar.id === 'CN' ? MAINLAND_PROJECTION : undefined;
}

function unionOf(rules: readonly CalendarProjection[]): CalendarProjection {
  return {
    basis: rules.map((rule) => rule.basis).join(' + '),
    source: {
      title: `Projected, not published: ${rules.map((rule) => rule.basis).join('; ')}`,
      url: rules[0]!.source.url,
    },
    firstYear: Math.max(...rules.map((rule) => rule.firstYear)),
    lastYear: Math.min(...rules.map((rule) => rule.lastYear)),
    restDays: (year) => {
      const days = new Map<number, ProjectedRestDay>();
      for (const rule of rules) {
        for (const rest of rule.restDays(year)) if (!days.has(rest.day)) days.set(rest.day, { source: rule.source, ...rest });
      }
      return [...days.values()].sort((a, b) => a.day - b.day);
    },
  };
}
