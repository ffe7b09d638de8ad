/**
 * The single-threaded batch loop: reads a stream chunk by chunk (with the stream's own backpressure), feeds a
 * {@link BatchProcessor}, and writes its results in large chunks, waiting for `drain` when the destination is slow.
 * Memory stays flat whatever the input size. For large inputs `parallel.ts` spreads the rows over worker threads.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { BatchProcessor, csvOutputHeader, type BatchSettings, type BatchSummary } from './BatchProcessor.js';

/** Output is handed to the stream in chunks of about this many UTF-16 code units. */
const FLUSH_AT = 1 << 16;

/** Gathers output text and writes it in large chunks, honouring the destination's backpressure. */
export class ChunkedWriter {
  readonly #stream: Writable;
  #buffer = '';
  #drained: Promise<void> | undefined;
  #failed: Error | undefined;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on('error', (error: Error) => {
      this.#failed ??= error;
    });
  }

  /** The write error, once the destination has failed (e.g. EPIPE when the reader went away). */
  get failed(): Error | undefined {
    return this.#failed;
  }

  write(text: string): void {
    this.#buffer += text;
    if (this.#buffer.length >= FLUSH_AT) this.flush();
  }

  /** Writes bytes (already UTF-8) after the text gathered so far. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    if (this.#failed || bytes.length === 0) return;
    if (!this.#stream.write(bytes)) this.#awaitDrain();
  }

  flush(): void {
    if (!this.#buffer || this.#failed) {
      this.#buffer = '';
      return;
    }
    const ok = this.#stream.write(this.#buffer);
    this.#buffer = '';
    if (!ok) this.#awaitDrain();
  }

  #awaitDrain(): void {
    if (!this.#drained) {
      this.#drained = new Promise((resolve) => {
        const done = () => {
          this.#stream.off('drain', done);
          this.#stream.off('error', done);
          this.#stream.off('close', done);
          this.#drained = undefined;
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('error', done);
        this.#stream.on('close', done);
      });
    }
  }

  /** Resolves when the destination can take more. */
  ready(): Promise<void> | undefined {
    return this.#drained;
  }
}

/**
 * Reads every row of `input`, writes one result per row to `output`, and resolves when all of it is written.
 *
 * @param input - The chunks of UTF-8 text (a file or stdin stream) still to read.
 * @param output - Where results go (stdout).
 * @param settings - Formats, the evaluator and the CSV reader.
 * @param firstText - Text already read from `input`, handled before the rest of it.
 * @returns How many rows were read and how many failed.
 * @throws {InvalidArgumentError} When a CSV input has no usable header; a row's own errors never throw.
 */
export async function runBatch(
  input: AsyncIterable<string | Buffer>,
  output: Writable,
  settings: BatchSettings,
  firstText = '',
): Promise<BatchSummary> {
  const writer = new ChunkedWriter(output);
  if (settings.outputFormat === 'csv') writer.write(csvOutputHeader(settings.resultColumns));
  const processor = new BatchProcessor(settings, (text) => writer.write(text));
  let first = true;
  const take = async (chunk: string) => {
    let text = chunk;
    if (first && text.length) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    await processor.push(text);
    writer.flush();
    const ready = writer.ready();
    if (ready) await ready;
  };
  if (firstText) await take(firstText);
  const decoder = new StringDecoder('utf8'); // keeps a character split between two chunks whole
  for await (const chunk of input) {
    await take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (writer.failed) break;
  }
  const last = decoder.end();
  if (last && !writer.failed) await take(last);
  if (!writer.failed) {
    await processor.end();
    writer.flush();
    await writer.ready();
  }
  return processor.summary();
}
