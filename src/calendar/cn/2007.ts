import type { HolidaySchedule } from '../types.js';

/**
 * 2007: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The notice also makes 2006-12-30 (Saturday) and 2006-12-31 (Sunday) working days.
 */
export default [
  {
    year: 2007,
    source: {
      title: '国务院办公厅关于2007年部分节假日安排的通知',
      url: 'http://www.gov.cn/fwxx/sh/2006-12/18/content_471877.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2007-01-01', to: '2007-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2007-02-18', to: '2007-02-24' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2007-05-01', to: '2007-05-07' },
      { name: 'National Day', nameZh: '国庆节', from: '2007-10-01', to: '2007-10-07' },
    ],
    makeupWorkdays: ['2006-12-30', '2006-12-31', '2007-02-17', '2007-02-25', '2007-04-28', '2007-04-29', '2007-09-29', '2007-09-30'],
  },
] as const satisfies readonly HolidaySchedule[];
