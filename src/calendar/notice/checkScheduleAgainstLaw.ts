/**
 * `checkScheduleAgainstLaw`: the checks that `scheduleFromNotice` makes on what it read from a notice's text, made on
 * a mainland schedule given as data (a JSON file, a hand-written year), with each problem naming the field at fault.
 *
 * @module
 */
import { NoticeParseError } from '../../errors.js';
import { tryParsePlainDate, type DayNumber } from '../../date/plainDate.js';
import { readOptions } from '../derive.js';
import { FESTIVAL_NAMES, MAINLAND_LAW_FIRST_YEAR, MAINLAND_LAW_LAST_YEAR, type MainlandFestival } from '../law/mainlandHolidayLaw.js';
import { safeParseHolidaySchedule } from '../scheduleSchema.js';
import type { HolidaySchedule, ScheduleHoliday } from '../types.js';
import { checkEveryFestival, checkMakeupDays, checkSpansNearFestivals, checkStatutoryDays, type LawCheck, type LawSpan, type LawWords } from './lawChecks.js';
import { namesOfHeader } from './noticeNames.js';
import type { NoticeWarning } from './scheduleFromNotice.js';

const FN = 'checkScheduleAgainstLaw';

/** Options of {@link checkScheduleAgainstLaw}. */
export interface CheckScheduleOptions {
  /** For an amendment: the schedule it amends (the year's notice), so that the two are checked together. */
  readonly amend?: HolidaySchedule | undefined;
}

/** The most schema problems a message lists. */
const MAX_LISTED_PROBLEMS = 3;

/** A field path as messages write it: `holidays[2].to`. */
function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const key of path) name += typeof key === 'number' ? `[${key}]` : `${name === '' ? '' : '.'}${String(key)}`;
  return name;
}

/** The value as a valid schedule, or a NoticeParseError naming each field that the schema refuses. */
function parsed(value: unknown, label: string): HolidaySchedule {
  const result = safeParseHolidaySchedule(value);
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const field = fieldName([...(label === '' ? [] : [label]), ...issue.path]);
      return `${field === '' ? 'the schedule' : field}: ${issue.message}`;
    });
    const more = problems.length > MAX_LISTED_PROBLEMS ? `; and ${problems.length - MAX_LISTED_PROBLEMS} more` : '';
    throw new NoticeParseError(`${FN}: ${problems.slice(0, MAX_LISTED_PROBLEMS).join('; ')}${more}`, null);
  }
  const { $schema: _schema, notes: _notes, ...schedule } = result.data;
  if (schedule.calendar !== undefined && schedule.calendar !== 'CN') {
    throw new NoticeParseError(
      `${FN}: ${label === '' ? '' : `${label}.`}calendar: the schedule is for ${schedule.calendar}; the holiday Measures govern mainland schedules only ("calendar": "CN", or none)`,
      null,
    );
  }
  return schedule as HolidaySchedule;
}

/** The longest bracketed note left out at the end of a name: 春节（延长假期）, Spring Festival (extended). */
const MAX_NOTE = 40;

/** A name without a bracketed note at its end. */
function withoutTrailingNote(name: string): string {
  const text = name.trim();
  if (!text.endsWith(')') && !text.endsWith('）')) return text;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  return open === -1 || text.length - open > MAX_NOTE + 2 ? text : text.slice(0, open).trim();
}

/**
 * The festivals a span's name names: its `nameZh` as the notices write an item (春节, 国庆节、中秋节; a note in brackets
 * left out), or without a `nameZh`, its English name as the bundled data write it (National Day and Mid-Autumn
 * Festival). A name with any other word (农历年初一, 中秋节翌日) names none.
 */
function festivalsOfHoliday(holiday: ScheduleHoliday): readonly MainlandFestival[] {
  if (holiday.nameZh !== undefined) return namesOfHeader(withoutTrailingNote(holiday.nameZh).replace(/\s/g, '')).festivals;
  // 'National Day and Mid-Autumn Festival'; 'A, B and C'
  const parts = withoutTrailingNote(holiday.name)
    .split(',')
    .flatMap((part) => part.split(' and '))
    .map((part) => part.trim().replace(/^and /, ''));
  const festivals = parts.map((part) => (Object.keys(FESTIVAL_NAMES) as MainlandFestival[]).find((festival) => FESTIVAL_NAMES[festival].name === part));
  return festivals.every((festival) => festival !== undefined) ? festivals : [];
}

const SCHEDULE_WORDS: LawWords = {
  schedule: 'schedule',
  combined: 'schedule and options.amend',
  entry: 'span',
  noFestival: (missing, present, law) =>
    `no span is named for ${missing}, ${law}; the spans are named for ${present} ` +
    '(a span is for the festivals its nameZh names: 春节, or 国庆节、中秋节 for a joint holiday)',
  farHint: 'is it named for the wrong festival?',
};

