import type { HolidaySchedule } from '../types.js';

/**
 * 2021: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2021,
    source: {
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2021-02-11', to: '2021-02-17' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2021-05-01', to: '2021-05-05' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2021-09-19', to: '2021-09-21' },
      { name: 'National Day', nameZh: '国庆节', from: '2021-10-01', to: '2021-10-07' },
    ],
    makeupWorkdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
