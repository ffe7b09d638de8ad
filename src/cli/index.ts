#!/usr/bin/env node
/**
 * The `reviewclock` executable (dist/cli.js). See `program.ts` for the commands. The same file runs the worker
 * threads of `reviewclock batch` (see `batch/parallel.ts`).
 *
 * @module
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { isBatchWorkerData, serveBatchJobs } from './batch/worker.js';
import { processContext } from './context.js';
import { run } from './program.js';

if (!isMainThread && isBatchWorkerData(workerData)) {
  serveBatchJobs(workerData);
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
