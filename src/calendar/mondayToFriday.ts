/**
 * `MONDAY_TO_FRIDAY`: the plain five-day week, with no holidays, for tests and for comparisons with `CN`.
 *
 * @module
 */
import { Calendar } from './Calendar.js';
import { DaysBuilder, yearsRange } from './fromSchedules.js';

const ID = 'MONFRI';
// 1901–2099: every fourth year is a leap year throughout (1900 and 2100 are not leap years), the schedule format's
// years start in 1901, and the projection rules end in 2099. 72,684 days, built on first use.
const FIRST_YEAR = 1901;
const LAST_YEAR = 2099;
const { first, last } = yearsRange(FIRST_YEAR, LAST_YEAR);

/**
 * A calendar on which Monday to Friday are working days and Saturday and Sunday rest days, every week, with no
 * holidays and no make-up working days: a plain rule, not a notice, so no day has a `source`. Its id is `'MONFRI'`
 * and it covers 1901-01-01 to 2099-12-31; outside that range every function throws `CalendarCoverageError`, as on
 * any calendar. Use it in tests, or to see what the State Council's arrangements change
 * (`countWorkingDays(a, b) − countWorkingDays(a, b, { calendar: MONDAY_TO_FRIDAY })`). Its days are computed on first
 * use.
 *
 * @example
 * MONDAY_TO_FRIDAY.id //=> 'MONFRI'
 * MONDAY_TO_FRIDAY.coverage //=> { from: '1901-01-01', to: '2099-12-31' }
 * isWorkingDay('2025-10-01', { calendar: MONDAY_TO_FRIDAY }) //=> true (a Wednesday; on CN, National Day)
 * countWorkingDays('2024-12-31', '2025-12-31', { calendar: MONDAY_TO_FRIDAY }) //=> 261 (CN: 248)
 */
export const MONDAY_TO_FRIDAY: Calendar = /* @__PURE__ */ new Calendar({
  id: ID,
  name: `Monday to Friday working days, Saturday and Sunday rest days, no holidays (a plain rule, not a notice) ${FIRST_YEAR}–${LAST_YEAR}`,
  first,
  last,
  days: () => new DaysBuilder(first, last).build(),
  // The days are exactly Monday–Friday work and Saturday–Sunday rest with no schedule applied: withSchedules rebuilds
  // them from the schedules it adds.
  schedules: [],
  extendHint: (year) =>
    year < FIRST_YEAR
      ? `The ${ID} calendar (MONDAY_TO_FRIDAY) applies the Monday–Friday rule to ${FIRST_YEAR}–${LAST_YEAR}; schedules, and so added years, start in ${FIRST_YEAR}.`
      : `The ${ID} calendar (MONDAY_TO_FRIDAY) applies the Monday–Friday rule to ${FIRST_YEAR}–${LAST_YEAR}; to count in ${year}, add each ` +
        `year up to it as a schedule without holidays, e.g. withSchedules(MONDAY_TO_FRIDAY, [{ year: ${LAST_YEAR + 1}, ` +
        `source: { title: 'Monday to Friday', url: '' }, holidays: [], makeupWorkdays: [] }]).`,
});
