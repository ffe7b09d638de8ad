/**
 * The second stage of reading a notice: one sentence's body (normalized by `noticeText.ts`) into its dates, the
 * bracketed notes after them, the year mentions, and its clauses (split at , and ;). A date is `[Y年][M月]D日`; a day
 * that omits its month (至6日, 22日、23日) is resolved later, against the date before it. One pass, bounded look-ahead.
 *
 * @module
 */

/** A date as written in a sentence, not yet resolved to a day (the year and the month may be implied). */
export interface NoticeDate {
  /** The year written with it (2007年12月30日), or undefined. */
  readonly year: number | undefined;
  /** The month written with it, or undefined (至6日). */
  readonly month: number | undefined;
  /** The day of the month (NaN for a number too long to be one). */
  readonly day: number;
  /** Where the date starts and ends in the sentence's plain text. */
  readonly at: number;
  readonly end: number;
  /** The bracketed note right after it, normalized, e.g. `'农历除夕、周二'`; several notes are joined with 、. */
  readonly note: string | undefined;
  /** 自2025年1月1日起: the date from which a rule applies, not a day the sentence sets. */
  readonly since: boolean;
  /** The date as written (normalized), e.g. `'1月28日'`; shortened with … past 24 characters. */
  readonly written: string;
}

/** A year written alone (现将2027年元旦、春节…): `end` is where the words after it start. */
export interface YearMention {
  readonly year: number;
  readonly at: number;
  readonly end: number;
}

/** A clause of a sentence: the text between , or ; (a clause that is only a list of dates runs on into the next). */
export interface NoticeClause {
  /** The clause's plain text (notes left out). */
  readonly plain: string;
  /** Where the clause starts in the sentence's plain text. */
  readonly start: number;
  /** Indexes into the sentence's dates. */
  readonly dates: readonly number[];
  /** `ranges.get(i) === j`: dates[i] 至 dates[j] (a range written with 至, 到, — or ～). */
  readonly ranges: ReadonlyMap<number, number>;
}

/** What {@link tokenizeSentence} finds in a sentence. */
export interface SentenceTokens {
  /** The sentence's text without its bracketed notes. */
  readonly plain: string;
  readonly dates: readonly NoticeDate[];
  readonly years: readonly YearMention[];
  readonly clauses: readonly NoticeClause[];
}

/** The longest bracketed note read as a note (（即农历大年初一至初七） has 9 characters). */
const MAX_NOTE = 80;
/** A date longer than this is shortened in messages (it holds a number that is no date anyway). */
const MAX_WRITTEN = 24;
/** Digits beyond this make a number that is no day, month or year. */
const MAX_DIGITS = 6;

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** Range connectors between two dates, after normalization. */
const CONNECTOR = /^(?:-{1,8}|至|到)$/;

/** A clause that is nothing but dates: its text once dates, connectors and 、 are taken out. */
const LIST_RESIDUE = /^[、\-至到]*$/;

function numberAt(plain: string, start: number): { value: number; end: number } {
  let end = start;
  while (isDigit(plain[end])) end++;
  return { value: end - start > MAX_DIGITS ? Number.NaN : Number(plain.slice(start, end)), end };
}

/**
 * Reads one sentence body into dates, notes, year mentions and clauses.
 *
 * @param body - The sentence after its item header, as `splitNoticeText` normalizes it.
 * @returns Its plain text, dates, years and clauses.
 *
 * @example
 * const tokens = tokenizeSentence('1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。');
 * tokens.dates.map((d) => [d.month, d.day, d.note]) //=> [[1, 28, '农历除夕、周二'], [2, 4, '农历正月初七、周二']]
 * tokens.clauses.length //=> 2
 * tokens.clauses[0]!.ranges.get(0) //=> 1
 */
