import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_SCHEDULES } from '../../../../src/calendar/cn/schedules.js';
import { InvalidArgumentError, NoticeParseError, ScheduleValidationError, scheduleFromNotice, type NoticeOptions } from '../../../../src/index.js';

// Texts that are not notices, or notices that contradict themselves or the law, are refused with a NoticeParseError
// quoting the sentence at fault; never a partial schedule.

const example2027 = readFileSync(new URL('../../../../fixtures/notices/2027-example.txt', import.meta.url), 'utf8');

/** `example2027` with one piece replaced (the piece must be there). */
function edited(from: string | RegExp, to: string): string {
  const text = example2027.replace(from, to);
  expect(text).not.toBe(example2027);
  return text;
}

function refusal(text: unknown, options?: NoticeOptions): NoticeParseError {
  try {
    scheduleFromNotice(text as string, options);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    expect((error as NoticeParseError).code).toBe('invalid_notice');
    expect((error as NoticeParseError).message).toMatch(/^scheduleFromNotice: /);
    return error as NoticeParseError;
  }
  throw new Error('expected a NoticeParseError');
}

describe('scheduleFromNotice on hostile texts', () => {
  it.each([
    ['an empty string', ''],
    ['whitespace', ' \n\t\u3000 '],
    ['prose without dates', '国务院办公厅关于进一步做好节假日旅游工作的意见。各地区要统筹安排，确保安全。'],
    ['prose with dates but no arrangement', '2026年11月20日，国务院召开常务会议，研究部署有关工作。'],
    ['a signature and a publication date', '国务院办公厅\n2015年12月10日\n发布时间：2015-12-10'],
  ])('refuses %s: no sentence sets a rest day or a working day', (_, text) => {
    const error = refusal(text);
    expect(error.sentence).toBeNull();
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: '一、元旦：1月1日放假。' }],
  ])('refuses %s as text with an InvalidArgumentError', (_, value) => {
    expect(() => scheduleFromNotice(value as unknown as string)).toThrow(InvalidArgumentError);
  });

  it('keeps its messages short when the text holds a huge run (the sentence itself is kept whole)', () => {
    // Found by the fuzz: a long run inside a rest-day clause, and a run of digits before 年, were echoed whole.
    const at = example2027.indexOf('至3日（周日）') + '至3日（周日）'.length;
    const inClause = example2027.slice(0, at) + '\ud800'.repeat(100_000) + example2027.slice(at + 5);
    const error = refusal(inClause);
    expect(error.message.length).toBeLessThan(400);
    expect(error.sentence!.length).toBeGreaterThan(100_000);
    const yearAt = example2027.indexOf('现将2027年') + 2;
    const digits = example2027.slice(0, yearAt) + '1'.repeat(100_000) + example2027.slice(yearAt + 4);
    let message = '';
    try {
      scheduleFromNotice(digits);
    } catch (thrown) {
      message = (thrown as Error).message;
    }
    expect(message.length).toBeLessThan(400);
  });

  it('refuses malformed options', () => {
    expect(() => scheduleFromNotice(example2027, 2027 as unknown as NoticeOptions)).toThrow(InvalidArgumentError);
    expect(() => scheduleFromNotice(example2027, { year: 2027.5 })).toThrow(InvalidArgumentError);
    expect(() => scheduleFromNotice(example2027, { url: 1 } as unknown as NoticeOptions)).toThrow(InvalidArgumentError);
    expect(() => scheduleFromNotice(example2027, { amend: { year: 2027 } } as unknown as NoticeOptions)).toThrow(ScheduleValidationError);
    // options.amend is for amendments: a yearly notice is not read against another schedule.
    expect(() => scheduleFromNotice(example2027, { amend: CN_SCHEDULES[CN_SCHEDULES.length - 1]! })).toThrow(InvalidArgumentError);
  });

  it('refuses an impossible date, quoting the sentence', () => {
    const error = refusal('二、春节：2月30日至3月5日放假调休，共7天。', { year: 2027 });
    expect(error.sentence).toBe('二、春节：2月30日至3月5日放假调休，共7天。');
    expect(error.message).toBe(
      'scheduleFromNotice: "二、春节：2月30日至3月5日放假调休，共7天。" — "2月30日" is not a date: February 2027 has 28 days (2月1日 to 2月28日)',
    );
    expect(refusal(edited('5月8日', '5月32日')).sentence).toBe('5月32日（周六）上班。');
    expect(refusal(edited('9月26日', '13月26日')).message).toMatch(/there is no month 13/);
  });

  it('refuses a wrong weekday label', () => {
    const error = refusal(edited('4月3日（周六）', '4月3日（周四）'));
    expect(error.sentence).toBe('三、清明节：4月3日（周四）至5日（周一）放假，共3天。');
    expect(error.message).toBe('scheduleFromNotice: "三、清明节：4月3日（周四）至5日（周一）放假，共3天。" — 2027-04-03 is a Saturday, not 周四');
    expect(refusal(edited('10月9日（周六）', '10月9日（星期天）')).message).toMatch(/2027-10-09 is a Saturday, not 星期天/);
  });

  it('refuses a wrong lunar label', () => {
    const error = refusal(edited('农历除夕', '农历正月初一'));
    expect(error.sentence).toMatch(/^二、春节：2月5日（农历正月初一、周五）/);
    expect(error.message).toMatch(/2027-02-05 is not 农历正月初一: in 2027, 农历正月初一 is 2027-02-06/);
  });

  it('refuses a 共N天 that does not match the span', () => {
    const error = refusal(edited('共8天', '共7天'));
    expect(error.sentence).toBe('二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共7天。');
    expect(error.message).toMatch(/2027-02-05 to 2027-02-12 is 8 days, not 7 \(共7天\)$/);
    expect(refusal(edited('共3天。\n二', '共三天。\n二').replace('至3日（周日）', '至2日（周六）')).message).toMatch(/is 2 days, not 3 \(共3天\)/);
  });

  it('refuses a make-up working day on a weekday', () => {
    const error = refusal(edited('5月8日（周六）上班', '5月10日（周一）上班'));
    expect(error.sentence).toBe('5月10日（周一）上班。');
    expect(error.message).toMatch(/2027-05-10 is a Monday: a make-up working day \(上班\) must be a Saturday or Sunday/);
  });

  it('refuses a day that is both a rest day and a make-up working day', () => {
    const error = refusal(edited('2月20日（周六）上班', '2月6日（周六）上班'));
    expect(error.sentence).toBe('1月31日（周日）、2月6日（周六）上班。');
    expect(error.message).toMatch(/2027-02-06 is both a rest day \(春节, 2027-02-05 to 2027-02-12\) and a make-up working day/);
  });

  it('refuses a span that runs backwards', () => {
    expect(refusal(edited('4月3日（周六）至5日（周一）', '4月5日（周一）至3日（周六）')).message).toMatch(/the range runs backwards/);
  });

  it('refuses a statutory day left out (10月1日, a Friday)', () => {
    const error = refusal(edited('10月1日（周五）至7日（周四）放假调休，共7天', '10月2日（周六）至7日（周四）放假调休，共6天'));
    expect(error.sentence).toBe('七、国庆节：10月2日（周六）至7日（周四）放假调休，共6天。');
    expect(error.message).toMatch(/2027-10-01 \(国庆节, a statutory holiday under Art\. 2 of the Measures as revised in 2024\) is a Friday outside every rest span/);
  });

  it('refuses a year that does not give a weekday in lieu of a statutory day on a weekend (Art. 6)', () => {
    const error = refusal(edited('2月20日（周六）上班', '2月20日（周六）、2月27日（周六）上班'));
    expect(error.sentence).toBeNull();
    expect(error.message).toMatch(/18 weekday rest days and 6 make-up working days, so 12 weekdays off in all, fewer than the 13 statutory holiday days/);
  });

  it('refuses a notice that misses a festival (half of it pasted)', () => {
    const error = refusal(edited(/六、中秋节.*\n/, ''));
    expect(error.sentence).toBeNull();
    expect(error.message).toMatch(/no item for 中秋节, which the holiday Measures \(as revised in 2024\) give in 2027/);
    const firstHalf = example2027.slice(0, example2027.indexOf('四、劳动节'));
    expect(refusal(firstHalf).message).toMatch(/no item for 劳动节、端午节、中秋节、国庆节/);
  });

  it('refuses options.year contradicting the year the text states', () => {
    const error = refusal(example2027, { year: 2026 });
    expect(error.sentence).toMatch(/^经国务院批准，现将2027年元旦/);
    expect(error.message).toMatch(/the text is for 2027 .*, but options\.year is 2026/);
    expect(refusal(`国务院办公厅关于2028年部分节假日安排的通知\n${example2027}`).message).toMatch(/says 2027, but the title "国务院办公厅关于2028年部分节假日安排的通知" says 2028/);
  });

  it('refuses an operative sentence it cannot read, quoting it', () => {
    const error = refusal(edited('6月9日（周三）放假1天', '6月9日（周三）、6月11日放假1天'));
    expect(error.sentence).toBe('五、端午节：6月9日（周三）、6月11日放假1天，不调休。');
    expect(refusal(edited('9月26日（周日）、10月9日（周六）上班', '9月26日（周日）、10月9日（周六）另行通知')).sentence).toMatch(/^9月26日（周日）/);
    expect(refusal(edited('5月8日（周六）上班', '8日（周六）上班').replace('四、劳动节：5月1日（周六）', '四、劳动节：1日（周六）')).message).toMatch(
      /"1日" has no month/,
    );
    expect(refusal(edited('五、端午节：6月9日（周三）放假1天，不调休。', '五、端午节：6月9日（周三）放假1天，不调休。6月12日（周六）上班。')).message).toMatch(/says 不调休/);
  });

  it('refuses a yearly notice and its amendment pasted as one text, asking for the amendment on its own', () => {
    const text =
      '一、元旦：12月30日至1月1日放假，共3天。12月29日（星期六）上班。二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期天）上班。' +
      '三、清明节：4月5日放假，与周末连休。四、劳动节：5月1日放假，共1天。五、端午节：6月7日放假，与周末连休。六、中秋节：9月13日放假，与周末连休。' +
      '七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期天）、10月12日（周六）上班。\n' +
      'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm\n2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。';
    const error = refusal(text, { year: 2019 });
    expect(error.sentence).toBe('2019年5月1日至4日放假调休，共4天。');
    expect(error.message).toMatch(/read it on its own with scheduleFromNotice\(text, \{ amend: schedule \}\)/);
  });

  it('checks an amendment read with options.amend on the combination: a statutory day cannot become a working day', () => {
    const notice2015 = CN_SCHEDULES.find((schedule) => schedule.year === 2015)!;
    const error = refusal('经国务院批准，现将调整2015年国庆节放假安排通知如下。10月3日（星期六）上班。', { amend: notice2015 });
    expect(error.sentence).toBe('10月3日（星期六）上班。');
    expect(error.message).toMatch(/2015-10-03 \(国庆节, a statutory holiday .*\) is made a working day/);
  });

  it('refuses a date outside the year of the notice', () => {
    expect(refusal(edited('9月26日（周日）', '2028年9月26日（周二）')).message).toMatch(/2028-09-26 is outside the days a 2027 notice sets/);
  });

  it('refuses a text over 200,000 characters before reading it', () => {
    const started = performance.now();
    const error = refusal(`${example2027}${' '.repeat(200_000)}`);
    expect(error.sentence).toBeNull();
    expect(error.message).toMatch(/more than the 200000 read/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it.each([
    ['day-only dates in one span sentence', `一、元旦：${'1日'.repeat(99_990)}放假。`, { year: 2027 }],
    ['dates in one make-up sentence', `一、元旦：1月1日至3日放假。${'1月1日、'.repeat(39_000)}上班。`, { year: 2027 }],
    ['rest-day sentences', '1月1日放假，'.repeat(28_000), { year: 2027 }],
    ['dates with no arrangement', '1月1日'.repeat(49_000), { year: 2027 }],
    ['unclosed brackets after dates', `${'(1日'.repeat(66_000)}放假`, { year: 2027 }],
    ['dates joined by 至', `${'1月1日（周五）至'.repeat(20_000)}放假`, { year: 2027 }],
    ['unclosed title brackets', `${'《'.repeat(199_000)}国务院关于放假的通知`, undefined],
    ['title openings', `${'国务院关于'.repeat(39_000)}放假`, undefined],
    ['item headers', `${'一、'.repeat(99_000)}放假`, undefined],
    ['item headers numbered 1.', `${'1.元旦'.repeat(49_000)}放假`, undefined],
    ['item headers numbered (一)', `${'(一)国庆节、'.repeat(28_000)}放假`, undefined],
    ['an address of dots', `http://a${'.'.repeat(199_000)}`, undefined],
    ['digits', `${'1'.repeat(199_000)}日放假`, { year: 2027 }],
  ] as const)('refuses 100,000 tokens of %s quickly', (_, text, options) => {
    const started = performance.now();
    const error = refusal(text, options);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.message.length).toBeLessThan(600);
  });
});
