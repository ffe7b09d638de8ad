import { describe, expect, it } from 'vitest';
import { NoticeParseError, scheduleFromNotice, type NoticeOptions } from '../../../../src/index.js';
import { readReferenceNotices } from '../../../support/referenceNotices.js';

// What belongs to a notice's items: sentences after an item's text that are not about its festival, and the ways
// items are numbered.

const notice2026 = readReferenceNotices().find((each) => each.year === 2026)!.notice;
const TITLE_2026 = '国务院办公厅关于2026年部分节假日安排的通知';
const schedule2026 = scheduleFromNotice(notice2026).schedule;

/** The 2026 notice with `sentence` appended to the line of the item that starts with `header`. */
function appended(header: string, sentence: string): string {
  const lines = notice2026.split('\n');
  const index = lines.findIndex((line) => line.startsWith(header));
  expect(index).toBeGreaterThan(-1);
  lines[index] += sentence;
  return lines.join('\n');
}

function refusal(text: string, options?: NoticeOptions): NoticeParseError {
  try {
    scheduleFromNotice(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    expect((error as NoticeParseError).code).toBe('invalid_notice');
    return error as NoticeParseError;
  }
  throw new Error('expected a NoticeParseError');
}

describe('scheduleFromNotice and sentences outside an item', () => {
  it.each([
    ['七、国庆节', '另外，12月31日（周四）下午放假半天。', /part of a day \(半天\): a half day off is not a day off on the calendar/],
    ['七、国庆节', '据了解，2026年12月31日（周四）放假与否由各单位自行安排。', /leaves the day to each employer \(自行安排\): a day each employer decides on is not a day off/],
    ['三、清明节', '另外，4月3日（周五）下午放假半天。', /part of a day \(半天\)/],
    ['一、元旦', '12月31日（周三）上午放假。', /part of a day \(上午\)/],
  ])('refuses "%s … %s": not a rest day of the calendar, whichever item it follows', (header, sentence, reason) => {
    const error = refusal(appended(header, sentence));
    expect(error.sentence).toBe(sentence);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/never sets one in its items .*remove it from the pasted text$/);
    expect(error.message).toMatch(new RegExp(`^scheduleFromNotice: "${sentence.slice(0, 10)}`));
  });

  it('refuses a half day outside every item too, before asking whether it is an amendment', () => {
    const error = refusal(`${notice2026}\n另外，12月31日（周四）下午放假半天。`);
    expect(error.sentence).toBe('另外，12月31日（周四）下午放假半天。');
    expect(error.message).toMatch(/a half day off is not a day off on the calendar/);
  });

  it('refuses a rest day far from the festival of the item it is read into, quoting its sentence', () => {
    const error = refusal(appended('七、国庆节', '另外，12月31日（周四）放假。'));
    expect(error.sentence).toBe('另外，12月31日（周四）放假。');
    expect(error.message).toBe(
      'scheduleFromNotice: "另外，12月31日（周四）放假。" — the rest days 2026-12-31, for 国庆节, are 89 days from 国庆节 (2026-10-01 to ' +
        '2026-10-03); a span for a festival holds, or lies within 7 days of, one of its days in 2026: if the sentence is not part of the ' +
        'item (page text after it, a local arrangement), remove it from the pasted text',
    );
    expect(refusal(appended('三、清明节', '另外，4月20日（周一）放假。')).message).toMatch(/2026-04-20, for 清明节, are 15 days from 清明节 \(2026-04-05\)/);
  });

  it('accepts rest days up to 7 days from a statutory day, and in December of the year before for 元旦', () => {
    // 4月12日 is 7 days after 清明 (4月5日): near enough.
    const near = scheduleFromNotice(appended('三、清明节', '4月12日（周日）放假。')).schedule;
    expect(near.holidays.filter((holiday) => holiday.nameZh === '清明节').map((holiday) => holiday.from)).toEqual(['2026-04-04', '2026-04-12']);
    expect(() => scheduleFromNotice(appended('三、清明节', '4月13日（周一）放假。'))).toThrow(/8 days from 清明节/);
    const december = scheduleFromNotice(notice2026.replace('1月1日（周四）至3日（周六）放假调休，共3天', '12月31日（周三）至1月3日（周六）放假调休，共4天'));
    expect(december.schedule.holidays[0]).toMatchObject({ nameZh: '元旦', from: '2025-12-31', to: '2026-01-03' });
  });

  it('checks an amendment for a festival against that festival, and not one for a commemoration', () => {
    const error = refusal('经国务院批准，现将调整2027年劳动节放假安排通知如下。8月2日（周一）放假。', { year: 2027 });
    expect(error.sentence).toBe('8月2日（周一）放假。');
    expect(error.message).toMatch(/2027-08-02, for 劳动节, are 92 days from 劳动节 \(2027-05-01 to 2027-05-02\)/);
    const anniversary = scheduleFromNotice(
      '《国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知》\n2015年9月3日至5日调休放假，共3天。其中9月3日（星期四）为全国人民法定节假日，9月4日（星期五）调休，9月6日（星期日）上班。',
    );
    expect(anniversary.schedule.holidays).toEqual([expect.objectContaining({ from: '2015-09-03', to: '2015-09-05' })]);
  });
});

describe('scheduleFromNotice and the numbering of items', () => {
  const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];
  const FULL_WIDTH_DIGITS = ['１', '２', '３', '４', '５', '６', '７'];
  const numberings: readonly (readonly [string, (index: number) => string])[] = [
    ['1、', (index) => `${index + 1}、`],
    ['1.', (index) => `${index + 1}.`],
    ['１．', (index) => `${FULL_WIDTH_DIGITS[index]}．`],
    ['1．', (index) => `${index + 1}．`],
    ['（一）', (index) => `（${NUMERALS[index]}）`],
    ['(一)', (index) => `(${NUMERALS[index]})`],
  ];
  const renumbered = (number: (index: number) => string): string =>
    notice2026.replace(/^([一二三四五六七])、/gm, (_, numeral: string) => number(NUMERALS.indexOf(numeral)));

  it.each(numberings)('reads the 2026 notice numbered %s as numbered 一、', (_, number) => {
    const text = renumbered(number);
    expect(text).not.toBe(notice2026);
    // With its address only (the year from the address), with its title, and all on one line.
    expect(scheduleFromNotice(text).schedule).toEqual(schedule2026);
    expect(scheduleFromNotice(`${TITLE_2026}\n${text}`).schedule).toEqual({ ...schedule2026, source: { ...schedule2026.source, title: TITLE_2026 } });
    expect(scheduleFromNotice(text.split('\n').join('')).schedule).toEqual(schedule2026);
  });

  it('quotes a renumbered item with its number', () => {
    const error = refusal(renumbered((index) => `${index + 1}、`).replace('4月4日（周六）', '4月4日（周五）'));
    expect(error.sentence).toBe('3、清明节：4月4日（周五）至6日（周一）放假，共3天。');
    expect(error.message).toMatch(/2026-04-04 is a Saturday, not 周五/);
  });

  it('does not take a number inside a date or a longer number for an item number', () => {
    const text = `${TITLE_2026}\n${notice2026}\n2026.12.31发布。共12、13页。`;
    expect(scheduleFromNotice(text).schedule.holidays).toEqual(schedule2026.holidays);
  });
});
