// A file generated from the code or data of the repository (docs/policies.md, the Hong Kong data), written by its
// script, or with --check compared with what the script would write (npm test runs the checks).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `generated` to `target` and prints `wrote`; with `--check` on the command line, writes nothing and exits 1
 * with `stale` when the file on disk (or its absence) differs, else prints `fresh`.
 */
export function writeOrCheck(target: URL, generated: string, messages: { stale: string; fresh: string; wrote: string }): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, generated);
    console.log(messages.wrote);
    return;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== generated) {
    console.error(messages.stale);
    process.exit(1);
  }
  console.log(messages.fresh);
}
