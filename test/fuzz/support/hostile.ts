/**
 * Hostile values for fuzzing the public API: anything fast-check can make, numbers at the edges (1e12, 2**53, -0,
 * NaN, Infinity), date-like strings that are almost right, unicode with lone surrogates, very long strings, sparse
 * arrays of length 2**32-1, null-prototype objects, and objects with own `__proto__`, `constructor` and `prototype`
 * keys (as JSON.parse makes them), plus a mutator that plants such values inside valid inputs.
 */
import fc from 'fast-check';

export const EDGE_NUMBERS = [
  1e12, -1e12, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 2 ** 31, 2 ** 32, -(2 ** 31), -0, 0, 1, -1, 0.5, 1.5, -1.5, NaN, Infinity, -Infinity,
  Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e308, 9999, 10000, 1900, 2026, 2027,
];

export const DATE_LIKE = [
  '2025-09-26', '2025-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2025-13-01', '2025-00-10', '2025-01-32',
  '2025-9-26', '20250926', '2025/09/26', '2025-09-26T00:00:00Z', ' 2025-09-26', '2025-09-26 ', '2025-09-26\u0000', '2025-09-26\n',
  '２０２５-０９-２６', '2025\u201009\u201026', '+02025-09-26', '-2025-09-26', '2004-01-01', '2003-12-31', '2026-12-31', '2027-01-01',
  '1970-01-01', '1969-12-31', '2016-01-01', '2015-12-31', '2032-12-31', '2099-12-31', '', '-', '..', 'NaN', 'undefined', 'null',
  '2025-09-26..', '2025-09-26..2025-10-01', '2025-10-01..2025-09-26:sponsor-supplement', 'cn.nmpa.drug.ind', 'CN', 'HK', 'CN+HK',
];

export const STRANGE_STRINGS = [
  '\uD800', '\uDFFF', 'a\uD800b', '\uDBFF\uDFFF', '\uFEFF2025-09-26', '\u202E2025-09-26', 'e\u0301', '👨‍👩‍👧', '受理之日', '\u0000', '\r\n',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '<script>', '${x}', '%s%n', '\\', '"', "'",
];

/** Strings long enough to show work that grows with the input (kept to a few MB). */
export const LONG_STRINGS = ['2025-09-26'.repeat(100_000), 'x'.repeat(1_000_000), 'cn.nmpa.drug.ind'.repeat(10_000), '\uD800'.repeat(100_000)];

function makeProtoObjects(): unknown[] {
  const nullProto = Object.create(null) as Record<string, unknown>;
  nullProto['from'] = '2025-09-26';
  return [
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"prototype": {"polluted": "yes"}}'),
    JSON.parse('{"__proto__": {"polluted": "yes"}, "from": "2025-09-26", "to": "2025-10-09", "date": "2025-10-09", "on": "2025-09-26"}'),
    JSON.parse('{"__proto__": [], "length": 1e12}'),
    Object.create(null),
    nullProto,
    { length: 2 ** 32 - 1 },
    { length: 1e12, 0: '2025-09-26' },
    new Array(2 ** 32 - 1),
    Object.assign(new Array(2 ** 32 - 1), { 0: '2025-09-26' }),
    [undefined],
    [null],
    [[]],
    new Date(NaN),
    new Date(8.64e15),
    new Date(Date.UTC(2025, 8, 26)),
    Symbol('x'),
    10n ** 30n,
    () => '2025-09-26',
    new Map([['from', '2025-09-26']]),
    new Set(['2025-09-26']),
    new Uint8Array(4),
    /2025-09-26/,
    Object.freeze({ from: '2025-09-26' }),
    new String('2025-09-26'),
    new Number(60),
  ];
}

/** Made once: some are huge (sparse arrays), and nothing here is changed by the mutator (see isPlainContainer). */
const PROTO_OBJECTS = makeProtoObjects();

const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'from', 'to', 'reason', 'date', 'on', 'calendar', 'policy', 'start', 'stops', 'kind', 'trace', 'id', 'year', 'through', 'lang') },
);

/** Any value, biased towards the ones that break parsers. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ key: keyArb, maxDepth: 3, maxKeys: 5, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...DATE_LIKE) },
  { weight: 2, arbitrary: fc.constantFrom(...STRANGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_OBJECTS) },
);

/** A day count: mostly numbers at the edges, sometimes anything. */
export const hostileCount: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -10_000, max: 10_000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: hostile },
);

function isPlainContainer(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.length <= 1000; // a sparse array of length 2**32-1 stays a leaf
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !Object.isFrozen(value);
}

/** A deep copy of plain objects and arrays; anything else (calendars, dates) is shared. */
function copy(value: unknown): unknown {
  if (!isPlainContainer(value)) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: copy(value[key]), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Every plain object or array inside `value`, with itself first. */
function containers(value: unknown, found: Record<PropertyKey, unknown>[] = []): Record<PropertyKey, unknown>[] {
  if (!isPlainContainer(value)) return found;
  found.push(value);
  for (const key of Object.keys(value)) containers(value[key], found);
  return found;
}

/** One change to a valid input: replace a field, delete it, or add an own key such as `__proto__`. */
export interface Mutation {
  readonly at: number;
  readonly field: number;
  readonly action: 'replace' | 'delete' | 'add-key';
  readonly key: string;
  readonly value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  field: fc.nat(),
  action: fc.constantFrom('replace' as const, 'replace' as const, 'delete' as const, 'add-key' as const),
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'extra'),
  value: hostile,
});

/** Applies mutations to a copy of a valid input: valid values with hostile values planted inside. */
export function mutate(valid: unknown, mutations: readonly Mutation[]): unknown {
  const root = copy(valid);
  for (const m of mutations) {
    const all = containers(root);
    if (all.length === 0) return m.value;
    const target = all[m.at % all.length]!;
    const keys = Object.keys(target);
    // (Own keys such as `constructor` go on objects only: on an array they break fast-check's own printing.)
    if (!Array.isArray(target) && (m.action === 'add-key' || keys.length === 0)) {
      Object.defineProperty(target, m.key, { value: copy(m.value), enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (keys.length === 0) continue;
    const key = keys[m.field % keys.length]!;
    if (m.action === 'delete') delete target[key];
    else target[key] = copy(m.value);
  }
  return root;
}

/** A valid input of some function, or one with 1–3 hostile values planted in it, or just a hostile value. */
export function aroundValid<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 4, arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => mutate(v, ms)) },
    { weight: 1, arbitrary: hostile },
  );
}
