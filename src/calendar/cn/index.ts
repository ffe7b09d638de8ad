/**
 * `CN`: the mainland China working-day calendar, from the State Council holiday notices 2004–2026.
 *
 * @module
 */
import { Calendar } from '../Calendar.js';
import { daysFromSchedules, yearsRange } from '../fromSchedules.js';
import { CN_SCHEDULES } from './schedules.js';

// Coverage follows the data: the first and last years with a notice in schedules.ts.
const FIRST_YEAR = CN_SCHEDULES[0]!.year;
const LAST_YEAR = CN_SCHEDULES[CN_SCHEDULES.length - 1]!.year;
const { first, last } = yearsRange(FIRST_YEAR, LAST_YEAR);

/**
 * The mainland China calendar: Monday–Friday are working days except the rest days the State Council sets for
 * each year; Saturday and Sunday are rest days except the make-up working days (调休上班) it sets. Covers
 * 2004-01-01 to 2026-12-31 from the notices of those years and their amendments (2015, 2019, 2020), including
 * days a notice sets in the year before it (2005-12-31 is a working day). Outside that range every function
 * throws `CalendarCoverageError`.
 *
 * @example
 * CN.coverage //=> { from: '2004-01-01', to: '2026-12-31' }
 * isWorkingDay('2005-12-31', { calendar: CN }) //=> true
 */
export const CN: Calendar = /* @__PURE__ */ new Calendar({
  id: 'CN',
  name: `mainland China, State Council holiday notices ${FIRST_YEAR}–${LAST_YEAR}`,
  first,
  last,
  days: () => daysFromSchedules(first, last, CN_SCHEDULES),
  schedules: CN_SCHEDULES,
  extendHint: (year) =>
    year < FIRST_YEAR
      ? `Mainland working days come from the State Council notice for each year; to count in ${year}, add that year's notice with withSchedules(CN, [schedule]) (CLI: --schedule FILE.json).`
      : `Mainland working days come from the State Council notice for each year; once the ${year} notice is published, ` +
        'add it with withSchedules(CN, [schedule]) (CLI: --schedule FILE.json), or opt into provisional answers with projectCalendar(CN).',
});
