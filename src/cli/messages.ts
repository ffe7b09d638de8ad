/**
 * Library messages in command-line terms. The library's errors end with advice for programs
 * (`pass { calendar: HK } from 'reviewclock/hk'`, `add it with withSchedules(CN, [schedule])`); at the terminal the
 * same advice names the CLI's flags and commands instead.
 *
 * @module
 */
import { CalendarCoverageError, CalendarRequiredError, ReviewclockError, UnknownStopReasonError } from '../index.js';
import { chineseMessage, inCommandTerms, type ErrorContext } from './cliTerms.js';

/** Library advice and what the CLI says instead, applied in order. */
const REWRITES: ReadonlyArray<readonly [RegExp, string | ((...groups: string[]) => string)]> = [
  // calendar_required (dueDate): the policy counts on another calendar than --calendar.
  [
    /pass \{ calendar: (\w+) \} from '[^']*'(?: \(or a combination that includes \w+\))?/g,
    (_, id) => `pass --calendar ${id} (or --calendar CN+HK), or leave out --calendar to count on the policy's own calendar`,
  ],
  [
    /pass a calendar whose id is "(\w+)" \(or a combination that includes it\)/g,
    (_, id) => `pass --calendar ${id} (or --calendar CN+HK), or leave out --calendar to count on the policy's own calendar`,
  ],
  // Coverage: how to add a year.
  [
    /add it with withSchedules\(\w+, \[schedule\]\) \(CLI: --schedule FILE\.json\)/g,
    'add it with `reviewclock schedule add NOTICE` (the notice\'s text, or a schedule JSON file; kept for every later command) or --schedule FILE.json',
  ],
  [
    /add that year's notice with withSchedules\(\w+, \[schedule\]\) \(CLI: --schedule FILE\.json\)/g,
    "add that year's notice with `reviewclock schedule add NOTICE` or --schedule FILE.json",
  ],
  [
    /add that year's gazetted list as a schedule with withSchedules\(HK, \[schedule\]\) \(CLI: --schedule FILE\.json\)/g,
    'add that year\'s gazetted list as a schedule JSON file with "calendar": "HK" (`reviewclock schedule add FILE.json`, kept for every later command, or --schedule FILE.json)',
  ],
  [
    /add that year's schedule as well with withSchedules\(calendar, \[schedule\]\) \(CLI: --schedule FILE\.json\)/g,
    "add that year's schedule as well (`reviewclock schedule add FILE`, or --schedule FILE.json)",
  ],
  [/opt into provisional answers with projectCalendar\(\w+(?:\+\w+)*\)/g, 'pass --project for provisional answers'],
  [/pass a later year to projectCalendar\(calendar, \{ through \}\)/g, 'pass a later year to --project YEAR'],
  [/add published schedules with withSchedules\b/g, 'add published schedules with `reviewclock schedule add`'],
  // A combination: the CLI combines the extended calendars itself.
  [/, then combine the extended calendars again\./g, ' (the CLI combines them again itself).'],
  // Overrides are not a CLI feature; the part about them does not apply.
  [/ \(Overrides do not extend coverage: extend the calendar first, then apply withOverrides to the result\.\)/g, ''],
];

/**
 * The message of a library error as the CLI prints it: calendar advice in terms of `--calendar`, `--project`,
 * `--schedule` and `reviewclock schedule add`. Other messages are unchanged.
 *
 * @example
 * cliMessage(new CalendarRequiredError('dueDate: … the calendar in use is CN; pass { calendar: HK } from \'reviewclock/hk\'', 'HK'))
 * //=> "dueDate: … the calendar in use is CN; pass --calendar HK (or --calendar CN+HK), or leave out --calendar to count on the policy's own calendar"
 */
export function cliMessage(error: ReviewclockError, context: ErrorContext = {}): string {
  const english = inCommandTerms(englishMessage(error), context.command);
  return context.lang === 'zh' ? chineseMessage(error, english) : english;
}

/** The message with the CLI's advice (calendar flags, stop and event syntax), still with the library's prefix. */
function englishMessage(error: ReviewclockError): string {
  if (error instanceof UnknownStopReasonError) return stopReasonMessage(error);
  if (error.message.includes('startEvents')) return eventMessage(error.message);
  if (!(error instanceof CalendarCoverageError || error instanceof CalendarRequiredError)) return error.message;
  let message = error.message;
  for (const [pattern, replacement] of REWRITES) {
    message = message.replace(pattern, replacement as (substring: string, ...args: string[]) => string);
  }
  return message;
}

/** An unknown stop reason in terms of the n-th `--stop` and `reviewclock policy`. */
function stopReasonMessage(error: UnknownStopReasonError): string {
  const reason = JSON.stringify(error.reason.length > 60 ? `${error.reason.slice(0, 57)}...` : error.reason);
  const choices = error.allowed.length
    ? `; did you mean :${error.allowed[0]}? Its reasons are ${error.allowed.map((r) => `:${r}`).join(', ')} (see \`reviewclock policy ${error.policyId}\`), or leave :reason out for a plain pause`
    : '; it names no stop reasons, so leave :reason out (a plain pause)';
  return `--stop number ${error.stopIndex + 1}: ${reason} is not a stop reason of policy "${error.policyId}"${choices}`;
}

/** Start-event advice (`startEvents` in the library) in terms of `--event ID=DATE` and START. */
function eventMessage(message: string): string {
  return message
    .replace(/startEvents lacks ((?:"[^"]+"(?:, )?)+); policy "([^"]+)" starts its clock on the later of ([^;]+), so give the date of each/, (_, missing: string, id: string, all: string) =>
      `--event ${missing.replace(/"([^"]+)"/g, '$1=DATE')} is missing; policy "${id}" starts its clock on the later of ${all}: give --event ID=DATE for each`,
    )
    .replace(/startEvents names ("[^"]*"), which is not a start event of policy/, '--event $1 is not a start event of policy')
    .replace(/start (\d{4}-\d{2}-\d{2}) is not the latest of startEvents \((\d{4}-\d{2}-\d{2})\); the clock starts on the later of the events, so leave start out or pass (\S+)/, (_, start: string, latest: string) =>
      `START ${start} is not the latest --event date (${latest}); the clock starts on the later of the events, so leave START out or give ${latest}`,
    )
    .replace(/; pass start, not startEvents$/, '; give START, not --event');
}
