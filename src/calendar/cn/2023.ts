import type { HolidaySchedule } from '../types.js';

/**
 * 2023: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The New Year holiday starts on Saturday 2022-12-31.
 */
export default [
  {
    year: 2023,
    source: {
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: 'Spring Festival', nameZh: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: 'Mid-Autumn Festival and National Day', nameZh: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    makeupWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
] as const satisfies readonly HolidaySchedule[];
