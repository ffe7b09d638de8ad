/**
 * The row logic of `reviewclock batch`: lines in, one result per row out, in order. The same processor runs in the
 * main thread for small inputs and in each worker thread for large ones (see `parallel.ts`), so that both give
 * the same text.
 *
 * Rules, also in `reviewclock batch --help`:
 * - Blank lines (empty or only spaces) are not rows: they are skipped and give no output. Every result carries the
 *   input's 1-based `line` number, so results can be matched to input lines even across blank lines.
 * - A row that fails gets `"error": { code, message }` instead of a result; the other rows go on.
 * - `\n` and `\r\n` endings, a last line without an ending, and a UTF-8 byte-order mark are all accepted.
 * - A line (or a CSV record) longer than 1 MiB is a failed row, and is never held in memory whole. A CSV record
 *   too long is one failed row, on the line it starts on, and is skipped up to its end (the first line end outside
 *   quotes; the end of the input for a quoted field that never closes); the next record is read after it.
 *
 * @module
 */
import { InvalidArgumentError, ReviewclockError } from '../../index.js';
import { oneLine } from '../errors.js';
import { CsvRecords, LineQuotes, MAX_RECORD_LENGTH, csvField } from './CsvRecords.js';
import { LineSplitter, MAX_LINE_LENGTH } from './LineSplitter.js';
import { readJsonRow } from './readJsonRow.js';
import { CSV_READ_COLUMNS, INPUT_KEY, NDJSON_READ_KEYS, OWN_FIELDS, writtenNames, type WithOwnFields } from './inputEcho.js';

/** Input and output formats. */
export type BatchFormat = 'ndjson' | 'csv';

/** One application, as read from a row, before the library checks it. */
export interface BatchInput {
  readonly id?: unknown;
  readonly policy?: unknown;
  readonly start?: unknown;
  readonly stops?: unknown;
  readonly asOf?: unknown;
  /** NDJSON only: the dates of the start events, for a clock that starts on the later of several. */
  readonly startEvents?: unknown;
  /** NDJSON only: the stop-day reading for this row (overrides `--stop-day`). */
  readonly stopDayCounts?: unknown;
}

/**
 * Evaluates one application and gives the fields of its result (plain JSON values), or throws.
 * A `ReviewclockError` becomes the row's `error`; anything else is a bug and stops the batch.
 */
export type RowEvaluator = (input: BatchInput) => Record<string, unknown>;

/** How CSV cells become an application. */
export type CsvRowReader = (cells: ReadonlyMap<string, string>) => BatchInput;

/** The settings of one batch run. */
export interface BatchSettings {
  readonly inputFormat: BatchFormat;
  readonly outputFormat: BatchFormat;
  /** The result fields written as CSV columns, in order (NDJSON writes whatever the evaluator returns). */
  readonly resultColumns: readonly string[];
  readonly evaluate: RowEvaluator;
  /** Turns a CSV row's cells (by lower-cased header name) into an application. */
  readonly readCsvRow: CsvRowReader;
  /**
   * Given an error a row's evaluation threw, a promise that loads what the row needs (the Hong Kong calendar for a
   * policy counted on it), after which the row is evaluated once more; `undefined` to report the error on the row.
   */
  readonly prepare?: (error: unknown) => Promise<unknown> | undefined;
}

/** What a batch run did. */
export interface BatchSummary {
  /** Rows read (blank lines excluded). */
  readonly rows: number;
  /** Rows that got an `error`. */
  readonly failed: number;
  /** Rows whose result is provisional (it depends on projected days). */
  readonly provisional: number;
  /** The first failure, for the summary line on stderr. */
  readonly firstFailure?: { readonly line: number; readonly message: string };
}

/** A row-level error code for a line that is not JSON at all. */
export const INVALID_JSON = 'invalid_json';
/** A row-level error code for a row that is not an object, a line too long, a broken CSV record. */
export const INVALID_ROW = 'invalid_row';

