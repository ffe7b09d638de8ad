import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvByteScanner,
  CsvRecords,
  ENDS_QUOTED_AS_NEW,
  ENDS_QUOTED_IF_OPEN,
  LineQuotes,
  MAX_RECORD_LENGTH,
  csvField,
} from '../../src/cli/batch/CsvRecords.js';
import { LineSplitter } from '../../src/cli/batch/LineSplitter.js';
import { readJsonRow } from '../../src/cli/batch/readJsonRow.js';

// The pieces of the streaming batch engine, checked against the obvious whole-text versions.

function splitAll(chunks: readonly string[], max?: number): Array<[string, number, boolean]> {
  const lines: Array<[string, number, boolean]> = [];
  const splitter = new LineSplitter((line, number, overlong) => lines.push([line, number, overlong]), max);
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

/** Cuts a text into chunks at the given positions. */
function cut(text: string, positions: readonly number[]): string[] {
  const points = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const point of points) {
    chunks.push(text.slice(last, point));
    last = point;
  }
  chunks.push(text.slice(last));
  return chunks;
}

describe('LineSplitter', () => {
  it('gives the lines of the whole text however it is cut into chunks', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'é', '\n', '\r\n', '\r', ' '), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (whole, positions) => {
        // Arrange: the expected lines: split on \n, no line after a final \n, and one \r dropped from each line's end.
        const segments = whole.split('\n');
        if (segments[segments.length - 1] === '') segments.pop();
        const expected = segments.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
        // Act
        const lines = splitAll(cut(whole, positions));
        // Assert
        expect(lines.map(([line]) => line)).toEqual(expected);
        expect(lines.map(([, number]) => number)).toEqual(expected.map((_, index) => index + 1));
      }),
    );
  });

  it('keeps a last line without a newline, and an empty input has no lines', () => {
    expect(splitAll(['a\nb'])).toEqual([['a', 1, false], ['b', 2, false]]);
    expect(splitAll([''])).toEqual([]);
    expect(splitAll(['\n'])).toEqual([['', 1, false]]);
  });

  it('gives every character of an overlong line once to onDropped, before the line, however it is cut into chunks', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', '"', '\n', '\r\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 0, max: 6 }), (whole, positions, max) => {
        // Arrange
        const segments = whole.split('\n');
        if (segments[segments.length - 1] === '') segments.pop();
        const expected = segments.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)).filter((line) => line.length > max);
        // Act
        const dropped: string[] = [];
        let current = '';
        const splitter = new LineSplitter(
          (_line, _number, overlong) => {
            if (overlong) dropped.push(current.replace(/\r$/, ''));
            current = '';
          },
          max,
          1,
          (piece, start, end) => (current += piece.slice(start, end)),
        );
        for (const chunk of cut(whole, positions)) splitter.push(chunk);
        splitter.end();
        // Assert
        expect(dropped).toEqual(expected);
      }),
    );
  });

  it('reports an overlong line without keeping it, and goes on with the next', () => {
    const lines = splitAll(['ab', 'cdefgh', 'ij\nok\n', 'x'.repeat(20), '\nlast'], 5);
    expect(lines).toEqual([
      ['', 1, true],
      ['ok', 2, false],
      ['', 3, true],
      ['last', 4, false],
    ]);
  });
});

