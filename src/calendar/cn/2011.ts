import type { HolidaySchedule } from '../types.js';

/**
 * 2011: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2011,
    source: {
      title: '国务院办公厅关于2011年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2011-01-01', to: '2011-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2011-02-02', to: '2011-02-08' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2011-04-03', to: '2011-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2011-04-30', to: '2011-05-02' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2011-06-04', to: '2011-06-06' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2011-09-10', to: '2011-09-12' },
      { name: 'National Day', nameZh: '国庆节', from: '2011-10-01', to: '2011-10-07' },
    ],
    makeupWorkdays: ['2011-01-30', '2011-02-12', '2011-04-02', '2011-10-08', '2011-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