/** A row's error as written: a plain record, not an `Error` (no stack to capture for each bad row). */
/**
 * A row's error message in the row's own terms: the library function that refused it is dropped, and the option it
 * names is the row's field of the same name (`dueDate (start): invalid date …` → `start: invalid date …`).
 *
 * @example
 * rowMessage('dueDate (start): invalid date "2025-02-30" …') //=> 'start: invalid date "2025-02-30" …'
 * rowMessage('dueDate: unknown policy id "x" …')             //=> 'unknown policy id "x" …'
 */
export function rowMessage(message: string): string {
  return oneLine(message).replace(/^(?:dueDate|getPolicy)(?: \(([^)]+)\))?: /, (_, field: string | undefined) => (field === undefined ? '' : `${field}: `));
}

class RowError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const NDJSON_EXAMPLE = '{"policy": "cn.nmpa.drug.ind", "start": "2025-09-26", "stops": [{"from": "2025-10-10", "to": "2025-11-03"}]}';

/** True for a line that is not a row: only spaces, tabs, CR and BOMs (the same test on every thread count). */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 0xfeff) return false;
  }
  return true;
}

/**
 * A slot on a result that the evaluator hands out for many rows: the processor keeps the row's output text after
 * the id there (`,"policy":…,"start":…,"due":…}` and the newline). The evaluator must hand out a result with this
 * slot only for rows with the same policy and start (as strings), and never for a row without them.
 */
export const RESULT_TEXT = Symbol('reviewclock.batch.resultText');

/** What the processor keeps in a shared result's {@link RESULT_TEXT} slot. */
export class ResultText {
  json: string | undefined = undefined;
  csv: string | undefined = undefined;
}

/** A flat copy of a string: holds its own characters, neither a tree of pieces nor a slice of a larger string. */
function flatCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Handles one line: `overlong` is -1, or for a line too long to keep, its CSV quotes summary (see {@link LineQuotes}). */
type LineReader = (line: string, lineNumber: number, overlong: number) => void;

/** Where a processor starts in the input. */
export interface ProcessorStart {
  /** The line number of the first line it is given (default 1). */
  readonly firstLine?: number;
  /**
   * For CSV: the header's fields as read (not lower-cased), when the main thread has read it and written the output's
   * header; else the first record is the header, and the processor writes the output's header (CSV output).
   */
  readonly csvHeader?: readonly string[];
}

/**
 * The first line of CSV output: the result columns, then the input's own columns (CSV input: their names as the
 * input's header gives them; NDJSON input: one `input` column).
 */
export function csvOutputHeader(resultColumns: readonly string[], ownColumns: readonly string[] = []): string {
  return `${['line', 'id', 'policy', 'start', ...resultColumns, 'error_code', 'error_message', ...ownColumns.map(csvField)].join(',')}\n`;
}

/** The positions of the input's own columns in a CSV header (see inputEcho.ts): neither read nor written by batch. */
export function ownCsvColumns(rawHeader: readonly string[], resultColumns: readonly string[]): number[] {
  const written = new Set([...writtenNames(resultColumns)].map((name) => name.toLowerCase()));
  const own: number[] = [];
  rawHeader.forEach((raw, index) => {
    const name = raw.trim().replace(/^\ufeff/, '').toLowerCase();
    // "stops" is read and kept: the result columns do not repeat it.
    if ((name === 'stops' || !CSV_READ_COLUMNS.has(name)) && !written.has(name)) own.push(index);
  });
  return own;
}

/** The output's header when the input is CSV: the result columns and the input's own. */
export function csvOutputHeaderFor(rawHeader: readonly string[], resultColumns: readonly string[]): string {
  return csvOutputHeader(resultColumns, ownCsvColumns(rawHeader, resultColumns).map((index) => rawHeader[index]!.replace(/^\ufeff/, '')));
}

/** Lower-cased, trimmed header names; refuses a header without `policy` and `start`. */
export function readCsvHeader(fields: readonly string[]): string[] {
  const header = fields.map((name) => name.trim().replace(/^\ufeff/, '').toLowerCase());
  if (!header.includes('policy') || !header.includes('start')) throw csvHeaderError(header);
  return header;
}

