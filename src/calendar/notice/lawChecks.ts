/**
 * The checks of a mainland holiday schedule against the law in force that year (the 全国年节及纪念日放假办法 in its
 * 1999, 2007, 2013 or 2024 revision, `mainlandHolidayLaw.ts`), whatever the schedule comes from: a notice's text
 * (`checkNotice.ts`, where each fact is a sentence) or a schedule given as data (`checkScheduleAgainstLaw.ts`, where
 * each fact is a field such as `holidays[2]`). Each check names the place at fault through the caller's `fail`.
 *
 * - Make-up working days are Saturdays or Sundays outside every rest span.
 * - A span for a festival holds, or lies within {@link FESTIVAL_REACH} days of, one of that festival's statutory days
 *   (any of them, for a span for several festivals): a span elsewhere is a sentence read into the wrong item, or a
 *   mislabelled span.
 * - There is a span for every festival that the revision in force gives that year (not for an amendment).
 * - Every statutory holiday day (Art. 2) is a rest day. One on a weekday outside every span is an error; one on a
 *   Saturday or Sunday is owed a weekday in lieu (Art. 6), which the balance checks: over the schedule's days, the
 *   weekday rest days minus the make-up working days are at least the statutory holiday days. A weekday rest day that
 *   is not paid back by a make-up day is either a statutory day on a weekday or a day in lieu of one on a weekend; so
 *   Art. 2 with Art. 6 require the balance. It holds for every bundled notice 2004–2026 (exactly, for each yearly
 *   notice on its own; with a surplus where an amendment added days off: 2015 +1, 2020 +2), which the tests check,
 *   so a failure is an error, not a doubt.
 *
 * An amendment is checked on the combination: the schedule it amends, then the amendment, the later winning on the
 * days it sets (as `withSchedules` applies them).
 *
 * @module
 */
