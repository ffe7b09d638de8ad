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
import { INPUT_KEY } from './inputEcho.js';

/** Output is encoded into a buffer of this many bytes, which is handed to the stream when full. */
const BUFFER_BYTES = 1 << 18;

/**
 * Gathers output and writes it in large chunks, honouring the destination's backpressure. Text is encoded to UTF-8
 * into a buffer as it comes (a fresh buffer after each write, since the stream keeps the one it was given).
 */
export class ChunkedWriter {
  readonly #stream: Writable;
  #bytes: Buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
  #length = 0;
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
    // Encoded at once, straight into the buffer: gathering text first (a rope of `+=`) and encoding it later costs
    // more than encoding each row on its own, since the rope must be flattened before it is encoded.
    if (BUFFER_BYTES - this.#length < text.length * 3) {
      this.#send();
      if (text.length * 3 > BUFFER_BYTES) {
        this.#sendBuffer(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.#length += this.#bytes.write(text, this.#length, 'utf8');
  }

  /** Writes bytes (already UTF-8) after the text gathered so far. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    if (this.#failed || bytes.length === 0) return;
    if (!this.#stream.write(bytes)) this.#awaitDrain();
  }

  #send(): void {
    if (this.#length === 0) return;
    const full = this.#bytes.subarray(0, this.#length);
    this.#bytes = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    this.#length = 0;
    this.#sendBuffer(full);
  }

  #sendBuffer(bytes: Buffer): void {
    if (this.#failed) return;
    if (!this.#stream.write(bytes)) this.#awaitDrain();
  }

  /** Hands everything gathered so far to the stream. */
  flush(): void {
    this.#send();
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
  // From CSV, the processor writes the header once it has read the input's (whose own columns it adds).
  if (settings.outputFormat === 'csv' && settings.inputFormat === 'ndjson') writer.write(csvOutputHeader(settings.resultColumns, [INPUT_KEY]));
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
