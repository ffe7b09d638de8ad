#!/usr/bin/env node
/**
 * The `reviewclock` executable (dist/cli.js). See `program.ts` for the commands.
 *
 * @module
 */
import { run } from './program.js';

run(process.argv.slice(2)).then((status) => {
  // Let pending writes to a pipe drain: set the status and let the process end by itself.
  process.exitCode = status;
});
