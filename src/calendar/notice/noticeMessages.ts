/**
 * Messages of `scheduleFromNotice`: every problem names the function, quotes the sentence at fault and says what was
 * expected, e.g. `scheduleFromNotice: "三、清明节：4月4日（周四）至6日…" — 2027-04-04 is a Sunday, not 周四`.
 *
 * @module
 */
import { NoticeParseError } from '../../errors.js';
import type { NoticeWarning } from './scheduleFromNotice.js';
import type { NoticeSentence } from './noticeText.js';

/** The function the messages name. */
export const FN = 'scheduleFromNotice';

/** Sentences longer than this are shortened in messages (the error's `sentence` keeps the whole of it). */
const QUOTE_LENGTH = 40;

/**
 * A sentence as a message quotes it: in double quotes, shortened with … past 40 characters.
 *
 * @example
 * quoteSentence('一、元旦：1月1日放假。') //=> '"一、元旦：1月1日放假。"'
 */
export function quoteSentence(text: string): string {
  return `"${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text}"`;
}

/**
 * The error for a problem in a sentence (or in the text as a whole, for `null`).
 *
 * @param sentence - The sentence at fault, or null.
 * @param problem - What is wrong and what was expected.
 * @param amendsYear - For an amendment read without the schedule it needs: that schedule's year.
 *
 * @example
 * noticeError(null, 'the text is empty').message //=> 'scheduleFromNotice: the text is empty'
 */
export function noticeError(sentence: NoticeSentence | null, problem: string, amendsYear: number | null = null): NoticeParseError {
  const where = sentence ? `${quoteSentence(sentence.text)} — ` : '';
  return new NoticeParseError(`${FN}: ${where}${problem}`, sentence ? sentence.text : null, amendsYear);
}

/**
 * A warning about a sentence (or the text as a whole).
 *
 * @example
 * noticeWarning('no_address', null, 'the text holds no address').sentence //=> null
 */
export function noticeWarning(code: string, sentence: NoticeSentence | null, message: string): NoticeWarning {
  return { code, message: `${FN}: ${sentence ? `${quoteSentence(sentence.text)} — ` : ''}${message}`, sentence: sentence ? sentence.text : null };
}
