/**
 * `combineCalendars`: a day is a working day only when it is one in every calendar given (Greater Bay Area work
 * that needs both mainland and Hong Kong offices open).
 *
 * @module
 */
import { InvalidArgumentError, denseEntries, describeValue } from '../errors.js';
import { Calendar, KIND_HOLIDAY, KIND_MAKEUP, KIND_WORKDAY, type CalendarDays } from './Calendar.js';
import { coversWholeYear, readCalendar } from './derive.js';
import { combinedCandidates } from './candidates.js';
import { DaysBuilder } from './fromSchedules.js';

const FN = 'combineCalendars';

/** The calendars made by {@link combineCalendars} itself (not a combination changed since, e.g. by `withOverrides`). */
const combinations = new WeakSet<Calendar>();

/**
 * True when `calendar` is a combination exactly as {@link combineCalendars} made it: its days are those of its members
 * and nothing else, so that it can be rebuilt from extended members (`withSchedules` does).
 */
export function isPlainCombination(calendar: Calendar): boolean {
  return combinations.has(calendar);
}

/**
 * A calendar on which a day is a working day only when it is a working day in every calendar given. Its id joins
 * theirs with `'+'` (`'CN+HK'`), and it covers the days that all of them cover.
 *
 * A rest day takes its kind, holiday name and source from the first calendar (in the order given) that has a holiday
 * on it, else from the first that rests; a working day is a `'makeup-workday'` when any calendar says so. A day is
 * provisional when it is provisional in any calendar.
 *
 * @param calendars - Two or more calendars, e.g. `[CN, HK]`.
 * @returns The combined calendar.
 * @throws {InvalidArgumentError} When fewer than two calendars are given, one is not a calendar, or their coverages
 *   do not overlap.
 *
 * @example
 * import { HK } from 'reviewclock/hk';
 * const both = combineCalendars([CN, HK]);
 * both.id //=> 'CN+HK'
 * isWorkingDay('2025-12-25', { calendar: both }) //=> false (Christmas Day in Hong Kong)
 * isWorkingDay('2025-10-08', { calendar: both }) //=> false (National Day holiday on the mainland)
 */
export function combineCalendars(calendars: readonly Calendar[]): Calendar {
  if (!Array.isArray(calendars) || calendars.length < 2) {
    throw new InvalidArgumentError(
      `${FN}: expected an array of two or more calendars, e.g. [CN, HK], received ${Array.isArray(calendars) ? `${calendars.length} calendar(s)` : describeValue(calendars)}`,
    );
  }
  const members = denseEntries(`${FN}: calendars`, calendars).map((calendar, index) => readCalendar(FN, calendar, `calendars[${index}]`));
  const first = Math.max(...members.map((m) => m.definition.first));
  const last = Math.min(...members.map((m) => m.definition.last));
  const id = members.map((m) => m.id).join('+');
  if (first > last) {
    throw new InvalidArgumentError(
      `${FN}: the calendars have no day in common (${members.map((m) => `${m.id} ${m.coverage.from} to ${m.coverage.to}`).join('; ')})`,
    );
  }
  const combined = new Calendar({
    id,
    name: `a day is a working day only when it is one in every calendar: ${members.map((m) => `${m.id} (${m.name})`).join(' and ')}`,
    first,
    last,
    days: () => combineDays(members, first, last),
    extendHint: (year) => {
      const short = members.filter((m) => !coversWholeYear(m, year));
      const which = short.length ? short : members;
      return (
        `The ${id} calendar covers only the days all of ${members.map((m) => m.id).join(', ')} cover; extend ` +
        which.map((m) => `${m.id} (${m.definition.extendHint(year)})`).join(' and ') +
        ', then combine the extended calendars again.'
      );
    },
    members,
    // Projected members keep their open arrangements in the combination.
    candidates: combinedCandidates(members, first, last),
  });
  combinations.add(combined);
  return combined;
}

function combineDays(members: readonly Calendar[], first: number, last: number): CalendarDays {
  const builder = new DaysBuilder(first, last);
  const tables = members.map((m) => m.tables);
  const holidayRefs = tables.map((t) => t.holidays.map((h) => builder.holidayRef(h)));
  const sourceRefs = tables.map((t) => t.sources.map((s) => builder.sourceRef(s)));
  for (let day = first; day <= last; day++) {
    let working = true;
    let makeup = false;
    let provisional = false;
    let rest = -1;
    let holiday = -1;
    let makeupAt = -1;
    for (let m = 0; m < tables.length; m++) {
      const t = tables[m]!;
      const i = day - t.first;
      const kind = t.kinds[i]!;
      if (t.provisional?.[i] === 1) provisional = true;
      if (kind === KIND_WORKDAY) continue;
      if (kind === KIND_MAKEUP) {
        makeup = true;
        if (makeupAt < 0) makeupAt = m;
        continue;
      }
      working = false;
      if (rest < 0) rest = m;
      if (kind === KIND_HOLIDAY && holiday < 0) holiday = m;
    }
    const from = working ? (makeup ? makeupAt : -1) : holiday >= 0 ? holiday : rest;
    if (from < 0) {
      builder.set(day, KIND_WORKDAY, 0, 0, provisional);
      continue;
    }
    const t = tables[from]!;
    const i = day - t.first;
    const h = t.holidayRefs[i]!;
    const s = t.sourceRefs[i]!;
    builder.set(day, t.kinds[i]!, h ? holidayRefs[from]![h - 1]! : 0, s ? sourceRefs[from]![s - 1]! : 0, provisional);
  }
  return builder.build();
}
