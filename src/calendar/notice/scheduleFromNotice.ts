/**
 * `scheduleFromNotice`: reads the text of a State Council holiday notice (国务院办公厅关于…部分节假日安排的通知), as
 * published or copied, into a holiday schedule, checked against the law in force.
 *
 * The reading runs in stages, each in its own module: the text into its address, title and sentences
 * (`noticeText.ts`); each sentence into dates, notes and clauses (`noticeClauses.ts`, `noticeLabels.ts`); the
 * sentences into a draft, item by item (`readNotice.ts`); the checks across the schedule and against the law
 * (`checkNotice.ts`, with `lawChecks.ts`). This module decides the year, names and titles, and assembles the schedule.
 *
 * @module
 */
import { InvalidArgumentError, ScheduleValidationError, describeValue } from '../../errors.js';
import { formatDayNumber, tryParsePlainDate, type DayNumber } from '../../date/plainDate.js';
import { readOptions } from '../derive.js';
import { FESTIVAL_NAMES, MAINLAND_LAW_FIRST_YEAR, MAINLAND_LAW_LAST_YEAR, type MainlandFestival } from '../law/mainlandHolidayLaw.js';
import { readHolidaySchedule } from '../scheduleSchema.js';
import type { HolidayName, HolidaySchedule } from '../types.js';
import { checkNotice, type FinalSpan } from './checkNotice.js';
import { FN, noticeError, noticeWarning } from './noticeMessages.js';
import { COMMEMORATIONS, festivalIn } from './noticeNames.js';
import { splitNoticeText, type NoticeSentence, type NoticeText } from './noticeText.js';
import { readNotice, scanNotice, type NoticeDraft, type NoticeScan } from './readNotice.js';

/** Options of {@link scheduleFromNotice}. */
export interface NoticeOptions {
  /** The year the notice is for, when the text does not say it (an amendment often does not). */
  readonly year?: number | undefined;
  /** For an amendment: the schedule it amends (the year's notice), so that the amendment is read and checked against it. */
  readonly amend?: HolidaySchedule | undefined;
  /** Where the notice is published, when the text does not hold its address. */
  readonly url?: string | undefined;
}

/** Something legal but doubtful in a notice's text: the reading goes on, and the caller is told. */
export interface NoticeWarning {
  /**
   * A stable kind: `'no_address'`, `'no_title'`, `'unknown_holiday'`, `'unknown_label'`, `'not_statutory'`,
   * `'statutory_mismatch'`, `'weekend_outside_span'`, `'not_next_to_weekend'`, `'overlapping_spans'`, `'year_from_address'`;
   * from `checkScheduleAgainstLaw`, also `'law_not_modelled'`.
   */
  readonly code: string;
  /** What was doubtful and what was read. */
  readonly message: string;
  /** The sentence concerned, or null. */
  readonly sentence: string | null;
}

/** What {@link scheduleFromNotice} read. */
export interface NoticeReading {
  /** The schedule: valid under `HolidayScheduleSchema`. */
  readonly schedule: HolidaySchedule;
  /** Doubts, in text order (those about the text as a whole first). */
  readonly warnings: readonly NoticeWarning[];
  /**
   * True for an amendment (the 2015 anniversary day off, the 2019 Labour Day change, the 2020 extension): its
   * schedule is listed after the schedule it amends, e.g. `withSchedules(CN, [notice, amendment], { replace: true })`.
   */
  readonly amends: boolean;
}

/**
 * Texts longer than this are refused before any reading (a notice has about two thousand characters).
 *
 * @example
 * scheduleFromNotice('x'.repeat(MAX_NOTICE_LENGTH + 1)) // throws NoticeParseError: … more than the 200000 read …
 */
export const MAX_NOTICE_LENGTH = 200_000;

