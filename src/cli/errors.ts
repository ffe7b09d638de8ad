/**
 * How the CLI ends: exit statuses and the one-line messages for refused input, tsup-style.
 *
 * - 0: success.
 * - 1: bad input, refused by the library with a `ReviewclockError` (a bad date, an unknown policy, a malformed
 *   schedule, a broken file in the schedule store, a batch with a failed row), or a file that cannot be read. One
 *   line on stderr, with the library's calendar advice in CLI terms (`--calendar HK`, not `{ calendar: HK }`).
 * - 3: a provisional answer: it needs days past the published calendar, so it was counted on a projection (the law
 *   and the State Council's published principles) without `--project`. Everything is printed; the exit status says
 *   the answer depends on an unpublished calendar.
 * - 2: bad usage, found by the argument parser: an unknown command or option, a missing or extra argument, an
 *   option value outside its listed choices. One line on stderr (commander's message).
 * - Anything else is a bug: its stack is printed, and the status is 1.
 *
 * `REVIEWCLOCK_DEBUG=1` adds the stack to every error.
 *
 * The statuses are in `exitStatus.ts` (re-exported here), which the command definitions use without loading the
 * library; `program.ts` loads this module when a run fails.
 *
 * @module
 */
import { CommanderError } from 'commander';
import { ReviewclockError } from '../index.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, oneLine } from './exitStatus.js';
import { cliMessage } from './messages.js';
import type { ErrorContext } from './cliTerms.js';

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROVISIONAL, EXIT_USAGE, oneLine, USAGE_ERROR_CODE } from './exitStatus.js';

/** Where errors are written. */
export interface ErrorSink {
  write(text: string): unknown;
}

/**
 * Reports an error and gives the exit status for it.
 *
 * @param error - What was thrown.
 * @param stderr - Where to write the message.
 * @param env - The environment, for `REVIEWCLOCK_DEBUG`.
 * @returns The exit status.
 */
export function reportError(error: unknown, stderr: ErrorSink, env: NodeJS.ProcessEnv, context: ErrorContext = {}): number {
  const debug = env['REVIEWCLOCK_DEBUG'] === '1';
  if (error instanceof CommanderError) {
    // commander has already written its message through configureOutput().outputError.
    if (debug && error.exitCode !== 0) stderr.write(`${error.stack ?? ''}\n`);
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof ReviewclockError) {
    stderr.write(`${context.lang === 'zh' ? 'reviewclock：' : 'reviewclock: '}${oneLine(cliMessage(error, context))}\n`);
    if (debug) stderr.write(`${error.stack ?? ''}\n`);
    return EXIT_BAD_INPUT;
  }
  // A bug: show everything.
  stderr.write(`reviewclock: unexpected error, please report it with the command you ran.\n`);
  stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_BAD_INPUT;
}
