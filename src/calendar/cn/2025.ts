import type { HolidaySchedule } from '../types.js';

/**
 * 2025: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2025,
    source: {
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: 'National Day and Mid-Autumn Festival', nameZh: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
] as const satisfies readonly HolidaySchedule[];
