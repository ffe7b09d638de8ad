/**
 * The schedules a user added with `reviewclock schedule add`, kept on disk so that every later command uses them:
 * a directory `schedules/` under `REVIEWCLOCK_HOME` (or the platform's config directory), one file per calendar and
 * year (`CN-2027.json`) holding an array `[notice, ...amendments]` in the schedule format.
 *
 * Files are read with a size cap and checked as `parseHolidaySchedule` checks a schedule when read; a broken file is an error that
 * names it and says how to fix it, never skipped. Writes are atomic (a temporary file renamed over the old one), and
 * callers check everything before they write (see `commands/schedule.ts`).
 *
 * @module
 */
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readBoundedText, type BoundedText } from './boundedRead.js';
import { join } from 'node:path';
import envPaths from 'env-paths';
import {
  parseHolidaySchedule,
  ReviewclockError,
  ScheduleValidationError,
  type HolidaySchedule,
  type InputIssue,
} from '../index.js';
import type { StoreCalendar } from './options.js';

export { STORE_CALENDARS, type StoreCalendar } from './options.js';

/**
 * One schedule checked as `parseHolidaySchedule` checks it (a plainly valid one without loading zod): the schedule
 * without `$schema` and `notes`, or its problems, with paths inside it.
 */
export function checkSchedule(item: unknown): { readonly schedule: HolidaySchedule } | { readonly issues: readonly InputIssue[] } {
  try {
    return { schedule: parseHolidaySchedule(item) };
  } catch (error) {
    if (error instanceof ScheduleValidationError) return { issues: error.issues };
    throw error;
  }
}

/** The most bytes a schedule file (stored, or given to `schedule add`) may hold: a year's schedule is a few KiB. */
export const SCHEDULE_FILE_LIMIT = 1 << 20;

/** What is wrong with a schedule file. */
export type ScheduleFileProblem = 'too_large' | 'unreadable' | 'not_json' | 'invalid' | 'misplaced' | 'gap';

/**
 * A schedule file that cannot be used: too large, unreadable, not JSON, not schedules, in the wrong file, or
 * leaving a gap in the years. The message names the file and how to fix it.
 *
 * @example
 * // reviewclock: stored schedule /home/me/.config/reviewclock/schedules/CN-2027.json is not valid JSON (…); edit
 * // or delete the file, or run `reviewclock schedule remove 2027`
 */
export class ScheduleFileError extends ReviewclockError {
  /** The file. */
  readonly file: string;
  /** What is wrong with it. */
  readonly problem: ScheduleFileProblem;
  /** The problems found in its schedules (for `invalid` and `gap`). */
  readonly issues: readonly InputIssue[];

  constructor(message: string, file: string, problem: ScheduleFileProblem, issues: readonly InputIssue[] = []) {
    super('invalid_schedule', message);
    this.name = 'ScheduleFileError';
    this.file = file;
    this.problem = problem;
    this.issues = issues;
  }
}

/**
 * The directory holding reviewclock's data: `REVIEWCLOCK_HOME` when set (and not empty), else the platform's config
 * directory for reviewclock (`~/.config/reviewclock` on Linux, `~/Library/Preferences/reviewclock` on macOS,
 * `%APPDATA%\reviewclock\Config` on Windows).
 *
 * @example
 * reviewclockHome({ REVIEWCLOCK_HOME: '/tmp/rc' }) //=> '/tmp/rc'
 */
export function reviewclockHome(env: NodeJS.ProcessEnv): string {
  const home = env['REVIEWCLOCK_HOME'];
  if (home !== undefined && home !== '') return home;
  return envPaths('reviewclock', { suffix: '' }).config;
}

/**
 * The store's directory: `schedules/` under {@link reviewclockHome}.
 *
 * @example
 * scheduleDirectory({ REVIEWCLOCK_HOME: '/tmp/rc' }) //=> '/tmp/rc/schedules'
 */
export function scheduleDirectory(env: NodeJS.ProcessEnv): string {
  return join(reviewclockHome(env), 'schedules');
}

/** One file of the store, known from its name. */
export interface StoreEntry {
  readonly calendar: StoreCalendar;
  readonly year: number;
  /** The file's full path. */
  readonly file: string;
}

/** One stored year: its file and its schedules, the notice first, then its amendments. */
export interface StoredYear extends StoreEntry {
  readonly schedules: readonly HolidaySchedule[];
}

const FILE_NAME = /^(CN|HK)-(\d{4})\.json$/;

/**
 * The file name of a calendar's year.
 *
 * @example
 * storeFileName('CN', 2027) //=> 'CN-2027.json'
 */
export function storeFileName(calendar: StoreCalendar, year: number): string {
  return `${calendar}-${year}.json`;
}

