import type { HolidaySchedule } from '../types.js';

/**
 * 2016: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2016,
    source: {
      title: '国务院办公厅关于2016年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2016-01-01', to: '2016-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2016-02-07', to: '2016-02-13' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2016-04-04', to: '2016-04-04' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2016-05-01', to: '2016-05-02' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2016-06-09', to: '2016-06-11' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2016-09-15', to: '2016-09-17' },
      { name: 'National Day', nameZh: '国庆节', from: '2016-10-01', to: '2016-10-07' },
    ],
    makeupWorkdays: ['2016-02-06', '2016-02-14', '2016-06-12', '2016-09-18', '2016-10-08', '2016-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
