/**
 * `reviewclock calendar`: its arguments, options and help, and the usage it refuses. What it does is in
 * `commands/calendar.ts`, loaded when it runs.
 *
 * @module
 */
import type { Command } from 'commander';
import type { CalendarCommandOptions } from '../commands/calendar.js';
import type { CliContext } from '../context.js';
import { USAGE_ERROR_CODE, EXIT_USAGE } from '../exitStatus.js';
import { addCalendarOption, addLangOption, addPoliciesOption, addScheduleOption, collect } from '../options.js';

/** Registers `calendar`. */
export function registerCalendarCommand(program: Command, context: CliContext): void {
  const command = program
    .command('calendar')
    .summary('a month or a year as a grid, optionally with a deadline marked')
    .description(
      'Print the month YYYY-MM (or the twelve months of YYYY) as a grid: rest days, holidays by name and make-up ' +
        'working days. With --policy and --start, also mark the deadline: its start (day 0), the days counted, the days ' +
        'the clock was stopped and the due date; without a period, every month from the start to the due date is shown. ' +
        'Colours on a terminal; none when piped or when NO_COLOR is set (the marks are the same either way).',
    )
    .argument('[period]', 'a year YYYY or a month YYYY-MM')
    .option('--policy <id>', 'mark the deadline of this policy (see `reviewclock policies`)')
    .option('--start <date>', 'the day the clock starts (day 0), YYYY-MM-DD or today (in China)')
    .option('--stop <range>', 'a clock stop FROM..TO, or FROM.. while still stopped (repeatable); FROM and TO are YYYY-MM-DD or today', collect)
    .option('--as-of <date>', 'evaluate the deadline as of this date (YYYY-MM-DD or today, the date in China)');
  addCalendarOption(command, 'the calendar to show (default: CN, or the policy\'s calendar)');
  addScheduleOption(command);
  addPoliciesOption(command);
  addLangOption(command);
  command
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock calendar 2025-10
  $ reviewclock calendar 2026 --lang zh
  $ reviewclock calendar --policy cn.nmpa.drug.ind --start 2025-09-26 --stop 2025-10-20..2025-11-03
  $ NO_COLOR=1 reviewclock calendar 2025-10 | less`,
    )
    .action(async (period: string | undefined, options: CalendarCommandOptions, self: Command) => {
      const wantsDeadline = options.policy !== undefined || options.start !== undefined || (options.stop?.length ?? 0) > 0;
      if (wantsDeadline && (options.policy === undefined || options.start === undefined)) {
        self.error(`calendar: a deadline needs both --policy and --start${options.policy ? '' : ' (e.g. --policy cn.nmpa.drug.ind)'}`, {
          exitCode: EXIT_USAGE,
          code: USAGE_ERROR_CODE,
        });
      }
      if (period === undefined && !wantsDeadline) {
        self.error('calendar: give a period (YYYY or YYYY-MM), or a deadline with --policy and --start', {
          exitCode: EXIT_USAGE,
          code: USAGE_ERROR_CODE,
        });
      }
      const { runCalendar } = await import('../commands/calendar.js');
      await runCalendar(period, options, context);
    });
}
