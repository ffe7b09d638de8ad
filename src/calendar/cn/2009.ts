import type { HolidaySchedule } from '../types.js';

/**
 * 2009: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2009,
    source: {
      title: '国务院办公厅关于2009年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2009-01-01', to: '2009-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2009-01-25', to: '2009-01-31' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2009-04-04', to: '2009-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2009-05-01', to: '2009-05-03' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2009-05-28', to: '2009-05-30' },
      { name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节', from: '2009-10-01', to: '2009-10-08' },
    ],
    makeupWorkdays: ['2009-01-04', '2009-01-24', '2009-02-01', '2009-05-31', '2009-09-27', '2009-10-10'],
  },
] as const satisfies readonly HolidaySchedule[];
