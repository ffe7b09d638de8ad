/**
 * CSV records (RFC 4180) from lines: comma-separated fields, fields in double quotes may hold commas, doubled
 * quotes (`""`) and line breaks. Fed line by line by the {@link LineSplitter}, so a quoted line break joins the
 * next line to the record. Lenient where RFC 4180 is silent: a quote inside an unquoted field is kept as text.
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

/** Reassembles records from lines. */
export class CsvRecords {
  #fields: string[] = [];
  #field = '';
  #inQuotes = false;
  #startLine = 0;
  #length = 0;

  /** True while a quoted field is open across lines. */
  get open(): boolean {
    return this.#inQuotes;
  }

  /** The line the open record started on. */
  get openSince(): number {
    return this.#startLine;
  }

  /**
   * Takes the next line and returns the record it completes, or `undefined` while a quoted field stays open.
   *
   * @throws {RangeError} When a record grows past {@link MAX_RECORD_LENGTH}; the open record is dropped.
   */
  pushLine(line: string, lineNumber: number): CsvRecord | undefined {
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
      this.reset();
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

  /** Forgets an open record. */
  reset(): void {
    this.#fields = [];
    this.#field = '';
    this.#inQuotes = false;
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
