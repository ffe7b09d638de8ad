/**
 * reviewclock/hk: the Hong Kong working-day calendar. A separate entry point, so that users who count only mainland
 * days never load date-holidays.
 *
 * @example
 * import { addWorkingDays } from 'reviewclock';
 * import { HK } from 'reviewclock/hk';
 * addWorkingDays('2025-12-24', 1, { calendar: HK }) //=> '2025-12-29' (Christmas Day and the first weekday after it)
 *
 * @packageDocumentation
 */
export { HK } from './calendar/hk/hongKong.js';
