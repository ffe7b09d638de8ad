/**
 * reviewclock: regulatory review deadlines for drugs and medical devices in China, counted in working days on
 * the official State Council calendar.
 *
 * The public API is this explicit list of names; nothing else is public. The zod schemas (`PolicySchema`,
 * `ProcedureSchema`, `HolidayScheduleSchema`) and the JSON Schemas made from them are in `reviewclock/schema`, so
 * that importing this entry point loads no zod.
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
  NoticeParseError,
  PolicyValidationError,
  ReviewclockError,
  ScheduleValidationError,
  UnknownPolicyError,
  UnknownStopReasonError,
  type InputIssue,
  type ReviewclockErrorCode,
} from './errors.js';
export { Calendar, type CalendarOptions } from './calendar/Calendar.js';
export type { CalendarSource, DayInfo, DayKind, HolidayName, HolidaySchedule, ScheduleHoliday } from './calendar/types.js';
export { CN } from './calendar/cn/index.js';
export { MONDAY_TO_FRIDAY } from './calendar/mondayToFriday.js';
export { addWorkingDays } from './workday/addWorkingDays.js';
export { countWorkingDays } from './workday/countWorkingDays.js';
export { dayInfo } from './workday/dayInfo.js';
export { isWorkingDay } from './workday/isWorkingDay.js';
export { listDays } from './workday/listDays.js';
export { calendarTable, type CalendarTableRow } from './workday/calendarTable.js';
export { nextWorkingDay } from './workday/nextWorkingDay.js';
export { previousWorkingDay } from './workday/previousWorkingDay.js';
export { workingDayOnOrAfter } from './workday/workingDayOnOrAfter.js';
export { workingDayOnOrBefore } from './workday/workingDayOnOrBefore.js';

// Calendars past the bundled years and past the mainland: run-time schedules, projection, combinations, overrides.
export { withSchedules, type WithSchedulesOptions } from './calendar/withSchedules.js';
export { parseHolidaySchedule } from './calendar/scheduleSchema.js';
export {
  scheduleFromNotice,
  type NoticeOptions,
  type NoticeReading,
  type NoticeWarning,
} from './calendar/notice/scheduleFromNotice.js';
export { checkScheduleAgainstLaw, type CheckScheduleOptions } from './calendar/notice/checkScheduleAgainstLaw.js';
export { projectCalendar, type ProjectCalendarOptions } from './calendar/projection/projectCalendar.js';
export { combineCalendars } from './calendar/combineCalendars.js';
export { withOverrides, type CalendarOverrides, type DayOverride } from './calendar/withOverrides.js';
export {
  formatCalendarTable,
  type CalendarTableFormat,
  type FormatCalendarTableOptions,
} from './export/formatCalendarTable.js';
export { calendarToICS } from './ics/calendarToICS.js';
export { eventsToICS, type IcsAlarm, type IcsEvent, type IcsOptions } from './ics/eventsToICS.js';
export { deadlineToICS, type DeadlineIcsOptions, type IcsLanguage, type IcsReminder } from './ics/deadlineToICS.js';
export { deadlinesToICS, type DeadlineIcsEntry, type DeadlinesIcsOptions } from './ics/deadlinesToICS.js';

// Policies and deadlines: review-time rules as validated data (the built-in catalog), the deadline evaluator with
// stops, extensions and restarts, multi-stage timelines, and explanations in English and Chinese.
export { PolicyNotInForceError } from './errors.js';
export type {
  BilingualText,
  Confidence,
  Consequence,
  ExtensionCap,
  LimitUnit,
  Policy,
  PolicyInput,
  PolicyRole,
  PolicySource,
  Procedure,
  StopEffect,
  StopRule,
} from './policy/schema.js';
export type { PolicySummary } from './policy/compile.js';
export { getPolicy, type GetPolicyOptions } from './policy/getPolicy.js';
export { listPolicies, type PolicyFilter } from './policy/listPolicies.js';
export { dueDate } from './deadline/dueDate.js';
export type {
  CountedSegment,
  DeadlineResult,
  DeadlineStatus,
  DeadlineStop,
  DeadlineWarning,
  ProvisionalField,
  StopDayReading,
  DueDateOptions,
  DueSegment,
  ExtendedSegment,
  ExtensionSegment,
  IgnoredStopSegment,
  PeriodSegment,
  RestartedSegment,
  RolledSegment,
  SkippedHoliday,
  StartSegment,
  StoppedSegment,
  TraceSegment,
} from './deadline/types.js';
export { explain, type ExplainLanguage, type ExplainOptions } from './deadline/explain.js';
export {
  listProcedures,
  projectTimeline,
  type StageProgress,
  type StageStatus,
  type TimelineMilestone,
  type TimelineOptions,
  type TimelineResult,
  type TimelineStage,
  type TimelineStageInput,
} from './deadline/projectTimeline.js';
