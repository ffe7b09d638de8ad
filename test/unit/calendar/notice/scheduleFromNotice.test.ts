import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_SCHEDULES } from '../../../../src/calendar/cn/schedules.js';
import { statutoryHolidays } from '../../../../src/calendar/law/mainlandHolidayLaw.js';
import { dayNumberFromParts, formatDayNumber, tryParsePlainDate, weekdayOfDayNumber } from '../../../../src/date/plainDate.js';
import {
  CN,
  NoticeParseError,
  dayInfo,
  scheduleFromNotice,
  withSchedules,
  type HolidaySchedule,
  type NoticeReading,
} from '../../../../src/index.js';
import { HolidayScheduleSchema } from '../../../../src/schema.js';
import { REFERENCE_COPY, REFERENCE_FILE, readReferenceNotices } from '../../../support/referenceNotices.js';

const references = readReferenceNotices();
const bundled = (year: number) => CN_SCHEDULES.filter((schedule) => schedule.year === year);
const example2027 = readFileSync(new URL('../../../../fixtures/notices/2027-example.txt', import.meta.url), 'utf8');
const reference = (year: number) => references.find((each) => each.year === year)!;

/** Every day from 1 December of the year before (or the start of CN's coverage, 2004-01-01) to 31 December of the year. */
function daysOf(year: number): string[] {
  const dates: string[] = [];
  const first = Math.max(dayNumberFromParts(year - 1, 12, 1), tryParsePlainDate(CN.coverage.from)!);
  for (let day = first; day <= dayNumberFromParts(year, 12, 31); day++) dates.push(formatDayNumber(day));
  return dates;
}

function readYear(year: number): { notice: NoticeReading; amendments: NoticeReading[] } {
  const { notice, amendments } = reference(year);
  const reading = scheduleFromNotice(notice);
  return { notice: reading, amendments: amendments.map((text) => scheduleFromNotice(text, { amend: reading.schedule })) };
}

