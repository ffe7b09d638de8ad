/**
 * Next year's holidays, added at run time: a State Council notice's text read with `scheduleFromNotice`, or a
 * schedule file (read here in the browser, validated with `parseHolidaySchedule`), added to the calendars with
 * `withSchedules` (`CN`, or `HK` for a schedule whose "calendar" is HK, as the CLI's `--schedule` does). Every
 * refusal is the library's typed error; the page's own refusals (a file that is not JSON, a year added twice) are
 * `InvalidArgumentError`s, each with the key of the panel's fix ({@link fixKeyOf}).
 *
 * What is added is kept in localStorage, and read back as untrusted input: every schedule is validated again, and
 * anything wrong drops the whole saved set (the user is told, never a silent partial calendar).
 *
 * @module
 */
import {
  CN,
  InvalidArgumentError,
  NoticeParseError,
  ScheduleValidationError,
  parseHolidaySchedule,
  scheduleFromNotice,
  withSchedules,
  type Calendar,
  type HolidaySchedule,
  type InputIssue,
  type NoticeReading,
} from '../../../src/index.js';
import { HK } from '../../../src/hk.js';

/** The calendars a schedule can extend on this page. */
export type CalendarId = 'CN' | 'HK';
/** The built-in calendars. */
export const BASE_CALENDARS: Readonly<Record<CalendarId, Calendar>> = { CN, HK };
const CALENDAR_IDS: readonly CalendarId[] = ['CN', 'HK'];

/** One schedule of an added entry, with the calendar it extends and its position in its file (undefined: not an array). */
export interface AddedSchedule {
  readonly target: CalendarId;
  readonly schedule: HolidaySchedule;
  readonly index: number | undefined;
}

/** One thing the user added: a pasted notice, or a file (one schedule or several). */
export interface AddedEntry {
  readonly origin: 'notice' | 'file';
  /** The file's name; '' for a notice. */
  readonly label: string;
  readonly schedules: readonly AddedSchedule[];
  /** The notice's warnings (scheduleFromNotice's messages). */
  readonly warnings: readonly string[];
  /** True for an amendment to a year's notice (listed after it). */
  readonly amends: boolean;
}

/** The panel's fixes that are not an error code: why the page itself refused. */
export type PanelFixKey =
  | 'not_json'
  | 'too_large'
  | 'empty_file'
  | 'duplicate_year'
  | 'amendment_first'
  | 'remove_later_first'
  | 'stored_invalid'
  | 'empty_notice'
  | 'year_covered';

const FIX_KEYS = new WeakMap<object, PanelFixKey>();

/** The panel's fix key recorded for an error, if the page chose one. */
export function fixKeyOf(error: unknown): PanelFixKey | undefined {
  return typeof error === 'object' && error !== null ? FIX_KEYS.get(error) : undefined;
}

function withFix<E extends object>(error: E, key: PanelFixKey): E {
  FIX_KEYS.set(error, key);
  return error;
}

function refuse(key: PanelFixKey, message: string): never {
  throw withFix(new InvalidArgumentError(message), key);
}

/** The calendar a schedule extends: HK when its "calendar" says so; any other (absent, CN, or one withSchedules refuses) goes to CN. */
function targetOf(schedule: HolidaySchedule): CalendarId {
  return schedule.calendar === 'HK' ? 'HK' : 'CN';
}

function schedulesFor(entries: readonly AddedEntry[], id: CalendarId): HolidaySchedule[] {
  return entries.flatMap((entry) => entry.schedules.filter((item) => item.target === id).map((item) => item.schedule));
}

/** The calendars with every added schedule: one withSchedules call per calendar, in the order added. */
export function buildCalendars(entries: readonly AddedEntry[]): Record<CalendarId, Calendar> {
  const calendars = { ...BASE_CALENDARS };
  for (const id of CALENDAR_IDS) {
    const list = schedulesFor(entries, id);
    if (list.length > 0) calendars[id] = withSchedules(BASE_CALENDARS[id], list);
  }
  return calendars;
}

/** The years an entry adds, e.g. "2027" or "2027 (HK)", for labels. */
export function entryYears(entry: AddedEntry): string {
  const years = [...new Set(entry.schedules.map((item) => `${item.schedule.year}${item.target === 'CN' ? '' : ` (${item.target})`}`))];
  return years.join(', ');
}

/** The years added for a calendar. */
export function addedYears(entries: readonly AddedEntry[], id: CalendarId): ReadonlySet<number> {
  return new Set(schedulesFor(entries, id).map((schedule) => schedule.year));
}

/** The titles of the schedules added for a calendar in the given years. */
export function addedTitles(entries: readonly AddedEntry[], id: CalendarId, years: ReadonlySet<number>): string[] {
  return [...new Set(schedulesFor(entries, id).filter((schedule) => years.has(schedule.year)).map((schedule) => schedule.source.title))];
}