const YEARLY_TITLE = /部分节假日安排/;
const TITLE_SUBJECT_PREFIX = /^国务院(?:办公厅)?关于/;
const TITLE_SUBJECT_SUFFIX = /(?:(?:调休)?放假(?:安排)?)?的?通知$/;
const standardTitle = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;
/** The name of an amendment that does not say what its days off are for. */
const UNNAMED: HolidayName & { readonly nameZh: string } = { name: 'Rest day', nameZh: '放假' };

interface ReadOptions {
  readonly year: number | undefined;
  readonly amend: HolidaySchedule | undefined;
  readonly url: string | undefined;
}

function readNoticeOptions(options: unknown): ReadOptions {
  const record = readOptions(FN, options, '{ year: 2027 }');
  const year = record['year'];
  if (year !== undefined && (typeof year !== 'number' || !Number.isSafeInteger(year))) {
    throw new InvalidArgumentError(`${FN}: options.year must be an integer year such as 2027, received ${describeValue(year)}`);
  }
  const url = record['url'];
  if (url !== undefined && typeof url !== 'string') {
    throw new InvalidArgumentError(`${FN}: options.url must be a string (the notice's address), received ${describeValue(url)}`);
  }
  const amend = record['amend'] === undefined ? undefined : readHolidaySchedule(FN, record['amend'], 'options.amend');
  return { year, amend, url };
}

function readText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new InvalidArgumentError(`${FN}: text must be a string holding a notice's text, received ${describeValue(text)}`);
  }
  if (text.length > MAX_NOTICE_LENGTH) {
    throw noticeError(
      null,
      `the text has ${text.length} characters, more than the ${MAX_NOTICE_LENGTH} read; a notice has a few thousand: pass the notice, not the whole page or site`,
    );
  }
  if (text.trim() === '') {
    throw noticeError(null, "the text is empty; expected the text of a State Council holiday notice (国务院办公厅关于…部分节假日安排的通知) or of an amendment to one");
  }
  return text;
}

/** A gov.cn page address holds its publication month: …/2012-12/10/content_….htm, …/202310/content_….htm. */
const ADDRESS_MONTH = /\/((?:19|20)\d{2})-?(0[1-9]|1[0-2])\/(?:[0-3]\d\/)?content_/;

/**
 * The year a notice is for, from the publication month in its gov.cn address: a yearly notice is published in the
 * autumn or winter before its year (2012-12 → 2013), an amendment within its year. The last resort, after the words of
 * the text, options.year and options.amend; any wrong guess fails the weekday and statutory checks.
 */
function yearOfAddress(url: string | undefined, yearly: boolean): { year: number; published: string } | undefined {
  const match = url === undefined ? null : ADDRESS_MONTH.exec(url);
  if (!match) return undefined;
  const published = Number(match[1]);
  const month = Number(match[2]);
  return { year: yearly && month >= 7 ? published + 1 : published, published: `${match[1]}-${match[2]}` };
}

function decideYear(scan: NoticeScan, options: ReadOptions, address: { year: number; published: string } | undefined, warnings: NoticeWarning[]): number {
  const stated = scan.statedYears;
  const first = stated[0];
  for (const other of stated) {
    if (first && other.year !== first.year) {
      throw noticeError(other.sentence, `says ${other.year}, but ${first.where} says ${first.year}; a notice is for one year`);
    }
  }
  const fromText = first ?? (scan.dateYear && { year: scan.dateYear.year, sentence: scan.dateYear.sentence, where: 'its dates' });
  if (fromText && options.year !== undefined && fromText.year !== options.year) {
    throw noticeError(fromText.sentence, `the text is for ${fromText.year} (${fromText.where}), but options.year is ${options.year}`);
  }
  let year = options.year ?? fromText?.year ?? options.amend?.year;
  if (year === undefined && address) {
    year = address.year;
    warnings.push(
      noticeWarning('year_from_address', null, `the text does not say which year it is for; read as ${year} from its address (published ${address.published})`),
    );
  }
  if (year === undefined) {
    throw noticeError(null, 'the text does not say which year it is for (no title, no 现将YYYY年…, no date written with its year); pass options.year, e.g. { year: 2027 }');
  }
  if (options.amend && options.amend.year !== year) {
    throw noticeError(fromText?.sentence ?? null, `the text is for ${year}, but options.amend is the ${options.amend.year} schedule (${options.amend.source.title})`);
  }
  if (year < MAINLAND_LAW_FIRST_YEAR || year > MAINLAND_LAW_LAST_YEAR) {
    throw noticeError(
      fromText?.sentence ?? null,
      `${year} is outside the years ${MAINLAND_LAW_FIRST_YEAR}–${MAINLAND_LAW_LAST_YEAR} for which the holiday Measures in force are modelled, so the notice cannot be checked against them`,
    );
  }
  return year;
}