import { dayNumberFromParts, formatDayNumber, tryParsePlainDate, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import {
  FESTIVAL_NAMES,
  festivalDate,
  mainlandHolidayLawOf,
  statutoryHolidays,
  type MainlandFestival,
  type StatutoryHoliday,
} from '../law/mainlandHolidayLaw.js';
import type { HolidaySchedule } from '../types.js';
import { WEEKDAY_NAMES } from './noticeNames.js';
import type { NoticeWarning } from './scheduleFromNotice.js';

/**
 * How many calendar days from its festival's nearest statutory day a span may lie. In the notices 2004–2026 every span
 * holds a statutory day or lies within 2 days of one, except the 2020 extension, 4 days after the third day of the
 * Spring Festival; a week leaves room for a new arrangement, while a sentence read into the wrong item is weeks away.
 *
 * @example
 * FESTIVAL_REACH //=> 7
 */
export const FESTIVAL_REACH = 7;

/** A rest-day span, with the place it comes from (a sentence, a field). */
export interface LawSpan<Site> {
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Its Chinese name, for messages. */
  readonly nameZh: string;
  /** The festivals it is for; empty for a span for none (a commemoration, an unknown name): not checked for nearness. */
  readonly festivals: readonly MainlandFestival[];
  readonly site: Site;
}

/** A part of the schedule that names festivals (an item of a notice, a span of a schedule), for the festival checks. */
export interface LawEntry<Site> {
  readonly festivals: readonly MainlandFestival[];
  readonly site: Site;
}

/** The words that differ between a notice's text and a schedule given as data. */
export interface LawWords {
  /** What is checked, as in "the notice gives": `'notice'`, `'schedule'`. */
  readonly schedule: string;
  /** What is checked with `amend`, as in "the schedule and its amendment give". */
  readonly combined: string;
  /** The part that holds a festival's days, as in "overlap those of another item": `'item'`, `'span'`. */
  readonly entry: string;
  /** The problem when festivals have no entry: `missing` and `present` are lists of Chinese names, `law` says who gives them. */
  readonly noFestival: (missing: string, present: string, law: string) => string;
  /** What to do about a span far from its festival. */
  readonly farHint: string;
}

/** What the checks look at. */
export interface LawCheck<Site> {
  readonly year: number;
  /** Rest-day spans, in order. */
  readonly spans: readonly LawSpan<Site>[];
  /** Make-up working days, each with its place. */
  readonly makeups: ReadonlyMap<DayNumber, Site>;
  /** The schedule being amended, if this is an amendment read against it. */
  readonly amend: HolidaySchedule | undefined;
  /** Where a festival's days are set, for a statutory day left out (null: the schedule as a whole). */
  readonly siteOfFestival: (festival: MainlandFestival) => Site | null;
  /** The places of problems of the schedule as a whole: a festival without an entry, the Art. 6 balance. */
  readonly wholeSites: { readonly festivals: Site | null; readonly balance: Site | null };
  /** The error for a problem at a place, or (null) in the schedule as a whole. */
  readonly fail: (site: Site | null, problem: string) => Error;
  /** A warning about a place, or (null) the schedule as a whole. */
  readonly warn: (code: string, site: Site | null, message: string) => NoticeWarning;
  readonly warnings: NoticeWarning[];
  readonly words: LawWords;
}

const NONE = 0;
const REST = 1;
const WORK = 2;

const weekdayName = (day: DayNumber): string => WEEKDAY_NAMES[weekdayOfDayNumber(day)]!;
const isWeekend = (day: DayNumber): boolean => weekdayOfDayNumber(day) >= 6;
const festivalNames = (festivals: readonly MainlandFestival[]): string => festivals.map((festival) => FESTIVAL_NAMES[festival].nameZh).join('、');

/**
 * The year of the revision of the Measures in force in a year, as it is usually named (1999, 2007, 2013, 2024).
 *
 * @example
 * revisionOf(2027) //=> 2024
 * revisionOf(2008) //=> 2007
 */
export function revisionOf(year: number): number {
  return mainlandHolidayLawOf(year)!.firstYear - 1;
}

/**
 * Make-up working days are Saturdays or Sundays outside every rest span.
 *
 * @throws The caller's error, at the make-up day.
 */
export function checkMakeupDays<Site>({ spans, makeups, fail }: LawCheck<Site>): void {
  for (const [day, site] of makeups) {
    if (!isWeekend(day)) {
      throw fail(
        site,
        `${formatDayNumber(day)} is a ${weekdayName(day)}: a make-up working day (上班) must be a Saturday or Sunday, since weekdays are working days already`,
      );
    }
    const span = spans.find((each) => day >= each.from && day <= each.to);
    if (span) {
      throw fail(
        site,
        `${formatDayNumber(day)} is both a rest day (${span.nameZh}, ${formatDayNumber(span.from)} to ${formatDayNumber(span.to)}) and a make-up working day`,
      );
    }
  }
}

/** The days of a festival in a year: its statutory days, or for a festival the revision does not give, its own day. */
function daysOfFestival(year: number, festival: MainlandFestival, statutory: readonly StatutoryHoliday[]): readonly DayNumber[] {
  const given = statutory.find((holiday) => holiday.festival === festival);
  return given ? given.days : [festivalDate(year, festival)];
}

/** Calendar days between a day and a span (0 inside it). */
const distance = (day: DayNumber, from: DayNumber, to: DayNumber): number => (day < from ? from - day : day > to ? day - to : 0);

/**
 * A span for a festival holds, or lies within {@link FESTIVAL_REACH} days of, one of its statutory days (for a span
 * for several festivals, of any of them). For 元旦 that is 1 January of the year, so late December of the year before
 * is near it.
 *
 * @throws The caller's error, at the span.
 */
export function checkSpansNearFestivals<Site>({ year, spans, fail, words }: LawCheck<Site>): void {
  const statutory = statutoryHolidays(year);
  for (const span of spans) {
    if (span.festivals.length === 0) continue;
    const days = span.festivals.map((festival) => ({ festival, days: daysOfFestival(year, festival, statutory) }));
    const nearest = Math.min(...days.flatMap((each) => each.days.map((day) => distance(day, span.from, span.to))));
    if (nearest <= FESTIVAL_REACH) continue;
    const range = span.from === span.to ? formatDayNumber(span.from) : `${formatDayNumber(span.from)} to ${formatDayNumber(span.to)}`;
    const festivals = days
      .map(({ festival, days: each }) => `${FESTIVAL_NAMES[festival].nameZh} (${each.length === 1 ? formatDayNumber(each[0]!) : `${formatDayNumber(each[0]!)} to ${formatDayNumber(each[each.length - 1]!)}`})`)
      .join(', ');
    throw fail(
      span.site,
      `the rest days ${range}, for ${span.nameZh}, are ${nearest} days from ${festivals}; a span for a festival holds, or lies within ` +
        `${FESTIVAL_REACH} days of, one of its days in ${year}: ${words.farHint}`,
    );
  }
}

/**
 * Every festival that the revision in force gives that year has an entry; an entry for a festival it does not give is
 * a warning (`not_statutory`).
 *
 * @throws The caller's error, for the schedule as a whole.
 */
export function checkEveryFestival<Site>({ year, fail, warn, warnings, words, wholeSites }: LawCheck<Site>, entries: readonly LawEntry<Site>[]): void {
  const law = mainlandHolidayLawOf(year)!;
  const given = Object.keys(law.festivals) as MainlandFestival[];
  const covered = new Set(entries.flatMap((entry) => entry.festivals));
  const missing = given.filter((festival) => !covered.has(festival));
  if (missing.length > 0) {
    throw fail(
      wholeSites.festivals,
      words.noFestival(festivalNames(missing), festivalNames([...covered]) || 'no festival', `which the holiday Measures (as revised in ${revisionOf(year)}) give in ${year}`),
    );
  }
  for (const entry of entries) {
    for (const festival of entry.festivals) {
      if (!given.includes(festival)) {
        warnings.push(
          warn(
            'not_statutory',
            entry.site,
            `${FESTIVAL_NAMES[festival].nameZh} is not a holiday of the Measures as revised in ${revisionOf(year)}; its days were read as the ${words.schedule} sets them`,
          ),
        );
      }
    }
  }
}

/**
 * Every statutory holiday day is a rest day, on a weekday in a span and on a weekend paid by the Art. 6 balance; warns
 * about spans that overlap (`overlapping_spans`).
 *
 * @throws The caller's error, at the make-up day or the festival's place, or for the year as a whole (the balance).
 */
export function checkStatutoryDays<Site>({ year, spans, makeups, amend, siteOfFestival, wholeSites, fail, warn, warnings, words }: LawCheck<Site>): void {
  const start = dayNumberFromParts(year - 1, 12, 1);
  const end = dayNumberFromParts(year, 12, 31);
  const days = new Uint8Array(end - start + 1).fill(NONE);
  const mark = (from: DayNumber, to: DayNumber, state: number): void => {
    for (let day = Math.max(from, start); day <= Math.min(to, end); day++) days[day - start] = state;
  };
  if (amend) {
    for (const holiday of amend.holidays) mark(tryParsePlainDate(holiday.from)!, tryParsePlainDate(holiday.to)!, REST);
    for (const date of amend.makeupWorkdays) mark(tryParsePlainDate(date)!, tryParsePlainDate(date)!, WORK);
  }
  const own = new Uint8Array(days.length);
  for (const span of spans) {
    let overlaps = false;
    for (let day = Math.max(span.from, start); day <= Math.min(span.to, end); day++) {
      if (own[day - start] === REST) overlaps = true;
      own[day - start] = REST;
    }
    if (overlaps) {
      warnings.push(warn('overlapping_spans', span.site, `its rest days overlap those of another ${words.entry}; both were kept as written`));
    }
    mark(span.from, span.to, REST);
  }
  for (const day of makeups.keys()) mark(day, day, WORK);

  const revision = revisionOf(year);
  const onWeekends: DayNumber[] = [];
  let statutoryCount = 0;
  for (const holiday of statutoryHolidays(year)) {
    for (const day of holiday.days) {
      statutoryCount++;
      const state = days[day - start];
      if (state === REST) continue;
      const what = `${formatDayNumber(day)} (${holiday.holiday.nameZh}, a statutory holiday under Art. 2 of the Measures as revised in ${revision})`;
      if (state === WORK) {
        throw fail(makeups.get(day) ?? siteOfFestival(holiday.festival), `${what} is made a working day; a statutory holiday is a rest day`);
      }
      if (!isWeekend(day)) {
        throw fail(siteOfFestival(holiday.festival), `${what} is a ${weekdayName(day)} outside every rest span; a statutory holiday on a weekday is a rest day`);
      }
      onWeekends.push(day);
    }
  }
  let weekdayRest = 0;
  let worked = 0;
  for (let index = 0; index < days.length; index++) {
    if (days[index] === REST && !isWeekend(start + index)) weekdayRest++;
    if (days[index] === WORK) worked++;
  }
  if (weekdayRest - worked < statutoryCount) {
    throw fail(
      wholeSites.balance,
      `over ${year} the ${amend ? `${words.combined} give` : `${words.schedule} gives`} ${weekdayRest} weekday rest days and ${worked} make-up working days, ` +
        `so ${weekdayRest - worked} weekdays off in all, fewer than the ${statutoryCount} statutory holiday days of Art. 2 (as revised in ${revision}); ` +
        'Art. 6 gives a holiday that falls on a Saturday or Sunday a weekday in lieu' +
        (onWeekends.length ? ` (${onWeekends.map(formatDayNumber).join(', ')} fall on weekends outside every rest span)` : ''),
    );
  }
}
