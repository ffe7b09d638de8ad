import type { HolidaySchedule } from '../types.js';

/**
 * 2005: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2005,
    source: {
      title: '国务院办公厅关于2005年部分节假日安排的通知',
      url: 'https://zhidao.baidu.com/question/2299098.html',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2005-01-01', to: '2005-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2005-02-09', to: '2005-02-15' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2005-05-01', to: '2005-05-07' },
      { name: 'National Day', nameZh: '国庆节', from: '2005-10-01', to: '2005-10-07' },
    ],
    makeupWorkdays: ['2005-02-05', '2005-02-06', '2005-04-30', '2005-05-08', '2005-10-08', '2005-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
