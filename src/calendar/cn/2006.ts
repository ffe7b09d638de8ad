import type { HolidaySchedule } from '../types.js';

/**
 * 2006: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The notice also makes Saturday 2005-12-31 a working day.
 */
export default [
  {
    year: 2006,
    source: {
      title: '国务院办公厅关于2006年部分节假日安排的通知',
      url: 'http://www.gov.cn/jrzg/2005-12/22/content_133837.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2006-01-01', to: '2006-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2006-01-29', to: '2006-02-04' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2006-05-01', to: '2006-05-07' },
      { name: 'National Day', nameZh: '国庆节', from: '2006-10-01', to: '2006-10-07' },
    ],
    makeupWorkdays: ['2005-12-31', '2006-01-28', '2006-02-05', '2006-04-29', '2006-04-30', '2006-09-30', '2006-10-08'],
  },
] as const satisfies readonly HolidaySchedule[];
