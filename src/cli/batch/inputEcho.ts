/**
 * The input's own fields in batch output: the columns of a portfolio CSV (product, owner…) and the extra keys of an
 * NDJSON row come back with each result, so that results need not be joined back to the input by hand.
 *
 * - CSV in, CSV out: the input's own columns follow the result columns, with the input's header names, cell by cell
 *   (`stops` among them: it is read, and kept).
 * - NDJSON in, NDJSON out: a row's `stops` as given, after the result.
 * - NDJSON or CSV in, NDJSON out: the own fields under `"input": {…}` (absent when there are none).
 * - NDJSON in, CSV out: one `input` column holding them as a JSON object (empty when there are none).
 *
 * A field is the input's own unless batch reads it (`policy`, `start`, …) or it is a name batch writes (`line`,
 * `due`, `limit.amount`, `error_code`…, and `input`, whose fields are taken as the row's own): so batch run on its
 * own output gives that output again, the results computed afresh.
 *
 * @module
 */

/** The NDJSON keys batch reads. */
export const NDJSON_READ_KEYS: ReadonlySet<string> = new Set(['id', 'policy', 'start', 'stops', 'asOf', 'startEvents', 'stopDayCounts']);

/** The CSV columns batch reads (lower-cased). */
export const CSV_READ_COLUMNS: ReadonlySet<string> = new Set(['id', 'policy', 'start', 'stops', 'asof', 'as_of']);

/** The names batch writes, besides the result columns (`RESULT_COLUMNS` and their top-level keys). */
export const WRITTEN_NAMES: readonly string[] = ['line', 'error', 'error_code', 'error_message', 'input', 'warnings'];

/** The key under which NDJSON output holds the row's own fields, and the CSV column for NDJSON input. */
export const INPUT_KEY = 'input';

/** The names batch writes: result columns, their top-level keys (`limit` for `limit.amount`) and {@link WRITTEN_NAMES}. */
export function writtenNames(resultColumns: readonly string[]): Set<string> {
  const names = new Set(WRITTEN_NAMES);
  for (const column of resultColumns) {
    names.add(column);
    names.add(column.split('.')[0]!);
  }
  return names;
}

/** Where a row read by the processor keeps its own fields, already written for the output format (see above). */
export const OWN_FIELDS: unique symbol = Symbol('reviewclock.batch.ownFields');

/** A row with its own fields as output text: `,"input":{…}` (NDJSON), `,cell,…` or `,"{…}"` (CSV). */
export interface WithOwnFields {
  [OWN_FIELDS]?: string | undefined;
}
