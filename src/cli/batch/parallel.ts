/**
 * Batch on several cores: the main thread reads the input as bytes, cuts it into blocks of whole rows and hands
 * them to worker threads, which decode them and run the same {@link BatchProcessor} as the single-threaded path;
 * the main thread writes their results (UTF-8 bytes) in input order. Evaluating a deadline costs microseconds,
 * while cutting and copying a row's bytes costs nanoseconds, so the work spreads well.
 *
 * Memory stays flat: at most two blocks per worker are in flight, and the main thread waits for the oldest before
 * reading on (and for `drain` when the destination is slow). An input that fits in one block never starts a worker.
 *
 * Blocks end at a line end (byte 0x0A, which never occurs inside a UTF-8 multi-byte character); for CSV, at a record
 * end (a line end outside quotes, read as `CsvRecords` reads them: {@link CsvByteScanner}), so that a record with a
 * quoted line break never straddles two blocks.
 *
 * A line, or a CSV record, too long for a block (over 3 MiB, so surely over the 1 MiB a worker would refuse: a
 * UTF-16 code unit takes at most 3 bytes) is dropped here, up to its end (for CSV, the first line end outside
 * quotes), without being kept, and a worker writes its one row: the row one thread writes for it.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { CsvByteScanner, CsvRecords, MAX_RECORD_LENGTH } from './CsvRecords.js';
import { csvOutputHeader, csvOutputHeaderFor, isBlank, readCsvHeader, type BatchSettings, type BatchSummary } from './BatchProcessor.js';
import { INPUT_KEY } from './inputEcho.js';
import { MAX_LINE_LENGTH } from './LineSplitter.js';
import { ChunkedWriter, runBatch } from './runBatch.js';
import type { BatchOptions } from './settings.js';

/** About this many bytes of input per block (a thousand rows or so). */
export const BLOCK_SIZE = 1 << 17;

/** The most worker threads started by default. */
const MAX_DEFAULT_THREADS = 8;

/**
 * One worker per CPU but one, which the main thread keeps for reading and writing; up to 8. On a machine with two
 * CPUs that is a single worker, no better than the main thread alone, so batch stays in one thread there (measured:
 * with two workers on two busy CPUs, the extra copies and the second JIT warm-up cost more than the second core
 * gave; see docs/performance.md).
 */
function defaultThreads(): number {
  return Math.min(availableParallelism() - 1, MAX_DEFAULT_THREADS);
}

const NEWLINE = 0x0a;

/**
 * The longest a pending line or CSV record grows here (bytes) before it is dropped: three bytes per UTF-16 code unit
 * at most (a `\r\n` is 2 bytes for 1), so a longer one is surely too long for the processor, which refuses it too.
 */
const MAX_PENDING_RECORD = 3 * Math.max(MAX_LINE_LENGTH, MAX_RECORD_LENGTH);

/** What starting workers needs. */
export interface ParallelOptions {
  /** The command's options, sent to each worker to build the same settings. */
  readonly options: BatchOptions;
  /** The URL of the executable to start workers from; without it, everything runs in the main thread. */
  readonly entry?: string | undefined;
  /** The most worker threads (0 or 1: none; at most one per CPU). Default: one per CPU but one, up to 8 (none with two CPUs). */
  readonly threads?: number | undefined;
}

/** The data a batch worker is started with. */
export interface BatchWorkerData {
  readonly reviewclockBatch: true;
  readonly options: BatchOptions;
  /** The CSV input's header as read (not lower-cased). */
  readonly csvHeader?: readonly string[] | undefined;
}

/** A block of rows for a worker: UTF-8 bytes of whole lines. */
export interface BatchJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  /** The first line of a line (or CSV record) found too long, and dropped, just before this block. */
  readonly overlongLine?: number | undefined;
}

/** A worker's answer: the block's results as UTF-8 bytes, or the stack of a bug. */
export type BatchJobResult =
  | ({ readonly seq: number; readonly output: Uint8Array } & BatchSummary)
  | { readonly seq: number; readonly error: string };

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let i = buffer.indexOf(NEWLINE); i !== -1; i = buffer.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

/**
 * The index of the last record end in `data` from `from` (a line end; for CSV, one outside quotes, read with
 * `scanner`, which goes on from where it stands and is left at the end of `data`), or -1.
 */
