/**
 * The notice texts of the reference file (shared/reference/cn-holiday-notices.md, copied verbatim to
 * fixtures/notices/cn-holiday-notices.md), split into one text per notice, as they stand:
 * - one section per year (`## 2004`), one fenced block per text;
 * - a block without an http(s) address is prose (the 2025 principles preamble), not a notice;
 * - a block is split before each address line once the part before it already has an address (2019, 2020: the
 *   amendment follows the notice with its own address), and before an `Amendment:` line (2015, whose address comes
 *   after the amendment's title line);
 * - the first part is the year's notice, the others its amendments. Annotation lines (`Cross-year: …`,
 *   `Additional arrangement:`) stay in, as clutter the reader must skip.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The reference file, and its copy in the repository (used where the shared folder is not checked out). */
export const REFERENCE_FILE = new URL('../../../shared/reference/cn-holiday-notices.md', import.meta.url);
export const REFERENCE_COPY = new URL('../../fixtures/notices/cn-holiday-notices.md', import.meta.url);

export interface ReferenceYear {
  readonly year: number;
  /** The year's notice. */
  readonly notice: string;
  /** Its amendments, in order. */
  readonly amendments: readonly string[];
  /** Blocks that are prose, not notices (the 2025 preamble). */
  readonly prose: readonly string[];
}

const isAddressLine = (line: string): boolean => /^\s*https?:\/\//.test(line);

/** Splits one fenced block into its notices. */
export function splitBlock(block: string): string[] {
  const parts: string[][] = [];
  let current: string[] = [];
  let hasAddress = false;
  for (const line of block.split('\n')) {
    const startsNew = (isAddressLine(line) && hasAddress) || /^\s*Amendment:/.test(line);
    if (startsNew && current.some((each) => each.trim() !== '')) {
      parts.push(current);
      current = [];
      hasAddress = false;
    }
    current.push(line);
    if (isAddressLine(line) || /https?:\/\//.test(line)) hasAddress = true;
  }
  if (current.some((each) => each.trim() !== '')) parts.push(current);
  return parts.map((lines) => lines.join('\n'));
}

/** Reads the reference file into one entry per year. */
export function readReferenceNotices(text = readFileSync(existsSync(REFERENCE_FILE) ? REFERENCE_FILE : REFERENCE_COPY, 'utf8')): ReferenceYear[] {
  const years: ReferenceYear[] = [];
  for (const section of text.split(/^## /m).slice(1)) {
    const year = Number(/^(\d{4})/.exec(section)?.[1]);
    if (!Number.isInteger(year)) continue;
    const blocks = [...section.matchAll(/^```\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
    const prose = blocks.filter((block) => !/https?:\/\//.test(block));
    const texts = blocks.filter((block) => /https?:\/\//.test(block)).flatMap(splitBlock);
    years.push({ year, notice: texts[0]!, amendments: texts.slice(1), prose });
  }
  return years;
}
