/**
 * `reviewclock batch`: many applications at once, streamed from a file or stdin. The command's arguments, options
 * and help are in `definitions/batch.ts`, which loads this module when the command runs.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InvalidArgumentError, InvalidDateError, isPlainDate } from '../../index.js';
import { readAsOf } from '../deadline.js';
import { runParallelBatch } from '../batch/parallel.js';
import { batchSettings } from '../batch/settings.js';
import { ICS_INPUT_LIMIT, writeBatchIcs, type BatchIcsOptions } from '../batch/batchIcs.js';
import { readTextFile } from '../readers.js';
import type { BatchFormat } from '../batch/BatchProcessor.js';
import type { CliContext } from '../context.js';
import { EXIT_PROVISIONAL, oneLine } from '../errors.js';
import { storeDirectoryOf } from '../calendars.js';

/** The options of `batch` as given: `--format` may be left out (see {@link inputFormat}). */
export type GivenBatchOptions = Omit<BatchIcsOptions, 'format'> & { readonly format?: BatchFormat | undefined; readonly ics?: boolean };

/**
 * The input format: `--format` when given, else CSV for a file whose name ends in `.csv` (in any case), else NDJSON
 * (stdin included).
 *
 * @example
 * inputFormat('apps.CSV', undefined) //=> 'csv'
 * inputFormat('apps.csv', 'ndjson')  //=> 'ndjson'
 */
export function inputFormat(file: string | undefined, format: BatchFormat | undefined): BatchFormat {
  if (format !== undefined) return format;
  return file !== undefined && file !== '-' && /\.csv$/i.test(file) ? 'csv' : 'ndjson';
}

/**
 * `reviewclock batch FILE`: reads the applications, writes one result per row in input order (spread over worker
 * threads for large inputs), and sets the exit status from the rows that failed or are provisional.
 */
export async function runBatchCommand(file: string | undefined, given: GivenBatchOptions, context: CliContext): Promise<void> {
  // --as-of is checked once here (not on every row), and "today" is fixed once for every worker thread.
  const asOf = readAsOf(given.asOf);
  if (asOf !== undefined && !isPlainDate(asOf)) {
    throw new InvalidDateError('batch --as-of', asOf);
  }
  // The store's directory is resolved here, once, for the worker threads too.
  const storeDirectory = storeDirectoryOf(given, context.env);
  const options: BatchIcsOptions = {
    ...given,
    format: inputFormat(file, given.format),
    ...(asOf !== undefined && { asOf }),
    ...(storeDirectory === undefined ? { storedSchedules: false } : { storeDirectory }),
  };
  if (given.ics) return writeBatchIcs(await readWholeInput(file), options, context);
  const settings = await batchSettings(options, context.env);
  const input = await openInput(file, context);
  const summary = await runParallelBatch(input.stream, process.stdout, settings, {
    options,
    entry: context.entry,
    threads: readThreads(context.env['REVIEWCLOCK_BATCH_THREADS']),
  });
  if (summary.failed) {
    context.err(
      `reviewclock: batch: ${summary.failed} of ${summary.rows} rows failed; first at line ${summary.firstFailure?.line}: ` +
        `${oneLine(summary.firstFailure?.message ?? '')}\n`,
    );
    context.exitCode = 1;
  } else if (summary.provisional && options.project === undefined) {
    // Rows past the published years were counted on the projection: exact where they can be, provisional due dates.
    context.err(
      `reviewclock: batch: ${summary.provisional} of ${summary.rows} rows are provisional: they depend on a holiday calendar ` +
        'not yet published (see "provisional" and "dueRange"); add the notice with `reviewclock schedule add NOTICE` to make them exact\n',
    );
    context.exitCode = EXIT_PROVISIONAL;
  }
}

async function openInput(file: string | undefined, context: CliContext): Promise<{ stream: Readable; size: number | undefined }> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) context.err('reviewclock: batch: reading applications from stdin, one per line (Ctrl-D to end)\n');
    return { stream: process.stdin, size: undefined };
  }
  try {
    const handle = await open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream({ highWaterMark: 1 << 17 }), size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidArgumentError(
      `batch: cannot read ${JSON.stringify(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`,
    );
  }
}

/** The whole input of `batch --ics`: the file (at most {@link ICS_INPUT_LIMIT} bytes), or stdin. */
async function readWholeInput(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') return readTextFile('batch --ics', file, ICS_INPUT_LIMIT);
  let text = '';
  let bytes = 0;
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += chunk as string;
    bytes += Buffer.byteLength(chunk as string);
    if (bytes > ICS_INPUT_LIMIT) throw new InvalidArgumentError(`batch --ics: the input holds more than ${ICS_INPUT_LIMIT} bytes (64 MiB); split the portfolio`);
  }
  return text;
}

/** `REVIEWCLOCK_BATCH_THREADS`: how many worker threads at most (0 or 1: none); default: one per CPU but one, up to 8. */
function readThreads(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError(`REVIEWCLOCK_BATCH_THREADS: invalid value ${JSON.stringify(value)}, expected a whole number such as 0 or 4`);
  }
  return Number(value);
}
