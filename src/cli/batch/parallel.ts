/**
 * Batch on several cores: the main thread reads the input, cuts it into blocks of whole rows and hands them to
 * worker threads, which run the same {@link BatchProcessor} as the single-threaded path; the main thread writes
 * their results in input order. Evaluating a deadline costs microseconds, reading and writing a row much less, so
 * the work spreads well.
 *
 * Memory stays flat: at most two blocks per worker are in flight, and the main thread waits for the oldest before
 * reading on (and for `drain` when the destination is slow). An input that fits in one block never starts a worker.
 *
 * Blocks end at a line end; for CSV, at a line end outside quotes (an even number of `"` since the block began),
 * so that a record with a quoted line break never straddles two blocks.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { CsvRecords } from './CsvRecords.js';
import { csvOutputHeader, readCsvHeader, type BatchSettings, type BatchSummary } from './BatchProcessor.js';
import { MAX_LINE_LENGTH } from './LineSplitter.js';
import { ChunkedWriter, runBatch } from './runBatch.js';
import type { BatchOptions } from './settings.js';

/** About this many characters of input per block (a few thousand rows). */
export const BLOCK_SIZE = 1 << 18;

/** The most worker threads started by default. */
const MAX_DEFAULT_THREADS = 8;

/** What starting workers needs. */
export interface ParallelOptions {
  /** The command's options, sent to each worker to build the same settings. */
  readonly options: BatchOptions;
  /** The URL of the executable to start workers from; without it, everything runs in the main thread. */
  readonly entry?: string | undefined;
  /** The most worker threads (0 or 1: none). Default: one per CPU, up to 8. */
  readonly threads?: number | undefined;
}

/** The data a batch worker is started with. */
export interface BatchWorkerData {
  readonly reviewclockBatch: true;
  readonly options: BatchOptions;
  readonly csvHeader?: readonly string[] | undefined;
}

/** A block of rows for a worker. */
export interface BatchJob {
  readonly seq: number;
  readonly text: string;
  readonly firstLine: number;
  /** A line found too long (and dropped) just before this block. */
  readonly overlongLine?: number | undefined;
}

/** A worker's answer. */
export type BatchJobResult =
  | ({ readonly seq: number; readonly output: string } & BatchSummary)
  | { readonly seq: number; readonly error: string };

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The index of the last `\n` in `text` that lies outside double quotes (quotes counted from the start), or -1. */
function lastCsvCut(text: string): number {
  let cut = -1;
  let quoted = false;
  let quote = text.indexOf('"');
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    while (quote !== -1 && quote < newline) {
      quoted = !quoted;
      quote = text.indexOf('"', quote + 1);
    }
    if (!quoted) cut = newline;
  }
  return cut;
}

/** Reads the CSV header from the start of the text: the header, and where the rows begin. */
function takeCsvHeader(text: string): { header: string[]; rest: string; nextLine: number } | undefined {
  const records = new CsvRecords();
  let start = 0;
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start), line++) {
    const content = text.slice(start, newline).replace(/\r$/, '');
    start = newline + 1;
    if (!records.open && content.trim() === '') continue;
    const record = records.pushLine(content, line);
    if (record) return { header: readCsvHeader(record.fields), rest: text.slice(start), nextLine: line + 1 };
  }
  return undefined;
}

/**
 * Runs a batch, on worker threads when the input is larger than one block and threads are available.
 *
 * @returns The summary of every row.
 * @throws {InvalidArgumentError} For a CSV header without `policy` and `start`.
 */
export async function runParallelBatch(
  input: Readable,
  output: Writable,
  settings: BatchSettings,
  parallel: ParallelOptions,
): Promise<BatchSummary> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string | Buffer>;
  const rest: AsyncIterable<string | Buffer> = { [Symbol.asyncIterator]: () => chunks };
  let first = '';
  let ended = false;
  while (first.length < BLOCK_SIZE) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    first += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
  }
  const threads = Math.min(parallel.threads ?? Math.min(availableParallelism(), MAX_DEFAULT_THREADS), 64);
  if (first.charCodeAt(0) === 0xfeff) first = first.slice(1);
  let csvHeader: string[] | undefined;
  let nextLine = 1;
  if (!ended && threads > 1 && parallel.entry && settings.inputFormat === 'csv') {
    const taken = takeCsvHeader(first);
    if (taken) ({ header: csvHeader, rest: first, nextLine } = taken);
  }
  if (ended || threads <= 1 || !parallel.entry || (settings.inputFormat === 'csv' && !csvHeader)) {
    return runBatch(ended ? emptyInput() : rest, output, settings, first);
  }
  return new Pool(parallel.entry, threads, { reviewclockBatch: true, options: parallel.options, csvHeader }).run(
    first,
    nextLine,
    rest,
    output,
    settings,
  );
}