function lastCut(data: Buffer, scanner: CsvByteScanner | undefined, from = 0): number {
  if (!scanner) {
    const cut = data.lastIndexOf(NEWLINE);
    return cut < from ? -1 : cut;
  }
  let cut = -1;
  for (let end = scanner.nextEnd(data, from); end !== -1; end = scanner.nextEnd(data, end + 1)) cut = end;
  return cut;
}

/** The index of the first record end in `data` (see {@link lastCut}), or -1. */
function firstCut(data: Buffer, scanner: CsvByteScanner | undefined): number {
  return scanner ? scanner.nextEnd(data, 0) : data.indexOf(NEWLINE);
}

/** Reads the CSV header from the start of the text: the header, and where the rows begin. */
function takeCsvHeader(text: string): { header: string[]; rest: string; nextLine: number } | undefined {
  const records = new CsvRecords();
  let start = 0;
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start), line++) {
    const content = text.slice(start, newline).replace(/\r$/, '');
    start = newline + 1;
    // A header too long to keep is the processor's to report, in one thread.
    if (content.length > MAX_LINE_LENGTH) return undefined;
    if (!records.open && isBlank(content)) continue;
    let record;
    try {
      record = records.pushLine(content, line);
    } catch {
      return undefined;
    }
    if (record) {
      readCsvHeader(record.fields); // refuses a header without policy and start
      return { header: record.fields, rest: text.slice(start), nextLine: line + 1 };
    }
  }
  return undefined;
}

function toBuffer(chunk: string | Buffer): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * Runs a batch, on worker threads when the input is larger than one block and threads are available.
 *
 * @param input - The input stream (bytes).
 * @param output - Where results go.
 * @param settings - The batch settings, for the main thread's own use.
 * @param parallel - What starting workers needs.
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
  const firstChunks: Buffer[] = [];
  let firstLength = 0;
  let ended = false;
  while (firstLength < BLOCK_SIZE) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    firstChunks.push(chunk);
    firstLength += chunk.length;
  }
  let first = Buffer.concat(firstChunks);
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) first = first.subarray(3);
  // A requested count is clamped to the CPUs: more workers than CPUs only add copies and warm-ups.
  const threads = Math.min(parallel.threads ?? defaultThreads(), availableParallelism());
  const useWorkers = !ended && threads > 1 && parallel.entry !== undefined;
  let csvHeader: string[] | undefined;
  let nextLine = 1;
  if (useWorkers && settings.inputFormat === 'csv') {
    // The header is read here and sent to every worker; the rows start after it.
    const cut = lastCut(first, new CsvByteScanner());
    const taken = cut === -1 ? undefined : takeCsvHeader(first.subarray(0, cut + 1).toString('utf8'));
    if (taken) {
      csvHeader = taken.header;
      nextLine = taken.nextLine;
      first = Buffer.concat([Buffer.from(taken.rest, 'utf8'), first.subarray(cut + 1)]);
    }
  }
  if (!useWorkers || (settings.inputFormat === 'csv' && !csvHeader)) {
    // One thread. Decoding the first bytes as a whole is safe: a character split at their end is kept by runBatch's
    // decoder only for later chunks, so the first bytes are handed over as bytes too.
    return runBatch(
      (async function* () {
        yield first;
        if (!ended) yield* rest;
      })(),
      output,
      settings,
    );
  }
  return new Pool(parallel.entry!, threads, { reviewclockBatch: true, options: parallel.options, csvHeader }).run(
    first,
    nextLine,
    rest,
    output,
    settings,
  );
}

/** The worker threads of one batch run, and the ordered writing of their results. */
class Pool {
  readonly #workers: Worker[] = [];
  readonly #waiting = new Map<number, { resolve: (result: BatchJobResult) => void; reject: (error: Error) => void }>();
  #next = 0;
  #failure: Error | undefined;

  /** The CSV input's header as read, when the input is CSV. */
  readonly #csvHeader: readonly string[] | undefined;

  constructor(entry: string, threads: number, data: BatchWorkerData) {
    this.#csvHeader = data.csvHeader;
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
    worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    return result;
  }

