/**
 * `HK`: Hong Kong working days, from the general holidays of the General Holidays Ordinance (Cap. 149), with
 * Saturdays and Sundays as rest days. The published years (2016–2026) are data (`generalHolidays.ts`) generated from
 * date-holidays by `scripts/hk-data.ts` and checked against it in tests, so that an answer on them never loads
 * date-holidays; only `projectCalendar(HK)` computes years with it (`fromDateHolidays.ts`). Loaded only through the
 * `reviewclock/hk` entry point.
 *
 * @module
 */
import { Calendar, KIND_HOLIDAY, type BlockPlan, type CalendarProjection } from '../Calendar.js';
import { DaysBuilder, yearsRange } from '../fromSchedules.js';
import type { CalendarSource } from '../types.js';
import { hongKongGeneralHolidays } from './fromDateHolidays.js';
import { generalHolidaysOf } from './generalHolidays.js';
import { HK_FIRST_YEAR, HK_LAST_YEAR, HK_PROJECTION_LAST_YEAR } from './years.js';

export { HK_FIRST_YEAR, HK_LAST_YEAR, HK_PROJECTION_LAST_YEAR } from './years.js';

/** @internal The gazetted list's address for a year (the Government's page of general holidays). */
export function sourceOf(year: number): CalendarSource {
  return {
    title: `General holidays for ${year}, Hong Kong (General Holidays Ordinance, Cap. 149; list gazetted by the HKSAR Government)`,
    url: `https://www.gov.hk/en/about/abouthk/holiday/${year}.htm`,
  };
}

const { first, last } = yearsRange(HK_FIRST_YEAR, HK_LAST_YEAR);

/** How `projectCalendar(HK)` continues past 2026: date-holidays' rules, marked provisional. */
const HK_PROJECTION_SOURCE: CalendarSource = {
  title: 'General Holidays Ordinance (Cap. 149), Schedule — projected with date-holidays, not a gazetted list',
  url: 'https://www.elegislation.gov.hk/hk/cap149',
};

const HK_PROJECTION: CalendarProjection = {
  basis: "the General Holidays Ordinance (Cap. 149) rules as date-holidays implements them, not a gazetted list",
  source: HK_PROJECTION_SOURCE,
  firstYear: HK_FIRST_YEAR,
  lastYear: HK_PROJECTION_LAST_YEAR,
  // The Ordinance fixes every day: one arrangement per holiday. date-holidays is loaded on the first year projected.
  plan: (year): BlockPlan[] =>
    hongKongGeneralHolidays(year).map(({ day, holiday }) => ({ holiday, source: HK_PROJECTION_SOURCE, variants: [{ rest: [day], makeup: [] }] })),
};

/**
 * The Hong Kong calendar: Monday–Friday are working days except general holidays; Saturdays and Sundays are rest
 * days (the Government's five-day week). General holidays are those of the General Holidays Ordinance (Cap. 149),
 * the days public offices and banks close, which are more than the statutory holidays of the Employment Ordinance.
 * Covers 2016-01-01 to 2026-12-31 (2016, 2019, 2021, 2022 and 2024–2026 checked day by day against the lists the
 * Government gazetted; the other years follow the same rules). A general holiday on
 * a Saturday is shown as a holiday (`kind: 'holiday'`); it is a rest day either way. Typhoon and rainstorm closures
 * are not in it: add them with `withOverrides(HK, { closed: […] })`.
 *
 * @example
 * import { HK } from 'reviewclock/hk';
 * HK.id //=> 'HK'
 * isWorkingDay('2026-04-07', { calendar: HK }) //=> false (the day following Easter Monday, in lieu of Ching Ming)
 * dayInfo('2025-10-07', { calendar: HK }).holiday
 * //=> { name: 'The day following the Chinese Mid-Autumn Festival', nameZh: '中秋節翌日' }
 */
export const HK: Calendar = /* @__PURE__ */ new Calendar({
  id: 'HK',
  name: `Hong Kong general holidays (General Holidays Ordinance, Cap. 149) ${HK_FIRST_YEAR}–${HK_LAST_YEAR}, Saturdays and Sundays rest days`,
  first,
  last,
  days: () => {
    const builder = new DaysBuilder(first, last);
    for (let year = HK_FIRST_YEAR; year <= HK_LAST_YEAR; year++) {
      const sourceRef = builder.sourceRef(sourceOf(year));
      for (const { day, holiday } of generalHolidaysOf(year)) builder.set(day, KIND_HOLIDAY, builder.holidayRef(holiday), sourceRef);
    }
    return builder.build();
  },
  extendHint: (year) =>
    `Hong Kong general holidays are gazetted year by year, and reviewclock covers ${HK_FIRST_YEAR}–${HK_LAST_YEAR}; ` +
    `to count in ${year}, add that year's gazetted list as a schedule with withSchedules(HK, [schedule]) (CLI: --schedule FILE.json)` +
    (year > HK_LAST_YEAR && year <= HK_PROJECTION_LAST_YEAR
      ? `, or opt into provisional answers with projectCalendar(HK) (through ${HK_PROJECTION_LAST_YEAR}).`
      : '.'),
  projection: HK_PROJECTION,
});
