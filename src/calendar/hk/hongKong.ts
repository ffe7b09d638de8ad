/**
 * `HK`: Hong Kong working days, from the general holidays of the General Holidays Ordinance (Cap. 149) as
 * date-holidays computes them, with Saturdays and Sundays as rest days. Loaded only through the `reviewclock/hk`
 * entry point, so that mainland-only users never load date-holidays.
 *
 * @module
 */
import Holidays from 'date-holidays';
import { parsePlainDate, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import { Calendar, KIND_HOLIDAY, type BlockPlan, type CalendarProjection } from '../Calendar.js';
import { DaysBuilder, yearsRange } from '../fromSchedules.js';
import type { CalendarSource, HolidayName } from '../types.js';

/**
 * The first year of `HK`. From here to {@link HK_LAST_YEAR}, 2016, 2019, 2021, 2022 and 2024–2026 are checked day by
 * day against the gazetted lists (fixtures/calendar/hk); the years between follow the same Ordinance rules with no
 * special case (2015, the year before, had a one-off holiday that date-holidays does not know).
 */
export const HK_FIRST_YEAR = 2016;
/** The last year of `HK` (the 2027 list was not available to check when this was released). */
export const HK_LAST_YEAR = 2026;
/**
 * The last year `projectCalendar(HK)` projects to: date-holidays takes its lunar dates from date-chinese, whose month
 * numbering is wrong from the 8th month of 2033 (the "2033 problem" of the Chinese calendar).
 */
export const HK_PROJECTION_LAST_YEAR = 2032;

let engine: Holidays | undefined;

/** The gazetted list's address for a year (the Government's page of general holidays). */
function sourceOf(year: number): CalendarSource {
  return {
    title: `General holidays for ${year}, Hong Kong (General Holidays Ordinance, Cap. 149; list gazetted by the HKSAR Government)`,
    url: `https://www.gov.hk/en/about/abouthk/holiday/${year}.htm`,
  };
}

/**
 * The general holidays of a year other than Sundays, with their English and Chinese names as gazetted.
 *
 * date-holidays applies the Ordinance's substitution rules (a holiday on a Sunday moves to the next day; when one
 * of the first three days of the Lunar New Year is a Sunday, the fourth day is a holiday). Where it puts two holidays
 * on one day (the Ordinance then gives the next day that is neither a Sunday nor a general holiday, as in 2015 and
 * 2026 when the day following Ching Ming was Easter Monday), the later one moves on to that day.
 *
 * @param year - A Gregorian year.
 */
export function hongKongGeneralHolidays(year: number): { day: DayNumber; holiday: HolidayName }[] {
  const holidays = (engine ??= new Holidays('HK', { types: ['public'] }));
  const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const english = holidays.getHolidays(year, 'en').filter((h) => h.type === 'public').sort(byDate);
  const chinese = holidays.getHolidays(year, 'zh').filter((h) => h.type === 'public').sort(byDate);
  const taken = new Set<DayNumber>();
  const days: { day: DayNumber; holiday: HolidayName }[] = [];
  english.forEach((holiday, index) => {
    let day = parsePlainDate('HK', holiday.date.slice(0, 10));
    while (taken.has(day) || weekdayOfDayNumber(day) === 7) day++;
    taken.add(day);
    const nameZh = chinese[index]?.date === holiday.date ? chinese[index]!.name : undefined;
    const name: HolidayName = nameZh === undefined ? { name: holiday.name } : { name: holiday.name, nameZh };
    days.push({ day, holiday: name });
  });
  return days.sort((a, b) => a.day - b.day);
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
  // The Ordinance fixes every day: one arrangement per holiday.
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
      for (const { day, holiday } of hongKongGeneralHolidays(year)) builder.set(day, KIND_HOLIDAY, builder.holidayRef(holiday), sourceRef);
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