/** What an amendment's days off are called: its title's subject, the festival it names, or neither. */
function amendmentName(split: NoticeText, scan: NoticeScan, draft: NoticeDraft): { holiday: HolidayName & { nameZh: string }; festivals: MainlandFestival[]; known: boolean } {
  const subject = split.title?.replace(TITLE_SUBJECT_PREFIX, '').replace(TITLE_SUBJECT_SUFFIX, '');
  const commemoration = subject === undefined ? undefined : COMMEMORATIONS.find((each) => each.nameZh === subject);
  if (commemoration) return { holiday: commemoration, festivals: [], known: true };
  const festival =
    scan.festivalMentions[0] ??
    draft.extensions.find((extension) => extension.festival)?.festival ??
    (subject === undefined ? undefined : festivalIn(subject)) ??
    scan.sentences.filter((each) => each.operative).map((each) => festivalIn(each.tokens.plain)).find((each) => each);
  if (festival) return { holiday: FESTIVAL_NAMES[festival], festivals: [festival], known: true };
  if (subject) return { holiday: { name: subject, nameZh: subject }, festivals: [], known: false };
  return { holiday: UNNAMED, festivals: [], known: false };
}

/** The spans an extension adds: from the day after the amended span to the new end. */
function extensionSpans(draft: NoticeDraft, amend: HolidaySchedule | undefined, year: number, fallback: MainlandFestival | undefined): FinalSpan[] {
  return draft.extensions.map((extension) => {
    const festival = extension.festival ?? fallback;
    if (!amend) {
      throw noticeError(
        extension.sentence,
        `extends a ${year} holiday, and which days that adds depends on where the ${year} notice ends it: pass the year's notice as ` +
          `options.amend, e.g. scheduleFromNotice(text, { amend: scheduleFromNotice(notice${year}).schedule })`,
        year,
      );
    }
    if (!festival) throw noticeError(extension.sentence, 'does not say which holiday it extends; expected 延长YYYY年春节假期至M月D日');
    const names = FESTIVAL_NAMES[festival];
    const target = [...amend.holidays]
      .reverse()
      .find((holiday) => holiday.name === names.name || (holiday.nameZh ?? '').split('、').includes(names.nameZh));
    if (!target) throw noticeError(extension.sentence, `options.amend (${amend.source.title}) has no ${names.nameZh} span to extend`);
    const oldEnd = tryParsePlainDate(target.to)!;
    if (extension.end <= oldEnd) {
      throw noticeError(extension.sentence, `${formatDayNumber(extension.end)} is not after ${target.to}, where the ${names.nameZh} holiday of options.amend already ends`);
    }
    return {
      from: oldEnd + 1,
      to: extension.end,
      holiday: { name: `${target.name} (extended)`, nameZh: `${target.nameZh ?? names.nameZh}（延长假期）` },
      festivals: [festival],
      sentence: extension.sentence,
    };
  });
}

function checkResumes(draft: NoticeDraft, spans: readonly FinalSpan[]): void {
  for (const resume of draft.resumes) {
    if (!spans.some((span) => span.to + 1 === resume.day)) {
      const ends = spans.map((span) => formatDayNumber(span.to)).join(', ');
      throw noticeError(resume.sentence, `work resumes on ${formatDayNumber(resume.day)}, which is not the day after a rest span ends (${ends || 'no span'})`);
    }
  }
}

