/**
 * `reviewclock due`: its arguments, options and help. What it does is in `commands/due.ts`, loaded when it runs.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import type { DueOptions } from '../commands/due.js';
import type { CliContext } from '../context.js';
import { addCalendarOption, addLangOption, addPoliciesOption, addScheduleOption, collect } from '../options.js';

/** Registers `due`. */
export function registerDueCommand(program: Command, context: CliContext): void {
  const command = program
    .command('due')
    .summary('the due date of a review deadline, and how it is counted')
    .description(
      'Compute the deadline of POLICY-ID for an application whose clock started on START (day 0): print the due date, ' +
        'then the explanation (days counted, rest days skipped, clock stops, extensions, the consequence at expiry). ' +
        'A stop FROM..TO takes out the working days from FROM (or after it, with --stop-day counted) up to and including ' +
        "TO; FROM.. means the clock is stopped now. Add :reason to name one of the policy's stop reasons (see " +
        '`reviewclock policy <id>`), which may extend or restart the limit when the clock resumes; a reason the policy ' +
        'does not name is refused.',
    )
    .argument('<policy-id>', 'a policy id, e.g. cn.nmpa.drug.ind (see `reviewclock policies`)')
    .argument('[start]', 'the day the clock starts (day 0), YYYY-MM-DD or today (in China); may be left out with --event')
    .option(
      '--stop <range>',
      'a clock stop FROM..TO, or FROM.. while still stopped, optionally :reason (repeatable); FROM and TO are YYYY-MM-DD or today',
      collect,
    )
    .option(
      '--event <id=date>',
      'the date of one start event (YYYY-MM-DD or today), for a clock that starts on the later of several (e.g. acceptance=2026-03-02 --event fee-payment=2026-03-10; repeatable)',
      collect,
    )
    .addOption(
      new Option('--stop-day <reading>', "whether the day a clock stops counts as a day of the limit (default: the policy's reading)").choices([
        'counted',
        'not-counted',
      ]),
    )
    .option('--as-of <date>', 'also report status, days used and days left as of this date (YYYY-MM-DD or today, the date in China)')
    .option('--extension <days>', 'a discretionary extension the authority has notified, in the policy\'s unit')
    .addOption(new Option('--json', 'print the result object').conflicts('ics'))
    .addOption(new Option('--ics', "print the deadline's milestones as an iCalendar (.ics) file"))
    .option('--title <text>', 'with --ics: the application\'s name, leading every event\'s title, e.g. "ABC-123 IND"')
    .option('--id <id>', "with --ics: the application's stable id, part of every event's UID (keep it the same in every export)")
    .option(
      '--remind <days>',
      'with --ics: a reminder on the due date event, this many working days before the due date (0: on the day), at 09:00 China time (repeatable)',
      collect,
    )
    .option('--out <file>', 'with --ics: write the file to FILE, replacing it only when the export succeeds (a shell redirect empties it first)');
  addCalendarOption(command, "the calendar to count on (default: the policy's own)");
  addScheduleOption(command);
  addPoliciesOption(command);
  addLangOption(command);
  command
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26
  $ reviewclock due cn.nmpa.drug.nda 2025-03-03 --stop 2025-06-16..2025-09-01:sponsor-supplement --lang zh
  $ reviewclock due cn.nmpa.device.class3.review 2025-04-01 --stop 2025-05-20.. --as-of 2025-07-01
  $ reviewclock due cn.nmpa.drug.ind today            # accepted today (the date in China, UTC+8)
  $ reviewclock due cn.nmpa.device.ide --event acceptance=2026-03-02 --event fee-payment=2026-03-10
  $ reviewclock due team.ind-fast 2026-11-20 --policies team-rules.json   # a rule of your own
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --json | jq .due
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics > ind.ics
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics --title "ABC-123 IND" --id ABC-123 --remind 10 --remind 2 > abc-123.ics
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics --lang zh --out ind.ics      # Chinese titles; ind.ics kept if it fails`,
    )
    .action(async (policy: string, start: string | undefined, options: DueOptions) => {
      if (start === undefined && (options.event ?? []).length === 0) command.error("error: missing required argument 'start' (or --event ID=DATE)");
      if (!options.ics) {
        const flag =
          options.title !== undefined
            ? '--title <text>'
            : options.id !== undefined
              ? '--id <id>'
              : options.remind !== undefined
                ? '--remind <days>'
                : options.out !== undefined
                  ? '--out <file>'
                  : undefined;
        if (flag) command.error(`error: option '${flag}' can only be used with option '--ics'`);
      }
      const { runDue } = await import('../commands/due.js');
      await runDue(policy, start, options, context);
    });
}
