/**
 * `reviewclock batch FILE --ics [--remind DAYS]…`: one iCalendar file with the deadlines of every application in
 * the input (a portfolio calendar), through `deadlinesToICS`.
 *
 * Unlike the streamed batch, this reads the whole input first (a portfolio of a few thousand applications is a few
 * hundred KiB) and computes each deadline with its trace, which the calendar's events come from. A calendar that
 * silently lacks a deadline would mislead, so one failed row fails the command and nothing is written.
 *
 * @module
 */
import { writeDataTo } from '../outputFile.js';
import {
  deadlinesToICS,
  dueDate,
  InvalidArgumentError,
  ReviewclockError,
  type Calendar,
  type DeadlineIcsEntry,
  type DeadlineStop,
  type PolicyInput,
} from '../../index.js';
import { withoutBom } from '../boundedRead.js';
import { CommandCalendars } from '../calendars.js';
import type { CliContext } from '../context.js';
import { readStopDay } from '../deadline.js';
import { EXIT_PROVISIONAL } from '../exitStatus.js';
import { answerPastCoverage } from '../provisional.js';
import { readIcsText, readRemind } from '../readers.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { isBlank, readCsvHeader, type BatchFormat, type BatchInput } from './BatchProcessor.js';
import { CsvRecords } from './CsvRecords.js';
import type { BatchOptions } from './settings.js';
import { readCsvRow } from './settings.js';

/** The most bytes `batch --ics` reads (its input is read whole). */
export const ICS_INPUT_LIMIT = 64 << 20;

/** The options `batch --ics` uses. */
export interface BatchIcsOptions extends BatchOptions {
  readonly remind?: readonly string[];
  /** `--name`: the calendar's name. */
  readonly name?: string;
  /** `--out FILE`: where the calendar goes (standard output when absent). */
  readonly out?: string;
}

/** One application of the input, with its line and the columns an ICS export uses beyond the deadline's. */
interface IcsRow {
  readonly line: number;
  readonly input: BatchInput;
  readonly title: unknown;
}

/**
 * Writes the portfolio calendar of `text` (the whole input). Each row's events are titled by its `title` column
 * (or key), else its `id`; its `id` keeps its events' UIDs stable from one export to the next.
 *
 * @throws {InvalidArgumentError} For a row that cannot be read, naming its line.
 * @throws {ReviewclockError} The error of the first row whose deadline is refused, its message prefixed with the line.
 */