function amendmentTitle(scan: NoticeScan, draft: NoticeDraft, year: number, nameZh: string): string {
  const phrase = draft.extensions[0]?.phrase ?? scan.introPhrase;
  if (phrase) return `国务院办公厅关于${phrase}的通知`;
  return `国务院办公厅关于调整${year}年${nameZh === UNNAMED.nameZh ? '' : nameZh}放假安排的通知`;
}

/**
 * Reads the text of a State Council holiday notice, or of an amendment to one, into a holiday schedule, checked
 * against the law in force that year.
 *
 * It reads the notice as published or as people copy it: full-width or half-width punctuation, 周四 or 星期四, ranges
 * written with 至, 到, —, ——, －, ～ or ~, days that omit their month (至6日), 共三天, bracketed weekday and lunar
 * labels, the whole notice on one line, stray spaces and line breaks (`2月2\n日`), page clutter before and after
 * (navigation, 发布时间, the addressee line, the closing paragraph and the signature date, which is not a holiday),
 * and the 2004–2008 wording (为法定假日, 照常公休, 将…公休日调至…). In the 元旦 item a December date without its year
 * is in the year before.
 *
 * An amendment (the 2015 anniversary days off, the 2019 Labour Day change, the 2020 extension) is returned as its own
 * schedule, to be listed after the schedule it amends. An extension can only be read against that schedule: pass it
 * as `options.amend` (without it, the error's `amendsYear` says which year's schedule is needed).
 *
 * Items may be numbered 一、, 1、, 1., １．, （一） or (一).
 *
 * Checks (a failure throws, never a partial schedule): real dates, spans that run forwards, weekday labels, lunar
 * labels (除夕, 正月初N, 端午, 中秋, 清明), 共N天, no sentence about a half day (半天, 上午, 下午) or a day left to each
 * employer (由各单位自行安排), each rest span of an item within 7 days of one of its festival's statutory days (so that
 * a sentence after an item's text about other days is not read as that festival's), make-up days on Saturdays or
 * Sundays outside every rest span, every statutory holiday day of the Measures in force a rest day (Art. 2) with a
 * weekday in lieu for those on weekends (Art. 6), and an item for every festival. An amendment read with
 * `options.amend` is checked on the combination. `checkScheduleAgainstLaw` makes the same checks on a schedule given
 * as data.
 *
 * @param text - The notice's text.
 * @param options - `year` when the text does not say it; `amend`, the schedule an amendment amends; `url`, the address
 *   when the text holds none.
 * @returns `{ schedule, warnings, amends }`; the schedule is valid under `HolidayScheduleSchema`, titled from the text
 *   (or with the standard title, and a `no_title` warning), with the address found in the text (or `options.url`, or
 *   `''` and a `no_address` warning).
 * @throws {NoticeParseError} (code `invalid_notice`) For a text that is not a notice, a sentence that cannot be read
 *   or that contradicts itself or the law; `sentence` quotes it.
 * @throws {InvalidArgumentError} For a text that is not a string, or malformed options.
 * @throws {ScheduleValidationError} For an `options.amend` that is not a valid schedule.
 *
 * @example
 * const { schedule, warnings } = scheduleFromNotice(readFileSync('notice-2027.txt', 'utf8'));
 * schedule.holidays[0] //=> { name: "New Year's Day", nameZh: '元旦', from: '2027-01-01', to: '2027-01-03' }
 * const cn = withSchedules(CN, schedule);
 *
 * @example
 * // The 2020 extension needs the 2020 notice:
 * const notice = scheduleFromNotice(text2020).schedule;
 * scheduleFromNotice('延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。', { amend: notice }).schedule.holidays
 * //=> [{ name: 'Spring Festival (extended)', nameZh: '春节（延长假期）', from: '2020-01-31', to: '2020-02-02' }]
 */