/**
 * Checks a mainland holiday schedule given as data against the holiday law in force that year (the
 * 全国年节及纪念日放假办法 as revised in 1999, 2007, 2013 or 2024), with the checks `scheduleFromNotice` makes on what
 * it reads from a notice's text:
 * - make-up working days are Saturdays or Sundays outside every rest span;
 * - a span whose `nameZh` names a festival (春节, 国庆节、中秋节; without `nameZh`, its English name) holds, or lies
 *   within 7 days of, one of that festival's statutory days;
 * - there is a span for every festival the law gives that year, unless `options.amend` is given (an amendment sets
 *   only the days it changes);
 * - every statutory holiday day (Art. 2) is a rest day, and those on a Saturday or Sunday are made up by weekdays off
 *   (Art. 6): over the year, the weekday rest days minus the make-up working days are at least the statutory days.
 * With `options.amend`, the amended schedule and this one are checked together, this one winning on the days it
 * sets (as `withSchedules(CN, [amended, schedule])` applies them).
 *
 * A year outside the years the law is modelled for (2000–2099) is not checked: the result is a `law_not_modelled`
 * warning.
 *
 * @param schedule - A mainland schedule (`calendar` `'CN'` or absent), valid under `HolidayScheduleSchema`.
 * @param options - `amend`: for an amendment, the schedule of the same year it amends.
 * @returns Doubts that do not make the schedule wrong (`not_statutory`: a span for a festival the law in force does
 *   not give; `overlapping_spans`; `law_not_modelled`), each with `sentence: null`.
 * @throws {NoticeParseError} (code `invalid_notice`, `sentence` null) For a schedule that the schema refuses, that is
 *   not a mainland schedule, or that contradicts the law; the message names the field (`holidays[2]`,
 *   `makeupWorkdays[0]`, `options.amend`) and what is wrong, e.g. `checkScheduleAgainstLaw: holidays: no span is
 *   named for 春节, which the holiday Measures (as revised in 2024) give in 2027; …`.
 * @throws {InvalidArgumentError} For options that are not an object.
 *
 * @example
 * const schedule = JSON.parse(readFileSync('cn-2027.json', 'utf8'));
 * checkScheduleAgainstLaw(schedule) //=> [] (or warnings); throws if 2027-10-01 is left a working day
 * const calendar = withSchedules(CN, schedule);
 *
 * @example
 * // An amendment, checked with the notice it amends:
 * const [notice2019, labourDay2019] = CN.definition.schedules.filter((each) => each.year === 2019);
 * checkScheduleAgainstLaw(labourDay2019, { amend: notice2019 }) //=> []
 */
export function checkScheduleAgainstLaw(schedule: HolidaySchedule, options?: CheckScheduleOptions): NoticeWarning[] {
  const record = readOptions(FN, options, '{ amend: schedule }');
  const checked = parsed(schedule, '');
  const amend = record['amend'] === undefined ? undefined : parsed(record['amend'], 'options.amend');
  const { year } = checked;
  if (amend && amend.year !== year) {
    throw new NoticeParseError(
      `${FN}: options.amend: it is the ${amend.year} schedule ("${amend.source.title}"), but the schedule is for ${year}; an amendment is checked with the schedule of its own year`,
      null,
    );
  }
  if (year < MAINLAND_LAW_FIRST_YEAR || year > MAINLAND_LAW_LAST_YEAR) {
    return [
      {
        code: 'law_not_modelled',
        message:
          `${FN}: year: ${year} is outside the years ${MAINLAND_LAW_FIRST_YEAR}–${MAINLAND_LAW_LAST_YEAR} for which the holiday Measures in force are ` +
          'modelled; the schedule was not checked against the law',
        sentence: null,
      },
    ];
  }

  const spans: LawSpan<string>[] = checked.holidays.map((holiday, index) => ({
    from: tryParsePlainDate(holiday.from)!,
    to: tryParsePlainDate(holiday.to)!,
    nameZh: holiday.nameZh ?? holiday.name,
    festivals: festivalsOfHoliday(holiday),
    site: `holidays[${index}]`,
  }));
  const makeups = new Map<DayNumber, string>();
  checked.makeupWorkdays.forEach((date, index) => makeups.set(tryParsePlainDate(date)!, `makeupWorkdays[${index}]`));
  const warnings: NoticeWarning[] = [];
  const check: LawCheck<string> = {
    year,
    spans,
    makeups,
    amend,
    siteOfFestival: (festival) => spans.find((span) => span.festivals.includes(festival))?.site ?? 'holidays',
    wholeSites: { festivals: 'holidays', balance: 'holidays and makeupWorkdays' },
    fail: (site, problem) => new NoticeParseError(`${FN}: ${site === null ? '' : `${site}: `}${problem}`, null),
    warn: (code, site, message) => ({ code, message: `${FN}: ${site === null ? '' : `${site}: `}${message}`, sentence: null }),
    warnings,
    words: SCHEDULE_WORDS,
  };
  checkMakeupDays(check);
  checkSpansNearFestivals(check);
  if (!amend) checkEveryFestival(check, spans);
  checkStatutoryDays(check);
  return warnings;
}