/**
 * Turns text into result lines. Feed it text with {@link BatchProcessor.push} (any cut), then call
 * {@link BatchProcessor.end}; every result line goes to `sink` as soon as it is made, in input order.
 */
export class BatchProcessor {
  readonly #settings: BatchSettings;
  readonly #sink: (text: string) => void;
  readonly #splitter: LineSplitter;
  readonly #queuedLines: string[] = [];
  readonly #queuedNumbers: number[] = [];
  /** For each queued line: -1, or for a line too long to keep, its {@link LineQuotes} summary (CSV; else 0). */
  readonly #queuedOverlong: number[] = [];
  readonly #onLine: LineReader;
  #finish: () => void = () => {};
  /** The names batch writes, which are not the input's own fields (see inputEcho.ts). */
  readonly #written: Set<string>;
  /** The own-field cells of a CSV row that has none: one empty `input` cell (NDJSON input), or one per own column. */
  #noOwnFields = '';
  #rows = 0;
  #failed = 0;
  #provisional = 0;
  #firstFailure: { line: number; message: string } | undefined;
  // A row whose evaluation needs something loaded first (the Hong Kong calendar): evaluated again once it is.
  #retry: { readonly wait: Promise<unknown>; readonly lineNumber: number; readonly given: BatchInput } | undefined;