async function* emptyInput(): AsyncIterable<string> {}

/** The worker threads of one batch run, and the ordered writing of their results. */
class Pool {
  readonly #workers: Worker[] = [];
  readonly #waiting = new Map<number, { resolve: (result: BatchJobResult) => void; reject: (error: Error) => void }>();
  #next = 0;
  #failure: Error | undefined;

  constructor(entry: string, threads: number, data: BatchWorkerData) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL(entry), { workerData: data });
      worker.on('message', (result: BatchJobResult) => {
        const waiting = this.#waiting.get(result.seq);
        this.#waiting.delete(result.seq);
        waiting?.resolve(result);
      });
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`reviewclock: a batch worker thread stopped with exit code ${code}`));
      });
      this.#workers.push(worker);
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }

  #submit(job: BatchJob): Promise<BatchJobResult> {
    if (this.#failure) return Promise.reject(this.#failure);
    const worker = this.#workers[this.#next++ % this.#workers.length]!;
    const result = new Promise<BatchJobResult>((resolve, reject) => this.#waiting.set(job.seq, { resolve, reject }));
    worker.postMessage(job);
    return result;
  }

  async run(
    firstText: string,
    firstLine: number,
    rest: AsyncIterable<string | Buffer>,
    output: Writable,
    settings: BatchSettings,
  ): Promise<BatchSummary> {
    const writer = new ChunkedWriter(output);
    if (settings.outputFormat === 'csv') writer.write(csvOutputHeader(settings.resultColumns));
    const maxInFlight = this.#workers.length * 2;
    const inFlight: Promise<BatchJobResult>[] = [];
    let rows = 0;
    let failed = 0;
    let firstFailure: BatchSummary['firstFailure'];
    let seq = 0;
    let nextLine = firstLine;
    let block = '';
    let carry = '';
    let skipping: number | undefined; // the number of an overlong line being dropped
    let overlongLine: number | undefined;
    const cutAt = settings.inputFormat === 'csv' ? lastCsvCut : (text: string) => text.lastIndexOf('\n');

    const writeOldest = async () => {
      const result = await inFlight.shift()!;
      if ('error' in result) throw new WorkerBug(result.error);
      writer.write(result.output);
      rows += result.rows;
      failed += result.failed;
      firstFailure ??= result.firstFailure;
      writer.flush();
      const ready = writer.ready();
      if (ready) await ready;
    };
    const dispatch = async () => {
      if (!block && overlongLine === undefined) return;
      inFlight.push(this.#submit({ seq: seq++, text: block, firstLine: nextLine, overlongLine }));
      nextLine += countNewlines(block);
      block = '';
      overlongLine = undefined;
      while (inFlight.length >= maxInFlight) await writeOldest();
    };
    const take = async (piece: string) => {
      let text = piece;
      if (skipping !== undefined) {
        const newline = text.indexOf('\n');
        if (newline === -1) return;
        overlongLine = skipping;
        skipping = undefined;
        nextLine++;
        text = text.slice(newline + 1);
        await dispatch();
      }
      text = carry + text;
      const cut = cutAt(text);
      if (cut === -1) {
        carry = text;
      } else {
        block += text.slice(0, cut + 1);
        carry = text.slice(cut + 1);
      }
      if (carry.length > MAX_LINE_LENGTH) {
        // A line (or a quoted CSV record) with no end in sight: report it and drop it up to the next line end.
        await dispatch();
        skipping = nextLine;
        carry = '';
      }
      if (block.length >= BLOCK_SIZE) await dispatch();
    };

    try {
      await take(firstText);
      for await (const chunk of rest) {
        await take(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        if (writer.failed) break;
      }
      if (skipping !== undefined) {
        overlongLine = skipping;
        skipping = undefined;
      }
      block += carry;
      carry = '';
      await dispatch();
      while (inFlight.length) await writeOldest();
      writer.flush();
      await writer.ready();
    } finally {
      for (const pending of inFlight) pending.catch(() => {});
      await Promise.all(this.#workers.map((worker) => worker.terminate()));
    }
    return { rows, failed, ...(firstFailure && { firstFailure }) };
  }
}

/** A bug in a worker thread, with the worker's stack. */
class WorkerBug extends Error {
  constructor(stack: string) {
    super(stack.split('\n')[0] ?? 'error in a batch worker thread');
    this.stack = stack;
  }
}
