/**
 * The text layer of iCalendar (RFC 5545): escaping TEXT values (§3.3.11), folding content lines at 75 octets of
 * UTF-8 (§3.1), CRLF line ends, and a stable content hash for UIDs. No `Date`, no clock.
 *
 * @module
 */

/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;
/** RFC 5545 line end. */
export const CRLF = '\r\n';

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and newlines; other control characters (not allowed
 * in TEXT) become spaces.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** The number of UTF-8 octets of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (§3.1): at most 75 octets per physical line, continuation lines begin with one space,
 * never splitting a UTF-8 character (or a surrogate pair).
 *
 * @param line - An unfolded content line, without its line end.
 * @returns The folded line, physical lines joined by CRLF, without a final CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A plain date `'YYYY-MM-DD'` as an iCalendar DATE `YYYYMMDD`. */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * A 64-bit FNV-1a hash of a string's UTF-16 code units, as 16 hex digits: the same input gives the same UID on
 * every run and machine.
 */
export function contentHash(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    // Multiply the 64-bit (high, low) by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x1_0000_0000);
    const newHigh = (high * 0x1b3 + (low << 8) + carry) >>> 0;
    low = lowProduct >>> 0;
    high = newHigh;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
