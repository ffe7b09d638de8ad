/**
 * Splits a stream of text chunks into lines, in constant memory: `\n` or `\r\n` endings, a last line with or
 * without an ending, and lines longer than a cap reported (and skipped) instead of being held in memory.
 *
 * @module
 */

/** Receives each line (without its ending) and its 1-based line number; `overlong` when the line was cut. */
export type LineHandler = (line: string, lineNumber: number, overlong: boolean) => void;

/**
 * Receives the text of a line too long to keep, `text` from `start` to `end`, piece after piece in order (every
 * character once, perhaps with the line's final `\r`), before the line is reported as overlong: to follow what it
 * holds (the CSV quotes) without keeping it. The pieces may come before lines ahead of it have been handled.
 */
export type DroppedTextHandler = (text: string, start: number, end: number) => void;

/** The default longest line kept: 1 MiB of UTF-16 code units. A longer line is reported as overlong. */
export const MAX_LINE_LENGTH = 1 << 20;

const CR = 13;

/**
 * Feeds text chunks in, gets whole lines out.
 *
 * @example
 * const lines: string[] = [];
 * const splitter = new LineSplitter((line) => lines.push(line));
 * splitter.push('a\r\nb');
 * splitter.push('c\n');
 * splitter.end();
 * lines //=> ['a', 'bc']
 */
export class LineSplitter {
  readonly #onLine: LineHandler;
  readonly #maxLineLength: number;
  readonly #onDropped: DroppedTextHandler | undefined;
  #partial = '';
  #overlong = false;
  #lineNumber = 0;

  /**
   * @param onLine - Receives each line.
   * @param maxLineLength - The longest line kept; a longer one is reported as overlong.
   * @param firstLineNumber - The number of the first line (for a piece of a larger input).
   * @param onDropped - Receives the text of each overlong line, which is not kept.
   */
  constructor(onLine: LineHandler, maxLineLength = MAX_LINE_LENGTH, firstLineNumber = 1, onDropped?: DroppedTextHandler) {
    this.#onLine = onLine;
    this.#maxLineLength = maxLineLength;
    this.#onDropped = onDropped;
    this.#lineNumber = firstLineNumber - 1;
  }

  /** The number of lines emitted so far. */
  get lineCount(): number {
    return this.#lineNumber;
  }

  /** Takes the next chunk of text and emits every line it completes. */
  push(chunk: string): void {
    let newline = chunk.indexOf('\n');
    if (newline === -1) {
      this.#keep(chunk);
      return;
    }
    this.#emit(this.#partial.length ? this.#partial + chunk.slice(0, newline) : chunk.slice(0, newline));
    this.#partial = '';
    let start = newline + 1;
    const onLine = this.#onLine;
    const max = this.#maxLineLength;
    while ((newline = chunk.indexOf('\n', start)) !== -1) {
      // The common case, inlined: a whole line inside this chunk.
      const end = newline > start && chunk.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
      if (end - start > max) {
        this.#onDropped?.(chunk, start, end);
        onLine('', ++this.#lineNumber, true);
      } else onLine(chunk.slice(start, end), ++this.#lineNumber, false);
      start = newline + 1;
    }
    if (start < chunk.length) this.#keep(chunk.slice(start));
  }

  /** Emits the last line if the input did not end with a newline. */
  end(): void {
    if (this.#partial.length || this.#overlong) this.#emit(this.#partial);
    this.#partial = '';
  }

  #keep(text: string): void {
    if (this.#overlong) {
      this.#onDropped?.(text, 0, text.length);
      return;
    }
    if (this.#partial.length + text.length > this.#maxLineLength + 1) {
      this.#overlong = true;
      this.#onDropped?.(this.#partial, 0, this.#partial.length);
      this.#onDropped?.(text, 0, text.length);
      this.#partial = '';
    } else {
      this.#partial += text;
    }
  }

  #emit(line: string): void {
    const overlong = this.#overlong || line.length > this.#maxLineLength + 1;
    this.#overlong = false;
    const text = overlong ? '' : line.charCodeAt(line.length - 1) === CR ? line.slice(0, -1) : line;
    const cut = overlong || text.length > this.#maxLineLength;
    // `line` is what was not given to onDropped yet (the partial text is given, and emptied, when it overflows).
    if (cut) this.#onDropped?.(line, 0, line.length);
    this.#onLine(text, ++this.#lineNumber, cut);
  }
}
