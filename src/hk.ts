/**
 * reviewclock/hk: the Hong Kong working-day calendar. The published years are compact data (generated from
 * date-holidays and checked against it in the tests), so an answer on them costs what a mainland answer costs;
 * date-holidays itself is loaded only by `projectCalendar(HK)`, for the years after them.
 *
 * @packageDocumentation
 *
 * @example
 * import { addWorkingDays } from 'reviewclock';
 * import { HK } from 'reviewclock/hk';
 * addWorkingDays('2025-12-24', 1, { calendar: HK }) //=> '2025-12-29' (Christmas Day and the first weekday after it)
 */
export { HK } from './calendar/hk/hongKong.js';
