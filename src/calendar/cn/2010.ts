import type { HolidaySchedule } from '../types.js';

/**
 * 2010: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2010,
    source: {
      title: '国务院办公厅关于2010年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2010-01-01', to: '2010-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2010-02-13', to: '2010-02-19' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2010-04-03', to: '2010-04-05' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2010-05-01', to: '2010-05-03' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2010-06-14', to: '2010-06-16' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2010-09-22', to: '2010-09-24' },
      { name: 'National Day', nameZh: '国庆节', from: '2010-10-01', to: '2010-10-07' },
    ],
    makeupWorkdays: ['2010-02-20', '2010-02-21', '2010-06-12', '2010-06-13', '2010-09-19', '2010-09-25', '2010-09-26', '2010-10-09'],
  },
] as const satisfies readonly HolidaySchedule[];
