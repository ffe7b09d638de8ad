/**
 * Reading a file with a size cap that holds for any kind of file: a regular file, but also `/dev/zero`, a FIFO or
 * a process substitution (`<(yes)`), whose size `stat` reports as 0 while they never end. The bytes are read in
 * chunks, and reading stops one byte past the cap, so memory stays bounded.
 *
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** What {@link readBoundedText} found: the text, or that the file holds more than the cap. */
export type BoundedText = { readonly text: string; readonly tooLarge: false } | { readonly tooLarge: true };

const CHUNK = 1 << 16;

/**
 * Reads a UTF-8 file, up to `limit` bytes. A byte order mark at the start (which some Windows editors write) is
 * dropped: it is not part of the text.
 *
 * @example
 * readBoundedText('/dev/zero', 1 << 20) //=> { tooLarge: true } (after reading 1 MiB + 1 byte, not forever)
 *
 * @throws The file system's error (ENOENT, EISDIR, EACCES…) when the file cannot be opened or read.
 */
export function readBoundedText(path: string, limit: number): BoundedText {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
      total += read;
      if (total > limit) return { tooLarge: true };
    }
    return { text: withoutBom(Buffer.concat(chunks, total).toString('utf8')), tooLarge: false };
  } finally {
    closeSync(fd);
  }
}

/**
 * The text without a leading UTF-8 byte order mark (U+FEFF).
 *
 * @example
 * withoutBom('\uFEFF{"year":2027}') //=> '{"year":2027}'
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
