import type { HolidaySchedule } from '../types.js';

/**
 * 2004: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2004,
    source: {
      title: '国务院办公厅关于2004年部分节假日安排的通知',
      url: 'https://zh.wikisource.org/zh-hans/国务院办公厅关于2004年部分节假日安排的通知',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2004-01-01', to: '2004-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2004-01-22', to: '2004-01-28' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2004-05-01', to: '2004-05-07' },
      { name: 'National Day', nameZh: '国庆节', from: '2004-10-01', to: '2004-10-07' },
    ],
    makeupWorkdays: ['2004-01-17', '2004-01-18', '2004-05-08', '2004-05-09', '2004-10-09', '2004-10-10'],
  },
] as const satisfies readonly HolidaySchedule[];
