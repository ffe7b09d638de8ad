/**
 * The years of `HK`: the published ones (data in `generalHolidays.ts`) and how far `projectCalendar(HK)` may go.
 * Apart from the data module, so that `scripts/hk-data.ts` can regenerate that module without loading it.
 *
 * @module
 */

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
