/**
 * `reviewclock batch`: its arguments, options and help. What it does is in `commands/batch.ts` (and `batch/`),
 * loaded when it runs.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import type { BatchFormat } from '../batch/BatchProcessor.js';
import type { GivenBatchOptions } from '../commands/batch.js';
import type { CliContext } from '../context.js';
import { addCalendarOption, addLangOption, addPoliciesOption, addScheduleOption, collect } from '../options.js';

const FORMATS: readonly BatchFormat[] = ['ndjson', 'csv'];

/** Registers `batch`. */
export function registerBatchCommand(program: Command, context: CliContext): void {
  const command = program
    .command('batch')
    .summary('due dates for many applications, streamed from NDJSON or CSV')
    .description(
      'Read applications from FILE (or stdin when FILE is absent or "-") and write one result per application, in input ' +
        'order, as they are computed; memory stays flat for any input size.\n\n' +
        'Each result carries the input\'s 1-based "line" number, "id", "policy" and "start", then the due date, status ' +
        'and counts, or "error": {"code", "message"} for a row that failed; the other rows go on. Blank lines are skipped ' +
        'and give no result. The exit status is 1 when any row failed (after every row has been written), with a summary ' +
        'on stderr; else 3 when a row needs a holiday calendar not yet published (it is then counted on the projection, ' +
        'with "provisional": true and the range of due dates in "dueRange"; --project makes it 0). The result fields have the names and shapes of the library\'s dueDate result ("limit": {"amount", "unit"}, "dueRange": {"earliest", "latest"} or null, "remainingOnResume" for a clock stopped now); CSV columns are their paths (limit.amount, dueRange.earliest). On machines with more than two CPUs, large inputs are spread over worker threads (REVIEWCLOCK_BATCH_THREADS=N ' +
        'sets how many; 0 keeps one thread).',
    )
    .argument('[file]', 'the input file; stdin when absent or "-"')
    .addOption(
      new Option('--format <format>', 'input format (default: csv for a FILE whose name ends in .csv, any case; else ndjson, and for stdin)').choices(
        FORMATS,
      ),
    )
    .addOption(new Option('--output <format>', 'output format (default: the input format)').choices(FORMATS).conflicts('ics'))
    .option(
      '--ics',
      "write one iCalendar (.ics) file with every application's deadline instead (a row's events are titled by its " +
        '"title" column, else its "id", which also keeps their UIDs stable from one export to the next; one failed row fails the export)',
    )
    .option(
      '--remind <days>',
      'with --ics: a reminder this many working days before each due date (0: on the day), at 09:00 China time (repeatable)',
      collect,
    )
    .option('--name <text>', 'with --ics: the calendar\'s name, e.g. "Regulatory deadlines"')
    .option('--out <file>', 'with --ics: write the calendar to FILE, replacing it only when every row succeeded (a shell redirect empties it first)')
    .option('--as-of <date>', 'report days elapsed, days left and status as of this date (YYYY-MM-DD or today, the date in China)')
    .addOption(
      new Option('--stop-day <reading>', "whether the day a clock stops counts as a day of the limit, for every row (default: each policy's reading)").choices([
        'counted',
        'not-counted',
      ]),
    );
  addCalendarOption(command, "the calendar to count on (default: each policy's own)");
  addScheduleOption(command);
  addPoliciesOption(command);
  addLangOption(command, 'language of error messages, and with --ics of the events\' titles, descriptions and reminders');
  command
    .addHelpText(
      'after',
      `
Input:
  The format is --format, else CSV for a FILE named *.csv (any case: .CSV too), else NDJSON (stdin: NDJSON
  unless --format csv). Dates in rows are YYYY-MM-DD: rows are data, so "today" in a row ("start", "asOf",
  stops) is an invalid date, refused on that row; use --as-of today for every row.
  NDJSON, one application per line; "id" is copied to the result, "asOf" overrides --as-of, "stopDayCounts"
  (true or false) overrides --stop-day, and "startEvents" gives the start events of a clock that starts on the
  later of several (cn.nmpa.device.ide: {"acceptance": DATE, "fee-payment": DATE}) instead of "start":
    {"id": "A-1", "policy": "cn.nmpa.drug.ind", "start": "2025-09-26",
     "stops": [{"from": "2025-10-10", "to": "2025-11-03", "reason": "sponsor-supplement"}]}
  In CSV output a text cell beginning with = + - @, a tab or a carriage return gets a leading ' (spreadsheet
  formulas are shown as text, not run). A stop reason the policy does not name fails the row (unknown_stop_reason). "warnings" lists the codes of what
  is legal but doubtful (stop-without-reason, start-is-later-of): an array in NDJSON, ";"-separated in CSV.
  CSV, with a header (never a row) naming the columns policy and start, and optionally id, stops, asOf; a stops
  cell holds FROM..TO ranges separated by ";" (FROM.. for a stop still open, :reason after a range); fields may
  be quoted:
    id,policy,start,stops
    A-1,cn.nmpa.drug.ind,2025-09-26,2025-10-10..2025-11-03;2025-12-01..
  A line (NDJSON) or a record (CSV) over 1 MiB fails as one invalid_row on the line it starts; reading goes on
  with the next one (in CSV, after the record's closing quote; a quote never closed makes the rest one record).

Examples:
  $ reviewclock batch applications.ndjson > due.ndjson
  $ cat applications.ndjson | reviewclock batch --as-of 2025-11-20
  $ reviewclock batch applications.csv --as-of today > due.csv      # CSV by the file name
  $ reviewclock batch --format ndjson rows.csv                     # NDJSON in a file named .csv
  $ cat applications.csv | reviewclock batch --format csv
  $ reviewclock batch portfolio.csv --ics --remind 10 --remind 2 > deadlines.ics   # one calendar, with reminders
  $ reviewclock batch portfolio.csv --ics --lang zh --out deadlines.ics           # in Chinese; kept as it was if a row fails
  $ reviewclock batch portfolio.csv --policies team-rules.json                    # rows may name your own rules
  $ printf '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}\\n' | reviewclock batch`,
    )
    .action(async (file: string | undefined, given: GivenBatchOptions) => {
      if (!given.ics) {
        const flag =
          given.remind !== undefined ? '--remind <days>' : given.name !== undefined ? '--name <text>' : given.out !== undefined ? '--out <file>' : undefined;
        if (flag) command.error(`error: option '${flag}' can only be used with option '--ics'`);
      }
      const { runBatchCommand } = await import('../commands/batch.js');
      await runBatchCommand(file, given, context);
    });
}