  constructor(settings: BatchSettings, sink: (text: string) => void, start: ProcessorStart = {}) {
    this.#settings = settings;
    this.#sink = sink;
    this.#written = writtenNames(settings.resultColumns);
    if (settings.inputFormat === 'ndjson' && settings.outputFormat === 'csv') this.#noOwnFields = ',';
    // The quotes of a CSV line too long to keep, followed as its text goes by: where its record ends.
    const quotes = settings.inputFormat === 'csv' ? new LineQuotes() : undefined;
    this.#splitter = new LineSplitter(
      (line, lineNumber, overlong) => {
        this.#queuedLines.push(line);
        this.#queuedNumbers.push(lineNumber);
        this.#queuedOverlong.push(overlong ? (quotes?.take() ?? 0) : -1);
      },
      MAX_LINE_LENGTH,
      start.firstLine ?? 1,
      quotes && ((text, from, to) => quotes.scan(text, from, to)),
    );
    this.#onLine = settings.inputFormat === 'ndjson' ? this.#ndjsonLine() : this.#csvLine(start.csvHeader);
  }

  /** What was done so far. */
  summary(): BatchSummary {
    return {
      rows: this.#rows,
      failed: this.#failed,
      provisional: this.#provisional,
      ...(this.#firstFailure && { firstFailure: this.#firstFailure }),
    };
  }

  /** Takes the next text and handles every line it completes. */
  async push(text: string): Promise<void> {
    this.#splitter.push(text);
    await this.#handleQueued();
  }

  /** Handles the last line (if the text did not end with a newline) and an unterminated CSV record. */
  async end(): Promise<void> {
    this.#splitter.end();
    await this.#handleQueued();
    this.#finish();
  }

  /**
   * Reports a line (NDJSON) or a CSV record starting on `lineNumber` that was too long to read (found by the main
   * thread, which dropped it): the same row as the processor writes for one it finds itself.
   */
  failOverlong(lineNumber: number): void {
    if (this.#settings.inputFormat === 'csv') return this.#failOverlongRecord(lineNumber);
    this.#fail(lineNumber, INVALID_ROW, `line ${lineNumber} is longer than ${MAX_LINE_LENGTH} characters; expected one application per line`);
  }

  /** The one row for a CSV record too long to keep, which is skipped up to its end. */
  #failOverlongRecord(since: number): void {
    this.#fail(
      since,
      INVALID_ROW,
      `CSV record from line ${since} is longer than ${MAX_RECORD_LENGTH} characters (is a closing quote missing?); skipped up to its end`,
    );
  }

  async #handleQueued(): Promise<void> {
    const lines = this.#queuedLines;
    const numbers = this.#queuedNumbers;
    const overlong = this.#queuedOverlong;
    for (let i = 0; i < lines.length; i++) {
      this.#onLine(lines[i]!, numbers[i]!, overlong[i]!);
      if (this.#retry) {
        const { wait, lineNumber, given } = this.#retry;
        this.#retry = undefined;
        await wait;
        this.#evaluateRow(lineNumber, given, true);
      }
    }
    lines.length = 0;
    numbers.length = 0;
    overlong.length = 0;
  }

  #writeResult(lineNumber: number, given: BatchInput, result: Record<string, unknown> | undefined, error?: RowError): void {
    this.#rows++;
    if (error) {
      this.#failed++;
      this.#firstFailure ??= { line: lineNumber, message: error.message };
    } else if (result!['provisional'] === true) {
      this.#provisional++;
    }
    if (this.#settings.outputFormat === 'ndjson') {
      // Written by hand rather than by JSON.stringify: five times faster on these small flat records, same text.
      if (!error) {
        const head = given.id === undefined ? `{"line":${lineNumber}` : `{"line":${lineNumber},"id":${jsonValue(given.id)}`;
        // Two writes rather than one joined string, which would be copied once more before it is encoded.
        this.#sink(head);
        this.#sink(this.#jsonTail(given, result!));
        this.#sink((given as WithOwnFields)[OWN_FIELDS] === undefined ? '}\n' : `${(given as WithOwnFields)[OWN_FIELDS]}}\n`);
        return;
      }
      let json = `{"line":${lineNumber}`;
      if (given.id !== undefined) json += `,"id":${jsonValue(given.id)}`;
      if (typeof given.policy === 'string') json += `,"policy":${jsonString(given.policy)}`;
      if (typeof given.start === 'string') json += `,"start":${jsonString(given.start)}`;
      if (error) json += `,"error":{"code":${jsonString(error.code)},"message":${jsonString(error.message)}}`;
      else json += this.#fragment(result!);
      this.#sink(`${json}${(given as WithOwnFields)[OWN_FIELDS] ?? ''}}\n`);
      return;
    }
    const own = (given as WithOwnFields)[OWN_FIELDS] ?? this.#noOwnFields;
    if (!error) {
      this.#sink(`${lineNumber},${csvCell(given.id)}${this.#csvTail(given, result!)}`);
      this.#sink(`${own}\n`);
      return;
    }
    let text = `${lineNumber},${csvCell(given.id)},${csvCell(given.policy)},${csvCell(given.start)}`;
    text += `${','.repeat(this.#settings.resultColumns.length)},${error.code},${csvField(error.message)}${own}\n`;
    this.#sink(text);
  }

  /**
   * The result line after the line number and id, up to the row's own fields: `,"policy":…,"start":…,"due":…`, as
   * one flat string. Kept in the {@link RESULT_TEXT} slot of a result shared by repeated rows.
   */
  #jsonTail(given: BatchInput, result: Record<string, unknown>): string {
    const slot = (result as { [RESULT_TEXT]?: ResultText })[RESULT_TEXT];
    if (slot !== undefined && slot.json !== undefined) return slot.json;
    let text = '';
    if (typeof given.policy === 'string') text += `,"policy":${jsonString(given.policy)}`;
    if (typeof given.start === 'string') text += `,"start":${jsonString(given.start)}`;
    text += this.#fragment(result);
    // Kept flat: a string built with `+=` is a tree of pieces, walked again each time a row holding it is encoded
    // (measured: when the kept text was such a tree, that walk was a quarter of the batch's time).
    if (slot !== undefined) slot.json = flatCopy(text);
    return text;
  }

  /**
   * The result fields as output text: `,"due":"2025-12-25",…` (NDJSON) or `,2025-12-25,…` (CSV), in the order of
   * the result columns.
   */
  #fragment(result: Record<string, unknown>): string {
    let text = '';
    if (this.#settings.outputFormat === 'ndjson') {
      for (const key in result) {
        const value = result[key];
        if (value !== undefined) text += `${jsonKey(key)}${jsonValue(value)}`;
      }
    } else {
      for (const column of this.#settings.resultColumns) text += `,${csvCell(valueAt(result, column))}`;
    }
    return text;
  }

  /** The CSV counterpart of {@link BatchProcessor.#jsonTail}: `,policy,start,due,…` up to the row's own cells. */
  #csvTail(given: BatchInput, result: Record<string, unknown>): string {
    const slot = (result as { [RESULT_TEXT]?: ResultText })[RESULT_TEXT];
    if (slot !== undefined && slot.csv !== undefined) return slot.csv;
    // A row given only startEvents has the start they give in its result (the NDJSON output adds it as a field).
    const start = typeof given.start === 'string' ? given.start : result['start'];
    const text = `,${csvCell(given.policy)},${csvCell(start)}${this.#fragment(result)},,`;
    if (slot !== undefined) slot.csv = flatCopy(text);
    return text;
  }

  #fail(lineNumber: number, code: string, message: string, given: BatchInput = {}): void {
    this.#writeResult(lineNumber, given, undefined, new RowError(code, message));
  }

  // A row's refusal is an error object with a message and no use for its stack; capturing a stack costs more than
  // evaluating the row, so stacks are off while rows are evaluated. Anything that is not a ReviewclockError is a bug:
  // the row is evaluated once more with stacks on, so that the bug is reported with its stack.
  #evaluateRow(lineNumber: number, given: BatchInput, retried = false): void {
    const id = given.id;
    if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number' && typeof id !== 'boolean') {
      // An object or array id is refused, not echoed: a deeply nested one would overflow the stack when written.
      const what = Array.isArray(id) ? 'an array' : `a JSON ${typeof id}`;
      return this.#fail(lineNumber, INVALID_ROW, `line ${lineNumber}: "id" is ${what}; expected a string or a number, such as "A-1"`);
    }
    const stackTraceLimit = Error.stackTraceLimit;
    let result: Record<string, unknown>;
    Error.stackTraceLimit = 0;
    try {
      result = this.#settings.evaluate(given);
    } catch (error) {
      Error.stackTraceLimit = stackTraceLimit;
      const wait = retried ? undefined : this.#settings.prepare?.(error);
      if (wait) {
        this.#retry = { wait, lineNumber, given };
        return;
      }
      if (error instanceof ReviewclockError) {
        this.#writeResult(lineNumber, given, undefined, new RowError(error.code, rowMessage(error.message)));
        return;
      }
      this.#settings.evaluate(given); // again, with stacks: throws the bug with its stack
      throw error;
    }
    Error.stackTraceLimit = stackTraceLimit;
    this.#writeResult(lineNumber, given, result);
  }

  #ndjsonLine(): LineReader {
    return (line, lineNumber, overlong) => {
      if (overlong >= 0) return this.failOverlong(lineNumber);
      const plain = readJsonRow(line);
      if (plain !== undefined) {
        if (plain.asOf !== undefined && plain.others?.some(([key]) => key === EARLIER_OUTPUT_MARK)) (plain as { asOf: unknown }).asOf = undefined;
        if (plain.others !== undefined || plain.stops !== undefined) (plain as WithOwnFields)[OWN_FIELDS] = this.#ownJsonFields(plain.others, plain.stops);
        return this.#evaluateRow(lineNumber, plain);
      }
      if (isBlank(line)) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        return this.#fail(
          lineNumber,
          INVALID_JSON,
          `line ${lineNumber} is not valid JSON (${(error as Error).message}); expected an object like ${NDJSON_EXAMPLE}`,
        );
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const what = Array.isArray(value) ? 'an array' : `a JSON ${value === null ? 'null' : typeof value}`;
        return this.#fail(lineNumber, INVALID_ROW, `line ${lineNumber} is ${what}; expected an object like ${NDJSON_EXAMPLE}`);
      }
      if (Object.hasOwn(value, EARLIER_OUTPUT_MARK)) delete (value as { asOf?: unknown }).asOf;
      const own = this.#ownJsonFields(othersOf(value as Record<string, unknown>), (value as BatchInput).stops);
      if (own !== undefined) (value as WithOwnFields)[OWN_FIELDS] = own;
      this.#evaluateRow(lineNumber, value as BatchInput);
    };
  }

  #csvLine(presetHeader: readonly string[] | undefined): LineReader {
    const records = new CsvRecords();
    let header: string[] | undefined;
    let rawHeader: readonly string[] = [];
    let own: number[] = [];
    const takeHeader = (fields: readonly string[]) => {
      header = readCsvHeader(fields);
      // An earlier output's asOf column is that run's report date, not an input (see EARLIER_OUTPUT_MARK).
      if (header.includes(EARLIER_OUTPUT_MARK)) header = header.map((name) => (name === 'asof' || name === 'as_of' ? '' : name));
      rawHeader = fields;
      own = ownCsvColumns(fields, this.#settings.resultColumns);
      if (this.#settings.outputFormat === 'csv') this.#noOwnFields = ','.repeat(own.length);
    };
    if (presetHeader) takeHeader(presetHeader);
    this.#finish = () => {
      // An input without a header (empty): the output still has one.
      if (!header && presetHeader === undefined && this.#settings.outputFormat === 'csv') this.#sink(csvOutputHeader(this.#settings.resultColumns));
      // A record being dropped was reported when it was found too long: its quoted field never closed.
      if (records.open && !records.dropping) {
        const since = records.openSince;
        records.reset();
        this.#fail(since, INVALID_ROW, `CSV record from line ${since} ends inside a quoted field; expected a closing quote (")`);
      }
      records.reset();
    };
    return (line, lineNumber, overlong) => {
      let record;
      try {
        if (overlong >= 0) return records.pushOverlong(lineNumber, overlong);
        if (!records.open && isBlank(line)) return;
        record = records.pushLine(line, lineNumber);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        // Too long: one row for the record, which CsvRecords drops up to its end.
        return this.#failOverlongRecord(records.openSince);
      }
      if (!record) return;
      if (!header) {
        takeHeader(record.fields);
        if (this.#settings.outputFormat === 'csv') this.#sink(csvOutputHeaderFor(record.fields, this.#settings.resultColumns));
        return;
      }
      const cells = new Map<string, string>();
      for (let i = 0; i < header.length; i++) cells.set(header[i]!, (record.fields[i] ?? '').trim());
      let given: BatchInput;
      try {
        given = this.#settings.readCsvRow(cells);
      } catch (error) {
        if (error instanceof ReviewclockError) {
          const partial = { policy: cells.get('policy'), start: cells.get('start'), id: cells.get('id') };
          return this.#fail(record.lineNumber, error.code, rowMessage(error.message), partial);
        }
        throw error;
      }
      if (own.length > 0) (given as WithOwnFields)[OWN_FIELDS] = this.#ownCsvFields(record.fields, own, rawHeader, given.stops);
      this.#evaluateRow(record.lineNumber, given);
    };
  }

  /** The own fields of an NDJSON row (keys and JSON values) as output text, or undefined when it has none. */
  #ownJsonFields(others: readonly (readonly [string, string])[] | undefined, stops: unknown): string | undefined {
    let members = '';
    for (const [key, value] of others ?? []) {
      if (this.#written.has(key) && key !== INPUT_KEY) continue;
      members += `${members ? ',' : ''}${jsonString(key)}:${value}`;
    }
    if (this.#settings.outputFormat === 'csv') return members ? `,${csvField(`{${members}}`)}` : ',';
    // The stops as given, so that the output read again gives the same results.
    const given = stops === undefined ? '' : `,"stops":${JSON.stringify(stops)}`;
    return members ? `${given},"${INPUT_KEY}":{${members}}` : given || undefined;
  }

  /** The own cells of a CSV record as output text: cells (CSV output) or `,"input":{…}` (NDJSON output). */
  #ownCsvFields(fields: readonly string[], own: readonly number[], rawHeader: readonly string[], stops: unknown): string {
    if (this.#settings.outputFormat === 'csv') {
      let text = '';
      for (const index of own) text += `,${csvCell(fields[index] ?? '')}`;
      return text;
    }
    // NDJSON: the stops as read (an array, which NDJSON input reads back), the other own cells under "input".
    let members = '';
    for (const index of own) {
      const name = rawHeader[index]!.trim().replace(/^\ufeff/, '');
      if (name.toLowerCase() === 'stops') continue;
      members += `${members ? ',' : ''}${jsonString(name)}:${jsonString(fields[index] ?? '')}`;
    }
    const given = stops === undefined ? '' : `,"stops":${JSON.stringify(stops)}`;
    return members ? `${given},"${INPUT_KEY}":{${members}}` : given;
  }
}

/**
 * The keys of a parsed NDJSON row that batch does not read, with their values as JSON; the fields of an `input`
 * object (from an earlier run's output) are taken as the row's own.
 */
function othersOf(row: Record<string, unknown>): [string, string][] | undefined {
  let others: [string, string][] | undefined;
  for (const key of Object.keys(row)) {
    if (NDJSON_READ_KEYS.has(key)) continue;
    const value = row[key];
    if (key === INPUT_KEY && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) (others ??= []).push([inner, JSON.stringify((value as Record<string, unknown>)[inner])]);
    } else {
      (others ??= []).push([key, JSON.stringify(value)]);
    }
  }
  return others;
}

