/**
 * The shapes of calendar data: holiday schedules (one State Council notice, or a user's file) and what a day is.
 *
 * @module
 */
import type { PlainDate } from '../date/plainDate.js';

/**
 * What a day is on a calendar:
 * - `'workday'`: a Monday–Friday working day;
 * - `'weekend'`: a Saturday or Sunday rest day;
 * - `'holiday'`: a rest day of a public-holiday arrangement (on any weekday, including weekends inside the span);
 * - `'makeup-workday'`: a Saturday or Sunday that a notice makes a working day (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** The document a calendar fact comes from: a notice's title and address. */
export interface CalendarSource {
  /** The document's title, e.g. `'国务院办公厅关于2025年部分节假日安排的通知'`. */
  readonly title: string;
  /** Where it is published; an empty string when it is not known. */
  readonly url: string;
}

/** The names of a holiday. */
export interface HolidayName {
  /** English name, e.g. `'Spring Festival'`. */
  readonly name: string;
  /** Chinese name, e.g. `'春节'`; absent where the schedule did not give one. */
  readonly nameZh?: string;
}

/** A run of consecutive rest days, both ends included. */
export interface ScheduleHoliday extends HolidayName {
  /** First rest day. */
  readonly from: PlainDate;
  /** Last rest day (the same as `from` for a one-day holiday). */
  readonly to: PlainDate;
}

/**
 * One year's holiday schedule as one notice publishes it: its rest-day spans and its make-up working days.
 * A notice for year N may set days at the end of year N-1 (the 2006 notice makes 2005-12-31 a working day).
 * An amendment is a further schedule for the same year, applied after the notice: it wins on the days it sets.
 *
 * @example
 * const schedule: HolidaySchedule = {
 *   year: 2027,
 *   source: { title: '国务院办公厅关于2027年部分节假日安排的通知', url: 'https://www.gov.cn/…' },
 *   holidays: [{ name: "New Year's Day", nameZh: '元旦', from: '2027-01-01', to: '2027-01-03' }],
 *   makeupWorkdays: [],
 * };
 */
export interface HolidaySchedule {
  /** The year the notice is for. */
  readonly year: number;
  /**
   * The calendar the schedule extends, e.g. `'CN'` or `'HK'`. Absent: the calendar it is given to (`withSchedules`),
   * or `'CN'` where schedules for several calendars are kept together (a combination, the CLI's store).
   */
  readonly calendar?: string | undefined;
  /** The notice. */
  readonly source: CalendarSource;
  /** Rest-day spans, weekends inside a span included. */
  readonly holidays: readonly ScheduleHoliday[];
  /** Saturdays and Sundays that are working days. */
  readonly makeupWorkdays: readonly PlainDate[];
}

/** Everything reviewclock knows about one day. Returned by `dayInfo`. */
export interface DayInfo {
  /** The day, `'YYYY-MM-DD'`. */
  readonly date: PlainDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** True on working days (`kind` is `'workday'` or `'makeup-workday'`). */
  readonly working: boolean;
  /** What the day is. */
  readonly kind: DayKind;
  /** For a holiday: its names. */
  readonly holiday?: HolidayName;
  /** For a holiday or a make-up working day: the notice that set it. */
  readonly source?: CalendarSource;
  /** True when the day's status is projected rather than published (only on calendars from `projectCalendar`). */
  readonly provisional: boolean;
}
