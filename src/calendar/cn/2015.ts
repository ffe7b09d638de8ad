import type { HolidaySchedule } from '../types.js';

/**
 * 2015: the State Council's holiday arrangements and their amendment, transcribed from
 * ../../../../shared/reference/cn-holiday-notices.md
 *
 * Amended on 2015-05-13: 3–5 September are rest days for the 70th anniversary, and Sunday 6 September is worked.
 */
export default [
  {
    year: 2015,
    source: {
      title: '国务院办公厅关于2015年部分节假日安排的通知',
      url: 'http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm',
    },
    holidays: [
      { name: "New Year's Day", nameZh: '元旦', from: '2015-01-01', to: '2015-01-03' },
      { name: 'Spring Festival', nameZh: '春节', from: '2015-02-18', to: '2015-02-24' },
      { name: 'Qingming Festival', nameZh: '清明节', from: '2015-04-05', to: '2015-04-06' },
      { name: 'Labour Day', nameZh: '劳动节', from: '2015-05-01', to: '2015-05-01' },
      { name: 'Dragon Boat Festival', nameZh: '端午节', from: '2015-06-20', to: '2015-06-22' },
      { name: 'Mid-Autumn Festival', nameZh: '中秋节', from: '2015-09-27', to: '2015-09-27' },
      { name: 'National Day', nameZh: '国庆节', from: '2015-10-01', to: '2015-10-07' },
    ],
    makeupWorkdays: ['2015-01-04', '2015-02-15', '2015-02-28', '2015-10-10'],
  },
  {
    year: 2015,
    source: {
      title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      url: 'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm',
    },
    holidays: [
      { name: "70th anniversary of the victory in the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War", nameZh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', from: '2015-09-03', to: '2015-09-05' },
    ],
    makeupWorkdays: ['2015-09-06'],
  },
] as const satisfies readonly HolidaySchedule[];
