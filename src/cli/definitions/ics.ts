/**
 * `reviewclock ics`: its arguments, options and help. What it does is in `commands/ics.ts`, loaded when it runs.
 *
 * @module
 */
import type { Command } from 'commander';
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
      const { runIcs } = await import('../commands/ics.js');
      await runIcs(yearText, options, context);
    });
}
