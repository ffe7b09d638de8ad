/**
 * `reviewclock add`, `count` and `day`: their arguments, options and help. What they do is in `commands/workday.ts`,
 * loaded when one of them runs.
 *
 * @module
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addCalendarOption, addJsonOption, addLangOption, addScheduleOption, type CommonOptions } from '../options.js';

function withWorkdayOptions(command: Command): Command {
  addCalendarOption(command, 'the calendar to count on (default: CN)');
  addScheduleOption(command);
  addLangOption(command);
  return addJsonOption(command);
}

/** Registers `add`, `count` and `day`. */
export function registerWorkdayCommands(program: Command, context: CliContext): void {
  withWorkdayOptions(
    program
      .command('add')
      .summary('the working day N working days after (or before) a date')
      .description(
        'Print the DAYS-th working day strictly after DATE, or for a negative DAYS strictly before it; DATE itself for 0. ' +
          'This is how a limit of N working days counted from day 0 ends.',
      )
      .argument('<date>', 'the starting day (day 0), YYYY-MM-DD or today (in China)')
      .argument('<days>', 'a whole number of working days, may be negative'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock add 2025-09-26 60          # IND accepted 26 Sep 2025: the 60th working day
  $ reviewclock add 2025-10-09 -5          # 5 working days before 9 Oct 2025
  $ reviewclock add 2025-09-30 1 --json    # {"date":"2025-10-09"}
  $ reviewclock add 2025-12-22 10 --calendar HK
  $ reviewclock add today 20               # 20 working days from today (the date in China)`,
    )
    .action(async (date: string, daysText: string, options: CommonOptions) => {
      const { runAdd } = await import('../commands/workday.js');
      await runAdd(date, daysText, options, context);
    });

  withWorkdayOptions(
    program
      .command('count')
      .summary('the number of working days between two dates')
      .description(
        'Print the number of working days x with FROM < x <= TO (FROM excluded, TO included); negative when TO is before FROM.',
      )
      .argument('<from>', 'the day before the first day counted, YYYY-MM-DD or today (in China)')
      .argument('<to>', 'the last day counted, YYYY-MM-DD or today (in China)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock count 2025-09-30 2025-10-10         # 2: 9 and 10 Oct (1–8 Oct is the National Day holiday)
  $ reviewclock count 2025-01-01 2025-12-31 --json  # {"count": 248}
  $ reviewclock count 2025-09-26 today              # working days since 26 Sep 2025, up to today in China`,
    )
    .action(async (from: string, to: string, options: CommonOptions) => {
      const { runCount } = await import('../commands/workday.js');
      await runCount(from, to, options, context);
    });

  withWorkdayOptions(
    program
      .command('day')
      .summary('what a day is: working day, weekend, holiday or make-up working day')
      .description('Print what DATE is on the calendar, with the holiday name and the notice that set it.')
      .argument('<date>', 'YYYY-MM-DD or today (in China)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock day 2025-10-01             # a holiday: National Day
  $ reviewclock day 2025-09-28 --lang zh   # a make-up working day (调休上班)
  $ reviewclock day 2005-12-31 --json
  $ reviewclock day today                  # today in China`,
    )
    .action(async (date: string, options: CommonOptions) => {
      const { runDay } = await import('../commands/workday.js');
      await runDay(date, options, context);
    });
}
