/**
 * The last stage of reading a notice: the checks across the whole schedule and against the law in force that year
 * (the 全国年节及纪念日放假办法 in its 1999, 2007, 2013 or 2024 revision, `mainlandHolidayLaw.ts`).
 *
 * - Make-up working days are Saturdays or Sundays outside every rest span of the schedule, and an item that says
 *   不调休 has none.
 * - Every statutory holiday day (Art. 2) is a rest day. One on a weekday outside every span is an error; one on a
 *   Saturday or Sunday is owed a weekday in lieu (Art. 6), which the balance below checks.
 * - The balance: over the notice's days, the weekday rest days minus the make-up working days are at least the
 *   statutory holiday days. A weekday rest day that is not paid back by a make-up day is either a statutory day on a
 *   weekday or a day in lieu of one on a weekend; so Art. 2 with Art. 6 require the balance. It holds for every
 *   bundled notice 2004–2026 (exactly, for each yearly notice on its own; with a surplus where an amendment added days
 *   off: 2015 +1, 2020 +2), which the tests check, so a failure is an error, not a doubt.
 * - A yearly notice has an item for every festival that the revision in force gives that year.
 *
 * An amendment is checked on the combination: the schedule it amends, then the amendment, the later winning on the
 * days it sets (as `withSchedules` applies them).
 *
 * @module
 */
