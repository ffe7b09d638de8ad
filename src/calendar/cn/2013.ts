import type { HolidaySchedule } from '../types.js';

/**
 * 2013: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2013,
    source: {
      title: '国务院办公厅关于2013年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2013-01-01', to: '2013-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2013-02-09', to: '2013-02-15' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2013-04-04', to: '2013-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2013-04-29', to: '2013-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2013-06-10', to: '2013-06-12' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2013-09-19', to: '2013-09-21' },
      { name: 'National Day', nameZh: '国庆节', from: '2013-10-01', to: '2013-10-07' },
    ],
    makeupWorkdays: ['2013-01-05', '2013-01-06', '2013-02-16', '2013-02-17', '2013-04-07', '2013-04-27', '2013-04-28', '2013-06-08', '2013-06-09', '2013-09-22', '2013-09-29', '2013-10-12'],
  },
] as const satisfies readonly HolidaySchedule[];
