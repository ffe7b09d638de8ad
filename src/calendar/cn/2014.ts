import type { HolidaySchedule } from '../types.js';

/**
 * 2014: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2014,
    source: {
      title: '国务院办公厅关于2014年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2014-01-01', to: '2014-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2014-01-31', to: '2014-02-06' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2014-04-05', to: '2014-04-07' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2014-05-01', to: '2014-05-03' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2014-06-02', to: '2014-06-02' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2014-09-08', to: '2014-09-08' },
      { name: 'National Day', nameZh: '国庆节', from: '2014-10-01', to: '2014-10-07' },
    ],
    makeupWorkdays: ['2014-01-26', '2014-02-08', '2014-05-04', '2014-09-28', '2014-10-11'],
  },
] as const satisfies readonly HolidaySchedule[];
