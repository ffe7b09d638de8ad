/**
 * `reviewclock export calendar`: the calendar as a table (one row per day, with its working-day ordinal) for SQL
 * engines and warehouses. The command's options and help are in `definitions/export.ts`, which loads this module when
 * the command runs.
 *
 * @module
 */
import { calendarTable, formatCalendarTable, type CalendarTableFormat } from '../../index.js';
import { CommandCalendars } from '../calendars.js';
import type { CliContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { answerPastCoverage, markProvisional } from '../provisional.js';
import { readOptionalDate } from '../readers.js';

/** The options of `export calendar`. */
export interface ExportCalendarOptions extends CommonOptions {
  readonly from?: string;
  readonly to?: string;
  readonly format?: string;
  readonly table?: string;
}

/**
 * `reviewclock export calendar`: the rows from `--from` to `--to` (default: the calendar's whole coverage, projected
 * years included with `--project`) in `--format`, on stdout. Rows past the published years that the CLI projected
 * itself (no `--project`) are marked provisional and make the exit status 3.
 */
export async function runExportCalendar(options: ExportCalendarOptions, context: CliContext): Promise<void> {
  const format = (options.format ?? 'csv') as CalendarTableFormat;
  // The format and the table name are checked (by the library, with its messages) before the table is built.
  formatCalendarTable([], { format, table: options.table });
  const from = readOptionalDate(options.from);
  const to = readOptionalDate(options.to);
  const calendars = CommandCalendars.from(options, context.env);
  const calendar = await calendars.forCommand();
  const answer = answerPastCoverage(calendars, calendar, (counted) =>
    calendarTable(from ?? counted.coverage.from, to ?? calendar.coverage.to, { calendar: counted }),
  );
  const rows = answer.value;
  markProvisional(context, answer, rows.some((row) => row.provisional));
  context.data(formatCalendarTable(rows, { format, table: options.table }));
}
