/**
 * The bracketed notes after a date: weekday labels (周四, 星期天) and lunar or festival labels (农历除夕, 正月初七,
 * 农历五月初五, 清明当日, 即农历大年初一至初七), read into what can be checked against the date they follow.
 *
 * Lunar labels are checked against `chineseHolidayDates`, which gives four anchors a year: 正月初一, 清明, 端午 and
 * 中秋. 除夕 and 正月初N count from 正月初一. Labels counted back from the end of the 12th month (腊月二十八) are not
 * checked: the 12th month has 29 or 30 days, and `chineseHolidayDates` does not say which, so 腊月二十八 may be the
 * 2nd or the 3rd day before 正月初一. Such labels are read as "known, not checked", never guessed.
 *
 * @module
 */
import { dayNumberFromParts, type DayNumber } from '../../date/plainDate.js';
import { chineseHolidayDates } from '../projection/chineseDates.js';
import { WEEKDAY_OF_CHARACTER, chineseNumber } from './noticeNames.js';

/** A day a label names, as an anchor of the year and an offset from it. */
export interface LabelDay {
  readonly anchor: 'lunar-new-year' | 'qingming' | 'dragon-boat' | 'mid-autumn' | 'jan-1' | 'may-1' | 'oct-1';
  readonly offset: number;
}

/** What one label of a note says. */
export type NoteLabel =
  | { readonly kind: 'weekday'; readonly text: string; readonly weekday: number }
  | { readonly kind: 'day'; readonly text: string; readonly day: LabelDay }
  | { readonly kind: 'range'; readonly text: string; readonly from: LabelDay; readonly to: LabelDay }
  | { readonly kind: 'unchecked'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string };

const LUNAR_NEW_YEAR = (offset: number): LabelDay => ({ anchor: 'lunar-new-year', offset });

/** Labels that name one fixed day, after 即 and 农历 are taken off. */
const DAY_LABELS: Readonly<Record<string, LabelDay>> = {
  除夕: LUNAR_NEW_YEAR(-1),
  春节: LUNAR_NEW_YEAR(0),
  清明: { anchor: 'qingming', offset: 0 },
  清明节: { anchor: 'qingming', offset: 0 },
  清明当日: { anchor: 'qingming', offset: 0 },
  五月初五: { anchor: 'dragon-boat', offset: 0 },
  端午: { anchor: 'dragon-boat', offset: 0 },
  端午节: { anchor: 'dragon-boat', offset: 0 },
  端午当日: { anchor: 'dragon-boat', offset: 0 },
  八月十五: { anchor: 'mid-autumn', offset: 0 },
  中秋: { anchor: 'mid-autumn', offset: 0 },
  中秋节: { anchor: 'mid-autumn', offset: 0 },
  中秋当日: { anchor: 'mid-autumn', offset: 0 },
  新年: { anchor: 'jan-1', offset: 0 },
  元旦: { anchor: 'jan-1', offset: 0 },
  五一国际劳动节: { anchor: 'may-1', offset: 0 },
  国际劳动节: { anchor: 'may-1', offset: 0 },
  劳动节: { anchor: 'may-1', offset: 0 },
  国庆节: { anchor: 'oct-1', offset: 0 },
};

/** Lunar months whose days cannot be placed from the four anchors (see the module comment). */
const UNCHECKED_PREFIXES = ['腊月', '冬月', '十二月', '十一月'];

const WEEKDAY_LABEL = /^(?:星期|周|礼拜)([一二三四五六日天])$/;
const FIRST_MONTH_DAY = /^(?:大年|正月)?初([一二三四五六七八九十])$/;
const FIRST_MONTH_LATE_DAY = /^正月([一二三四五六七八九十廿]{1,3})$/;

/** A day of the first lunar month or a festival label, or undefined. */
function labelDay(text: string): LabelDay | undefined {
  const fixed = DAY_LABELS[text];
  if (fixed) return fixed;
  const early = FIRST_MONTH_DAY.exec(text);
  if (early) return LUNAR_NEW_YEAR(chineseNumber(early[1]!)! - 1);
  const late = FIRST_MONTH_LATE_DAY.exec(text);
  if (late) {
    const day = chineseNumber(late[1]!);
    if (day !== undefined && day >= 1 && day <= 30) return LUNAR_NEW_YEAR(day - 1);
  }
  return undefined;
}

function readLabel(raw: string): NoteLabel {
  const weekday = WEEKDAY_LABEL.exec(raw);
  if (weekday) return { kind: 'weekday', text: raw, weekday: WEEKDAY_OF_CHARACTER[weekday[1]!]! };
  let text = raw.startsWith('即') ? raw.slice(1) : raw;
  const lunar = text.startsWith('农历');
  if (lunar) text = text.slice(2);
  const connector = /至|到|-/.exec(text);
  if (connector) {
    const from = labelDay(text.slice(0, connector.index));
    const to = labelDay(text.slice(connector.index + connector[0].length));
    if (from && to) return { kind: 'range', text: raw, from, to };
  } else {
    const day = labelDay(text);
    if (day) return { kind: 'day', text: raw, day };
  }
  if (lunar || UNCHECKED_PREFIXES.some((prefix) => text.startsWith(prefix))) return { kind: 'unchecked', text: raw };
  return { kind: 'unknown', text: raw };
}

/**
 * Reads a note into its labels (split at 、 and ,).
 *
 * @param note - The note's text, normalized, without its brackets.
 * @returns One label per part.
 *
 * @example
 * readNote('农历除夕、周二')
 * //=> [{ kind: 'day', text: '农历除夕', day: { anchor: 'lunar-new-year', offset: -1 } }, { kind: 'weekday', text: '周二', weekday: 2 }]
 * readNote('农历腊月二十八、周日')[0]!.kind //=> 'unchecked'
 */
export function readNote(note: string): NoteLabel[] {
  return note
    .split(/[、,]/)
    .filter((part) => part !== '')
    .map(readLabel);
}

/**
 * The day a label names in a year.
 *
 * @param day - The label's day.
 * @param year - The notice's year.
 * @returns Its day number.
 *
 * @example
 * formatDayNumber(dayOfLabel({ anchor: 'lunar-new-year', offset: -1 }, 2027)) //=> '2027-02-05'
 */
export function dayOfLabel(day: LabelDay, year: number): DayNumber {
  switch (day.anchor) {
    case 'jan-1':
      return dayNumberFromParts(year, 1, 1) + day.offset;
    case 'may-1':
      return dayNumberFromParts(year, 5, 1) + day.offset;
    case 'oct-1':
      return dayNumberFromParts(year, 10, 1) + day.offset;
    case 'lunar-new-year':
      return chineseHolidayDates(year).lunarNewYear + day.offset;
    case 'qingming':
      return chineseHolidayDates(year).qingming + day.offset;
    case 'dragon-boat':
      return chineseHolidayDates(year).dragonBoat + day.offset;
    case 'mid-autumn':
      return chineseHolidayDates(year).midAutumn + day.offset;
  }
}
