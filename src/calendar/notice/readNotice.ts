/**
 * The third stage of reading a notice: its sentences into a draft schedule. `scanNotice` finds what the text says
 * about its year and which sentences are operative (a date and a word such as 放假 or 上班); `readNotice` reads the
 * operative sentences item by item, clause by clause, and checks what one sentence can check on its own: real dates,
 * weekday and lunar labels, spans that run forwards, 共N天, details (其中…) inside their item's span.
 *
 * The clauses a notice uses, and how each is read:
 * - `X至Y放假调休 / 放假公休 / 调休放假 / 放假`, `X放假`, `X放假1天`: a rest-day span (X..Y, or X alone);
 * - `共N天`: the length of the span before it;
 * - `Y（星期一）补休` after `X放假`: the span runs on to Y;
 * - `与周末连休`: the span stays one day, next to a weekend that stays a weekend;
 * - `A、B上班`: make-up working days;
 * - 2004–2009 wording: `A为法定假日` (inside the span), `A照常公休` / `A为公休日` (a Saturday or Sunday),
 *   `将A、B两个公休日调至C、D` (A, B Saturdays or Sundays, C, D inside the span; a day moved away from outside every
 *   span is worked, as in 2008: 9月27日、9月28日两个公休日调至9月29日、30日 with no 上班 sentence);
 * - in a 其中 sentence, `A放假` and `A调休` are details of the span (inside it);
 * - amendments: `延长…假期至Y`, `Z起正常上班`.
 *
 * A sentence about part of a day (半天, 上午, 下午) or a day left to each employer (由各单位自行安排) is refused: it is
 * not a rest day of the calendar, and no item of a notice sets one, so it is text pasted with the notice.
 *
 * @module
 */