export function scheduleFromNotice(text: string, options?: NoticeOptions): NoticeReading {
  const source = readText(text);
  const settings = readNoticeOptions(options);
  const split = splitNoticeText(source);
  const scan = scanNotice(split);
  if (!scan.sentences.some((each) => each.operative)) {
    throw noticeError(
      null,
      'the text has no sentence that sets rest days or working days (a date with 放假, 上班, 调休, 公休 or 补休); expected the text of a ' +
        'State Council holiday notice (一、元旦：1月1日放假…) or of an amendment to one',
    );
  }
  const yearly = scan.hasHeaders || YEARLY_TITLE.test(split.title ?? '');
  if (yearly && settings.amend) {
    throw new InvalidArgumentError(
      `${FN}: options.amend is for reading an amendment against the schedule it amends, but the text is a yearly notice (with items 一、元旦：…); read it without options.amend`,
    );
  }
  const warnings: NoticeWarning[] = [];
  const year = decideYear(scan, settings, yearOfAddress(split.url, yearly), warnings);
  const draft = readNotice(scan, year, yearly);

  let spans: FinalSpan[];
  let title = split.title;
  if (yearly) {
    spans = draft.spans.map((span) => ({ from: span.from, to: span.to, holiday: span.item.holiday!, festivals: span.item.festivals, sentence: span.sentence }));
    if (title === undefined) {
      title = standardTitle(year);
      warnings.push(noticeWarning('no_title', null, `the text holds no title; titled "${title}"`));
    }
  } else {
    const { holiday, festivals, known } = amendmentName(split, scan, draft);
    if (!known && draft.spans.length > 0) {
      warnings.push(noticeWarning('unknown_holiday', draft.spans[0]!.sentence, `the days off are not named as a known holiday; read as "${holiday.nameZh}"`));
    }
    spans = [
      ...draft.spans.map((span) => ({ from: span.from, to: span.to, holiday, festivals, sentence: span.sentence })),
      ...extensionSpans(draft, settings.amend, year, festivals[0]),
    ];
    if (title === undefined) {
      title = amendmentTitle(scan, draft, year, holiday.nameZh);
      warnings.push(noticeWarning('no_title', null, `the text holds no title; titled "${title}" from its own words`));
    }
  }
  checkResumes(draft, spans);

  const makeups = new Map(draft.makeups);
  for (const { day, sentence } of draft.moved) {
    if (!makeups.has(day) && !spans.some((span) => day >= span.from && day <= span.to)) makeups.set(day, sentence);
  }
  const checkWarnings: NoticeWarning[] = [];
  checkNotice({ year, yearly, draft, spans, makeups, amend: settings.amend, warnings: checkWarnings });

  const url = split.url ?? settings.url ?? '';
  if (split.url === undefined && settings.url === undefined) {
    warnings.unshift(noticeWarning('no_address', null, 'the text holds no http(s) address and options.url was not given; source.url is ""'));
  }
  const schedule = validated({
    year,
    source: { title, url },
    holidays: spans.map((span) => ({ name: span.holiday.name, nameZh: span.holiday.nameZh, from: formatDayNumber(span.from), to: formatDayNumber(span.to) })),
    makeupWorkdays: [...makeups.keys()].sort((a: DayNumber, b: DayNumber) => a - b).map(formatDayNumber),
  });
  // The text as a whole first, then the sentences in text order, then the checks across the schedule.
  return { schedule, warnings: [...warnings, ...draft.warnings, ...checkWarnings], amends: !yearly };
}

function validated(schedule: HolidaySchedule): HolidaySchedule {
  try {
    return readHolidaySchedule(FN, schedule, 'the schedule read');
  } catch (error) {
    if (error instanceof ScheduleValidationError) throw noticeError(null as NoticeSentence | null, error.message);
    throw error;
  }
}