describe('CsvRecords', () => {
  const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', '中', 'x'), maxLength: 8 });

  it('reads back any fields written with csvField, line breaks inside quotes included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Arrange: rows of one empty field are blank lines, which the engine skips before the reader.
        const written = rows.filter((fields) => fields.length > 1 || fields[0] !== '');
        fc.pre(written.length > 0);
        const text = written.map((fields) => fields.map(csvField).join(',')).join('\n');
        // Act
        const reader = new CsvRecords();
        const records: string[][] = [];
        text.split('\n').forEach((line, index) => {
          const record = reader.pushLine(line, index + 1);
          if (record) records.push(record.fields);
        });
        // Assert
        expect(reader.open).toBe(false);
        expect(records).toEqual(written);
      }),
    );
  });

  it('gives the line a multi-line record starts on', () => {
    const reader = new CsvRecords();
    expect(reader.pushLine('a,"b', 7)).toBeUndefined();
    expect(reader.open).toBe(true);
    expect(reader.pushLine('c",d', 8)).toEqual({ fields: ['a', 'b\nc', 'd'], lineNumber: 7 });
  });

  const csvText = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '中', '😀'), maxLength: 60 });

  /** The lines of a text (without their ends, as the LineSplitter gives them) and, for each, if a record ends there. */
  function recordEnds(text: string): boolean[] {
    const lines = text.split('\n');
    lines.pop(); // the text after the last line end
    const reader = new CsvRecords();
    return lines.map((line, index) => {
      reader.pushLine(line.replace(/\r$/, ''), index + 1);
      return !reader.open;
    });
  }

  it('ends records where the byte scanner of the block cutter ends them, however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 5 }), (text, positions) => {
        // Arrange
        const bytes = Buffer.from(text, 'utf8');
        const newlines: number[] = [];
        bytes.forEach((byte, index) => byte === 0x0a && newlines.push(index));
        const points = [...new Set(positions.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
        // Act: the record ends the scanner finds, chunk after chunk (as the main thread reads a stream).
        const scanner = new CsvByteScanner();
        const ends = new Set<number>();
        let last = 0;
        for (const point of [...points, bytes.length]) {
          const chunk = bytes.subarray(last, point);
          for (let end = scanner.nextEnd(chunk); end !== -1; end = scanner.nextEnd(chunk, end + 1)) ends.add(last + end);
          last = point;
        }
        // Assert
        expect(newlines.map((index) => ends.has(index))).toEqual(recordEnds(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the quotes of a line given only in pieces (a line too long to keep) as it reads them from the whole line', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (text, positions, open) => {
        // Arrange: one line, begun as a new record or inside an open quoted field.
        const line = text.replace(/\r?\n/g, '');
        const reader = new CsvRecords();
        if (open) reader.pushLine('a,"open', 1);
        reader.pushLine(line, 2);
        // Act
        const quotes = new LineQuotes();
        for (const piece of cut(line, positions)) quotes.scan(`>${piece}<`, 1, piece.length + 1);
        const summary = quotes.take();
        // Assert
        expect((summary & (open ? ENDS_QUOTED_IF_OPEN : ENDS_QUOTED_AS_NEW)) !== 0).toBe(reader.open);
        expect(quotes.take()).toBe(ENDS_QUOTED_IF_OPEN); // ready for the next line: the empty line
      }),
    );
  });

  it('drops a record too long to keep whole, once, up to the line that closes its quotes, then reads the next', () => {
    const reader = new CsvRecords();
    const line = 'x'.repeat(MAX_RECORD_LENGTH / 4);
    expect(reader.pushLine('1,"long', 10)).toBeUndefined();
    for (let n = 11; n < 14; n++) expect(reader.pushLine(line, n)).toBeUndefined();
    expect(() => reader.pushLine(line, 14)).toThrow(RangeError);
    expect(reader).toMatchObject({ open: true, dropping: true, openSince: 10 });
    // Dropped lines: read for their quotes only, whatever their length, quotes and commas.
    expect(reader.pushLine(`${line}"",${line}`, 15)).toBeUndefined();
    expect(reader.pushLine('still inside, "" ""', 16)).toBeUndefined();
    expect(reader.pushLine('end"', 17)).toBeUndefined(); // the record's last line
    expect(reader).toMatchObject({ open: false, dropping: false });
    expect(reader.pushLine('2,"b",c', 18)).toEqual({ fields: ['2', 'b', 'c'], lineNumber: 18 });
  });

  it('drops the record holding a line too long to keep, by the quotes of that line', () => {
    const reader = new CsvRecords();
    // A new record whose line closes its quotes: dropped with that line.
    expect(() => reader.pushOverlong(3, 0)).toThrow(RangeError);
    expect(reader).toMatchObject({ open: false, dropping: false, openSince: 3 });
    // A new record whose line leaves a quoted field open: dropped up to its end, reported once.
    expect(() => reader.pushOverlong(4, ENDS_QUOTED_AS_NEW)).toThrow(RangeError);
    expect(reader).toMatchObject({ open: true, dropping: true, openSince: 4 });
    expect(() => reader.pushOverlong(5, ENDS_QUOTED_IF_OPEN)).not.toThrow();
    expect(reader.pushLine('x",y', 6)).toBeUndefined();
    expect(reader).toMatchObject({ open: false, dropping: false });
    // An open record that then gets a line too long: reported from the line it started on.
    expect(reader.pushLine('7,"a', 7)).toBeUndefined();
    expect(() => reader.pushOverlong(8, ENDS_QUOTED_AS_NEW)).toThrow(RangeError);
    expect(reader).toMatchObject({ open: false, dropping: false, openSince: 7 });
  });

  it('quotes only fields that need it', () => {
    expect(csvField('2025-09-26')).toBe('2025-09-26');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('readJsonRow', () => {
  /** What the engine reads from JSON.parse's value. */
  function fields(value: Record<string, unknown>) {
    const known = new Set(['id', 'policy', 'start', 'stops', 'asOf']);
    const others = Object.entries(value).filter(([key]) => !known.has(key));
    return {
      id: value['id'],
      policy: value['policy'],
      start: value['start'],
      stops: value['stops'],
      asOf: value['asOf'],
      // The other keys, each with its value as the line wrote it (the same value once parsed).
      others: others.length === 0 ? undefined : others.map(([key, v]) => [key, v]),
    };
  }
  /** What readJsonRow read, with the other keys' JSON texts parsed (to compare with JSON.parse's values). */
  function readFields(row: NonNullable<ReturnType<typeof readJsonRow>>) {
    return { ...row, others: row.others?.map(([key, text]) => [key, JSON.parse(text)]) };
  }
  const space = fc.constantFrom('', ' ', '\t', '  ');
  const text = fc.string({ unit: fc.constantFrom('a', '-', '0', '9', '"', '\\', 'é', '\u0001', ' ', '/', 'u'), maxLength: 10 });
  const stop = fc.record({ from: text, to: text, reason: text }, { requiredKeys: ['from'] });
  const row = fc.record(
    {
      id: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
      policy: text,
      start: text,
      asOf: text,
      stops: fc.array(stop, { maxLength: 3 }),
      other: fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)),
    },
    { requiredKeys: [] },
  );

  function spaced(value: unknown, pad: string): string {
    if (Array.isArray(value)) return `[${pad}${value.map((v) => spaced(v, pad)).join(`${pad},${pad}`)}${pad}]`;
    if (value !== null && typeof value === 'object') {
      return `{${pad}${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}${pad}:${pad}${spaced(v, pad)}`)
        .join(`${pad},${pad}`)}${pad}}`;
    }
    return JSON.stringify(value);
  }

  it('reads exactly what JSON.parse reads, or declines', () => {
    fc.assert(
      fc.property(row, space, (value, pad) => {
        const line = spaced(value, pad);
        const fast = readJsonRow(line);
        if (fast !== undefined) expect(readFields(fast)).toEqual(fields(JSON.parse(line)));
      }),
    );
  });

  it('reads the plain shape of a row itself', () => {
    const line = '{"id": 7, "policy":"cn.nmpa.drug.ind","start":"2025-09-26","stops":[{"from":"2025-10-20","to":"2025-11-03"},{"from":"2025-12-01"}]}';
    expect(readFields(readJsonRow(line)!)).toEqual(fields(JSON.parse(line)));
  });

  it('never accepts a line that is not JSON', () => {
    const near = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 'a', '1', '-', '.', 'e', ' ', '\\', 'n', 'u', 'l', 't'), maxLength: 30 });
    const keyed = fc.tuple(fc.constantFrom('policy', 'start', 'id', 'stops', 'x', 'asOf'), near).map(([k, v]) => `{"${k}":${v}}`);
    fc.assert(
      fc.property(fc.oneof(near, keyed), (line) => {
        const fast = readJsonRow(line);
        if (fast === undefined) return;
        let parsed: unknown;
        expect(() => (parsed = JSON.parse(line))).not.toThrow();
        expect(readFields(fast)).toEqual(fields(parsed as Record<string, unknown>));
      }),
      { numRuns: 2000 },
    );
  });
});