/**
 * The command that removes a stored year, for messages.
 *
 * @example
 * removeCommand('HK', 2027) //=> 'reviewclock schedule remove 2027 --calendar HK'
 */
export function removeCommand(calendar: StoreCalendar, year: number): string {
  return `reviewclock schedule remove ${year}${calendar === 'CN' ? '' : ` --calendar ${calendar}`}`;
}

/** A name that differs from a store name only in letter case (`CN-2028.JSON`, `cn-2027.json`). */
const FILE_NAME_ANY_CASE = /^(cn|hk)-(\d{4})\.json$/i;

/** The error for a file or directory in the store that is not one of its files. */
function unknownFileError(file: string, name: string): ScheduleFileError {
  const near = FILE_NAME_ANY_CASE.exec(name);
  const rename = near
    ? `rename it to ${storeFileName(near[1]!.toUpperCase() as StoreCalendar, Number(near[2]))} to keep it (the names are case-sensitive), move it out of the directory, or delete it`
    : 'rename it, move it out of the directory, or delete it';
  return new ScheduleFileError(
    `schedule store: ${file} is not a file the store knows: its files are named CN-YYYY.json or HK-YYYY.json ` +
      `(one per calendar and year), and nothing else is kept in the directory; ${rename}`,
    file,
    'misplaced',
  );
}

/** How to repair a stored file, for messages. */
function fixes(entry: StoreEntry): string {
  return `edit or delete the file, or run \`${removeCommand(entry.calendar, entry.year)}\``;
}

/**
 * Reads a file for a schedule command, refusing one larger than {@link SCHEDULE_FILE_LIMIT}.
 *
 * @param what - The file as messages name it, e.g. `'schedule add notice.txt'` or `'stored schedule /…/CN-2027.json'`.
 * @throws {ScheduleFileError} When the file is too large or cannot be read.
 */
export function readCappedFile(what: string, path: string, fix = ''): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw new ScheduleFileError(`${what}: cannot read ${JSON.stringify(path)}: ${describeFsError(error)}${fix}`, path, 'unreadable');
  }
  if (size > SCHEDULE_FILE_LIMIT) {
    throw new ScheduleFileError(
      `${what} is ${size} bytes, more than the ${formatSize(SCHEDULE_FILE_LIMIT)} (${SCHEDULE_FILE_LIMIT} bytes) a schedule file may hold ` +
        `(a year's schedule is a few KiB)${fix}`,
      path,
      'too_large',
    );
  }
  let read: BoundedText;
  try {
    // Bounded however the file reports its size: /dev/zero, a FIFO or <(yes) report 0 and never end.
    read = readBoundedText(path, SCHEDULE_FILE_LIMIT);
  } catch (error) {
    throw new ScheduleFileError(`${what}: cannot read ${JSON.stringify(path)}: ${describeFsError(error)}${fix}`, path, 'unreadable');
  }
  if (read.tooLarge) {
    throw new ScheduleFileError(
      `${what} holds more than the ${formatSize(SCHEDULE_FILE_LIMIT)} (${SCHEDULE_FILE_LIMIT} bytes) a schedule file may hold (a year's schedule is a few KiB)${fix}`,
      path,
      'too_large',
    );
  }
  return read.text;
}

/** `'1 MiB'`, `'2.5 MiB'`, `'12 KiB'`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1 << 20) return `${Number((bytes / (1 << 20)).toFixed(1))} MiB`;
  if (bytes >= 1 << 10) return `${Number((bytes / (1 << 10)).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** A one-line reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/**
 * The schedules a user keeps, in one directory. Nothing here validates a calendar as a whole (that a year follows
 * the years before it): `calendars.ts` does, when it builds the calendar a command counts on.
 *
 * @example
 * const store = ScheduleStore.of(process.env);
 * store.write('CN', 2027, [notice2027]) //=> '/home/me/.config/reviewclock/schedules/CN-2027.json'
 * store.entries()                       //=> [{ calendar: 'CN', year: 2027, file: '…/CN-2027.json' }]
 * store.years('CN')[0].schedules        //=> [{ ...notice2027, calendar: 'CN' }]
 */
export class ScheduleStore {
  /**
   * @param directory - The store's directory, e.g. `scheduleDirectory(process.env)`; it need not exist yet.
   */
  constructor(readonly directory: string) {}

  /** The store of the environment: `$REVIEWCLOCK_HOME/schedules`, or the platform's config directory. */
  static of(env: NodeJS.ProcessEnv): ScheduleStore {
    return new ScheduleStore(scheduleDirectory(env));
  }

  /** The full path of a calendar's year. */
  fileOf(calendar: StoreCalendar, year: number): string {
    return join(this.directory, storeFileName(calendar, year));
  }

