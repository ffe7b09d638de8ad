/**
 * The last stage of reading a notice: the checks across the whole schedule and against the law in force that year
 * (`lawChecks.ts`, shared with `checkScheduleAgainstLaw`), with each problem quoting its sentence, and the checks only
 * a notice's text allows.
 *
 * - Make-up working days are Saturdays or Sundays outside every rest span of the schedule, and an item that says
 *   不调休 has none.
 * - A rest span of an item is near that item's festival (within 7 days of one of its statutory days): a sentence
 *   after an item's text is read into that item, and one about other days (另外，12月31日放假) must not pass as the
 *   item's holiday.
 * - A yearly notice has an item for every festival that the revision in force gives that year, and a day it calls
 *   法定假日 is one (a warning otherwise).
 * - Every statutory holiday day (Art. 2) is a rest day, with the Art. 6 balance for those on weekends.
 *
 * An amendment is checked on the combination: the schedule it amends, then the amendment, the later winning on the
 * days it sets (as `withSchedules` applies them).
 *
 * @module
 */
import { formatDayNumber, type DayNumber } from '../../date/plainDate.js';
import { statutoryHolidays, type MainlandFestival } from '../law/mainlandHolidayLaw.js';
import type { HolidayName, HolidaySchedule } from '../types.js';
import type { NoticeWarning } from './scheduleFromNotice.js';
import { checkEveryFestival, checkMakeupDays, checkSpansNearFestivals, checkStatutoryDays, revisionOf, type LawCheck, type LawWords } from './lawChecks.js';
import { noticeError, noticeWarning } from './noticeMessages.js';
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

const NOTICE_WORDS: LawWords = {
  schedule: 'notice',
  combined: 'schedule and its amendment',
  entry: 'item',
  noFestival: (missing, present, law) => `the notice has no item for ${missing}, ${law}; it has items for ${present}: was only part of the notice copied?`,
  farHint: 'if the sentence is not part of the item (page text after it, a local arrangement), remove it from the pasted text',
};

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
  const { year, yearly, draft, spans, makeups, amend, warnings } = input;
  const check: LawCheck<NoticeSentence> = {
    year,
    spans: spans.map((span) => ({ from: span.from, to: span.to, nameZh: span.holiday.nameZh, festivals: span.festivals, site: span.sentence })),
    makeups,
    amend,
    siteOfFestival: (festival) => itemSentence(draft.items, festival),
    wholeSites: { festivals: null, balance: null },
    fail: noticeError,
    warn: noticeWarning,
    warnings,
    words: NOTICE_WORDS,
  };
  checkMakeupDays(check);
  checkNoSwap(draft);
  checkSpansNearFestivals(check);
  if (yearly) {
    checkEveryFestival(
      check,
      draft.items.map((item) => ({ festivals: item.festivals, site: item.sentence })),
    );
    checkStatutoryClaims(input);
  }
  if (yearly || amend) checkStatutoryDays(check);
}

function checkNoSwap(draft: NoticeDraft): void {
  for (const item of draft.items) {
    if (item.noSwap && item.makeups.length > 0) {
      throw noticeError(item.noSwap, `says 不调休 (no swapped days), but its item makes ${formatDayNumber(item.makeups[0]!)} a make-up working day`);
    }
  }
}

function checkStatutoryClaims({ year, draft, warnings }: CheckInput): void {
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