describe('scheduleFromNotice', () => {
  describe('the reference notices 2004–2026', () => {
    it('splits the reference file into one notice a year, the three amendments and the 2025 preamble', () => {
      expect(references.map((each) => each.year)).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
      expect(references.filter((each) => each.amendments.length > 0).map((each) => [each.year, each.amendments.length])).toEqual([
        [2015, 1],
        [2019, 1],
        [2020, 1],
      ]);
      expect(references.filter((each) => each.prose.length > 0).map((each) => each.year)).toEqual([2025]);
      expect(reference(2015).amendments[0]).toMatch(/^Amendment: 《国务院关于/);
    });

    it('reads from a verbatim copy of the reference file', () => {
      if (!existsSync(REFERENCE_FILE)) return; // the shared folder is not checked out here; the copy is used
      expect(readFileSync(REFERENCE_COPY, 'utf8')).toBe(readFileSync(REFERENCE_FILE, 'utf8'));
    });

    it.each(references.map((each) => [each.year] as const))('reproduces the bundled %i data day by day', (year) => {
      // Arrange
      const { notice, amendments } = readYear(year);
      const calendar = withSchedules(CN, [notice.schedule, ...amendments.map((each) => each.schedule)], { replace: true });
      const noticeUrl = notice.schedule.source.url;
      // Act
      const differences = daysOf(year).flatMap((date) => {
        const got = dayInfo(date, { calendar });
        const want = dayInfo(date);
        const view = (info: typeof got) => ({
          kind: info.kind,
          working: info.working,
          name: info.holiday?.name,
          nameZh: info.holiday?.nameZh,
          url: info.source?.url,
          // Titles are compared for the yearly notices: the reference file does not give the amendments' titles.
          title: info.source?.url === noticeUrl ? info.source?.title : undefined,
        });
        return JSON.stringify(view(got)) === JSON.stringify(view(want)) ? [] : [{ date, got: view(got), want: view(want) }];
      });
      // Assert
      expect(differences).toEqual([]);
    });

    it.each(references.map((each) => [each.year] as const))('reads the %i notice into exactly the bundled schedule', (year) => {
      const { notice, amendments } = readYear(year);
      const [yearly, ...amended] = bundled(year);
      expect(notice.schedule).toEqual(yearly);
      expect(notice.amends).toBe(false);
      expect(amendments.map((each) => ({ ...each.schedule, source: { ...each.schedule.source, title: '' } }))).toEqual(
        amended.map((each) => ({ ...each, source: { ...each.source, title: '' } })),
      );
      expect(amendments.every((each) => each.amends)).toBe(true);
      expect(HolidayScheduleSchema.safeParse(notice.schedule).success).toBe(true);
    });

    it('titles the amendments from their own words', () => {
      expect(readYear(2015).amendments[0]!.schedule.source.title).toBe('国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知');
      expect(readYear(2015).amendments[0]!.warnings).toEqual([]);
      const labour = readYear(2019).amendments[0]!;
      expect(labour.schedule.source.title).toBe('国务院办公厅关于调整2019年劳动节放假安排的通知');
      expect(labour.warnings.map((each) => each.code)).toEqual(['no_title']);
      const extension = readYear(2020).amendments[0]!;
      expect(extension.schedule.source.title).toBe(bundled(2020)[1]!.source.title);
      expect(extension.warnings.map((each) => each.code)).toEqual(['no_title']);
    });

    it('reads the 2015 anniversary amendment with { year: 2015 } alone', () => {
      const text = reference(2015).amendments[0]!;
      expect(scheduleFromNotice(text, { year: 2015 }).schedule).toEqual(scheduleFromNotice(text, { amend: readYear(2015).notice.schedule }).schedule);
      expect(scheduleFromNotice(text, { year: 2015 }).schedule).toEqual(bundled(2015)[1]);
    });

    it('reads the 2019 Labour Day change without the notice it amends, and checks it against the notice when given', () => {
      const text = reference(2019).amendments[0]!;
      expect(scheduleFromNotice(text).schedule.holidays).toEqual(bundled(2019)[1]!.holidays);
      expect(scheduleFromNotice(text, { amend: bundled(2019)[0] as HolidaySchedule }).schedule.makeupWorkdays).toEqual(['2019-04-28', '2019-05-05']);
    });

    it('needs the 2020 notice to read the 2020 extension, and says which year (amendsYear) so that a caller can retry', () => {
      const text = reference(2020).amendments[0]!;
      let error: unknown;
      try {
        scheduleFromNotice(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(NoticeParseError);
      expect((error as NoticeParseError).amendsYear).toBe(2020);
      expect((error as NoticeParseError).message).toMatch(/options\.amend/);
      expect((error as NoticeParseError).sentence).toBe('延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。');
      // The retry: look the 2020 schedule up (here, the bundled one) and read again.
      const retried = scheduleFromNotice(text, { amend: bundled(2020)[0] as HolidaySchedule });
      expect(retried.schedule.holidays).toEqual([{ name: 'Spring Festival (extended)', nameZh: '春节（延长假期）', from: '2020-01-31', to: '2020-02-02' }]);
    });

    it('refuses the 2025 principles preamble on its own (prose, not a notice) and skips it before the notice', () => {
      const [preamble] = reference(2025).prose;
      expect(() => scheduleFromNotice(preamble!, { year: 2025 })).toThrow(NoticeParseError);
      expect(scheduleFromNotice(`${preamble}\n${reference(2025).notice}`).schedule).toEqual(bundled(2025)[0]);
    });

    it('reads each yearly text with the year it states, or from its address when it states none', () => {
      expect(scheduleFromNotice(reference(2013).notice).warnings.map((each) => each.code)).toEqual(['year_from_address', 'no_title']);
      expect(scheduleFromNotice(reference(2013).notice, { year: 2013 }).warnings.map((each) => each.code)).toEqual(['no_title']);
      expect(scheduleFromNotice(reference(2008).notice).warnings.map((each) => each.code)).toEqual(['no_title']); // 2007年12月30日—2008年1月1日
    });
  });

  describe('the law it checks against', () => {
    // checkNotice.ts relies on this balance (Art. 2 with Art. 6): over a notice's days, the weekday rest days minus the
    // make-up working days are at least the statutory holiday days. Verified here on every bundled year before relying on it.
    it.each(Array.from({ length: 23 }, (_, index) => [2004 + index] as const))(
      'finds the Art. 6 balance in the bundled %i data, for the notice alone and with its amendments',
      (year) => {
        const balance = (schedules: readonly HolidaySchedule[]) => {
          const state = new Map<number, 'rest' | 'work'>();
          for (const schedule of schedules) {
            for (const holiday of schedule.holidays) {
              for (let day = tryParsePlainDate(holiday.from)!; day <= tryParsePlainDate(holiday.to)!; day++) state.set(day, 'rest');
            }
            for (const date of schedule.makeupWorkdays) state.set(tryParsePlainDate(date)!, 'work');
          }
          const weekdayRest = [...state].filter(([day, kind]) => kind === 'rest' && weekdayOfDayNumber(day) <= 5).length;
          const worked = [...state].filter(([, kind]) => kind === 'work').length;
          const statutory = statutoryHolidays(year).flatMap((holiday) => holiday.days);
          const outside = statutory.filter((day) => state.get(day) !== 'rest');
          return { surplus: weekdayRest - worked - statutory.length, outside };
        };
        const schedules = bundled(year);
        expect(balance(schedules.slice(0, 1))).toEqual({ surplus: 0, outside: [] });
        expect(balance(schedules).surplus).toBe({ 2015: 1, 2020: 2 }[year as 2015 | 2020] ?? 0);
      },
    );
  });

  describe('warnings', () => {
    it('warns when the text holds no address and no title, and uses options.url when given', () => {
      const reading = scheduleFromNotice(example2027);
      expect(reading.warnings.map((each) => each.code)).toEqual(['no_address', 'no_title']);
      expect(reading.schedule.source).toEqual({ title: '国务院办公厅关于2027年部分节假日安排的通知', url: '' });
      const withUrl = scheduleFromNotice(example2027, { url: 'https://example.org/cn-2027-example' });
      expect(withUrl.schedule.source.url).toBe('https://example.org/cn-2027-example');
      expect(withUrl.warnings.map((each) => each.code)).toEqual(['no_title']);
    });

    it('takes the address and the title from the text before options.url', () => {
      const text = `国务院办公厅关于2027年部分节假日安排的通知\nhttps://www.gov.cn/zhengce/content/202611/content_0000000.htm\n${example2027}`;
      const reading = scheduleFromNotice(text, { url: 'https://example.org/other' });
      expect(reading.schedule.source).toEqual({ title: '国务院办公厅关于2027年部分节假日安排的通知', url: 'https://www.gov.cn/zhengce/content/202611/content_0000000.htm' });
      expect(reading.warnings).toEqual([]);
    });

    it('reads an unknown holiday name with its Chinese name as both names, and warns', () => {
      const text = example2027.replace('七、国庆节', '八、植树节：3月12日（周五）放假1天。\n七、国庆节');
      const reading = scheduleFromNotice(text);
      expect(reading.schedule.holidays[7 - 1]).toEqual({ name: '植树节', nameZh: '植树节', from: '2027-03-12', to: '2027-03-12' });
      const warning = reading.warnings.find((each) => each.code === 'unknown_holiday')!;
      expect(warning.sentence).toBe('八、植树节：3月12日（周五）放假1天。');
      expect(warning.message).toMatch(/^scheduleFromNotice: "八、植树节/);
    });

    it('warns about a note it cannot check, and about 与周末连休 on a day next to no weekend', () => {
      const text = example2027
        .replace('6月9日（周三）放假1天，不调休', '6月9日（周三，端午）放假，与周末连休')
        .replace('9月15日（周三）', '9月15日（周三、好日子）');
      expect(scheduleFromNotice(text).warnings.map((each) => each.code)).toEqual(['no_address', 'no_title', 'not_next_to_weekend', 'unknown_label']);
    });
  });

  describe('a notice for 2027 (invented example)', () => {
    it('is labelled as invented test data', () => {
      expect(example2027).toMatch(/^EXAMPLE ONLY — invented test data/);
    });

    it('reads into a schedule that withSchedules(CN, schedule) accepts', () => {
      const { schedule } = scheduleFromNotice(example2027);
      const calendar = withSchedules(CN, schedule);
      expect(calendar.coverage).toEqual({ from: '2004-01-01', to: '2027-12-31' });
      expect(dayInfo('2027-02-08', { calendar })).toMatchObject({ kind: 'holiday', working: false, holiday: { name: 'Spring Festival', nameZh: '春节' } });
      expect(dayInfo('2027-02-20', { calendar })).toMatchObject({ kind: 'makeup-workday', working: true, weekday: 6 });
      expect(dayInfo('2027-06-09', { calendar })).toMatchObject({ kind: 'holiday', holiday: { nameZh: '端午节' } });
      expect(dayInfo('2027-06-10', { calendar })).toMatchObject({ kind: 'workday' });
      expect(schedule.makeupWorkdays).toEqual(['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09']);
    });
  });
});
