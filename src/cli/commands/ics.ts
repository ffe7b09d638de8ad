/**
 * `reviewclock ics`: a year's rest days and make-up working days as an iCalendar file, for calendar apps.
 *
 * @module
 */
import type { Command } from 'commander';
import { calendarToICS, InvalidArgumentError } from '../../index.js';
import { CommandCalendars } from '../calendars.js';
import type { CliContext } from '../context.js';
import { addCalendarOption, addScheduleOption, type CommonOptions } from '../options.js';

/** Registers `ics`. */
export function registerIcsCommand(program: Command, context: CliContext): void {
  const command = program
    .command('ics')
    .summary("a year's holidays and make-up working days as an iCalendar (.ics) file")
    .description(
      'Write the rest days (holidays) and make-up working days of YEAR as an iCalendar file (RFC 5545) on stdout: ' +
        'all-day events, CRLF line ends, folded lines, and UIDs that stay the same when the file is exported again. ' +
        "For a deadline's milestones, use `reviewclock due … --ics`.",
    )
    .argument('<year>', 'the year, YYYY');
  addCalendarOption(command, 'the calendar (default: CN)');
  addScheduleOption(command);
  command
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock ics 2026 > cn-2026.ics
  $ reviewclock ics 2026 --calendar HK > hk-2026.ics
  $ reviewclock ics 2027 --schedule cn-2027.json > cn-2027.ics`,
    )
    .action(async (yearText: string, options: CommonOptions) => {
      if (!/^\d{4}$/.test(yearText)) {
        throw new InvalidArgumentError(`ics: invalid year ${JSON.stringify(yearText)}, expected a year YYYY such as 2026`);
      }
      const calendar = await CommandCalendars.from(options, context.env).forCommand();
      context.data(calendarToICS(calendar, Number(yearText)));
    });
}
