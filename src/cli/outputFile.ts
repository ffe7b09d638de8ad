/**
 * `--out FILE`: a calendar file written whole or not at all. A shell redirect (`> deadlines.ics`) empties the file
 * before the command runs, so a failed export leaves it empty; with `--out`, the text goes to a temporary file next to
 * FILE, which replaces FILE only once everything has been computed.
 *
 * @module
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CliContext } from './context.js';
import { inputError } from './inputError.js';

/**
 * Writes `text` to `path` (through a temporary file and a rename, so FILE is never half-written), or to standard output
 * when `path` is undefined.
 *
 * @throws {InvalidArgumentError} When the file cannot be written, naming the flag and the path.
 *
 * @example
 * writeDataTo('deadlines.ics', ics, context) // deadlines.ics holds the whole file, or is unchanged
 */
export function writeDataTo(path: string | undefined, text: string, context: CliContext): void {
  if (path === undefined) return context.data(text);
  if (path === '' || path.endsWith('/')) {
    throw inputError(`--out ${JSON.stringify(path)}: expected a file name such as deadlines.ics`, `--out ${JSON.stringify(path)}：应为文件名，例如 deadlines.ics`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    const whyZh = code === 'ENOENT' ? '目录不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有写入权限' : why;
    throw inputError(`--out: cannot write ${JSON.stringify(path)}: ${why}`, `--out：无法写入 ${JSON.stringify(path)}：${whyZh}`);
  }
}
