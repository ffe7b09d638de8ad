/**
 * Terminal colours, on only when they can be seen: stdout is a TTY and `NO_COLOR` is unset or empty
 * (https://no-color.org). `FORCE_COLOR` (non-empty, not `0`) turns them on for a pipe; `NO_COLOR` still wins.
 *
 * @module
 */

/** The styles the CLI uses; each returns its text unchanged when colours are off. */
export interface Palette {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly inverse: (text: string) => string;
  readonly underline: (text: string) => string;
}

/**
 * True when output to `stream` should be coloured.
 *
 * @param stream - Where the text goes; only its `isTTY` is read.
 * @param env - The environment (`NO_COLOR`, `FORCE_COLOR`).
 */
export function colorEnabled(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return stream.isTTY === true;
}

function style(enabled: boolean, open: number, close: number): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

/**
 * The palette for a stream.
 *
 * @example
 * palette({ isTTY: false }, {}).red('x') //=> 'x'
 */
export function palette(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Palette {
  const enabled = colorEnabled(stream, env);
  return {
    enabled,
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
    red: style(enabled, 31, 39),
    green: style(enabled, 32, 39),
    yellow: style(enabled, 33, 39),
    blue: style(enabled, 34, 39),
    cyan: style(enabled, 36, 39),
    magenta: style(enabled, 35, 39),
    inverse: style(enabled, 7, 27),
    underline: style(enabled, 4, 24),
  };
}
