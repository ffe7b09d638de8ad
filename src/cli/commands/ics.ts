/**
 * `reviewclock ics`: a year's holidays and make-up working days as an iCalendar (.ics) file. The command's arguments,
 * options and help are in `definitions/ics.ts`, which loads this module when the command runs.
 *
 * @module
 */
import { calendarToICS, InvalidArgumentError } from '../../index.js';
import { CommandCalendars } from '../calendars.js';
import type { CliContext } from '../context.js';
import type { CommonOptions } from '../options.js';

/** `reviewclock ics YEAR`: the year's rest days and make-up working days as iCalendar, on stdout. */
export async function runIcs(yearText: string, options: CommonOptions, context: CliContext): Promise<void> {
  if (!/^\d{4}$/.test(yearText)) {
    throw new InvalidArgumentError(`ics: invalid year ${JSON.stringify(yearText)}, expected a year YYYY such as 2026`);
  }
  const calendar = await CommandCalendars.from(options, context.env).forCommand();
  context.data(calendarToICS(calendar, Number(yearText)));
}