  /**
   * The store's files, from their names, by calendar and year (the files are not read). Hidden files (the temporary
   * files of a write in progress, `.CN-2027.json.….tmp`, and the platform's own such as `.DS_Store`) are not the
   * store's; every other name in the directory must be `CN-YYYY.json` or `HK-YYYY.json`.
   *
   * @param calendar - Only this calendar's files.
   * @throws {ScheduleFileError} For any other file or directory in the store (`CN-2028.JSON`, `notes.txt`,
   *   `cn-2027.json`, `backup/`), naming it: a file the store would skip could be a year the user believes counted.
   */
  entries(calendar?: StoreCalendar): StoreEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.directory);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return [];
      throw new ScheduleFileError(
        `schedule store ${this.directory}: cannot read the directory: ${describeFsError(error)}`,
        this.directory,
        'unreadable',
      );
    }
    const entries: StoreEntry[] = [];
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const file = join(this.directory, name);
      const match = FILE_NAME.exec(name);
      if (!match) throw unknownFileError(file, name);
      const entry: StoreEntry = { calendar: match[1] as StoreCalendar, year: Number(match[2]), file };
      if (calendar === undefined || entry.calendar === calendar) entries.push(entry);
    }
    return entries.sort((a, b) => a.calendar.localeCompare(b.calendar) || a.year - b.year);
  }

  /**
   * Reads and checks one stored file: at most {@link SCHEDULE_FILE_LIMIT} bytes of JSON holding one schedule or a
   * non-empty array of them, each valid under the schedule schema, for the file's year and calendar. A schedule
   * without a `calendar` field gets the file's.
   *
   * @throws {ScheduleFileError} Naming the file and how to fix it.
   */
  read(entry: StoreEntry): StoredYear {
    const what = `stored schedule ${entry.file}`;
    const fix = `; ${fixes(entry)}`;
    const text = readCappedFile(what, entry.file, fix);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ScheduleFileError(`${what} is not valid JSON (${(error as Error).message})${fix}`, entry.file, 'not_json');
    }
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) {
      throw new ScheduleFileError(`${what} holds an empty array; expected [notice, ...amendments]${fix}`, entry.file, 'invalid');
    }
    const issues: InputIssue[] = [];
    const schedules: HolidaySchedule[] = [];
    list.forEach((item, index) => {
      const path = Array.isArray(value) ? [index] : [];
      const result = checkSchedule(item);
      if ('issues' in result) {
        for (const issue of result.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
        return;
      }
      const { schedule } = result;
      if (schedule.year !== entry.year) {
        issues.push({ path: [...path, 'year'], message: `${schedule.year} is not the file's year ${entry.year}`, code: 'misplaced' });
      }
      if (schedule.calendar !== undefined && schedule.calendar !== entry.calendar) {
        issues.push({
          path: [...path, 'calendar'],
          message: `${JSON.stringify(schedule.calendar)} is not the file's calendar ${entry.calendar}`,
          code: 'misplaced',
        });
      }
      schedules.push({ ...schedule, calendar: entry.calendar } as HolidaySchedule);
    });
    if (issues.length) {
      const detail = new ScheduleValidationError(what, issues).message;
      throw new ScheduleFileError(`${detail}${fix}`, entry.file, 'invalid', issues);
    }
    return { ...entry, schedules };
  }

  /** Every stored year of a calendar, read and checked, in year order (the first broken file stops the reading). */
  years(calendar: StoreCalendar): StoredYear[] {
    return this.entries(calendar).map((entry) => this.read(entry));
  }

  /**
   * Writes a year's schedules atomically: to a temporary file in the directory, then renamed over the year's file,
   * so that a reader sees the old file or the new one, never half of one. Creates the directory when needed.
   *
   * @returns The file's path.
   */
  write(calendar: StoreCalendar, year: number, schedules: readonly HolidaySchedule[]): string {
    mkdirSync(this.directory, { recursive: true });
    const file = this.fileOf(calendar, year);
    const temporary = join(this.directory, `.${storeFileName(calendar, year)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    const content = `${JSON.stringify(schedules.map((schedule) => ({ ...schedule, calendar })), null, 2)}\n`;
    try {
      writeFileSync(temporary, content, { encoding: 'utf8', flag: 'wx' });
      renameSync(temporary, file);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // It was not created, or is gone already.
      }
      throw new ScheduleFileError(`schedule store: cannot write ${file}: ${describeFsError(error)}`, file, 'unreadable');
    }
    return file;
  }

  /** Deletes a stored file. */
  remove(entry: StoreEntry): void {
    try {
      unlinkSync(entry.file);
    } catch (error) {
      throw new ScheduleFileError(`schedule store: cannot delete ${entry.file}: ${describeFsError(error)}`, entry.file, 'unreadable');
    }
  }
}
