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

/** Each style's SGR codes (ECMA-48): the one that turns it on and the one that turns it off. */
export const STYLE_CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  cyan: [36, 39],
  magenta: [35, 39],
  inverse: [7, 27],
  underline: [4, 24],
} as const satisfies Record<Exclude<keyof Palette, 'enabled'>, readonly [number, number]>;

/** Every SGR code the palette writes, on and off. */
export const PALETTE_CODES: ReadonlySet<number> = new Set(Object.values(STYLE_CODES).flat());

function style(enabled: boolean, [open, close]: readonly [number, number]): (text: string) => string {
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
    bold: style(enabled, STYLE_CODES.bold),
    dim: style(enabled, STYLE_CODES.dim),
    red: style(enabled, STYLE_CODES.red),
    green: style(enabled, STYLE_CODES.green),
    yellow: style(enabled, STYLE_CODES.yellow),
    blue: style(enabled, STYLE_CODES.blue),
    cyan: style(enabled, STYLE_CODES.cyan),
    magenta: style(enabled, STYLE_CODES.magenta),
    inverse: style(enabled, STYLE_CODES.inverse),
    underline: style(enabled, STYLE_CODES.underline),
  };
}