export function tokenizeSentence(body: string): SentenceTokens {
  // Notes out of the plain text, remembered by where they stand in it.
  const chars: string[] = [];
  const notesAt = new Map<number, string>();
  for (let index = 0; index < body.length; ) {
    if (body[index] === '(') {
      let close = -1;
      for (let look = index + 1; look < body.length && look - index <= MAX_NOTE; look++) {
        if (body[look] === '(') break;
        if (body[look] === ')') {
          close = look;
          break;
        }
      }
      if (close !== -1) {
        const note = body.slice(index + 1, close);
        const previous = notesAt.get(chars.length);
        notesAt.set(chars.length, previous === undefined ? note : `${previous}、${note}`);
        index = close + 1;
        continue;
      }
    }
    chars.push(body[index]!);
    index++;
  }
  const plain = chars.join('');

  const dates: NoticeDate[] = [];
  const years: YearMention[] = [];
  const addDate = (year: number | undefined, month: number | undefined, day: number, at: number, end: number): void => {
    const since = (plain[at - 1] === '自' || plain[at - 1] === '从') && plain[end] === '起';
    const written = end - at > MAX_WRITTEN ? `${plain.slice(at, at + MAX_WRITTEN - 1)}…` : plain.slice(at, end);
    dates.push({ year, month, day, at, end, note: notesAt.get(end), since, written });
  };
  for (let index = 0; index < plain.length; ) {
    if (!isDigit(plain[index])) {
      index++;
      continue;
    }
    const first = numberAt(plain, index);
    const unit = plain[first.end];
    if (unit === '年') {
      const second = isDigit(plain[first.end + 1]) ? numberAt(plain, first.end + 1) : undefined;
      if (second && plain[second.end] === '月') {
        const third = isDigit(plain[second.end + 1]) ? numberAt(plain, second.end + 1) : undefined;
        if (third && plain[third.end] === '日') {
          addDate(first.value, second.value, third.value, index, third.end + 1);
          index = third.end + 1;
        } else {
          index = second.end + 1; // 2024年11月: a month, no day
        }
        continue;
      }
      years.push({ year: first.value, at: index, end: first.end + 1 });
      index = first.end + 1;
      continue;
    }
    if (unit === '月') {
      const second = isDigit(plain[first.end + 1]) ? numberAt(plain, first.end + 1) : undefined;
      if (second && plain[second.end] === '日') {
        addDate(undefined, first.value, second.value, index, second.end + 1);
        index = second.end + 1;
      } else {
        index = first.end + 1;
      }
      continue;
    }
    if (unit === '日') {
      addDate(undefined, undefined, first.value, index, first.end + 1);
      index = first.end + 1;
      continue;
    }
    index = first.end;
  }

  const ranges = new Map<number, number>();
  for (let index = 0; index + 1 < dates.length; index++) {
    const between = plain.slice(dates[index]!.end, dates[index + 1]!.at);
    if (between.length <= 8 && CONNECTOR.test(between)) ranges.set(index, index + 1);
  }

  return { plain, dates, years, clauses: splitClauses(plain, dates, ranges) };
}

function splitClauses(plain: string, dates: readonly NoticeDate[], ranges: ReadonlyMap<number, number>): NoticeClause[] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let index = 0; index <= plain.length; index++) {
    if (index === plain.length || plain[index] === ',' || plain[index] === ';') {
      if (index > start) bounds.push([start, index]);
      start = index + 1;
    }
  }
  const clauses: NoticeClause[] = [];
  let dateIndex = 0;
  // A clause that is only a list of dates runs on into the next: where it started, and its first date.
  let pending: { start: number; firstDate: number } | undefined;
  for (const [from, to] of bounds) {
    const firstOwn = dateIndex;
    let residue = '';
    let cursor = from;
    while (dateIndex < dates.length && dates[dateIndex]!.at < to) {
      residue += plain.slice(cursor, dates[dateIndex]!.at);
      cursor = dates[dateIndex]!.end;
      dateIndex++;
    }
    residue += plain.slice(cursor, to);
    const clauseStart = pending?.start ?? from;
    const firstDate = pending?.firstDate ?? firstOwn;
    if (dateIndex > firstOwn && LIST_RESIDUE.test(residue) && to < plain.length) {
      pending = { start: clauseStart, firstDate };
      continue;
    }
    pending = undefined;
    const clauseDates: number[] = [];
    const clauseRanges = new Map<number, number>();
    for (let index = firstDate; index < dateIndex; index++) {
      clauseDates.push(index);
      const end = ranges.get(index);
      if (end !== undefined && end < dateIndex) clauseRanges.set(index, end);
    }
    clauses.push({ plain: plain.slice(clauseStart, to), start: clauseStart, dates: clauseDates, ranges: clauseRanges });
  }
  return clauses;
}
