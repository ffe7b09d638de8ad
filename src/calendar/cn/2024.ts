import type { HolidaySchedule } from '../types.js';

/**
 * 2024: the State Council's holiday arrangements, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 */
export default [
  {
    year: 2024,
    source: {
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2024-01-01', to: '2024-01-01' },
      { name: 'Spring Festival', nameZh: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2024-06-10', to: '2024-06-10' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: 'National Day', nameZh: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    makeupWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
] as const satisfies readonly HolidaySchedule[];
