import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../../src/calendar/notice/noticeClauses.js';
import { dayOfLabel, readNote } from '../../../../src/calendar/notice/noticeLabels.js';
import { chineseNumber, festivalOfWord, festivalWordAt, namesOfHeader } from '../../../../src/calendar/notice/noticeNames.js';
import { splitNoticeText } from '../../../../src/calendar/notice/noticeText.js';
import { formatDayNumber } from '../../../../src/date/plainDate.js';

const sentences = (text: string) => splitNoticeText(text).pieces.flatMap((piece) => (piece.kind === 'sentence' ? [piece.sentence] : []));

describe('splitNoticeText', () => {
  it('finds the address, keeps each sentence as written and normalizes its body', () => {
    const { url, pieces } = splitNoticeText('http://www.gov.cn/x.htm\n一、元旦：1月1日放假，与周末连休。');
    expect(url).toBe('http://www.gov.cn/x.htm');
    expect(pieces).toEqual([
      { kind: 'break' },
      { kind: 'sentence', sentence: { text: '一、元旦：1月1日放假，与周末连休。', header: '元旦', body: '1月1日放假,与周末连休。' } },
    ]);
  });

  it('ends an address at its page extension when the text runs on after it, and at sentence punctuation', () => {
    expect(splitNoticeText('http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm一、元旦：1月1日放假。').url).toBe(
      'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm',
    );
    expect(splitNoticeText('见https://www.gov.cn/a/b.html。').url).toBe('https://www.gov.cn/a/b.html');
    expect(splitNoticeText('https://zh.wikisource.org/zh-hans/国务院办公厅关于2004年部分节假日安排的通知 一、元旦：1月1日放假。').url).toBe(
      'https://zh.wikisource.org/zh-hans/国务院办公厅关于2004年部分节假日安排的通知',
    );
  });

  it('finds a title in 《》 or on a line of its own, and not in the intro', () => {
    expect(splitNoticeText('Amendment: 《国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知》').title).toBe(
      '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
    );
    expect(splitNoticeText('国务院办公厅关于2016年部分 节假日安排的通知\n国办发明电〔2015〕18号').title).toBe('国务院办公厅关于2016年部分节假日安排的通知');
    expect(splitNoticeText('经国务院批准，现将2016年元旦、春节放假调休日期的具体安排通知如下。').title).toBeUndefined();
    expect(splitNoticeText('根据《全国年节及纪念日放假办法》。').title).toBeUndefined();
  });

  it('splits at 。 . and colons, keeping an item header with its first sentence', () => {
    expect(sentences('发布时间：2015年12月10日 各省、自治区：一、元旦：1月1日放假.二、春节:2月7日至13日放假调休，共7天。').map((s) => [s.text, s.header])).toEqual([
      ['发布时间：', undefined],
      ['2015年12月10日 各省、自治区：', undefined],
      ['一、元旦：1月1日放假.', '元旦'],
      ['二、春节:2月7日至13日放假调休，共7天。', '春节'],
    ]);
  });

  it('finds a header after page clutter with no punctuation, and a header without its numeral', () => {
    expect(sentences('返回首页 三、“五一”：5月1日———7日放假，共7天。').map((s) => [s.text, s.header])).toEqual([
      ['返回首页', undefined],
      ['三、“五一”：5月1日———7日放假，共7天。', '五一'],
    ]);
    expect(sentences('元旦：1月1日放假。')[0]!.header).toBe('元旦');
  });

  it('does not take enumerations for headers', () => {
    const found = sentences('现将2004年元旦、春节、“五一”、“十一”放假调休日期具体安排通知如下：其中，1月1日（星期四、新年）为法定节假日。');
    expect(found.map((s) => s.header)).toEqual([undefined, undefined]);
  });

  it('ends a sentence after a line of Latin words only (an annotation), and nowhere else at a line break', () => {
    expect(sentences('INVENTED TEST DATA\n延长2027年春节假期至2月14日，\n2月15日起正常上班。').map((s) => s.text)).toEqual([
      'INVENTED TEST DATA',
      '延长2027年春节假期至2月14日， 2月15日起正常上班。',
    ]);
    expect(sentences('20\n12年1月1日放假。')).toHaveLength(1);
  });

  it('joins a date broken by a line break or spaces, and does not split a decimal point', () => {
    expect(sentences('2月2\n日（星期六）、1 月 3 日上班。')[0]!.body).toBe('2月2日(星期六)、1月3日上班。');
    expect(sentences('2015.12.10 发布')).toHaveLength(1);
  });
});