/** The value at a result column's path: `due`, or `limit.amount` inside `limit` (null when the object is null). */
function valueAt(result: Record<string, unknown>, column: string): unknown {
  const dot = column.indexOf('.');
  if (dot < 0) return result[column];
  const inner = result[column.slice(0, dot)] as Record<string, unknown> | null | undefined;
  return inner === null || inner === undefined ? null : inner[column.slice(dot + 1)];
}

/**
 * The field batch writes first (`line`, the input line of the row). Input that has it is batch's own earlier output,
 * run again to refresh it: its `asOf` is the report date of that run, not a date the row asks for, so it is not read
 * and this run's `--as-of` (or none) applies. Every other result field is recomputed anyway (see inputEcho.ts).
 */
const EARLIER_OUTPUT_MARK = 'line';

/** The error for a CSV input whose header lacks the `policy` or `start` column (the whole input is refused). */
function csvHeaderError(header: readonly string[]): InvalidArgumentError {
  const missing = ['policy', 'start'].filter((name) => !header.includes(name)).map((name) => `"${name}"`);
  return new InvalidArgumentError(
    `batch: the CSV header ${JSON.stringify(header.join(','))} lacks the column ${missing.join(' and ')}; ` +
      'expected a first line like policy,start,stops (optional columns: id, stops, asOf)',
  );
}

const JSON_KEYS = new Map<string, string>();

/** `,"key":` for a result field's key (the few keys of the results, each made once). */
function jsonKey(key: string): string {
  let text = JSON_KEYS.get(key);
  if (text === undefined) {
    text = `,${jsonString(key)}:`;
    if (JSON_KEYS.size < 256) JSON_KEYS.set(key, text);
  }
  return text;
}

/** A string as JSON: as is between quotes when it holds only printable ASCII other than `"` and `\\`. */
function jsonString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 || code > 126 || code === 34 || code === 92) return JSON.stringify(value);
  }
  return `"${value}"`;
}

/** A value as JSON, like JSON.stringify (undefined and functions, which rows never hold, as null). */
function jsonValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : JSON.stringify(value);
    default:
      return 'null';
  }
}

/**
 * A CSV output cell. A text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return: OWASP's list for CSV injection) gets a leading apostrophe, so that it shows as the text it is. Numbers
 * (a negative `remainingDays`) are written as they are.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return csvField(FORMULA_START.test(value) ? `'${value}` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return csvField(value.join(';'));
  return csvField(JSON.stringify(value));
}
