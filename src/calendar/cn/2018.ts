import type { HolidaySchedule } from '../types.js';

/**
 * 2018: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2018,
    source: {
      title: '国务院办公厅关于2018年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2018-01-01', to: '2018-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2018-02-15', to: '2018-02-21' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2018-04-05', to: '2018-04-07' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2018-04-29', to: '2018-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2018-06-18', to: '2018-06-18' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2018-09-24', to: '2018-09-24' },
      { name: 'National Day', nameZh: '国庆节', from: '2018-10-01', to: '2018-10-07' },
    ],
    makeupWorkdays: ['2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30'],
  },
] as const satisfies readonly HolidaySchedule[];
