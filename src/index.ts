/**
 * reviewclock: regulatory review deadlines for drugs and medical devices in China, counted in working days on
 * the official State Council calendar.
 *
 * The public API is this explicit list of names; nothing else is public.
 *
 * @packageDocumentation
 */
export { chinaDateOf, isPlainDate, type PlainDate } from './date/plainDate.js';
export {
  CalendarCoverageError,
  CalendarRequiredError,
  InconsistentInputError,
  InvalidArgumentError,
  InvalidDateError,
  PolicyValidationError,
  ReviewclockError,
  ScheduleValidationError,
  UnknownPolicyError,
  type InputIssue,
  type ReviewclockErrorCode,
} from './errors.js';
export { Calendar, type CalendarOptions } from './calendar/Calendar.js';
export type { CalendarSource, DayInfo, DayKind, HolidayName, HolidaySchedule, ScheduleHoliday } from './calendar/types.js';
export { CN } from './calendar/cn/index.js';
export { addWorkingDays } from './workday/addWorkingDays.js';
export { countWorkingDays } from './workday/countWorkingDays.js';
export { dayInfo } from './workday/dayInfo.js';
export { isWorkingDay } from './workday/isWorkingDay.js';
export { nextWorkingDay } from './workday/nextWorkingDay.js';
export { previousWorkingDay } from './workday/previousWorkingDay.js';

// Calendars past the bundled years and past the mainland: run-time schedules, projection, combinations, overrides.
export { withSchedules, type WithSchedulesOptions } from './calendar/withSchedules.js';
export { HolidayScheduleJsonSchema, HolidayScheduleSchema } from './calendar/scheduleSchema.js';
export { projectCalendar, type ProjectCalendarOptions } from './calendar/projection/projectCalendar.js';
export { combineCalendars } from './calendar/combineCalendars.js';
export { withOverrides, type CalendarOverrides, type DayOverride } from './calendar/withOverrides.js';
export { calendarToICS } from './ics/calendarToICS.js';
export { eventsToICS, type IcsEvent, type IcsOptions } from './ics/eventsToICS.js';
