import type { HolidaySchedule } from '../types.js';

/**
 * 2012: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The notice also makes Saturday 2011-12-31 a working day.
 */
export default [
  {
    year: 2012,
    source: {
      title: '国务院办公厅关于2012年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2012-01-01', to: '2012-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2012-01-22', to: '2012-01-28' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2012-04-02', to: '2012-04-04' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2012-04-29', to: '2012-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2012-06-22', to: '2012-06-24' },
      { name: 'Mid-Autumn Festival and National Day', nameZh: '中秋节、国庆节', from: '2012-09-30', to: '2012-10-07' },
    ],
    makeupWorkdays: ['2011-12-31', '2012-01-21', '2012-01-29', '2012-03-31', '2012-04-01', '2012-04-28', '2012-09-29'],
  },
] as const satisfies readonly HolidaySchedule[];
