/**
 * `reviewclock export calendar`: its options and help, and the usage it refuses. What it does is in
 * `commands/export.ts`, loaded when it runs.
 *
 * @module
 */
import type { Command } from 'commander';
import type { ExportCalendarOptions } from '../commands/export.js';
import type { CliContext } from '../context.js';
import { EXIT_USAGE, USAGE_ERROR_CODE } from '../exitStatus.js';
import { addCalendarOption, addScheduleOption } from '../options.js';

const EXAMPLES = `
Examples:
  $ reviewclock export calendar > cn-calendar.csv
  $ reviewclock export calendar --format sql > cn-calendar.sql           # psql -f, duckdb, sqlite3 all read it
  $ reviewclock export calendar --format sql --table cn_days --from 2020-01-01
  $ reviewclock export calendar --format ndjson --calendar HK > hk-calendar.ndjson
  $ reviewclock export calendar --project 2030 --format csv > cn-through-2030.csv`;

/** Registers `export` and its subcommand `calendar`. */
export function registerExportCommands(program: Command, context: CliContext): void {
  const exporter = program
    .command('export')
    .summary('data for other tools: the calendar as a table for SQL engines and warehouses')
    .description(
      'Write reviewclock\'s data in a form other tools load. `export calendar`: one row per day with a working-day ' +
        'ordinal, so that a database computes deadlines with one join (see docs/guides/sql.md).',
    )
    .addHelpText('after', EXAMPLES);

  const command = exporter
    .command('calendar')
    .summary('one row per day with a working-day ordinal, as CSV, NDJSON or one SQL script')
    .description(
      'Write the calendar as a table on stdout, one row per day: date, weekday (1 = Monday), working, kind (workday, ' +
        'weekend, holiday, makeup-workday), ordinal, holiday, holiday_zh, provisional, source, source_url. The ordinal ' +
        'is the number of working days on or before the day within the export, so the n-th working day after s is the ' +
        'working day whose ordinal is ordinal(s) + n, and the working days after a up to b number ordinal(b) - ordinal(a). ' +
        'Export well past your last deadline: a deadline beyond the last row has no row. Default span: the calendar\'s ' +
        'whole coverage (the bundled years and the stored schedules; with --project, the projected years too, marked ' +
        'provisional). At most 100,000 days (about 274 years) in one export. Exit status 3 when rows past the published ' +
        'years were projected without --project.',
    )
    .option('--from <date>', 'the first day, YYYY-MM-DD or today (in China) (default: the first covered day)')
    .option('--to <date>', 'the last day, YYYY-MM-DD or today (in China) (default: the last covered day)')
    .option(
      '--format <format>',
      'csv (a header line; empty field = none), ndjson (one JSON object a line), or sql (CREATE TABLE and INSERTs that run ' +
        'unchanged in PostgreSQL, DuckDB and SQLite) (default: csv)',
    )
    .option('--table <name>', 'with --format sql: the table\'s name, lower-case letters, digits and _ (default: reviewclock_calendar)');
  addCalendarOption(command, 'the calendar to export (default: CN)');
  addScheduleOption(command);
  command
    .addHelpText('after', EXAMPLES)
    .action(async (options: ExportCalendarOptions, self: Command) => {
      if (options.table !== undefined && options.format !== 'sql') {
        self.error('export calendar: --table names the SQL table; it needs --format sql', { exitCode: EXIT_USAGE, code: USAGE_ERROR_CODE });
      }
      const { runExportCalendar } = await import('../commands/export.js');
      await runExportCalendar(options, context);
    });
}
