import type { HolidaySchedule } from '../types.js';

/**
 * 2017: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2017,
    source: {
      title: '国务院办公厅关于2017年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2017-01-01', to: '2017-01-02' },
      { name: 'Spring Festival', nameZh: '春节', from: '2017-01-27', to: '2017-02-02' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2017-04-02', to: '2017-04-04' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2017-05-01', to: '2017-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2017-05-28', to: '2017-05-30' },
      { name: 'Mid-Autumn Festival and National Day', nameZh: '中秋节、国庆节', from: '2017-10-01', to: '2017-10-08' },
    ],
    makeupWorkdays: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
  },
] as const satisfies readonly HolidaySchedule[];
