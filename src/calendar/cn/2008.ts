import type { HolidaySchedule } from '../types.js';

/**
 * 2008: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * The New Year holiday starts on 2007-12-30, and Saturday 2007-12-29 is a working day.
 */
export default [
  {
    year: 2008,
    source: {
      title: '国务院办公厅关于2008年部分节假日安排的通知',
      url: 'http://www.gov.cn/zwgk/2007-12/18/content_837184.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2007-12-30', to: '2008-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2008-02-06', to: '2008-02-12' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2008-04-04', to: '2008-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2008-05-01', to: '2008-05-03' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2008-06-07', to: '2008-06-09' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2008-09-13', to: '2008-09-15' },
      { name: 'National Day', nameZh: '国庆节', from: '2008-09-29', to: '2008-10-05' },
    ],
    makeupWorkdays: ['2007-12-29', '2008-02-02', '2008-02-03', '2008-05-04', '2008-09-27', '2008-09-28'],
  },
] as const satisfies readonly HolidaySchedule[];
