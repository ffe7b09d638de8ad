import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleFromNotice, type HolidaySchedule } from '../../../../src/index.js';
import { readReferenceNotices } from '../../../support/referenceNotices.js';

// Every reference notice, copied the ways people copy it, reads into the same schedule as the text as it stands.

const references = readReferenceNotices();

interface Case {
  readonly year: number;
  /** The year's notice, then its amendments. */
  readonly texts: readonly string[];
  /** What each reads into, as it stands. */
  readonly schedules: readonly HolidaySchedule[];
}

const cases: Case[] = references.map(({ year, notice, amendments }) => {
  const schedule = scheduleFromNotice(notice).schedule;
  return { year, texts: [notice, ...amendments], schedules: [schedule, ...amendments.map((text) => scheduleFromNotice(text, { amend: schedule }).schedule)] };
});

/** Reads a case's texts after `transform`, amendments against the notice as it stands. */
function readAll(testCase: Case, transform: (text: string) => string): HolidaySchedule[] {
  return testCase.texts.map((text, index) =>
    scheduleFromNotice(transform(text), index === 0 ? undefined : { amend: testCase.schedules[0] }).schedule,
  );
}

const ADDRESS = /https?:\/\/\S+/g;

/** Applies `change` to the parts of a text outside its addresses (an address is copied as it is). */
function outsideAddresses(text: string, change: (part: string) => string): string {
  let result = '';
  let cursor = 0;
  for (const match of text.matchAll(ADDRESS)) {
    result += change(text.slice(cursor, match.index)) + match[0];
    cursor = match.index + match[0].length;
  }
  return result + change(text.slice(cursor));
}

const FULL_WIDTH = '，。：；（）、';
const HALF_WIDTH = ',.:;()､';

/** Full-width punctuation to half-width and back (、 to its half-width form ､). */
const swapWidth = (text: string): string =>
  outsideAddresses(text, (part) =>
    [...part]
      .map((char) => {
        const full = FULL_WIDTH.indexOf(char);
        if (full !== -1) return HALF_WIDTH[full]!;
        const half = HALF_WIDTH.indexOf(char);
        return half !== -1 ? FULL_WIDTH[half]! : char;
      })
      .join(''),
  );

/** 星期四 to 周四 and 周四 to 星期四 (星期天 to 周天). */
const swapWeekdayWords = (text: string): string => text.replace(/星期|周(?=[一二三四五六日天])/g, (word) => (word === '星期' ? '周' : '星期'));

/** The whole notice on one line; an address keeps a space on each side, as a copy from a page keeps it. */
const oneLine =
  (separator: string) =>
  (text: string): string =>
    text
      .split('\n')
      .map((line) => (/https?:\/\//.test(line) ? ` ${line.trim()} ` : line.trim()))
      .join(separator);

const CLUTTER_BEFORE = [
  '首页 > 政府信息公开 > 国务院文件',
  '当前位置：首页 > 政策 > 国务院文件库 > 国务院办公厅文件',
  '国办发明电〔2015〕18号',
  '发布时间：2015年12月10日 14:27 来源：中国政府网',
  '【字体：大 中 小】【打印】【关闭】',
  '索引号：000014349/2015-00181  主题分类：综合政务\\其他',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '经国务院批准，现将有关节假日放假调休日期的具体安排通知如下：',
];
const CLUTTER_AFTER = [
  '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。',
  '国务院办公厅',
  '2015年12月10日',
  '（此件公开发布）',
  '2015-12-10 发布',
  '【我要纠错】【打印本页】【关闭窗口】 返回主页',
  '扫一扫在手机打开当前页',
];

const withClutter =
  (before: readonly string[], after: readonly string[]) =>
  (text: string): string =>
    [...before, text, ...after].join('\n');

/** Inserts whitespace at the given positions (outside addresses: an address is one token). */
function insertWhitespace(text: string, insertions: readonly { at: number; space: string }[]): string {
  const addresses = [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length] as const);
  const positions = insertions
    .map(({ at, space }) => ({ at: at % (text.length + 1), space }))
    .filter(({ at }) => !addresses.some(([start, end]) => at > start && at < end))
    .sort((a, b) => b.at - a.at);
  let result = text;
  for (const { at, space } of positions) result = result.slice(0, at) + space + result.slice(at);
  return result;
}

const TRANSFORMS: readonly (readonly [string, (text: string) => string])[] = [
  ['full-width and half-width punctuation swapped', swapWidth],
  ['星期 and 周 swapped', swapWeekdayWords],
  ['everything on one line', oneLine('')],
  ['everything on one line, lines joined by spaces', oneLine(' ')],
  ['page clutter before and after', withClutter(CLUTTER_BEFORE, CLUTTER_AFTER)],
  ['spaces inside every date (1 月 1 日)', (text) => outsideAddresses(text, (part) => part.replace(/(\d+)([年月日])/g, '$1 $2 '))],
  ['a line break inside every month (2月2\\n日)', (text) => outsideAddresses(text, (part) => part.replace(/月(\d+)/g, '月$1\n'))],
];

describe('scheduleFromNotice on copied texts', () => {
  describe.each(TRANSFORMS.map(([name, transform]) => [name, transform] as const))('%s', (_, transform) => {
    it.each(cases.map((testCase) => [testCase.year, testCase] as const))('reads the %i notice into the same schedule', (_year, testCase) => {
      expect(readAll(testCase, transform)).toEqual(testCase.schedules);
    });
  });

  it('reads every notice into the same schedule under random combinations of the copies and random whitespace', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.record({
          width: fc.boolean(),
          weekdays: fc.boolean(),
          lines: fc.constantFrom<string | undefined>(undefined, '', ' '),
          before: fc.subarray(CLUTTER_BEFORE),
          after: fc.subarray(CLUTTER_AFTER),
          insertions: fc.array(
            fc.record({ at: fc.nat(), space: fc.constantFrom(' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '  \n   ') }),
            { maxLength: 40 },
          ),
        }),
        (testCase, noise) => {
          // Arrange
          const transform = (text: string): string => {
            let result = text;
            if (noise.width) result = swapWidth(result);
            if (noise.weekdays) result = swapWeekdayWords(result);
            if (noise.lines !== undefined) result = oneLine(noise.lines)(result);
            result = insertWhitespace(result, noise.insertions);
            return withClutter(noise.before, noise.after)(result);
          };
          // Act
          const schedules = readAll(testCase, transform);
          // Assert
          expect(schedules).toEqual(testCase.schedules);
        },
      ),
    );
  });
});