describe('tokenizeSentence', () => {
  it('reads dates, the notes after them, ranges and clauses', () => {
    const tokens = tokenizeSentence('1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。');
    expect(tokens.dates.map((d) => [d.month, d.day, d.note])).toEqual([
      [1, 28, '农历除夕、周二'],
      [2, 4, '农历正月初七、周二'],
    ]);
    expect(tokens.clauses.map((clause) => clause.plain)).toEqual(['1月28日至2月4日放假调休', '共8天。']);
    expect(tokens.clauses[0]!.ranges.get(0)).toBe(1);
  });

  it('reads years with their dates, years alone, and days without their month', () => {
    const tokens = tokenizeSentence('将2006年12月30日(星期六)、31日(星期日)两个公休日分别调至2007年1月2日、3日');
    expect(tokens.dates.map((d) => [d.year, d.month, d.day])).toEqual([
      [2006, 12, 30],
      [undefined, undefined, 31],
      [2007, 1, 2],
      [undefined, undefined, 3],
    ]);
    expect(tokenizeSentence('现将2027年元旦放假安排通知如下').years).toEqual([{ year: 2027, at: 2, end: 7 }]);
    expect(tokenizeSentence('根据2024年11月修订的办法').years).toEqual([]);
  });

  it('reads every range connector', () => {
    for (const connector of ['至', '到', '-', '--', '---']) {
      expect(tokenizeSentence(`1月22日${connector}28日放假`).clauses[0]!.ranges.get(0)).toBe(1);
    }
    expect(tokenizeSentence('1月17日公休日调至1月26日').clauses[0]!.ranges.size).toBe(0);
  });

  it('marks 自…起 dates, which set no day', () => {
    expect(tokenizeSentence('自2025年1月1日起,全体公民放假的假日增加2天').dates[0]!.since).toBe(true);
    expect(tokenizeSentence('2月3日(星期一)起正常上班').dates[0]!.since).toBe(false);
  });

  it('runs a clause that is only a list of dates on into the next (2月20日(星期六),21日上班)', () => {
    expect(tokenizeSentence('2月20日(星期六),21日(星期日)上班。').clauses.map((clause) => clause.dates)).toEqual([[0, 1]]);
  });
});

describe('readNote', () => {
  it('reads weekday, lunar, festival and range labels', () => {
    expect(readNote('农历除夕、周二')).toEqual([
      { kind: 'day', text: '农历除夕', day: { anchor: 'lunar-new-year', offset: -1 } },
      { kind: 'weekday', text: '周二', weekday: 2 },
    ]);
    expect(readNote('星期天')[0]).toEqual({ kind: 'weekday', text: '星期天', weekday: 7 });
    expect(readNote('即农历大年初一至初七')[0]).toMatchObject({ kind: 'range', from: { offset: 0 }, to: { offset: 6 } });
    expect(readNote('农历五月初五,端午节').map((label) => label.kind)).toEqual(['day', 'day']);
    expect(readNote('星期六、农历清明当日')[1]).toMatchObject({ kind: 'day', day: { anchor: 'qingming' } });
    expect(readNote('农历正月初九,星期日')[0]).toMatchObject({ kind: 'day', day: { anchor: 'lunar-new-year', offset: 8 } });
    expect(readNote('正月十五')[0]).toMatchObject({ kind: 'day', day: { offset: 14 } });
  });

  it('knows the labels it cannot check, and those it does not know', () => {
    expect(readNote('农历腊月二十八、周日')[0]!.kind).toBe('unchecked');
    expect(readNote('好日子')[0]!.kind).toBe('unknown');
  });

  it('places each label in its year', () => {
    expect(formatDayNumber(dayOfLabel({ anchor: 'lunar-new-year', offset: -1 }, 2027))).toBe('2027-02-05');
    expect(formatDayNumber(dayOfLabel({ anchor: 'dragon-boat', offset: 0 }, 2008))).toBe('2008-06-08');
    expect(formatDayNumber(dayOfLabel({ anchor: 'may-1', offset: 0 }, 2009))).toBe('2009-05-01');
  });
});

describe('notice names', () => {
  it('names festivals as the notices write them', () => {
    expect(festivalOfWord('十一')).toBe('national-day');
    expect(festivalOfWord('五一国际劳动节')).toBe('labour-day');
    expect(festivalOfWord('植树节')).toBeUndefined();
    expect(festivalWordAt('2019年劳动节放假安排', 5)).toEqual(['劳动节', 'labour-day']);
  });

  it('keeps joint items in the order written', () => {
    expect(namesOfHeader('国庆节、中秋节').holiday).toEqual({ name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节' });
    expect(namesOfHeader('中秋节、国庆节').holiday).toEqual({ name: 'Mid-Autumn Festival and National Day', nameZh: '中秋节、国庆节' });
    expect(namesOfHeader('五一').holiday).toEqual({ name: 'Labour Day', nameZh: '劳动节' });
    expect(namesOfHeader('植树节')).toEqual({ festivals: [], holiday: { name: '植树节', nameZh: '植树节' } });
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumber('三'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十八'), chineseNumber('廿八'), chineseNumber('三天')]).toEqual([
      3, 10, 12, 28, 28, undefined,
    ]);
  });
});