/**
 * The entries with `entry` added after them, checked: no year added twice (except an amendment after its year's
 * notice), then withSchedules on every schedule of each calendar. Issues are given the paths of the new entry's
 * own schedules (its file's indexes), and the message names what was pasted or chosen.
 *
 * @throws {ScheduleValidationError} From withSchedules: year_covered, year_gap, calendar_mismatch.
 * @throws {InvalidArgumentError} A year already added, or an amendment with no notice before it.
 */
export function addEntry(entries: readonly AddedEntry[], entry: AddedEntry): AddedEntry[] {
  const label = entry.origin === 'notice' ? 'the pasted notice' : `the file “${entry.label}”`;
  for (const item of entry.schedules) {
    const year = item.schedule.year;
    const before = entries.find((other) => other.schedules.some((each) => each.target === item.target && each.schedule.year === year));
    if (before && !entry.amends) {
      refuse(
        'duplicate_year',
        `${label}: ${year} (${item.target}) is already added, ${before.origin === 'notice' ? 'from a pasted notice' : `from the file “${before.label}”`}; remove it first to add another schedule for ${year}`,
      );
    }
    const lastBuiltIn = Number(BASE_CALENDARS[item.target].coverage.to.slice(0, 4));
    if (!before && entry.amends && year > lastBuiltIn) {
      refuse('amendment_first', `${label}: the text amends the ${year} notice, which is not added; paste the ${year} notice first, then the amendment`);
    }
  }
  for (const id of CALENDAR_IDS) {
    const mine = entry.schedules.filter((item) => item.target === id);
    if (mine.length === 0) continue;
    const existing = schedulesFor(entries, id);
    try {
      withSchedules(BASE_CALENDARS[id], [...existing, ...mine.map((item) => item.schedule)]);
    } catch (error) {
      if (!(error instanceof ScheduleValidationError)) throw error;
      const issues: InputIssue[] = error.issues.map((issue) => {
        const [position, ...rest] = issue.path;
        const own = typeof position === 'number' ? mine[position - existing.length] : undefined;
        if (own === undefined) return issue;
        return { ...issue, path: own.index === undefined ? rest : [own.index, ...rest] };
      });
      throw new ScheduleValidationError(`withSchedules: ${label}`, issues);
    }
  }
  return [...entries, entry];
}

/**
 * The entries without the one at `index`, if the others still make calendars (removing 2027 while 2028 is added
 * would leave a gap: refused, with withSchedules' year_gap and the fix to remove the later years first).
 */
export function removeEntry(entries: readonly AddedEntry[], index: number): AddedEntry[] {
  const rest = entries.filter((_, i) => i !== index);
  try {
    buildCalendars(rest);
  } catch (error) {
    throw withFix(error as object, 'remove_later_first');
  }
  return rest;
}

/**
 * Reads a notice's text with scheduleFromNotice. An amendment that extends a holiday is read against the year's
 * notice when it is added (the library's error says which year it needs).
 *
 * @throws {NoticeParseError} The library's, for a text it cannot read.
 */
export function entryFromNotice(text: string, entries: readonly AddedEntry[]): AddedEntry {
  if (text.trim() === '') refuse('empty_notice', 'scheduleFromNotice: the text is empty; paste the text of a State Council holiday notice');
  let reading: NoticeReading;
  try {
    reading = scheduleFromNotice(text);
  } catch (error) {
    if (!(error instanceof NoticeParseError) || error.amendsYear === null) throw error;
    const year = error.amendsYear;
    const notice = schedulesFor(entries, 'CN').find((schedule) => schedule.year === year);
    if (notice === undefined) {
      // A built-in year has its amendments built in too; a later year needs its notice added first.
      throw withFix(error, Number(CN.coverage.to.slice(0, 4)) < year ? 'amendment_first' : 'year_covered');
    }
    reading = scheduleFromNotice(text, { amend: notice });
  }
  return {
    origin: 'notice',
    label: '',
    schedules: [{ target: 'CN', schedule: reading.schedule, index: undefined }],
    warnings: reading.warnings.map((warning) => warning.message),
    amends: reading.amends,
  };
}

/** A schedule file is refused past this size (a year's schedule has a few kilobytes). */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * Reads a chosen file: JSON holding one schedule or an array of them, each validated with parseHolidaySchedule.
 *
 * @throws {InvalidArgumentError} A file too large, not JSON, or an empty array.
 * @throws {ScheduleValidationError} The schedules' problems, with their paths in the file (0.year: the first's year).
 */
