/**
 * What every command writes to: stdout, stderr, the environment and the colour palette.
 *
 * @module
 */
import { PALETTE_CODES, palette, type Palette } from './color.js';

/** The streams and settings a command runs with. */
export interface CliContext {
  /** Writes text for people to standard output, made {@link terminalSafe} (the palette's colours kept). */
  readonly out: (text: string) => void;
  /** Writes a machine format (JSON, iCalendar) to standard output exactly as given. */
  readonly data: (text: string) => void;
  /** Writes text for people to standard error, made {@link terminalSafe}. */
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
  const colors = palette(process.stdout, process.env);
  const stderrColors = palette(process.stderr, process.env).enabled;
  return {
    entry,
    out: (text) => void process.stdout.write(terminalSafe(text, colors.enabled)),
    data: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(terminalSafe(text, stderrColors)),
    env: process.env,
    colors,
    exitCode: 0,
  };
}

/** Writes a value as pretty JSON with a final newline (JSON escapes control characters itself). */
export function writeJson(context: CliContext, value: unknown): void {
  context.data(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Control characters and escape sequences, which text from a schedule or policy file (a holiday name, a source
 * title, a note) could carry to the terminal: ESC sequences (CSI, OSC such as window titles and hyperlinks), the
 * other C0 controls but tab and line feed, DEL, the C1 controls (U+0080–U+009F, where U+009B is an 8-bit CSI), and
 * the bidirectional overrides and isolates that make text display in another order than it reads (U+202A–U+202E,
 * U+2066–U+2069).
 */
const UNSAFE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_]?)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** True for one of the SGR sequences the palette writes (`STYLE_CODES` in color.ts): kept when colours are on. */
function isPaletteSgr(sequence: string): boolean {
  const match = /^\u001b\[([1-9]\d?)m$/.exec(sequence);
  return match !== null && PALETTE_CODES.has(Number(match[1]));
}

/**
 * Text made safe for a terminal: every control character and escape sequence removed, except tab, line feed and,
 * when `keepColors` is true, the colour codes of the palette. Machine formats (JSON, iCalendar, batch output) are
 * written as they are; JSON escapes control characters itself.
 *
 * @example
 * terminalSafe('Spring\u001b]0;pwned\u0007 Festival\r', false) //=> 'Spring Festival'
 * terminalSafe('\u001b[1m2027-02-08\u001b[22m', true) //=> '\u001b[1m2027-02-08\u001b[22m'
 */
export function terminalSafe(text: string, keepColors: boolean): string {
  return text.replace(UNSAFE, (match) => (keepColors && isPaletteSgr(match) ? match : ''));
}
