/**
 * CSV records (RFC 4180) from lines: comma-separated fields, fields in double quotes may hold commas, doubled
 * quotes (`""`) and line breaks. Fed line by line by the {@link LineSplitter}, so a quoted line break joins the
 * next line to the record. Lenient where RFC 4180 is silent: a quote inside an unquoted field is kept as text.
 *
 * A record too long to keep (over {@link MAX_RECORD_LENGTH}, or holding a line too long to keep) is dropped whole,
 * in constant memory: it is reported once, then its lines are read only to follow its quotes, up to its end (the
 * first line end outside quotes), and the next record is read after it. A quoted field that never closes makes
 * the rest of the input that one record. Where a record ends depends only on the quotes, commas and line ends of
 * the text ({@link followQuotes}, {@link CsvByteScanner}), never on its length, so every reader of the input (one
 * thread, or the main thread cutting blocks for workers) finds the same record ends.
 *
 * @module
 */

/** A complete record: its fields and the line it started on. */
export interface CsvRecord {
  readonly fields: string[];
  readonly lineNumber: number;
}

/** The longest record kept (UTF-16 code units); a longer one is an error, in constant memory. */
export const MAX_RECORD_LENGTH = 1 << 20;

/**
 * Where a scan of CSV text stands, at the character it reads next: at the start of a field, inside an unquoted
 * field, inside quotes, or inside quotes just after a quote (which closes them unless another quote follows).
 * A line that ends in {@link QUOTED} continues the record on the next line; a line that ends in any other state
 * ends the record.
 */
export type QuoteState = 0 | 1 | 2 | 3;
/** At the start of a field (of a record, or after a comma): a quote here opens a quoted field. */
export const FIELD_START: QuoteState = 0;
/** Inside an unquoted field: a quote here is text. */
export const IN_FIELD: QuoteState = 1;
/** Inside a quoted field. */
export const QUOTED: QuoteState = 2;
/** Inside a quoted field, just after a quote: a second quote is a quote of the text, anything else closes the field. */
export const QUOTE_SEEN: QuoteState = 3;

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * The state after reading `text` from `start` to `end` (a piece of one line: no line end in it) from `state`,
 * without keeping any of it. The same reading as {@link CsvRecords}.
 */
export function followQuotes(text: string, start: number, end: number, state: QuoteState): QuoteState {
  for (let i = start; i < end; i++) {
    if (state === QUOTED) {
      const quote = text.indexOf('"', i);
      if (quote === -1 || quote >= end) return QUOTED;
      i = quote;
      state = QUOTE_SEEN;
      continue;
    }
    const code = text.charCodeAt(i);
    if (state === IN_FIELD) {
      if (code === COMMA) state = FIELD_START;
    } else if (code === QUOTE) {
      state = QUOTED; // at a field's start, the quotes open; just after a quote, it is a doubled quote
    } else {
      state = code === COMMA ? FIELD_START : IN_FIELD;
    }
  }
  return state;
}

/** Bit of a {@link LineQuotes} summary: the line, begun as a new record, ends inside quotes. */
export const ENDS_QUOTED_AS_NEW = 1;
/** Bit of a {@link LineQuotes} summary: the line, begun inside an open quoted field, ends inside quotes. */
export const ENDS_QUOTED_IF_OPEN = 2;

/**
 * Follows the quotes of a line given in pieces, without keeping it (a line too long to keep, see
 * `LineSplitter`'s `onDropped`), from both states a line can begin in: as a new record or inside an open quoted
 * field. The pieces arrive before the lines queued ahead of it are read, so the summary cannot wait to know which.
 */
export class LineQuotes {
  #asNew: QuoteState = FIELD_START;
  #ifOpen: QuoteState = QUOTED;

  /** Reads the next piece of the line, `text` from `start` to `end`. */
  scan(text: string, start = 0, end = text.length): void {
    this.#asNew = followQuotes(text, start, end, this.#asNew);
    this.#ifOpen = followQuotes(text, start, end, this.#ifOpen);
  }

  /** The line's summary ({@link ENDS_QUOTED_AS_NEW}, {@link ENDS_QUOTED_IF_OPEN}), ready for the next line. */
  take(): number {
    const summary = (this.#asNew === QUOTED ? ENDS_QUOTED_AS_NEW : 0) | (this.#ifOpen === QUOTED ? ENDS_QUOTED_IF_OPEN : 0);
    this.#asNew = FIELD_START;
    this.#ifOpen = QUOTED;
    return summary;
  }
}

/**
 * Finds record ends in UTF-8 bytes, chunk after chunk, with the reading of {@link CsvRecords}: a record ends at a
 * line end (0x0A) outside quotes. Only ASCII bytes matter (`"`, `,`, line ends), and UTF-8 never puts those
 * inside a multi-byte character, so bytes and decoded text give the same ends. Starts at the start of a record.
 */
export class CsvByteScanner {
  #state: QuoteState = FIELD_START;

  /** The state at the end of the bytes scanned so far. */
  get state(): QuoteState {
    return this.#state;
  }

