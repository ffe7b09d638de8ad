/**
 * `reviewclock timeline`: its arguments, options and help. What it does is in `commands/timeline.ts`, loaded when it
 * runs.
 *
 * @module
 */
import type { Command } from 'commander';
import type { TimelineCliOptions } from '../commands/timeline.js';
import type { CliContext } from '../context.js';
import { addCalendarOption, addJsonOption, addLangOption, addPoliciesOption, addScheduleOption, collect } from '../options.js';

/** Registers `timeline`. */
export function registerTimelineCommand(program: Command, context: CliContext): void {
  const command = program
    .command('timeline')
    .summary('every stage of a multi-stage procedure (acceptance, review, decision…), projected from what has happened')
    .description(
      'Project the stages and milestones of PROCEDURE (e.g. cn.nmpa.drug.ind.application: acceptance, then review) ' +
        'for an application received on START (day 0 of the first stage). Each stage starts when the one before it ' +
        'ends: on the date given with --progress STAGE=DATE (the day that stage actually ended), else on its due date. ' +
        'Print one line per stage and milestone (start, due date, status), then when the procedure ends. An unknown ' +
        'procedure is refused with the procedures there are. Instead of a procedure, a chain of policy ids joined by + ' +
        '(built-in, or your own with --policies FILE) is projected the same way, each stage starting when the one ' +
        'before it ends.',
    )
    .argument('<procedure>', 'a procedure id, e.g. cn.nmpa.drug.ind.application, or policy ids joined by +, e.g. team.internal-review+cn.nmpa.drug.ind')
    .argument('<start>', 'the day the application was received (day 0 of the first stage), YYYY-MM-DD or today (in China)')
    .option(
      '--progress <stage=date>',
      "the day a stage actually ended, by the stage's policy id, e.g. cn.nmpa.drug.acceptance=2025-09-26 (YYYY-MM-DD or today; repeatable, once per stage)",
      collect,
    )
    .option('--as-of <date>', "also report each stage's status as of this date (YYYY-MM-DD or today, the date in China)");
  addCalendarOption(command, "the calendar to count on (default: the procedure's own, CN)");
  addScheduleOption(command);
  addPoliciesOption(command);
  addLangOption(command);
  addJsonOption(command, 'print the timeline result object');
  command
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock timeline cn.nmpa.drug.ind.application 2025-09-22
  $ reviewclock timeline cn.nmpa.drug.ind.application 2025-09-22 --progress cn.nmpa.drug.acceptance=2025-09-26 --as-of 2025-11-20
  $ reviewclock timeline cn.nmpa.device.class3.registration today --lang zh     # received today (the date in China)
  $ reviewclock timeline cn.nmpa.drug.nda.registration 2025-03-03 --json | jq .end
  $ reviewclock timeline team.internal-review+cn.nmpa.drug.ind 2026-11-02 --policies team-rules.json   # your own chain`,
    )
    .action(async (procedure: string, start: string, options: TimelineCliOptions) => {
      const { runTimeline } = await import('../commands/timeline.js');
      await runTimeline(procedure, start, options, context);
    });
}
