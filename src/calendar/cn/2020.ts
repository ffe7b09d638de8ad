import type { HolidaySchedule } from '../types.js';

/**
 * 2020: the State Council's holiday arrangements and their amendment, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * Amended on 2020-01-27: the Spring Festival holiday is extended to 2 February, so Saturday 1 February, a make-up working day in the original notice, becomes a rest day.
 */
export default [
  {
    year: 2020,
    source: {
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2020-01-01', to: '2020-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2020-01-24', to: '2020-01-30' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2020-04-04', to: '2020-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2020-05-01', to: '2020-05-05' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2020-06-25', to: '2020-06-27' },
      { name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
    ],
    makeupWorkdays: ['2020-01-19', '2020-02-01', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  {
    year: 2020,
    source: {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    },
    holidays: [
      { name: 'Spring Festival (extended)', nameZh: '春节（延长假期）', from: '2020-01-31', to: '2020-02-02' },
    ],
    makeupWorkdays: [],
  },
] as const satisfies readonly HolidaySchedule[];
