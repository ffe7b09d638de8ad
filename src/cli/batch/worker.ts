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

/** True when the thread was started as a batch worker. */
export function isBatchWorkerData(data: unknown): data is BatchWorkerData {
  return typeof data === 'object' && data !== null && (data as { reviewclockBatch?: unknown }).reviewclockBatch === true;
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
        let output = '';
        const processor = new BatchProcessor(await settings, (text) => (output += text), {
          firstLine: job.firstLine,
          ...(data.csvHeader && { csvHeader: data.csvHeader }),
        });
        if (job.overlongLine !== undefined) processor.failOverlong(job.overlongLine);
        await processor.push(job.text);
        await processor.end();
        answer = { seq: job.seq, output, ...processor.summary() };
      } catch (error) {
        answer = { seq: job.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
      port.postMessage(answer);
    });
  });
}
