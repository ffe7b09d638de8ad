import type { HolidaySchedule } from '../types.js';

/**
 * 2026: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2026,
    source: {
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: 'National Day', nameZh: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
] as const satisfies readonly HolidaySchedule[];
