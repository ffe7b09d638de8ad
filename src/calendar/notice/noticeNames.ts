/**
 * The words of a State Council holiday notice, as plain data: festival names as the notices write them, the
 * commemorations that amendments have given days off for, weekday and Chinese-numeral characters, and the words
 * that make a sentence operative (放假, 上班 …). Matched after quotes are removed (“五一” reads as 五一).
 *
 * @module
 */
import { FESTIVAL_NAMES, type MainlandFestival } from '../law/mainlandHolidayLaw.js';
import type { HolidayName } from '../types.js';

/**
 * Each word a notice uses for a festival of Art. 2, longest first (so that 五一国际劳动节 is matched before 五一).
 *
 * @example
 * FESTIVAL_WORDS.find(([word]) => word === '十一')?.[1] //=> 'national-day'
 */
export const FESTIVAL_WORDS: readonly (readonly [word: string, festival: MainlandFestival])[] = [
  ['五一国际劳动节', 'labour-day'],
  ['五一劳动节', 'labour-day'],
  ['国际劳动节', 'labour-day'],
  ['劳动节', 'labour-day'],
  ['清明节', 'qingming'],
  ['端午节', 'dragon-boat'],
  ['中秋节', 'mid-autumn'],
  ['国庆节', 'national-day'],
  ['元旦', 'new-year'],
  ['新年', 'new-year'],
  ['春节', 'spring-festival'],
  ['清明', 'qingming'],
  ['五一', 'labour-day'],
  ['端午', 'dragon-boat'],
  ['中秋', 'mid-autumn'],
  ['国庆', 'national-day'],
  ['十一', 'national-day'],
];

/**
 * Days off that are not festivals of Art. 2 but that an amendment has granted, by their Chinese name (as the
 * amendment's title words it), with the English name the bundled data uses.
 *
 * @example
 * COMMEMORATIONS[0]!.nameZh //=> '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日'
 */
export const COMMEMORATIONS: readonly (HolidayName & { readonly nameZh: string })[] = [
  {
    nameZh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    name: "70th anniversary of the victory in the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
  },
];

/**
 * The festival a whole word names, e.g. `'五一国际劳动节'` → `'labour-day'`.
 *
 * @example
 * festivalOfWord('中秋') //=> 'mid-autumn'
 * festivalOfWord('植树节') //=> undefined
 */
export function festivalOfWord(word: string): MainlandFestival | undefined {
  for (const [candidate, festival] of FESTIVAL_WORDS) if (candidate === word) return festival;
  return undefined;
}

/**
 * The festival word that starts at `index` in `text`, if any (longest match).
 *
 * @example
 * festivalWordAt('2019年劳动节放假安排', 5) //=> ['劳动节', 'labour-day']
 */
export function festivalWordAt(text: string, index: number): readonly [string, MainlandFestival] | undefined {
  for (const entry of FESTIVAL_WORDS) if (text.startsWith(entry[0], index)) return entry;
  return undefined;
}

/**
 * The first festival word anywhere in a text.
 *
 * @example
 * festivalIn('延长2020年春节假期') //=> 'spring-festival'
 */
export function festivalIn(text: string): MainlandFestival | undefined {
  for (let index = 0; index < text.length; index++) {
    const found = festivalWordAt(text, index);
    if (found) return found[1];
  }
  return undefined;
}

/** Separators inside a joint item name: 国庆节、中秋节; 国庆节和中秋节. */
const JOINT_NAME_SEPARATORS = /[、和及]/;

/**
 * The names of an item header: one festival, several written together (kept in the order written: 国庆节、中秋节 is
 * 'National Day and Mid-Autumn Festival', 中秋节、国庆节 the other way round), or an unknown name (Chinese name as
 * both names, `festivals` empty).
 *
 * @example
 * namesOfHeader('中秋节、国庆节')
 * //=> { festivals: ['mid-autumn', 'national-day'], holiday: { name: 'Mid-Autumn Festival and National Day', nameZh: '中秋节、国庆节' } }
 */
