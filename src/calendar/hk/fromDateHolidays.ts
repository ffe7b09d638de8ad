/**
 * Hong Kong general holidays computed by date-holidays: the source of the published years' data
 * (`generalHolidays.ts`, written by `scripts/hk-data.ts` and checked against this in tests) and the rule of
 * `projectCalendar(HK)`. Only a projection calls it at run time, so an answer on a published year never loads
 * date-holidays.
 *
 * @module
 */
import type Holidays from 'date-holidays';
import { parsePlainDate, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import { loadDateHolidays } from '../../lazy/dateHolidays.js';
import type { HolidayName } from '../types.js';

let engine: Holidays | undefined;

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
  const DateHolidays = loadDateHolidays();
  const holidays = (engine ??= new DateHolidays('HK', { types: ['public'] }));
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