export async function entryFromFile(file: File): Promise<AddedEntry> {
  const name = file.name;
  if (file.size > MAX_FILE_BYTES) {
    refuse('too_large', `the file “${name}” has ${file.size} bytes, more than the ${MAX_FILE_BYTES} read; expected a holiday schedule (a few kilobytes)`);
  }
  // A byte order mark (files saved by some Windows editors) is not part of the JSON text.
  const text = (await file.text()).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    refuse(
      'not_json',
      `the file “${name}” is not JSON (${error instanceof Error ? error.message : String(error)}); expected a holiday schedule in the format of schema/holiday-schedule.schema.json, or an array of them`,
    );
  }
  const isArray = Array.isArray(value);
  const items: readonly unknown[] = isArray ? (value as unknown[]) : [value];
  if (items.length === 0) refuse('empty_file', `the file “${name}” holds an empty array; expected at least one holiday schedule`);
  const issues: InputIssue[] = [];
  const schedules: AddedSchedule[] = [];
  items.forEach((item, index) => {
    try {
      const schedule = parseHolidaySchedule(item);
      schedules.push({ target: targetOf(schedule), schedule, index: isArray ? index : undefined });
    } catch (error) {
      if (!(error instanceof ScheduleValidationError)) throw error;
      for (const issue of error.issues) issues.push({ ...issue, path: isArray ? [index, ...issue.path] : issue.path });
    }
  });
  if (issues.length > 0) throw new ScheduleValidationError(`parseHolidaySchedule: the file “${name}”`, issues);
  return { origin: 'file', label: name, schedules, warnings: [], amends: false };
}

// ── Kept in this browser ─────────────────────────────────────────────────────────────────────────────────────────

const STORAGE_KEY = 'reviewclock-playground:added-schedules:v1';
const MAX_STORED_ENTRIES = 50;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage refused (a privacy setting, some file:// pages): the page works for the session only
  }
}

/** Saves the entries (nothing when storage is unavailable). */
export function saveEntries(entries: readonly AddedEntry[]): void {
  const store = storage();
  if (!store) return;
  try {
    if (entries.length === 0) store.removeItem(STORAGE_KEY);
    else {
      const saved = entries.map((entry) => ({
        origin: entry.origin,
        label: entry.label,
        warnings: entry.warnings,
        amends: entry.amends,
        schedules: entry.schedules.map((item) => ({ schedule: item.schedule, index: item.index ?? null })),
      }));
      store.setItem(STORAGE_KEY, JSON.stringify(saved));
    }
  } catch {
    // Full or refused: the entries still hold for this session.
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function storedError(problem: string): never {
  refuse('stored_invalid', `the holidays saved in this browser (localStorage “${STORAGE_KEY}”) ${problem}`);
}

/** One saved entry, checked field by field; its schedules validated again with parseHolidaySchedule. */
function readStoredEntry(value: unknown, position: number): AddedEntry {
  const at = `entry ${position}`;
  if (!isPlainObject(value)) storedError(`hold a value that is not an entry at ${at}`);
  const { origin, label, warnings, amends, schedules } = value;
  if (origin !== 'notice' && origin !== 'file') storedError(`hold an unknown origin at ${at}`);
  if (typeof label !== 'string' || label.length > 260) storedError(`hold a bad file name at ${at}`);
  if (typeof amends !== 'boolean') storedError(`hold a bad amendment flag at ${at}`);
  if (!Array.isArray(warnings) || warnings.length > 100 || !warnings.every((w) => typeof w === 'string' && w.length <= 2000)) {
    storedError(`hold bad notes at ${at}`);
  }
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.length > 50) storedError(`hold no schedules at ${at}`);
  const read = schedules.map((item, i): AddedSchedule => {
    if (!isPlainObject(item)) storedError(`hold a value that is not a schedule at ${at}, schedule ${i}`);
    const index = item['index'];
    if (index !== null && !(typeof index === 'number' && Number.isSafeInteger(index) && index >= 0)) storedError(`hold a bad index at ${at}`);
    let schedule: HolidaySchedule;
    try {
      schedule = parseHolidaySchedule(item['schedule']);
    } catch (error) {
      storedError(`hold an invalid schedule at ${at}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { target: targetOf(schedule), schedule, index: index ?? undefined };
  });
  return { origin, label, warnings: warnings as string[], amends, schedules: read };
}

/**
 * The entries saved in this browser, validated as untrusted input: each schedule with parseHolidaySchedule, the
 * whole set added again one entry at a time (addEntry). Anything wrong: no entry is used, the saved value is
 * cleared, and the error says so (fix key `stored_invalid`).
 */
export function loadEntries(): { entries: AddedEntry[]; error: unknown } {
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { entries: [], error: null };
  try {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      storedError('are not JSON');
    }
    if (!Array.isArray(value) || value.length > MAX_STORED_ENTRIES) storedError(`are not a list of at most ${MAX_STORED_ENTRIES} entries`);
    let entries: AddedEntry[] = [];
    value.forEach((item, position) => {
      entries = addEntry(entries, readStoredEntry(item, position));
    });
    return { entries, error: null };
  } catch (error) {
    try {
      store?.removeItem(STORAGE_KEY);
    } catch {
      // nothing more to do: the entries are not used either way
    }
    return { entries: [], error: withFix(error as object, 'stored_invalid') };
  }
}
