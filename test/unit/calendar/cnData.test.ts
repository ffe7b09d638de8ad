import { describe, expect, it } from 'vitest';
import { CN_SCHEDULES } from '../../../src/calendar/cn/schedules.js';
import { HolidayScheduleSchema } from '../../../src/schema.js';
import { CN } from '../../../src/index.js';

describe('bundled CN data', () => {
  it.each(CN_SCHEDULES.map((s, i) => [`${s.year} ${s.source.title}`, i] as const))('%s passes the schedule schema', (_, index) => {
    const result = HolidayScheduleSchema.safeParse(CN_SCHEDULES[index]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has a notice for every year 2004–2026, in order, plus the three amendments', () => {
    const notices = CN_SCHEDULES.filter((s) => s.source.title === `国务院办公厅关于${s.year}年部分节假日安排的通知`);
    expect(notices.map((s) => s.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    const amendments = CN_SCHEDULES.filter((s) => !notices.includes(s)).map((s) => [s.year, s.source.url]);
    expect(amendments).toEqual([
      [2015, 'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm'],
      [2019, 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm'],
      [2020, 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm'],
    ]);
    const years = CN_SCHEDULES.map((s) => s.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('names every holiday in Chinese and English and cites every notice by address', () => {
    for (const schedule of CN_SCHEDULES) {
      expect(schedule.source.url).toMatch(/^https?:\/\//);
      for (const holiday of schedule.holidays) {
        expect(holiday.name).toMatch(/^[A-Z0-9]/);
        expect(holiday.nameZh).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('declares its coverage', () => {
    expect(CN.coverage).toEqual({ from: '2004-01-01', to: '2026-12-31' });
    expect(CN.id).toBe('CN');
  });
});