import { daysInMonth, dayNumberFromParts, formatDayNumber, partsFromDayNumber, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import type { MainlandFestival } from '../law/mainlandHolidayLaw.js';
import type { HolidayName } from '../types.js';
import type { NoticeWarning } from './scheduleFromNotice.js';
import { tokenizeSentence, type NoticeClause, type NoticeDate, type SentenceTokens } from './noticeClauses.js';
import { dayOfLabel, readNote, type LabelDay } from './noticeLabels.js';
import { noticeError, noticeWarning, quoteSentence } from './noticeMessages.js';
import { NOT_A_DAY_OFF, OPERATIVE_WORDS, WEEKDAY_NAMES, chineseNumber, festivalIn, festivalWordAt, namesOfHeader } from './noticeNames.js';
import type { NoticeSentence, NoticeText } from './noticeText.js';

/** A sentence with its tokens. */
export interface ScannedSentence {
  readonly sentence: NoticeSentence;
  readonly tokens: SentenceTokens;
  /** It has a date and a word such as 放假 or 上班: it sets days and must be read. */
  readonly operative: boolean;
  /** An address or a title stands before it (a new document may begin). */
  readonly breakBefore: boolean;
}

/** A year the text states, and where. */
export interface StatedYear {
  readonly year: number;
  /** The sentence, or null for the title. */
  readonly sentence: NoticeSentence | null;
  /** How the text states it, for messages: `'the title'`, `'"现将2027年元旦…"'`. */
  readonly where: string;
}

/** What {@link scanNotice} finds. */
export interface NoticeScan {
  readonly sentences: readonly ScannedSentence[];
  /** Years stated by the title and by words such as 现将2027年元旦、春节… or 调整2019年劳动节…, in text order. */
  readonly statedYears: readonly StatedYear[];
  /** The year implied by the first date written with its year (2007年12月30日 in the 元旦 item implies 2008). */
  readonly dateYear: { readonly year: number; readonly sentence: NoticeSentence } | undefined;
  /** The text has item headers (一、元旦：…): a yearly notice. */
  readonly hasHeaders: boolean;
  /** Festivals named right after a stated year (调整2019年劳动节放假安排), in text order. */
  readonly festivalMentions: readonly MainlandFestival[];
  /** The words between 现将 and 通知如下 (调整2019年劳动节放假安排), from which an amendment's title is made. */
  readonly introPhrase: string | undefined;
}

const YEAR_IN_TITLE = /(\d{4})年/;
const INTRO_PHRASE = /现将(.{1,40}?)的?通知如下/;

const WEEKDAY_NOTE = /(?:星期|周|礼拜)[一二三四五六日天]/;

/**
 * A sentence that sets days: a date and a word such as 放假 or 上班, or a date labelled with its weekday
 * (9月26日（周日）…): what it says must be read, or refused, never skipped. A date alone (a signature, 发布时间) is not.
 */
function isOperative(tokens: SentenceTokens): boolean {
  const dates = tokens.dates.filter((date) => !date.since);
  if (dates.length === 0) return false;
  return OPERATIVE_WORDS.some((word) => tokens.plain.includes(word)) || dates.some((date) => date.note !== undefined && WEEKDAY_NOTE.test(date.note));
}

/**
 * Tokenizes every sentence and finds what the text says about its year.
 *
 * @param text - The text as `splitNoticeText` splits it.
 * @returns The scanned sentences and the year evidence.
 *
 * @example
 * scanNotice(splitNoticeText('现将2027年元旦、春节放假安排通知如下。')).statedYears[0]!.year //=> 2027
 */
export function scanNotice(text: NoticeText): NoticeScan {
  const sentences: ScannedSentence[] = [];
  const statedYears: StatedYear[] = [];
  const festivalMentions: MainlandFestival[] = [];
  const titleYear = text.title ? YEAR_IN_TITLE.exec(text.title) : null;
  if (titleYear) statedYears.push({ year: Number(titleYear[1]), sentence: null, where: `the title ${quoteSentence(text.title!)}` });
  let dateYear: NoticeScan['dateYear'];
  let introPhrase: string | undefined;
  let hasHeaders = false;
  let inNewYearItem = false;
  let breakBefore = false;
  for (const piece of text.pieces) {
    if (piece.kind === 'break') {
      breakBefore = true;
      inNewYearItem = false;
      continue;
    }
    const { sentence } = piece;
    if (sentence.header !== undefined) {
      hasHeaders = true;
      inNewYearItem = namesOfHeader(sentence.header).festivals.includes('new-year');
    }
    const tokens = tokenizeSentence(sentence.body);
    const operative = isOperative(tokens);
    sentences.push({ sentence, tokens, operative, breakBefore });
    breakBefore = false;
    for (const mention of tokens.years) {
      if (!(mention.year >= 1000 && mention.year <= 9999)) continue; // not a year: a run of digits before 年
      const festival = festivalWordAt(tokens.plain, mention.end);
      if (festival || tokens.plain.startsWith('部分节假日', mention.end)) {
        statedYears.push({ year: mention.year, sentence, where: quoteSentence(`${tokens.plain.slice(mention.at, mention.end + 8)}…`) });
        if (festival) festivalMentions.push(festival[1]);
      }
    }
    if (!operative) {
      // The words 现将…通知如下 of the notice itself, rather than of page clutter: the first that names a year.
      const phrase = INTRO_PHRASE.exec(tokens.plain)?.[1];
      if (phrase !== undefined && (introPhrase === undefined || (!/\d{4}年/.test(introPhrase) && /\d{4}年/.test(phrase)))) introPhrase = phrase;
      continue;
    }
    if (dateYear === undefined) {
      const written = tokens.dates.find((date) => date.year !== undefined && !date.since);
      if (written && Number.isInteger(written.year)) {
        dateYear = { year: written.month === 12 && inNewYearItem ? written.year! + 1 : written.year!, sentence };
      }
    }
  }
  return { sentences, statedYears, dateYear, hasHeaders, festivalMentions, introPhrase };
}

/** A rest-day span as read. */
export interface SpanDraft {
  from: DayNumber;
  to: DayNumber;
  readonly sentence: NoticeSentence;
  readonly item: ItemDraft;
}

/** An item of a notice (一、元旦：…), or the whole of an amendment. */
export interface ItemDraft {
  /** The sentence that opens it. */
  readonly sentence: NoticeSentence;
  /** The festivals its header names (empty for an unknown name and for an amendment). */
  readonly festivals: readonly MainlandFestival[];
  /** Its names; undefined for an amendment (named once the whole text is read). */
  readonly holiday: (HolidayName & { readonly nameZh: string }) | undefined;
  readonly spans: SpanDraft[];
  /** Make-up working days its sentences set. */
  readonly makeups: DayNumber[];
  /** The sentence that says 不调休, if any. */
  noSwap: NoticeSentence | undefined;
}

/** An extension (延长2020年春节假期至2月2日): the span is known only against the amended schedule. */
export interface ExtensionDraft {
  readonly festival: MainlandFestival | undefined;
  /** The words 延长…假期, for the title. */
  readonly phrase: string;
  readonly end: DayNumber;
  readonly sentence: NoticeSentence;
}

/** Everything read from a notice, before the checks against the law. */
export interface NoticeDraft {
  readonly items: ItemDraft[];
  /** Every span, in text order. */
  readonly spans: SpanDraft[];
  /** Make-up working days, with the sentence that sets each (the first one). */
  readonly makeups: Map<DayNumber, NoticeSentence>;
  /** Saturdays and Sundays moved away (将…公休日调至…). */
  readonly moved: { readonly day: DayNumber; readonly sentence: NoticeSentence }[];
  readonly extensions: ExtensionDraft[];
  /** Days work resumes on (2月3日起正常上班). */
  readonly resumes: { readonly day: DayNumber; readonly sentence: NoticeSentence }[];
  /** Days a sentence calls 法定(节)假日. */
  readonly statutoryClaims: { readonly day: DayNumber; readonly sentence: NoticeSentence; readonly item: ItemDraft }[];
  readonly warnings: NoticeWarning[];
}

/**
 * The most rest-day spans and make-up days a schedule may have (HolidayScheduleSchema's limit); reading stops there.
 *
 * @example
 * MAX_ENTRIES //=> 366
 */
export const MAX_ENTRIES = 366;

const DAYS_COUNT = /(?:共|放假)([0-9]{1,3}|[一二两三四五六七八九十]{1,3})天/;
const RESUME = /起(?:正常)?上班|正常上班/;

type ClauseKind = 'resume' | 'extend' | 'makeup' | 'move' | 'rest' | 'until' | 'statutory' | 'weekend' | 'no-swap' | 'swap' | 'joined' | 'other';

/** What a clause does, by its words (the order matters: 放假调休 is a span, 不调休 is not a swap). */
function clauseKind(plain: string): ClauseKind {
  if (RESUME.test(plain)) return 'resume';
  if (plain.includes('延长') && plain.includes('假期')) return 'extend';
  if (plain.includes('上班')) return 'makeup';
  if (plain.includes('调至')) return 'move';
  if (plain.includes('放假')) return 'rest';
  if (plain.includes('补休')) return 'until';
  if (plain.includes('法定')) return 'statutory';
  if (plain.includes('公休')) return 'weekend';
  if (plain.includes('不调休')) return 'no-swap';
  if (plain.includes('调休')) return 'swap';
  if (plain.includes('连休')) return 'joined';
  return 'other';
}

const weekdayName = (day: DayNumber): string => WEEKDAY_NAMES[weekdayOfDayNumber(day)]!;
const isWeekend = (day: DayNumber): boolean => weekdayOfDayNumber(day) >= 6;
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Refuses a sentence about a half day off or a day each employer decides on (另外，12月31日下午放假半天): neither is a
 * rest day of the calendar, and no item of a notice sets one, so the sentence is text around the notice. Read as
 * rest days, it would make a working day a full holiday of the item it follows.
 */
function refuseNotADayOff(sentence: NoticeSentence): void {
  const found = NOT_A_DAY_OFF.find(([word]) => sentence.body.includes(word));
  if (!found) return;
  const [word, kind] = found;
  const what =
    kind === 'half-day'
      ? `speaks of part of a day (${word}): a half day off is not a day off on the calendar, which has only whole working days and rest days`
      : `leaves the day to each employer (${word}): a day each employer decides on is not a day off on the calendar`;
  throw noticeError(
    sentence,
    `${what}; a State Council notice never sets one in its items (一、元旦：…), so the sentence is not part of the notice: remove it from the pasted text`,
  );
}

/** Reads the operative sentences of a scanned notice for a given year. */
class NoticeReader {
  readonly draft: NoticeDraft = {
    items: [],
    spans: [],
    makeups: new Map(),
    moved: [],
    extensions: [],
    resumes: [],
    statutoryClaims: [],
    warnings: [],
  };
  private readonly windowStart: DayNumber;
  private readonly windowEnd: DayNumber;
  private context: { year: number; month: number } | undefined;

  constructor(
    private readonly year: number,
    private readonly yearly: boolean,
  ) {
    this.windowStart = dayNumberFromParts(year - 1, 12, 1);
    this.windowEnd = dayNumberFromParts(year, 12, 31);
  }

  read(scan: NoticeScan): NoticeDraft {
    let item: ItemDraft | undefined;
    for (const scanned of scan.sentences) {
      const { sentence } = scanned;
      if (scanned.breakBefore && this.yearly) {
        item = undefined;
        this.context = undefined;
      }
      if (sentence.header !== undefined) {
        const { festivals, holiday } = namesOfHeader(sentence.header);
        item = { sentence, festivals, holiday, spans: [], makeups: [], noSwap: undefined };
        this.draft.items.push(item);
        this.context = undefined;
        if (festivals.length === 0) {
          this.draft.warnings.push(
            noticeWarning(
              'unknown_holiday',
              sentence,
              `"${sentence.header}" is not a festival of the holiday Measures; it is read with its Chinese name as both names`,
            ),
          );
        }
      }
      if (!scanned.operative) continue;
      refuseNotADayOff(sentence);
      if (!item) {
        if (this.yearly) {
          throw noticeError(
            sentence,
            'sets days outside the items of the notice (一、元旦：…, 二、春节：…); if it is a separate notice (an amendment), ' +
              'read it on its own with scheduleFromNotice(text, { amend: schedule })',
          );
        }
        item = { sentence, festivals: [], holiday: undefined, spans: [], makeups: [], noSwap: undefined };
        this.draft.items.push(item);
      }
      this.readSentence(scanned, item);
    }
    if (this.yearly) {
      for (const each of this.draft.items) {
        if (each.spans.length === 0) {
          throw noticeError(each.sentence, `the item ${each.holiday!.nameZh} sets no rest days; expected a date or a range followed by 放假`);
        }
      }
    }
    return this.draft;
  }

  private readSentence(scanned: ScannedSentence, item: ItemDraft): void {
    const { sentence, tokens } = scanned;
    const days = tokens.dates.map((date) => (date.since ? undefined : this.resolve(date, sentence, item)));
    const detail = tokens.plain.startsWith('其中');
    const spansHere: SpanDraft[] = [];
    const totals: { count: number; span: SpanDraft | undefined }[] = [];
    for (const clause of tokens.clauses) {
      const clauseDays = clause.dates.flatMap((index) => (days[index] === undefined ? [] : [days[index]]));
      const kind = clauseKind(clause.plain);
      const last = (): SpanDraft | undefined => spansHere[spansHere.length - 1] ?? item.spans[item.spans.length - 1];
      switch (kind) {
        case 'resume':
          this.draft.resumes.push({ day: this.single(clauseDays, sentence, '起正常上班'), sentence });
          break;
        case 'extend': {
          if (this.yearly) throw noticeError(sentence, 'extends a holiday, which an amendment does, not a yearly notice; read the amendment on its own');
          const from = clause.plain.indexOf('延长');
          const to = clause.plain.indexOf('假期', from);
          const phrase = to === -1 ? clause.plain.slice(from) : clause.plain.slice(from, to + 2);
          this.draft.extensions.push({ festival: festivalIn(phrase), phrase, end: this.single(clauseDays, sentence, '延长…假期至'), sentence });
          break;
        }
        case 'makeup':
          if (clauseDays.length === 0) throw noticeError(sentence, 'says 上班 without a date; expected the make-up working days, e.g. 2月20日（星期六）上班');
          for (const day of this.expand(clause, days, sentence)) {
            if (!this.draft.makeups.has(day)) this.draft.makeups.set(day, sentence);
            item.makeups.push(day);
          }
          break;
        case 'move':
          this.readMove(clause, tokens.dates, days, sentence, item);
          break;
        case 'rest':
          if (clauseDays.length === 0) break;
          if (detail) {
            this.requireInside(clauseDays, sentence, item, '放假');
          } else {
            const span = this.readSpan(clause, tokens.dates, days, sentence, item);
            spansHere.push(span);
          }
          break;
        case 'until': {
          const span = last();
          const day = this.single(clauseDays, sentence, '补休');
          if (!span) throw noticeError(sentence, `${formatDayNumber(day)} 补休 follows no rest day; expected X放假，Y补休`);
          if (day <= span.to) {
            throw noticeError(sentence, `the day in lieu (补休) ${formatDayNumber(day)} is not after the rest day ${formatDayNumber(span.to)} it follows`);
          }
          span.to = day;
          break;
        }
        case 'statutory':
          this.requireInside(clauseDays, sentence, item, '法定节假日');
          for (const day of clauseDays) this.draft.statutoryClaims.push({ day, sentence, item });
          break;
        case 'weekend':
          for (const day of clauseDays) {
            if (!isWeekend(day)) {
              throw noticeError(sentence, `${formatDayNumber(day)} is a ${weekdayName(day)}, not a Saturday or Sunday: a 公休日 is a weekend day`);
            }
            if (!this.inside(day, item)) {
              this.draft.warnings.push(
                noticeWarning('weekend_outside_span', sentence, `the 公休日 ${formatDayNumber(day)} is outside the item's rest days; it stays a weekend`),
              );
            }
          }
          break;
        case 'no-swap':
          item.noSwap = sentence;
          if (clauseDays.length > 0) throw this.unreadable(sentence, clause);
          break;
        case 'swap':
          if (clauseDays.length > 0) this.requireInside(clauseDays, sentence, item, '调休');
          break;
        case 'joined': {
          const span = last();
          if (span && span.from === span.to && clauseDays.length === 0) {
            const weekday = weekdayOfDayNumber(span.from);
            if (weekday !== 1 && weekday !== 5) {
              this.draft.warnings.push(
                noticeWarning(
                  'not_next_to_weekend',
                  sentence,
                  `${formatDayNumber(span.from)} is a ${weekdayName(span.from)}, so 与周末连休 (joined to the weekend) joins nothing; read as that day alone`,
                ),
              );
            }
          } else if (clauseDays.length > 0) {
            throw this.unreadable(sentence, clause);
          }
          break;
        }
        case 'other':
          if (clauseDays.length > 0) throw this.unreadable(sentence, clause);
          break;
      }
      const count = DAYS_COUNT.exec(clause.plain);
      if (count) {
        const value = /^[0-9]/.test(count[1]!) ? Number(count[1]) : chineseNumber(count[1]!);
        if (value !== undefined) totals.push({ count: value, span: last() });
      }
    }
    for (const { count, span } of totals) {
      if (!span) throw noticeError(sentence, `共${count}天 follows no rest days; expected X至Y放假，共N天`);
      const length = span.to - span.from + 1;
      if (length !== count) {
        throw noticeError(
          sentence,
          `${formatDayNumber(span.from)} to ${formatDayNumber(span.to)} is ${length} day${length === 1 ? '' : 's'}, not ${count} (共${count}天)`,
        );
      }
    }
  }

  /** A date as a day of the notice's year (or of December before it), with its labels checked. */
  private resolve(date: NoticeDate, sentence: NoticeSentence, item: ItemDraft): DayNumber {
    let year: number;
    let month: number;
    if (date.year !== undefined) {
      year = date.year;
      month = date.month!;
    } else if (date.month !== undefined) {
      month = date.month;
      // In the 元旦 item, a December date without its year is in the year before (12月30日至1月1日 in the 2019 notice).
      year = month === 12 && item.festivals.includes('new-year') ? this.year - 1 : this.year;
    } else {
      if (!this.context) {
        throw noticeError(sentence, `${quoteSentence(date.written)} has no month, and no date before it in the item gives one; expected M月D日`);
      }
      ({ year, month } = this.placeDay(date.day, this.context, item));
    }
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw noticeError(sentence, `${quoteSentence(date.written)} has no four-digit year`);
    if (!Number.isInteger(month) || month < 1 || month > 12) throw noticeError(sentence, `${quoteSentence(date.written)}: there is no month ${month}`);
    if (!Number.isInteger(date.day) || date.day < 1 || date.day > daysInMonth(year, month)) {
      throw noticeError(
        sentence,
        `${quoteSentence(date.written)} is not a date: ${MONTH_NAMES[month]} ${year} has ${daysInMonth(year, month)} days (${month}月1日 to ${month}月${daysInMonth(year, month)}日)`,
      );
    }
    const day = dayNumberFromParts(year, month, date.day);
    if (day < this.windowStart || day > this.windowEnd) {
      throw noticeError(
        sentence,
        `${formatDayNumber(day)} is outside the days a ${this.year} notice sets: ${this.year}, and December ${this.year - 1} for days before its New Year holiday`,
      );
    }
    this.context = { year, month };
    if (date.note !== undefined) this.checkNote(date.note, day, sentence);
    return day;
  }

  /**
   * The month of a day written without it: the month of the date before it, unless that makes no date, or a date
   * outside the item's rest days while a month of those rest days makes one inside them. The 2006 notice writes
   * 春节：1月29日—2月4日…放假。其中，29日、30日、31日为法定假日: 29日 follows 2月4日 but is 1月29日.
   */
  private placeDay(day: number, context: { year: number; month: number }, item: ItemDraft): { year: number; month: number } {
    const valid = (at: { year: number; month: number }) => Number.isInteger(day) && day >= 1 && day <= daysInMonth(at.year, at.month);
    const inSpan = (at: { year: number; month: number }) => valid(at) && this.inside(dayNumberFromParts(at.year, at.month, day), item);
    if (inSpan(context) || item.spans.length === 0) return context;
    const months = item.spans.flatMap((span) => [partsFromDayNumber(span.from), partsFromDayNumber(span.to)]);
    const inside = months.find(inSpan);
    if (inside) return { year: inside.year, month: inside.month };
    return context;
  }

  private checkNote(note: string, day: DayNumber, sentence: NoticeSentence): void {
    const labels = readNote(note);
    for (const label of labels) {
      switch (label.kind) {
        case 'weekday':
          if (weekdayOfDayNumber(day) !== label.weekday) throw noticeError(sentence, `${formatDayNumber(day)} is a ${weekdayName(day)}, not ${label.text}`);
          break;
        case 'day':
          this.checkLabelDay(label.day, label.text, day, sentence);
          break;
        case 'range':
        case 'unchecked':
          break; // a range is checked against its span; see noticeLabels.ts for the unchecked ones
        case 'unknown':
          this.draft.warnings.push(
            noticeWarning('unknown_label', sentence, `the note (${note}) after ${formatDayNumber(day)} says "${label.text}", which was not checked`),
          );
          break;
      }
    }
  }

  private checkLabelDay(labelDay: LabelDay, text: string, day: DayNumber, sentence: NoticeSentence): void {
    const expected = dayOfLabel(labelDay, this.year);
    if (expected !== day) throw noticeError(sentence, `${formatDayNumber(day)} is not ${text}: in ${this.year}, ${text} is ${formatDayNumber(expected)}`);
  }

  private readSpan(clause: NoticeClause, dates: readonly NoticeDate[], days: readonly (DayNumber | undefined)[], sentence: NoticeSentence, item: ItemDraft): SpanDraft {
    const indexes = clause.dates.filter((index) => days[index] !== undefined);
    let fromIndex: number;
    let toIndex: number;
    if (indexes.length === 1) {
      fromIndex = toIndex = indexes[0]!;
    } else if (indexes.length === 2 && clause.ranges.get(indexes[0]!) === indexes[1]) {
      [fromIndex, toIndex] = indexes as [number, number];
    } else {
      throw noticeError(
        sentence,
        `cannot read the rest days: expected one date or one range (M月D日至D日) before 放假, found ${indexes.length} dates not joined by 至`,
      );
    }
    const from = days[fromIndex]!;
    const to = days[toIndex]!;
    if (to < from) throw noticeError(sentence, `the range runs backwards: ${formatDayNumber(to)} is before ${formatDayNumber(from)}`);
    for (const note of [dates[fromIndex]!.note, dates[toIndex]!.note]) {
      for (const label of note === undefined ? [] : readNote(note)) {
        if (label.kind !== 'range') continue;
        const [first, final] = label.text.split(/至|到|-/);
        this.checkLabelDay(label.from, first!, from, sentence);
        this.checkLabelDay(label.to, final!, to, sentence);
      }
    }
    if (this.draft.spans.length >= MAX_ENTRIES) throw noticeError(sentence, `more than ${MAX_ENTRIES} rest-day spans; a year's schedule has at most ${MAX_ENTRIES}`);
    const span: SpanDraft = { from, to, sentence, item };
    item.spans.push(span);
    this.draft.spans.push(span);
    return span;
  }

  private readMove(clause: NoticeClause, dates: readonly NoticeDate[], days: readonly (DayNumber | undefined)[], sentence: NoticeSentence, item: ItemDraft): void {
    const at = clause.start + clause.plain.indexOf('调至');
    const before: DayNumber[] = [];
    const after: DayNumber[] = [];
    for (const index of clause.dates) {
      const day = days[index];
      if (day === undefined) continue;
      (dates[index]!.at < at ? before : after).push(day);
    }
    if (after.length === 0) throw noticeError(sentence, 'says 调至 without the days it moves to; expected 将A（星期六）公休日调至B（星期一）');
    for (const day of before) {
      if (!isWeekend(day)) {
        throw noticeError(sentence, `${formatDayNumber(day)} is a ${weekdayName(day)}: only a Saturday or Sunday (公休日) can be moved to another day`);
      }
      this.draft.moved.push({ day, sentence });
    }
    this.requireInside(after, sentence, item, '调至');
  }

  private inside(day: DayNumber, item: ItemDraft): boolean {
    return item.spans.some((span) => day >= span.from && day <= span.to);
  }

  private requireInside(days: readonly DayNumber[], sentence: NoticeSentence, item: ItemDraft, word: string): void {
    if (item.spans.length === 0) throw noticeError(sentence, `says ${word} before its item sets any rest days; expected X至Y放假 first`);
    for (const day of days) {
      if (!this.inside(day, item)) {
        const spans = item.spans.map((span) => `${formatDayNumber(span.from)} to ${formatDayNumber(span.to)}`).join(', ');
        throw noticeError(sentence, `${formatDayNumber(day)} (${word}) is outside the item's rest days ${spans}`);
      }
    }
  }

  private single(days: readonly DayNumber[], sentence: NoticeSentence, word: string): DayNumber {
    if (days.length !== 1) throw noticeError(sentence, `expected one date with ${word}, found ${days.length}`);
    return days[0]!;
  }

  /** The days of a clause's dates, ranges expanded. */
  private expand(clause: NoticeClause, days: readonly (DayNumber | undefined)[], sentence: NoticeSentence): DayNumber[] {
    const result: DayNumber[] = [];
    for (const index of clause.dates) {
      const day = days[index];
      if (day === undefined) continue;
      const end = clause.ranges.get(index);
      const last = end === undefined ? undefined : days[end];
      if (last !== undefined && last > day) for (let each = day + 1; each < last; each++) result.push(each);
      result.push(day);
      if (result.length > MAX_ENTRIES) throw noticeError(sentence, `more than ${MAX_ENTRIES} make-up working days; a year's schedule has at most ${MAX_ENTRIES}`);
    }
    return result;
  }

  private unreadable(sentence: NoticeSentence, clause: NoticeClause): Error {
    return noticeError(
      sentence,
      `cannot read ${quoteSentence(clause.plain)}: expected rest days (X至Y放假，共N天), make-up working days (X（星期六）上班) or, in the 2004–2009 ` +
        'wording, 为法定假日 / 照常公休 / 将…公休日调至…',
    );
  }
}

/**
 * Reads the operative sentences of a scanned notice into a draft schedule, with the checks one sentence allows.
 *
 * @param scan - From {@link scanNotice}.
 * @param year - The notice's year.
 * @param yearly - True for a yearly notice (items), false for an amendment.
 * @returns The draft.
 * @throws {NoticeParseError} For a sentence that cannot be read or contradicts itself.
 *
 * @example
 * const draft = readNotice(scanNotice(splitNoticeText('一、元旦：1月1日放假，与周末连休。')), 2027, true);
 * draft.spans.map((s) => [formatDayNumber(s.from), formatDayNumber(s.to)]) //=> [['2027-01-01', '2027-01-01']]
 */
export function readNotice(scan: NoticeScan, year: number, yearly: boolean): NoticeDraft {
  return new NoticeReader(year, yearly).read(scan);
}
