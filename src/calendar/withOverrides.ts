/**
 * `withOverrides`: a user's own closed and open days on top of a calendar (an agency's system shutdown, an office
 * that works on a day the calendar rests).
 *
 * @module
 */
import { InconsistentInputError, InvalidArgumentError, denseEntries, describeValue } from '../errors.js';
import { formatDayNumber, parsePlainDate, weekdayOfDayNumber, yearOfDayNumber, type DayNumber, type PlainDate } from '../date/plainDate.js';
import { Calendar, KIND_HOLIDAY, KIND_MAKEUP, KIND_WORKDAY, coverageError } from './Calendar.js';
import { copyCalendarDays, readCalendar, readOptions } from './derive.js';
import { candidatesWithFixedDays } from './candidates.js';
import { DaysBuilder } from './fromSchedules.js';
import type { CalendarSource } from './types.js';

/** One overridden day: a date, or a date with a reason. */
export type DayOverride = PlainDate | { readonly date: PlainDate; readonly name?: string; readonly nameZh?: string };

/** The days {@link withOverrides} changes. */
export interface CalendarOverrides {
  /** Days that are not working days: shown as holidays named `name` (default `'Closed'`). */
  readonly closed?: readonly DayOverride[] | undefined;
  /** Days that are working days (a weekend day becomes a `'makeup-workday'`, a holiday a `'workday'`). */
  readonly open?: readonly DayOverride[] | undefined;
  /** The document the overrides come from (an agency's announcement); cited by `dayInfo(…).source`. */
  readonly source?: CalendarSource | undefined;
}

const FN = 'withOverrides';
const DEFAULT_SOURCE: CalendarSource = { title: 'User override (withOverrides)', url: '' };

interface ReadOverride {
  readonly day: DayNumber;
  readonly name?: string | undefined;
  readonly nameZh?: string | undefined;
}

/**
 * A new calendar that answers like the given one except on the days the user closes or opens. It keeps the
 * calendar's id and coverage; an overridden day is never provisional. The calendar passed in is not changed.
 *
 * @param calendar - The calendar to change, e.g. `CN`.
 * @param overrides - `{ closed, open, source }`: dates (`'2025-11-14'`) or `{ date, name, nameZh }` objects.
 * @returns The overridden calendar.
 * @throws {InvalidDateError} For a date that is not a valid `YYYY-MM-DD`.
 * @throws {CalendarCoverageError} For a date outside the calendar's coverage.
 * @throws {InconsistentInputError} For a date that is both closed and open.
 * @throws {InvalidArgumentError} For overrides of the wrong shape.
 *
 * @example
 * const agency = withOverrides(CN, { closed: [{ date: '2025-11-14', name: 'eCTD system shutdown' }] });
 * agency.id //=> 'CN'
 * isWorkingDay('2025-11-14', { calendar: agency }) //=> false
 * dayInfo('2025-11-14', { calendar: agency }).holiday //=> { name: 'eCTD system shutdown' }
 */
export function withOverrides(calendar: Calendar, overrides: CalendarOverrides): Calendar {
  const base = readCalendar(FN, calendar);
  const options = readOptions(FN, overrides, "{ closed: ['2025-11-14'], open: [] }");
  if (overrides === undefined) throw new InvalidArgumentError(`${FN}: pass the days to change, e.g. { closed: ['2025-11-14'] }`);
  const source = readSource(options['source']);
  const closed = readList(base, 'closed', options['closed']);
  const open = readList(base, 'open', options['open']);
  const closedDays = new Set(closed.map((o) => o.day));
  const openDays = new Set(open.map((o) => o.day));
  const clash = open.find((o) => closedDays.has(o.day));
  if (clash) {
    throw new InconsistentInputError(`${FN}: ${formatDayNumber(clash.day)} is listed both in closed and in open; keep it in one list`);
  }
  return new Calendar({
    id: base.id,
    name: `${base.name}; with ${closed.length} closed and ${open.length} open day(s) overridden`,
    first: base.definition.first,
    last: base.definition.last,
    days: () => {
      const builder = new DaysBuilder(base.definition.first, base.definition.last);
      copyCalendarDays(builder, base);
      for (const { day, name, nameZh } of closed) {
        const holiday = nameZh === undefined ? { name: name ?? 'Closed' } : { name: name ?? 'Closed', nameZh };
        builder.set(day, KIND_HOLIDAY, builder.holidayRef(holiday), builder.sourceRef(source), false);
      }
      for (const { day, name } of open) {
        const daySource = name === undefined ? source : { title: `${source.title}: ${name}`, url: source.url };
        builder.set(day, weekdayOfDayNumber(day) >= 6 ? KIND_MAKEUP : KIND_WORKDAY, 0, builder.sourceRef(daySource), false);
      }
      return builder.build();
    },
    extendHint: (year) =>
      `${base.definition.extendHint(year)} (Overrides do not extend coverage: extend the calendar first, then apply withOverrides to the result.)`,
    projection: base.definition.projection,
    members: base.definition.members,
    // An overridden day is the same in every arrangement of a projected calendar.
    candidates: candidatesWithFixedDays(base, (day) => closedDays.has(day) || openDays.has(day)),
  });
}

function readSource(value: unknown): CalendarSource {
  if (value === undefined) return DEFAULT_SOURCE;
  const source = value as { title?: unknown; url?: unknown };
  if (typeof value !== 'object' || value === null || typeof source.title !== 'string' || !source.title.trim() || typeof (source.url ?? '') !== 'string') {
    throw new InvalidArgumentError(`${FN}: source must be { title, url } with a non-empty title, received ${describeValue(value)}`);
  }
  return { title: source.title, url: (source.url as string | undefined) ?? '' };
}

function readList(calendar: Calendar, key: 'closed' | 'open', value: unknown): ReadOverride[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`${FN}: ${key} must be an array of dates or { date, name } objects, received ${describeValue(value)}`);
  }
  return denseEntries(`${FN}: ${key}`, value).map((entry: unknown, index) => {
    const label = `${key}[${index}]`;
    let date: unknown = entry;
    let name: unknown;
    let nameZh: unknown;
    if (typeof entry === 'object' && entry !== null) {
      ({ date, name, nameZh } = entry as { date?: unknown; name?: unknown; nameZh?: unknown });
      for (const [field, text] of [['name', name], ['nameZh', nameZh]] as const) {
        if (text !== undefined && (typeof text !== 'string' || !text.trim())) {
          throw new InvalidArgumentError(`${FN}: ${label}.${field} must be a non-empty string, received ${describeValue(text)}`);
        }
      }
    }
    const day = parsePlainDate(`${FN}: ${label}`, date);
    if (day < calendar.definition.first || day > calendar.definition.last) {
      throw coverageError(FN, calendar, `${label} ${date as string}`, yearOfDayNumber(day));
    }
    return { day, name: name as string | undefined, nameZh: nameZh as string | undefined };
  });
}
