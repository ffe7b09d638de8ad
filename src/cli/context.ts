/**
 * What every command writes to: stdout, stderr, the environment and the colour palette.
 *
 * @module
 */
import { palette, type Palette } from './color.js';

/** The streams and settings a command runs with. */
export interface CliContext {
  /** Writes text to standard output. */
  readonly out: (text: string) => void;
  /** Writes text to standard error. */
  readonly err: (text: string) => void;
  /** The environment. */
  readonly env: NodeJS.ProcessEnv;
  /** Colours for standard output. */
  readonly colors: Palette;
  /** The URL of the executable (dist/cli.js), for starting worker threads; absent where unknown (CommonJS build). */
  readonly entry?: string | undefined;
  /** The exit status to end with when every output has been written (set by `batch` when a row failed). */
  exitCode: number;
}

/** The context of the running process. */
export function processContext(entry?: string): CliContext {
  return {
    entry,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    colors: palette(process.stdout, process.env),
    exitCode: 0,
  };
}

/** Writes a value as pretty JSON with a final newline. */
export function writeJson(context: CliContext, value: unknown): void {
  context.out(`${JSON.stringify(value, null, 2)}\n`);
}
