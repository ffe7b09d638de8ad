/**
 * Reads one NDJSON batch row into a {@link BatchInput} about twice as fast as `JSON.parse` plus field access: it
 * scans the line once, slices the string values it needs, and builds objects of one fixed shape.
 *
 * It is a fast path, not a parser of its own: it accepts only the plain shape of a row (an object whose values are
 * strings without escapes, `id` also a number, `stops` an array of objects with string `from`, `to` and `reason`,
 * and other keys with simple values) and returns `undefined` for anything else. The caller then uses `JSON.parse`,
 * so every input still gets exactly `JSON.parse`'s reading and its error messages.
 *
 * @module
 */
import type { BatchInput } from './BatchProcessor.js';

/** A clock stop of a row, as given. */
interface RowStop {
  from?: string;
  to?: string;
  reason?: string;
}

let text = '';
let at = 0;

const NO = 0 as const;

function skipSpace(): void {
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9 || code === 13 || code === 10) at++;
    else return;
  }
}

/** A string without escapes at `at`, or `undefined`. */
function plainString(): string | undefined {
  if (text.charCodeAt(at) !== 34) return undefined;
  const start = ++at;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 34) return text.slice(start, at++);
    if (code === 92 || code < 32 || code !== code) return undefined; // escape, control character, end of text
    at++;
  }
}

/** Skips a scalar value (string, number, true, false, null); false when the value is not a plain scalar. */
function skipScalar(): boolean {
  const code = text.charCodeAt(at);
  if (code === 34) return plainString() !== undefined;
  const start = at;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 44 || c === 125 || c === 93 || c === 32 || c === 9 || c === 13 || c === 10) break;
    at++;
  }
  const word = text.slice(start, at);
  return word === 'true' || word === 'false' || word === 'null' || NUMBER.test(word);
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A number value at `at`, or `undefined`. */
function plainNumber(): number | undefined {
  const start = at;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 44 || c === 125 || c === 32 || c === 9 || c === 13 || c === 10) break;
    at++;
  }
  const word = text.slice(start, at);
  return NUMBER.test(word) ? Number(word) : undefined;
}

/** Moves past `,` (returns 1) or the closing `close` (returns 2); 0 for anything else. */
function separator(close: number): 0 | 1 | 2 {
  skipSpace();
  const code = text.charCodeAt(at++);
  return code === 44 ? 1 : code === close ? 2 : NO;
}

function readStop(): RowStop | undefined {
  if (text.charCodeAt(at) !== 123) return undefined;
  at++;
  const stop: RowStop = {};
  skipSpace();
  if (text.charCodeAt(at) === 125) {
    at++;
    return stop;
  }
  for (;;) {
    skipSpace();
    const key = plainString();
    if (key === undefined) return undefined;
    skipSpace();
    if (text.charCodeAt(at++) !== 58) return undefined;
    skipSpace();
    const value = plainString();
    if (value === undefined) return undefined;
    if (key === 'from') stop.from = value;
    else if (key === 'to') stop.to = value;
    else if (key === 'reason') stop.reason = value;
    else return undefined;
    const next = separator(125);
    if (next === 2) return stop;
    if (next === NO) return undefined;
  }
}

function readStops(): RowStop[] | undefined {
  if (text.charCodeAt(at) !== 91) return undefined;
  at++;
  const stops: RowStop[] = [];
  skipSpace();
  if (text.charCodeAt(at) === 93) {
    at++;
    return stops;
  }
  for (;;) {
    skipSpace();
    const stop = readStop();
    if (stop === undefined) return undefined;
    stops.push(stop);
    const next = separator(93);
    if (next === 2) return stops;
    if (next === NO) return undefined;
  }
}

/** The fields of a row, in one fixed shape. */
class Row implements BatchInput {
  id: unknown = undefined;
  policy: unknown = undefined;
  start: unknown = undefined;
  stops: unknown = undefined;
  asOf: unknown = undefined;
  /** The keys batch does not read, with their values as JSON text (the input's own fields; see inputEcho.ts). */
  others: [string, string][] | undefined = undefined;
}

function readObject(): Row | undefined {
  skipSpace();
  if (text.charCodeAt(at++) !== 123) return undefined;
  const row = new Row();
  skipSpace();
  if (text.charCodeAt(at) === 125) {
    at++;
    return row;
  }
  for (;;) {
    skipSpace();
    const key = plainString();
    if (key === undefined) return undefined;
    skipSpace();
    if (text.charCodeAt(at++) !== 58) return undefined;
    skipSpace();
    const valueStart = at;
    switch (key) {
      case 'policy':
        if ((row.policy = plainString()) === undefined) return undefined;
        break;
      case 'start':
        if ((row.start = plainString()) === undefined) return undefined;
        break;
      case 'asOf':
        if ((row.asOf = plainString()) === undefined) return undefined;
        break;
      case 'stops':
        if ((row.stops = readStops()) === undefined) return undefined;
        break;
      case 'id':
        if ((row.id = text.charCodeAt(at) === 34 ? plainString() : plainNumber()) === undefined) return undefined;
        break;
      case '__proto__':
      case 'startEvents': // an object, and a boolean: rare, so such rows take the JSON.parse path
      case 'stopDayCounts':
        return undefined;
      default:
        if (!skipScalar()) return undefined;
        (row.others ??= []).push([key, text.slice(valueStart, at)]);
    }
    const next = separator(125);
    if (next === 2) return row;
    if (next === NO) return undefined;
  }
}

/**
 * The application on a plain NDJSON line, or `undefined` when the line is not of the plain shape (use
 * `JSON.parse` then). Fields absent from the line are `undefined`.
 *
 * @example
 * readJsonRow('{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}')?.start //=> '2025-09-26'
 * readJsonRow('{"policy":"cn.nmpa.drug.ind","start":"2025\\u002d09-26"}')  //=> undefined (an escape)
 */
export function readJsonRow(line: string): (BatchInput & { readonly others: [string, string][] | undefined }) | undefined {
  text = line;
  at = 0;
  let row = readObject();
  if (row !== undefined) {
    skipSpace();
    if (at !== line.length) row = undefined;
  }
  text = '';
  return row;
}
