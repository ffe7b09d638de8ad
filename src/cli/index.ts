#!/usr/bin/env node
/**
 * The `reviewclock` executable (dist/cli.js). See `program.ts` for the commands. The same file runs the worker
 * threads of `reviewclock batch` (see `batch/parallel.ts`), which load the batch code only there.
 *
 * @module
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type { BatchWorkerData } from './batch/parallel.js';
import { processContext } from './context.js';
import { run } from './program.js';

/** True when the thread was started as a batch worker. */
function isBatchWorkerData(data: unknown): data is BatchWorkerData {
  return typeof data === 'object' && data !== null && (data as { reviewclockBatch?: unknown }).reviewclockBatch === true;
}

if (!isMainThread && isBatchWorkerData(workerData)) {
  const data = workerData;
  void import('./batch/worker.js').then(({ serveBatchJobs }) => serveBatchJobs(data));
} else {
  // import.meta.url is empty in the CommonJS build; batch then runs in one thread.
  const entry = typeof import.meta.url === 'string' && import.meta.url ? import.meta.url : undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`reviewclock … | head`): stop quietly, as other command-line tools do.
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
  run(process.argv.slice(2), processContext(entry)).then((status) => {
    // Let pending writes to a pipe drain: set the status and let the process end by itself.
    process.exitCode = status;
  });
}
