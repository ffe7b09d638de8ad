/**
 * `reviewclock due`: one deadline, its due date first, then how it was found. The command's arguments, options and
 * help are in `definitions/due.ts`, which loads this module when the command runs.
 *
 * @module
 */
import { writeDataTo } from '../outputFile.js';
import { inputError } from '../inputError.js';
import { deadlineToICS, explain, InvalidArgumentError, type Calendar, type DeadlineIcsOptions, type DeadlineResult } from '../../index.js';
import { writeJson, type CliContext } from '../context.js';
import { evaluateDeadline, readAsOf, readStartEvents, readStopDay, readStops } from '../deadline.js';
import { longDate } from '../localDate.js';
import { readIcsText, readOptionalDate, readRemind } from '../readers.js';
import { CommandCalendars } from '../calendars.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { markProvisional, provisionalDeadlineLines, provisionalLabel } from '../provisional.js';
import type { CommonOptions } from '../options.js';

/** The options of `due`. */
export interface DueOptions extends CommonOptions {
  readonly stop?: readonly string[];
  readonly event?: readonly string[];
  readonly stopDay?: string;
  readonly asOf?: string;
  readonly extension?: string;
  readonly ics?: boolean;
  readonly title?: string;
  readonly id?: string;
  readonly remind?: readonly string[];
  /** `--out FILE`: where the `--ics` file goes (standard output when absent). */
  readonly out?: string;
}

/**
 * `reviewclock due POLICY-ID [START]`: the deadline, its due date first, then how it was found (or the result as
 * JSON, or its milestones as iCalendar).
 */
export async function runDue(policy: string, start: string | undefined, options: DueOptions, context: CliContext): Promise<void> {
  const answer = await evaluateDeadline(
    {
      policy,
      start: readOptionalDate(start),
      startEvents: readStartEvents(options.event),
      stops: readStops(options.stop),
      asOf: readAsOf(options.asOf),
      extension: readExtension(options.extension),
      stopDayCounts: readStopDay(options.stopDay),
      policies: readTeamPolicies(options.policies),
    },
    CommandCalendars.from(options, context.env),
  );
  const { result } = answer;
  markProvisional(context, answer, result.provisional);
  if (options.json) return writeJson(context, result);
  if (options.ics) return writeIcs(result, answer.calendar, options, context);
  const lang = options.lang ?? 'en';
  const { colors } = context;
  const head =
    result.due === null
      ? colors.yellow(
          lang === 'zh'
            ? `暂无届满日：计时自 ${openStopSince(result)} 起暂停`
            : `No due date yet: the clock is stopped since ${openStopSince(result)}`,
        )
      : `${colors.bold(result.due)}  ${longDate(result.due, lang)}${result.provisional ? colors.yellow(provisionalLabel(lang, result.dueRange)) : ''}`;
  const notes = result.provisional ? `${provisionalDeadlineLines(result, answer.calendar, lang).join('\n')}\n` : '';
  context.out(`${head}\n${notes}\n${explain(result, { lang })}\n`);
}

/** The first day of the stop that is still open. */
function openStopSince(result: DeadlineResult): string {
  for (let i = result.trace.length - 1; i >= 0; i--) {
    const segment = result.trace[i]!;
    if (segment.type === 'stopped' && segment.to === null) return segment.from;
  }
  return '?';
}

function readExtension(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw inputError(`due: invalid --extension ${JSON.stringify(value)}, expected a whole number of days such as 20`, `due：--extension ${JSON.stringify(value)} 无效，应为整数天数，例如 20`);
  }
  return Number(value);
}

/**
 * `--ics [--title TEXT] [--id ID] [--remind DAYS]…`: the milestones as iCalendar, the reminders counted on the
 * calendar the deadline was counted on. With the clock stopped there is no due date, so no reminder: said on stderr.
 */
function writeIcs(result: DeadlineResult, calendar: Calendar, options: DueOptions, context: CliContext): void {
  const title = readIcsText('due', '--title', options.title, '"ABC-123 IND"');
  const id = readIcsText('due', '--id', options.id, 'ABC-123');
  const days = readRemind('due', options.remind);
  const ics: DeadlineIcsOptions = {
    ...(title !== undefined && { title }),
    ...(id !== undefined && { id }),
    ...(days !== undefined && { remind: { workingDays: days, calendar } }),
    ...(options.lang === 'zh' && { lang: 'zh' as const }),
  };
  writeDataTo(options.out, deadlineToICS(result, ics), context);
  if (days !== undefined && result.due === null) {
    context.err(`reviewclock: due: no due date yet (the clock is stopped since ${openStopSince(result)}), so --remind added no reminder; export again once the clock resumes\n`);
  }
}
