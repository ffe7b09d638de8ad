/**
 * `reviewclock schedule import|add|list|remove`: their arguments, options and help. What they do is in
 * `commands/schedule.ts`, loaded when one of them runs.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import type { AddOptions, ListOptions, NoticeOptions, RemoveOptions } from '../commands/schedule.js';
import type { CliContext } from '../context.js';
import { STORE_CALENDARS } from '../options.js';

/** Registers `schedule` and its subcommands. */
export function registerScheduleCommands(program: Command, context: CliContext): void {
  const schedule = program
    .command('schedule')
    .summary("keep next year's holiday schedule, so that every command counts with it")
    .description(
      "Read a State Council holiday notice (or a schedule JSON file) once and keep it: every later command (due, add, " +
        'count, day, calendar, ics, batch) then counts on it without --schedule. Schedules are kept in ' +
        '$REVIEWCLOCK_HOME/schedules, or in reviewclock/schedules under the platform\'s config directory ' +
        '(~/.config on Linux), one file per calendar and year (CN-2027.json). Pass --no-stored-schedules to a command ' +
        'to count without them.',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock schedule import notice-2027.txt > cn-2027.json
  $ reviewclock schedule add notice-2027.txt
  $ reviewclock schedule add cn-2027.json
  $ reviewclock schedule list
  $ reviewclock schedule remove 2027`,
    );

  schedule
    .command('import')
    .summary("read a notice's text into a schedule JSON file (printed, not kept)")
    .description(
      "Read the text of a State Council holiday notice (国务院办公厅关于…部分节假日安排的通知) from FILE, or stdin for \"-\", and " +
        'print its schedule as JSON on stdout; doubts about the text go to stderr as warnings. Nothing is kept: check the ' +
        'JSON, then `reviewclock schedule add` it (or pass it with --schedule). The JSON of an amendment is a schedule like ' +
        "any other: add it with `reviewclock schedule add FILE --amend`, which keeps it after its year's notice.",
    )
    .argument('<file>', 'the notice\'s text (UTF-8), or "-" for stdin')
    .option('--year <year>', 'the year the notice is for, when the text does not say it')
    .option('--url <url>', "where the notice is published, when the text does not hold its address")
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock schedule import notice-2027.txt > cn-2027.json
  $ pbpaste | reviewclock schedule import - --url https://www.gov.cn/zhengce/content/…`,
    )
    .action(async (file: string, options: NoticeOptions) => {
      const { runImport } = await import('../commands/schedule.js');
      await runImport(file, options, context);
    });

  schedule
    .command('add')
    .summary('check a notice (text or schedule JSON) and keep it for every later command')
    .description(
      "Read FILE (or stdin for \"-\"): a State Council notice's text, or schedule JSON (one schedule or an array, e.g. a " +
        'notice and its amendments). Check it: the schedule format, and that the calendar it extends builds with every ' +
        'stored schedule and this one (no gap: 2028 needs 2027; a year the bundled calendar has, or a stored year, only ' +
        'with --replace or --amend), and that a mainland schedule holds under the holiday law, as a notice\'s text is ' +
        'checked. Then keep it, one file per calendar and year. An amendment notice\'s text is kept after the notice it ' +
        'amends; schedule JSON is a whole year (its notice, then any amendments, in one array) unless --amend is given, ' +
        'as for the JSON `schedule import` prints for an amendment. Nothing is written when anything is refused.',
    )
    .argument('<file>', 'a notice\'s text or a schedule JSON file, or "-" for stdin')
    .option(
      '--replace',
      'replace a stored year or a year the bundled calendar has, its notice and all its amendments (with --amend: the ' +
        'amendment with the same title and address)',
    )
    .option(
      '--amend',
      "for schedule JSON: keep each schedule as an amendment, after its year's notice (stored or bundled), instead of as the whole year",
    )
    .addOption(
      new Option('--calendar <id>', 'the calendar of JSON schedules without a "calendar" field (default CN)').choices(STORE_CALENDARS),
    )
    .option('--year <year>', "for a notice's text: the year it is for, when the text does not say it")
    .option('--url <url>', "for a notice's text: where it is published, when the text does not hold its address")
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock schedule add notice-2027.txt --url https://www.gov.cn/zhengce/content/…
  $ reviewclock schedule add cn-2027.json
  $ reviewclock schedule add hk-2027.json --calendar HK
  $ reviewclock schedule add cn-2027-corrected.json --replace
  $ reviewclock schedule add labour-day-2027.json --amend`,
    )
    .action(async (file: string, options: AddOptions) => {
      const { runAdd } = await import('../commands/schedule.js');
      await runAdd(file, options, context);
    });

  schedule
    .command('list')
    .summary('the stored schedules, and the years each calendar covers with them')
    .description(
      'Print every stored schedule (calendar, year, title, address, file), then the years each calendar covers with ' +
        'them. A stored file that is broken is an error naming it.',
    )
    .option('--json', 'print { directory, schedules, coverage } as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock schedule list
  $ reviewclock schedule list --json | jq '.coverage'`,
    )
    .action(async (options: ListOptions) => {
      const { runList } = await import('../commands/schedule.js');
      await runList(options, context);
    });

  schedule
    .command('remove')
    .summary("forget a stored year's schedules (its notice and amendments)")
    .description(
      "Delete the stored schedules of YEAR for the calendar (default CN): its notice and amendments. A later stored year " +
        'needs it, so removing 2027 while 2028 is stored is refused; remove 2028 first. Removing a stored replacement of ' +
        'a bundled year brings back the bundled data.',
    )
    .argument('<year>', 'the year, YYYY')
    .addOption(new Option('--calendar <id>', 'the calendar (default CN)').choices(STORE_CALENDARS))
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock schedule remove 2027
  $ reviewclock schedule remove 2027 --calendar HK`,
    )
    .action(async (yearText: string, options: RemoveOptions) => {
      const { runRemove } = await import('../commands/schedule.js');
      await runRemove(yearText, options, context);
    });
}