  /**
   * The index of the first record end in `data` at or after `from`, or -1 when the record goes on past its end
   * (the next call goes on with the next chunk, from 0). After a record end, the next call starts after it.
   */
  nextEnd(data: Uint8Array, from = 0): number {
    let i = from;
    let state = this.#state;
    const length = data.length;
    for (;;) {
      if (state === QUOTED) {
        const quote = data.indexOf(QUOTE, i);
        if (quote === -1) {
          this.#state = QUOTED;
          return -1;
        }
        i = quote + 1;
        state = QUOTE_SEEN;
      }
      if (state === QUOTE_SEEN) {
        if (i >= length) {
          this.#state = QUOTE_SEEN;
          return -1;
        }
        if (data[i] === QUOTE) {
          i++;
          state = QUOTED;
          continue;
        }
        state = IN_FIELD; // the quotes closed; the byte at i is read outside them, not at a field's start
      }
      // Outside quotes, at i.
      const newline = data.indexOf(NEWLINE, i);
      const quote = data.indexOf(QUOTE, i);
      if (quote !== -1 && (newline === -1 || quote < newline)) {
        // A quote opens quotes only at a field's start: the record's, or just after a comma.
        const atStart = quote === i ? state === FIELD_START : data[quote - 1] === COMMA;
        i = quote + 1;
        state = atStart ? QUOTED : IN_FIELD;
        continue;
      }
      if (newline !== -1) {
        this.#state = FIELD_START;
        return newline;
      }
      if (length > i) state = data[length - 1] === COMMA ? FIELD_START : IN_FIELD;
      this.#state = state;
      return -1;
    }
  }
}

/** Reassembles records from lines. */
export class CsvRecords {
  #fields: string[] = [];
  #field = '';
  #inQuotes = false;
  #startLine = 0;
  #length = 0;
  #dropping = false;

  /** True while a quoted field is open across lines (also while a record too long to keep is being dropped). */
  get open(): boolean {
    return this.#inQuotes;
  }

  /** True while the lines of a record too long to keep (already reported) are being dropped, up to its end. */
  get dropping(): boolean {
    return this.#dropping;
  }

  /** The line the open record started on (or the record just found too long). */
  get openSince(): number {
    return this.#startLine;
  }

  /**
   * Takes the next line and returns the record it completes, or `undefined` while a quoted field stays open (or
   * while a record too long to keep is being dropped).
   *
   * @throws {RangeError} When a record grows past {@link MAX_RECORD_LENGTH}, once for the record (which starts
   *   on {@link CsvRecords.openSince}); its lines are then dropped up to its end.
   */
  pushLine(line: string, lineNumber: number): CsvRecord | undefined {
    if (this.#dropping) {
      this.#follow(line);
      return undefined;
    }
    if (!this.#inQuotes) {
      if (line.indexOf('"') === -1) return { fields: line.split(','), lineNumber };
      this.#startLine = lineNumber;
      this.#fields = [];
      this.#field = '';
      this.#length = 0;
    } else {
      this.#field += '\n';
    }
    this.#length += line.length + 1;
    if (this.#length > MAX_RECORD_LENGTH) {
      this.#drop();
      this.#follow(line);
      throw new RangeError(`a quoted field is longer than ${MAX_RECORD_LENGTH} characters (is a closing quote missing?)`);
    }
    this.#scan(line);
    if (this.#inQuotes) return undefined;
    const fields = this.#fields;
    fields.push(this.#field);
    this.#fields = [];
    this.#field = '';
    return { fields, lineNumber: this.#startLine };
  }

  /**
   * Takes a line too long to keep, by its quotes only (`quotes`: the {@link LineQuotes} summary of its text): the
   * record holding it is dropped, up to its end (this line, or a later one if the line ends inside quotes).
   *
   * @throws {RangeError} Once for the record (which starts on {@link CsvRecords.openSince}), unless it was already
   *   being dropped.
   */
  pushOverlong(lineNumber: number, quotes: number): void {
    const reported = this.#dropping;
    if (!this.#inQuotes) this.#startLine = lineNumber;
    this.#inQuotes = (quotes & (this.#inQuotes ? ENDS_QUOTED_IF_OPEN : ENDS_QUOTED_AS_NEW)) !== 0;
    this.#fields = [];
    this.#field = '';
    this.#dropping = this.#inQuotes;
    if (!reported) throw new RangeError(`line ${lineNumber} is longer than ${MAX_RECORD_LENGTH} characters`);
  }

  /** Forgets an open record. */
  reset(): void {
    this.#fields = [];
    this.#field = '';
    this.#inQuotes = false;
    this.#dropping = false;
  }

  /** Forgets the open record's text, and drops the rest of it. */
  #drop(): void {
    this.#fields = [];
    this.#field = '';
    this.#dropping = true;
  }

  /** Reads a line of a record being dropped for its quotes only; the record ends when the line ends outside them. */
  #follow(line: string): void {
    this.#inQuotes = followQuotes(line, 0, line.length, this.#inQuotes ? QUOTED : FIELD_START) === QUOTED;
    if (!this.#inQuotes) this.#dropping = false;
  }

  #scan(line: string): void {
    let field = this.#field;
    let inQuotes = this.#inQuotes;
    let atFieldStart = !inQuotes && field === '';
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (inQuotes) {
        if (char === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          field += char;
        }
      } else if (char === ',') {
        this.#fields.push(field);
        field = '';
        atFieldStart = true;
        continue;
      } else if (char === '"' && atFieldStart) {
        inQuotes = true;
      } else {
        field += char;
      }
      atFieldStart = false;
    }
    this.#field = field;
    this.#inQuotes = inQuotes;
  }
}

/**
 * Writes one CSV field, quoted when it holds a comma, a quote or a line break.
 *
 * @example
 * csvField('a,b') //=> '"a,b"'
 * csvField('say "hi"') //=> '"say ""hi"""'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
