import type { HolidaySchedule } from '../types.js';

/**
 * 2019: the State Council's holiday arrangements and their amendment, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The New Year holiday starts on 2018-12-30, and Saturday 2018-12-29 is a working day. Amended on 2019-03-22: Labour Day becomes 1–4 May, with 28 April and 5 May worked.
 */
export default [
  {
    year: 2019,
    source: {
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      url: 'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2018-12-30', to: '2019-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2019-02-04', to: '2019-02-10' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2019-04-05', to: '2019-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2019-05-01', to: '2019-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2019-06-07', to: '2019-06-07' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2019-09-13', to: '2019-09-13' },
      { name: 'National Day', nameZh: '国庆节', from: '2019-10-01', to: '2019-10-07' },
    ],
    makeupWorkdays: ['2018-12-29', '2019-02-02', '2019-02-03', '2019-09-29', '2019-10-12'],
  },
  {
    year: 2019,
    source: {
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
    },
    holidays: [
      { name: 'Labour Day', nameZh: '劳动节', from: '2019-05-01', to: '2019-05-04' },
    ],
    makeupWorkdays: ['2019-04-28', '2019-05-05'],
  },
] as const satisfies readonly HolidaySchedule[];