import { formatDayNumber, dayNumberFromParts, tryParsePlainDate, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import { FESTIVAL_NAMES, mainlandHolidayLawOf, statutoryHolidays, type MainlandFestival } from '../law/mainlandHolidayLaw.js';
import type { HolidayName, HolidaySchedule } from '../types.js';
import type { NoticeWarning } from './scheduleFromNotice.js';
import { noticeError, noticeWarning } from './noticeMessages.js';
import { WEEKDAY_NAMES } from './noticeNames.js';
import type { ItemDraft, NoticeDraft } from './readNotice.js';
import type { NoticeSentence } from './noticeText.js';

/** A rest-day span of the schedule being read, with what it came from. */
export interface FinalSpan {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly holiday: HolidayName & { readonly nameZh: string };
  readonly festivals: readonly MainlandFestival[];
  readonly sentence: NoticeSentence;
}

/** What the checks look at. */
export interface CheckInput {
  readonly year: number;
  readonly yearly: boolean;
  readonly draft: NoticeDraft;
  readonly spans: readonly FinalSpan[];
  /** Make-up working days, with the sentence that sets each. */
  readonly makeups: ReadonlyMap<DayNumber, NoticeSentence>;
  /** For an amendment read with `options.amend`: the schedule it amends. */
  readonly amend: HolidaySchedule | undefined;
  readonly warnings: NoticeWarning[];
}

const NONE = 0;
const REST = 1;
const WORK = 2;

const weekdayName = (day: DayNumber): string => WEEKDAY_NAMES[weekdayOfDayNumber(day)]!;
const isWeekend = (day: DayNumber): boolean => weekdayOfDayNumber(day) >= 6;

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
 * Runs every check across the schedule and against the law.
 *
 * @param input - The schedule as read.
 * @throws {NoticeParseError} Quoting the sentence at fault (or none, for the year as a whole).
 *
 * @example
 * // A 2027 notice whose 国庆节 span starts on 10月2日:
 * checkNotice({ year: 2027, yearly: true, draft, spans, makeups, amend: undefined, warnings: [] })
 * // throws NoticeParseError: scheduleFromNotice: "七、国庆节：10月2日…" — 2027-10-01 (国庆节, a statutory holiday under
 * // Art. 2 of the Measures as revised in 2024) is a Friday outside every rest span; …
 */
export function checkNotice(input: CheckInput): void {
  checkMakeups(input);
  if (input.yearly) checkFestivals(input);
  if (input.yearly || input.amend) checkStatutoryDays(input);
}

function checkMakeups({ spans, makeups, draft }: CheckInput): void {
  for (const [day, sentence] of makeups) {
    if (!isWeekend(day)) {
      throw noticeError(
        sentence,
        `${formatDayNumber(day)} is a ${weekdayName(day)}: a make-up working day (上班) must be a Saturday or Sunday, since weekdays are working days already`,
      );
    }
    const span = spans.find((each) => day >= each.from && day <= each.to);
    if (span) {
      throw noticeError(
        sentence,
        `${formatDayNumber(day)} is both a rest day (${span.holiday.nameZh}, ${formatDayNumber(span.from)} to ${formatDayNumber(span.to)}) and a make-up working day`,
      );
    }
  }
  for (const item of draft.items) {
    if (item.noSwap && item.makeups.length > 0) {
      throw noticeError(item.noSwap, `says 不调休 (no swapped days), but its item makes ${formatDayNumber(item.makeups[0]!)} a make-up working day`);
    }
  }
}

function checkFestivals({ year, draft, warnings }: CheckInput): void {
  const law = mainlandHolidayLawOf(year)!;
  const given = Object.keys(law.festivals) as MainlandFestival[];
  const covered = new Set(draft.items.flatMap((item) => item.festivals));
  const missing = given.filter((festival) => !covered.has(festival));
  if (missing.length > 0) {
    const names = (festivals: readonly MainlandFestival[]) => festivals.map((festival) => FESTIVAL_NAMES[festival].nameZh).join('、');
    throw noticeError(
      null,
      `the notice has no item for ${names(missing)}, which the holiday Measures (as revised in ${revisionOf(year)}) give in ${year}; ` +
        `it has items for ${names([...covered]) || 'no festival'}: was only part of the notice copied?`,
    );
  }
  for (const item of draft.items) {
    for (const festival of item.festivals) {
      if (!given.includes(festival)) {
        warnings.push(
          noticeWarning(
            'not_statutory',
            item.sentence,
            `${FESTIVAL_NAMES[festival].nameZh} is not a holiday of the Measures as revised in ${revisionOf(year)}; its days were read as the notice sets them`,
          ),
        );
      }
    }
  }
  const statutory = statutoryHolidays(year);
  for (const claim of draft.statutoryClaims) {
    const days = statutory.filter((holiday) => claim.item.festivals.includes(holiday.festival)).flatMap((holiday) => holiday.days);
    if (!days.includes(claim.day)) {
      warnings.push(
        noticeWarning(
          'statutory_mismatch',
          claim.sentence,
          `${formatDayNumber(claim.day)} is called a statutory holiday (法定节假日), but the Measures as revised in ${revisionOf(year)} give ` +
            `${days.map(formatDayNumber).join(', ') || 'no day'} for this item`,
        ),
      );
    }
  }
}

function itemSentence(items: readonly ItemDraft[], festival: MainlandFestival): NoticeSentence | null {
  const item = items.find((each) => each.festivals.includes(festival));
  return item?.spans[0]?.sentence ?? item?.sentence ?? null;
}

function checkStatutoryDays({ year, draft, spans, makeups, amend, warnings }: CheckInput): void {
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
    for (let day = span.from; day <= span.to; day++) {
      if (own[day - start] === REST) overlaps = true;
      own[day - start] = REST;
    }
    if (overlaps) {
      warnings.push(noticeWarning('overlapping_spans', span.sentence, `its rest days overlap those of another item; both were kept as written`));
    }
    mark(span.from, span.to, REST);
  }
  for (const day of makeups.keys()) mark(day, day, WORK);

  const revision = revisionOf(year);
  const statutory = statutoryHolidays(year);
  const onWeekends: DayNumber[] = [];
  let statutoryCount = 0;
  for (const holiday of statutory) {
    for (const day of holiday.days) {
      statutoryCount++;
      const state = days[day - start];
      if (state === REST) continue;
      const what = `${formatDayNumber(day)} (${holiday.holiday.nameZh}, a statutory holiday under Art. 2 of the Measures as revised in ${revision})`;
      if (state === WORK) {
        throw noticeError(makeups.get(day) ?? itemSentence(draft.items, holiday.festival), `${what} is made a working day; a statutory holiday is a rest day`);
      }
      if (!isWeekend(day)) {
        throw noticeError(
          itemSentence(draft.items, holiday.festival),
          `${what} is a ${weekdayName(day)} outside every rest span; a statutory holiday on a weekday is a rest day`,
        );
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
    throw noticeError(
      null,
      `over ${year} the ${amend ? 'schedule and its amendment give' : 'notice gives'} ${weekdayRest} weekday rest days and ${worked} make-up working days, ` +
        `so ${weekdayRest - worked} weekdays off in all, fewer than the ${statutoryCount} statutory holiday days of Art. 2 (as revised in ${revision}); ` +
        'Art. 6 gives a holiday that falls on a Saturday or Sunday a weekday in lieu' +
        (onWeekends.length ? ` (${onWeekends.map(formatDayNumber).join(', ')} fall on weekends outside every rest span)` : ''),
    );
  }
}