  async run(first: Buffer, firstLine: number, rest: AsyncIterable<string | Buffer>, output: Writable, settings: BatchSettings): Promise<BatchSummary> {
    const writer = new ChunkedWriter(output);
    if (settings.outputFormat === 'csv') {
      writer.write(
        this.#csvHeader !== undefined
          ? csvOutputHeaderFor(this.#csvHeader, settings.resultColumns)
          : csvOutputHeader(settings.resultColumns, settings.inputFormat === 'ndjson' ? [INPUT_KEY] : []),
      );
    }
    const csv = settings.inputFormat === 'csv';
    const maxInFlight = this.#workers.length * 2;
    const inFlight: Promise<BatchJobResult>[] = [];
    let rows = 0;
    let failed = 0;
    let provisional = 0;
    let firstFailure: BatchSummary['firstFailure'];
    let seq = 0;
    let nextLine = firstLine;
    let pieces: Buffer[] = [];
    let pending = 0;
    // The start of the next record (or line), not ended yet, in the chunks' own bytes.
    let carry: Buffer[] = [];
    let carryLength = 0;
    const scanner = csv ? new CsvByteScanner() : undefined; // where CSV records end, at the end of what was taken
    let dropping: number | undefined; // the first line of an overlong record (or line) being dropped, up to its end
    let overlongLine: number | undefined;

    const writeOldest = async () => {
      const result = await inFlight.shift()!;
      if ('error' in result) throw new WorkerBug(result.error);
      writer.writeBytes(result.output);
      rows += result.rows;
      failed += result.failed;
      provisional += result.provisional;
      firstFailure ??= result.firstFailure;
      const ready = writer.ready();
      if (ready) await ready;
    };
    const dispatch = async () => {
      if (pending === 0 && overlongLine === undefined) return;
      // A buffer of its own, so that it can be transferred (a stream's chunks may share theirs).
      const bytes = new Uint8Array(pending);
      let at = 0;
      for (const piece of pieces) {
        bytes.set(piece, at);
        at += piece.length;
      }
      const lines = countNewlines(bytes);
      inFlight.push(this.#submit({ seq: seq++, bytes, firstLine: nextLine, overlongLine }));
      nextLine += lines;
      pieces = [];
      pending = 0;
      overlongLine = undefined;
      while (inFlight.length >= maxInFlight) await writeOldest();
    };
    const take = async (chunk: Buffer) => {
      let from = 0;
      if (dropping !== undefined) {
        // Only the line ends are counted, up to the end of the record being dropped.
        const end = firstCut(chunk, scanner);
        if (end === -1) {
          nextLine += countNewlines(chunk);
          return;
        }
        nextLine += countNewlines(chunk.subarray(0, end + 1));
        overlongLine = dropping;
        dropping = undefined;
        from = end + 1;
        await dispatch();
      }
      const cut = lastCut(chunk, scanner, from);
      if (cut === -1) {
        if (from < chunk.length) carry.push(chunk.subarray(from));
        carryLength += chunk.length - from;
      } else {
        pieces.push(...carry, chunk.subarray(from, cut + 1));
        pending += carryLength + cut + 1 - from;
        carry = cut + 1 < chunk.length ? [chunk.subarray(cut + 1)] : [];
        carryLength = chunk.length - cut - 1;
      }
      if (carryLength > MAX_PENDING_RECORD) {
        // A line (or a CSV record) with no end in sight: dropped, up to its end, and reported as one row.
        await dispatch();
        dropping = nextLine;
        for (const piece of carry) nextLine += countNewlines(piece);
        carry = [];
        carryLength = 0;
      }
      if (pending >= BLOCK_SIZE) await dispatch();
    };

    try {
      await take(first);
      for await (const chunk of rest) {
        if (writer.failed) break; // the reader went away (e.g. \`| head\`): stop quietly
        await take(toBuffer(chunk));
      }
      if (!writer.failed) {
        // The end of the input: the last line may lack its line end.
        if (dropping !== undefined) {
          overlongLine = dropping;
          dropping = undefined;
        }
        if (carryLength) {
          pieces.push(...carry);
          pending += carryLength;
        }
        await dispatch();
        while (inFlight.length && !writer.failed) await writeOldest();
        writer.flush();
        await writer.ready();
      }
    } finally {
      for (const waiting of inFlight) waiting.catch(() => {});
      await Promise.all(this.#workers.map((worker) => worker.terminate()));
    }
    return { rows, failed, provisional, ...(firstFailure && { firstFailure }) };
  }
}

/** A bug in a worker thread, with the worker's stack. */
class WorkerBug extends Error {
  constructor(stack: string) {
    super(stack.split('\n')[0] ?? 'error in a batch worker thread');
    this.stack = stack;
  }
}
