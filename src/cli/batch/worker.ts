/**
 * A batch worker thread: builds the batch settings from the command's options, then turns each block of rows it
 * is sent into result text with a {@link BatchProcessor}, one block at a time, in the order received.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { BatchProcessor } from './BatchProcessor.js';
import type { BatchJob, BatchJobResult, BatchWorkerData } from './parallel.js';
import { batchSettings } from './settings.js';


/**
 * A job's output as UTF-8 bytes, encoded as it is made: each result string is dead as soon as it is encoded, so
 * the garbage collector never has to keep (and promote) a job's worth of small strings, and the bytes go to the
 * main thread without a copy.
 */
class ByteOutput {
  #bytes: Buffer;
  #length = 0;
  #pending = '';

  constructor(expected: number) {
    // allocUnsafeSlow: a buffer of its own (never a slice of the shared pool), so that it can be transferred.
    this.#bytes = Buffer.allocUnsafeSlow(Math.max(1 << 16, expected));
  }

  write(text: string): void {
    this.#pending += text;
    if (this.#pending.length >= 1 << 14) this.#encode();
  }

  #encode(): void {
    const text = this.#pending;
    this.#pending = '';
    if (this.#bytes.length - this.#length < text.length * 3) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.#bytes.length * 2, this.#length + text.length * 3));
      this.#bytes.copy(grown, 0, 0, this.#length);
      this.#bytes = grown;
    }
    this.#length += this.#bytes.write(text, this.#length, 'utf8');
  }

  /** The bytes written, in a buffer of their own (to be transferred). */
  finish(): Uint8Array {
    this.#encode();
    return new Uint8Array(this.#bytes.buffer, 0, this.#length);
  }
}

/** Serves blocks of rows until the main thread ends the worker. */
export function serveBatchJobs(data: BatchWorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatchJobs: not in a worker thread');
  const settings = batchSettings(data.options);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (job: BatchJob) => {
    queue = queue.then(async () => {
      let answer: BatchJobResult;
      try {
        const text = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('utf8');
        const output = new ByteOutput(text.length * 3);
        const processor = new BatchProcessor(await settings, (text) => output.write(text), {
          firstLine: job.firstLine,
          ...(data.csvHeader && { csvHeader: data.csvHeader }),
        });
        if (job.overlongLine !== undefined) processor.failOverlong(job.overlongLine);
        await processor.push(text);
        await processor.end();
        const bytes = output.finish();
        answer = { seq: job.seq, output: bytes, ...processor.summary() };
        port.postMessage(answer, [bytes.buffer as ArrayBuffer]);
        return;
      } catch (error) {
        answer = { seq: job.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
      port.postMessage(answer);
    });
  });
}
