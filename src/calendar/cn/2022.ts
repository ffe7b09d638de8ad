import type { HolidaySchedule } from '../types.js';

/**
 * 2022: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2022,
    source: {
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2022-01-31', to: '2022-02-06' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2022-04-03', to: '2022-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2022-04-30', to: '2022-05-04' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: 'National Day', nameZh: '国庆节', from: '2022-10-01', to: '2022-10-07' },
    ],
    makeupWorkdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