export async function writeBatchIcs(text: string, options: BatchIcsOptions, context: CliContext): Promise<void> {
  const days = readRemind('batch', options.remind);
  const name = readIcsText('batch', '--name', options.name, '"Regulatory deadlines"');
  const rows = readRows(text, options.format);
  if (rows.length === 0) throw new InvalidArgumentError('batch --ics: the input holds no application, so there is no deadline to export');
  const calendars = CommandCalendars.from(options, context.env);
  const policies = readTeamPolicies(options.policies);
  const stopDayCounts = readStopDay(options.stopDay);
  // The calendar each id was counted on last: a projection, once one row needed it (it answers published days as
  // the calendar does), so that every row's reminders count on one calendar per id.
  const counted = new Map<string, Calendar>();
  const entries: DeadlineIcsEntry[] = [];
  let provisional = 0;
  for (const row of rows) {
    const input = row.input;
    const where = `batch --ics: line ${row.line}`;
    try {
      if (typeof input.policy !== 'string') throw new InvalidArgumentError(`${where}: "policy" must be a policy id such as "cn.nmpa.drug.ind"`);
      const start = typeof input.start === 'string' ? input.start : undefined;
      const latestEvent =
        typeof input.startEvents === 'object' && input.startEvents !== null
          ? Object.values(input.startEvents as Record<string, unknown>).filter((d): d is string => typeof d === 'string').sort().at(-1)
          : undefined;
      const base = await calendars.forPolicy(input.policy, start ?? latestEvent ?? '', policies);
      const calendar = counted.get(base.id) ?? base;
      const answer = answerPastCoverage(calendars, calendar, (on) =>
        dueDate({
          policy: input.policy as string,
          ...(start !== undefined && { start }),
          ...(input.startEvents !== undefined && { startEvents: input.startEvents as Record<string, string> }),
          ...(input.stops !== undefined && { stops: input.stops as DeadlineStop[] }),
          calendar: on,
          ...((input.stopDayCounts ?? stopDayCounts) !== undefined && { stopDayCounts: (input.stopDayCounts ?? stopDayCounts) as boolean }),
          ...(policies !== undefined && { policies: policies as PolicyInput[] }),
        }),
      );
      counted.set(answer.calendar.id, answer.calendar);
      if (answer.projected && answer.value.provisional) provisional++;
      const id = textCell(input.id);
      const title = textCell(row.title) ?? id;
      entries.push({ result: answer.value, ...(title !== undefined && { title }), ...(id !== undefined && { id }) });
    } catch (error) {
      // The row's line leads the library's message; the error keeps its class and code.
      if (error instanceof ReviewclockError && !error.message.startsWith(where)) error.message = `${where}: ${error.message}`;
      throw error;
    }
  }
  const ics = deadlinesToICS(entries, {
    ...(name !== undefined && { name }),
    ...(options.lang === 'zh' && { lang: 'zh' as const }),
    ...(days !== undefined && { remind: { workingDays: days, calendars: [...counted.values()] } }),
  });
  writeDataTo(options.out, ics, context);
  const stopped = entries.filter((entry) => entry.result.kind === 'deadline' && entry.result.due === null).length;
  if (days !== undefined && stopped > 0) {
    context.err(`reviewclock: batch: ${stopped} of ${entries.length} applications have no due date yet (the clock is stopped), so they have no reminder; export again once their clocks resume\n`);
  }
  if (provisional > 0 && options.project === undefined) {
    context.err(
      `reviewclock: batch: ${provisional} of ${entries.length} due dates are provisional: they depend on a holiday calendar not yet published ` +
        '(their events say "(provisional)"); add the notice with `reviewclock schedule add NOTICE` and export again to make them exact\n',
    );
    context.exitCode = EXIT_PROVISIONAL;
  }
}

/** A row's text value (id, title), or undefined when absent or empty. */
function textCell(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** The applications of the input, with their line numbers (1-based; for CSV, the line a record starts on). */
function readRows(text: string, format: BatchFormat): IcsRow[] {
  const lines = withoutBom(text).split(/\r?\n/);
  const rows: IcsRow[] = [];
  if (format === 'ndjson') {
    lines.forEach((line, index) => {
      if (isBlank(line)) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InvalidArgumentError(`batch --ics: line ${index + 1} is not valid JSON (${(error as Error).message})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InvalidArgumentError(`batch --ics: line ${index + 1} is not a JSON object such as {"id": "A-1", "policy": "cn.nmpa.drug.ind", "start": "2025-09-26"}`);
      }
      rows.push({ line: index + 1, input: value as BatchInput, title: (value as { title?: unknown }).title });
    });
    return rows;
  }
  const records = new CsvRecords();
  let header: string[] | undefined;
  lines.forEach((line, index) => {
    if (!records.open && isBlank(line)) return;
    const record = records.pushLine(line, index + 1);
    if (record === undefined) return;
    if (header === undefined) {
      header = readCsvHeader(record.fields);
      return;
    }
    const cells = new Map<string, string>();
    header.forEach((name, column) => cells.set(name, record.fields[column] ?? ''));
    rows.push({ line: record.lineNumber, input: readCsvRow(cells), title: cells.get('title') });
  });
  if (records.open) throw new InvalidArgumentError(`batch --ics: the quoted field that starts on line ${records.openSince} is never closed`);
  return rows;
}
