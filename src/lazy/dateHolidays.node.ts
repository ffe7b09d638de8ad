/**
 * The Node builds' {@link loadDateHolidays}: date-holidays is required on the first call (see `dateHolidays.ts`).
 *
 * @module
 */
import type Holidays from 'date-holidays';
import { requireDependency } from './require.node.js';

let holidays: typeof Holidays | undefined;

/** @internal date-holidays' `Holidays` class, loaded on the first call. */
export function loadDateHolidays(): typeof Holidays {
  // date-holidays' CommonJS build exports the class itself.
  return (holidays ??= requireDependency('date-holidays') as typeof Holidays);
}
