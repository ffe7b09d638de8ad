import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dayInfo, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../../src/index.js';

// Each expectation is read off the notice text in shared/reference/cn-holiday-notices.md.
describe('days a notice sets in the year before it', () => {
  it('makes Saturday 2005-12-31 a working day (2006 notice: "12月31日(星期六)上班")', () => {
    expect(dayInfo('2005-12-31')).toMatchObject({ weekday: 6, working: true, kind: 'makeup-workday' });
    expect(dayInfo('2005-12-31').source?.url).toBe('http://www.gov.cn/jrzg/2005-12/22/content_133837.htm');
  });

  it('makes 2006-12-30 and 2006-12-31 working days (2007 notice)', () => {
    expect(isWorkingDay('2006-12-30')).toBe(true);
    expect(isWorkingDay('2006-12-31')).toBe(true);
    expect(dayInfo('2006-12-31').source?.title).toBe('国务院办公厅关于2007年部分节假日安排的通知');
  });

  it('starts the 2008 New Year holiday on 2007-12-30 with Saturday 2007-12-29 worked', () => {
    expect(isWorkingDay('2007-12-29')).toBe(true);
    expect(dayInfo('2007-12-31')).toMatchObject({ working: false, kind: 'holiday', holiday: { nameZh: '元旦' } });
    expect(nextWorkingDay('2007-12-29')).toBe('2008-01-02');
  });

  it('makes Saturday 2011-12-31 and 2018-12-29 working days, and 2018-12-31 a holiday', () => {
    expect(isWorkingDay('2011-12-31')).toBe(true);
    expect(isWorkingDay('2018-12-29')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false);
    expect(nextWorkingDay('2018-12-29')).toBe('2019-01-02');
  });
});

describe('amendments', () => {
  it('2015: 3 and 4 September off for the anniversary, Sunday 6 September worked', () => {
    expect(dayInfo('2015-09-03')).toMatchObject({ working: false, kind: 'holiday', weekday: 4 });
    expect(dayInfo('2015-09-03').holiday?.nameZh).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
    expect(isWorkingDay('2015-09-04')).toBe(false);
    expect(dayInfo('2015-09-06')).toMatchObject({ working: true, kind: 'makeup-workday', weekday: 7 });
    expect(addWorkingDays('2015-09-02', 1)).toBe('2015-09-06');
    expect(countWorkingDays('2015-08-31', '2015-09-06')).toBe(3); // 1, 2 and 6 September
  });

  it('2019: Labour Day extended to 1–4 May, with 28 April and 5 May worked', () => {
    expect(isWorkingDay('2019-05-02')).toBe(false);
    expect(isWorkingDay('2019-05-03')).toBe(false);
    expect(isWorkingDay('2019-04-28')).toBe(true);
    expect(isWorkingDay('2019-05-05')).toBe(true);
    expect(dayInfo('2019-05-02').source?.url).toBe('http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm');
  });

  it('2020: Spring Festival extended to 2 February, so Saturday 1 February is no longer worked', () => {
    expect(isWorkingDay('2020-01-19')).toBe(true);
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(dayInfo('2020-02-01')).toMatchObject({ working: false, kind: 'holiday', weekday: 6 });
    expect(isWorkingDay('2020-02-02')).toBe(false);
    expect(nextWorkingDay('2020-01-23')).toBe('2020-02-03');
    expect(previousWorkingDay('2020-02-03')).toBe('2020-01-23');
    expect(countWorkingDays('2020-01-23', '2020-02-03')).toBe(1);
  });
});

describe('the 2025–2026 schedules', () => {
  it('counts the IND example: 60 working days after 2025-09-26 end on 2025-12-25', () => {
    // 28 Sep (Sun, worked), 29–30 Sep, 9–11 Oct (11 Oct a Saturday worked) = 6; then 54 weekdays to 25 Dec.
    expect(addWorkingDays('2025-09-26', 60)).toBe('2025-12-25');
    expect(countWorkingDays('2025-09-26', '2025-12-25')).toBe(60);
  });

  it('skips the nine-day 2026 Spring Festival and counts both Saturdays worked', () => {
    expect(nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(dayInfo('2026-02-28')).toMatchObject({ kind: 'makeup-workday', working: true });
  });

  it('returns the date itself for 0 days, working day or not', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(addWorkingDays('2025-10-09', 0)).toBe('2025-10-09');
  });

  it('counts backwards as the negative of the forward count', () => {
    expect(countWorkingDays('2025-12-25', '2025-09-26')).toBe(-60);
    expect(addWorkingDays('2025-12-25', -60)).toBe('2025-09-26');
    expect(countWorkingDays('2025-10-05', '2025-10-05')).toBe(0);
  });

  it('describes a plain working day and a plain weekend without holiday or source', () => {
    expect(dayInfo('2025-07-01')).toEqual({ date: '2025-07-01', weekday: 2, working: true, kind: 'workday', provisional: false });
    expect(dayInfo('2025-07-05')).toEqual({ date: '2025-07-05', weekday: 6, working: false, kind: 'weekend', provisional: false });
  });

  it('names the holiday of a weekend day inside a span', () => {
    expect(dayInfo('2025-10-04')).toMatchObject({ kind: 'holiday', holiday: { name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节' } });
  });
});
