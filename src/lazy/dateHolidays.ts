/**
 * date-holidays, for projecting Hong Kong years past the published ones. Reached only through
 * {@link loadDateHolidays}, so that the Node builds (`dateHolidays.node.ts`) load it on the first projection and
 * an answer on a published Hong Kong year never does; here, for bundlers and browsers, it is a static import.
 *
 * @module
 */
import Holidays from 'date-holidays';

/** @internal date-holidays' `Holidays` class. */
export function loadDateHolidays(): typeof Holidays {
  return Holidays;
}