export function namesOfHeader(header: string): { festivals: MainlandFestival[]; holiday: HolidayName & { nameZh: string } } {
  const parts = header.split(JOINT_NAME_SEPARATORS).filter((part) => part !== '');
  const festivals = parts.map(festivalOfWord);
  if (parts.length === 0 || festivals.some((festival) => festival === undefined)) {
    return { festivals: [], holiday: { name: header, nameZh: header } };
  }
  const known = festivals as MainlandFestival[];
  const english = known.map((festival) => FESTIVAL_NAMES[festival].name);
  const name = english.length <= 2 ? english.join(' and ') : `${english.slice(0, -1).join(', ')} and ${english[english.length - 1]}`;
  return { festivals: known, holiday: { name, nameZh: known.map((festival) => FESTIVAL_NAMES[festival].nameZh).join('、') } };
}

/**
 * Weekday characters after 星期 / 周 / 礼拜, as ISO weekdays (1 = Monday … 7 = Sunday).
 *
 * @example
 * WEEKDAY_OF_CHARACTER['天'] //=> 7
 */
export const WEEKDAY_OF_CHARACTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * English weekday names by ISO weekday, for messages.
 *
 * @example
 * WEEKDAY_NAMES[7] //=> 'Sunday'
 */
export const WEEKDAY_NAMES: readonly string[] = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A number from 0 to 99 written in Chinese numerals (三, 十, 十二, 二十, 二十八, 廿八), or undefined.
 *
 * @example
 * chineseNumber('二十八') //=> 28
 * chineseNumber('三天') //=> undefined
 */
export function chineseNumber(text: string): number | undefined {
  if (text === '') return undefined;
  const normalized = text.startsWith('廿') ? `二十${text.slice(1)}` : text;
  const ten = normalized.indexOf('十');
  if (ten === -1) return normalized.length === 1 ? CHINESE_DIGITS[normalized] : undefined;
  const tensText = normalized.slice(0, ten);
  const unitsText = normalized.slice(ten + 1);
  const tens = tensText === '' ? 1 : tensText.length === 1 ? CHINESE_DIGITS[tensText] : undefined;
  const units = unitsText === '' ? 0 : unitsText.length === 1 ? CHINESE_DIGITS[unitsText] : undefined;
  if (tens === undefined || units === undefined || tens === 0) return undefined;
  return tens * 10 + units;
}

/**
 * Characters of the Chinese numerals that number a notice's items (一、 … 十、, or （一）); items numbered with digits
 * (1、, 1.) are read too.
 *
 * @example
 * ITEM_NUMERALS.includes('七') //=> true
 */
export const ITEM_NUMERALS = '一二三四五六七八九十';

/**
 * Characters that close an item's number, as the text reads after punctuation is brought to one form: 、 (一、, 1、),
 * . (1., １．) and ) (（一）, (一)).
 *
 * @example
 * ITEM_NUMBER_MARKS.includes(')') //=> true
 */
export const ITEM_NUMBER_MARKS = '、.)';

/**
 * Words of a sentence about part of a day off (半天, 上午, 下午) or a day each employer decides on (由各单位自行安排):
 * neither is a rest day of the calendar, and no item of a State Council notice sets one. A sentence with a date and
 * one of these words is page text around the notice (a news report, a local arrangement), never read as rest days.
 *
 * @example
 * NOT_A_DAY_OFF.find(([word]) => word === '下午')?.[1] //=> 'half-day'
 */
export const NOT_A_DAY_OFF: readonly (readonly [word: string, kind: 'half-day' | 'employer'])[] = [
  ['半天', 'half-day'],
  ['半日', 'half-day'],
  ['上午', 'half-day'],
  ['下午', 'half-day'],
  ['自行安排', 'employer'],
  ['由各单位', 'employer'],
];

/**
 * Words that make a sentence with a date operative: it sets rest days or working days and must be read.
 *
 * @example
 * OPERATIVE_WORDS.includes('补休') //=> true
 */
export const OPERATIVE_WORDS: readonly string[] = ['放假', '上班', '调休', '公休', '补休', '连休', '法定', '延长'];
