/**
 * The fuzz harness: calls one public function on one input and checks the only outcomes allowed — an answer (which
 * the caller may check further) or a typed ReviewclockError — and that the call left Object.prototype alone and
 * did not run away in time.
 */
import { ReviewclockError } from '../../../src/index.js';

/**
 * fast-check options for `numRuns` runs, times `REVIEWCLOCK_FUZZ_FACTOR` (default 1): the suite stays within seconds in
 * `npm test`, and `REVIEWCLOCK_FUZZ_FACTOR=50 npx vitest run test/fuzz` hunts longer.
 */
export function runs(numRuns: number): { numRuns: number } {
  const factor = Number(process.env['REVIEWCLOCK_FUZZ_FACTOR'] ?? 1);
  return { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1))) };
}

/** A test timeout that grows with `REVIEWCLOCK_FUZZ_FACTOR` (and leaves room for a loaded machine). */
export function fuzzTimeout(): number {
  return 30_000 * Math.max(1, runs(1).numRuns);
}

/** A call slower than this fails the fuzz run as a runaway (loose: the suite runs in parallel, three times). */
export const RUNAWAY_MS = 5_000;
/** Calls slower than this are reported (console.warn) with their input, without failing. */
export const SLOW_MS = 100;

/** Slow calls seen in this process: what, how long. */
export const slowCalls: { name: string; ms: number; input: string }[] = [];

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

function keysOf(target: object): string {
  return Reflect.ownKeys(target).map(String).sort().join(',');
}

const CLEAN = new Map(PROTOTYPES.map(([name, target]) => [name, keysOf(target)]));

/** Throws when a prototype gained or lost a key, naming it; then removes what was added so the run can go on. */
export function expectNoPollution(what: string): void {
  for (const [name, target] of PROTOTYPES) {
    const now = keysOf(target);
    if (now === CLEAN.get(name)) continue;
    const before = new Set(CLEAN.get(name)!.split(','));
    const added = Reflect.ownKeys(target).filter((key) => !before.has(String(key)));
    for (const key of added) delete (target as Record<PropertyKey, unknown>)[key];
    throw new Error(`prototype pollution by ${what}: ${name} gained ${added.map(String).join(', ')}`);
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) throw new Error(`prototype pollution by ${what}: ({}).polluted is set`);
}

/** A short description of an input for failure messages (never huge, never throwing). */
export function show(value: unknown): string {
  const seen = new WeakSet<object>();
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'bigint') return `${v}n`;
        if (typeof v === 'symbol' || typeof v === 'function') return String(v);
        if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
        if (Object.is(v, -0)) return '-0';
        if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}…(${v.length} chars)`;
        if (Array.isArray(v) && v.length > 20) return `[array of length ${v.length}]`;
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[cycle]';
          seen.add(v);
          if (Object.getPrototypeOf(v) === null) return { '[null prototype]': true, ...v };
          if (typeof (v as { id?: unknown }).id === 'string' && 'coverage' in v && 'definition' in v) return `[calendar ${(v as unknown as { id: string }).id}]`;
        }
        return v;
      }) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** What a call gave. */
export type CallResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ReviewclockError };

/**
 * Calls `call` and checks the outcome: returns the value or the typed error. Throws (failing the property) on any
 * other error, on a typed error without a code or message or with a huge message, on prototype pollution, and on a
 * runaway call.
 */
export function fuzzCall(name: string, input: unknown, call: () => unknown): CallResult {
  const started = performance.now();
  let result: CallResult;
  try {
    result = { ok: true, value: call() };
  } catch (error) {
    if (!(error instanceof ReviewclockError)) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
      throw new Error(`${name} threw an untyped error (${text}) for ${show(input)}`, { cause: error });
    }
    if (typeof error.code !== 'string' || typeof error.message !== 'string' || error.message.length === 0) {
      throw new Error(`${name} threw a ReviewclockError without a code or message for ${show(input)}`);
    }
    if (error.message.length > 5_000) {
      throw new Error(`${name} threw a ${error.message.length}-character message (echoing its input?) for ${show(input)}`);
    }
    result = { ok: false, error };
  }
  const ms = performance.now() - started;
  expectNoPollution(`${name}(${show(input)})`);
  if (ms > SLOW_MS) {
    slowCalls.push({ name, ms, input: show(input) });
    console.warn(`fuzz: slow call ${name} took ${ms.toFixed(0)} ms for ${show(input)}`);
  }
  if (ms > RUNAWAY_MS) throw new Error(`${name} ran away: ${ms.toFixed(0)} ms for ${show(input)}`);
  return result;
}
