/**
 * The calendars a command counts on: the bundled `CN` or `HK` (or their combination `CN+HK`), extended with the
 * schedules in the store (`reviewclock schedule add`), then with the `--schedule` files, then projected with
 * `--project`. Each is built once, when first needed: a mainland-only run never loads the Hong Kong calendar (and so
 * never loads date-holidays).
 *
 * @module
 */
import {
  CN,
  combineCalendars,
  getPolicy,
  type PolicyInput,
  InvalidArgumentError,
  projectCalendar,
  ScheduleValidationError,
  withSchedules,
  type Calendar,
  type HolidaySchedule,
  type InputIssue,
} from '../index.js';
import { loadHongKong } from './deadline.js';
import type { CommonOptions } from './options.js';
import { readScheduleFile } from './readers.js';
import {
  removeCommand,
  ScheduleFileError,
  scheduleDirectory,
  ScheduleStore,
  type StoreCalendar,
  type StoredYear,
} from './scheduleStore.js';

/** The calendars `--calendar` accepts. */
export type CalendarId = 'CN' | 'HK' | 'CN+HK';

/** The calendars a command may count on, and the calendars they are made of. */
const MEMBERS: Readonly<Record<CalendarId, readonly StoreCalendar[]>> = { CN: ['CN'], HK: ['HK'], 'CN+HK': ['CN', 'HK'] };

/** The options that choose and extend calendars (plain data: `batch` sends them to its worker threads). */
export interface CalendarOptions extends CommonOptions {
  /** False with `--no-stored-schedules`. */
  readonly storedSchedules?: boolean;
  /** The store's directory, when already resolved (batch workers); default: from the environment. */
  readonly storeDirectory?: string | undefined;
}

/** The store's directory for these options and environment, or `undefined` with `--no-stored-schedules`. */
export function storeDirectoryOf(options: CalendarOptions, env: NodeJS.ProcessEnv): string | undefined {
  if (options.storedSchedules === false) return undefined;
  return options.storeDirectory ?? scheduleDirectory(env);
}

/** One schedule of a `--schedule` file, with where it came from. */
interface FileSchedule {
  readonly file: string;
  /** Its index in the file's array, or undefined when the file holds one schedule object. */
  readonly index: number | undefined;
  readonly value: unknown;
  /** The `calendar` field, when it is a string. */
  readonly calendar: string | undefined;
}

/** The `calendar` field of a schedule-like value, when it is a string. */
function readCalendarField(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const calendar = (value as { calendar?: unknown }).calendar;
  return typeof calendar === 'string' ? calendar : undefined;
}

/** The bundled calendar of a store calendar (HK loaded on first use). */
export async function bundledCalendar(calendar: StoreCalendar): Promise<Calendar> {
  return calendar === 'CN' ? CN : loadHongKong();
}

/**
 * The years a calendar covers.
 *
 * @example
 * coveredYearsText(CN) //=> '2004–2026'
 */
export function coveredYearsText(calendar: Calendar): string {
  const from = calendar.coverage.from.slice(0, 4);
  const to = calendar.coverage.to.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/**
 * A bundled calendar extended with stored years, checked as a whole: each stored year must follow the years before
 * it (no gap), and a stored year the bundled calendar has (added with `--replace`) replaces it.
 *
 * @param base - The bundled calendar (`CN` or `HK`).
 * @param years - The stored years of that calendar, each read and checked by {@link ScheduleStore.read}.
 * @throws {ScheduleFileError} Naming the first file at fault and how to fix it.
 *
 * @example
 * extendWithStored(CN, ScheduleStore.of(process.env).years('CN')).coverage.to //=> '2027-12-31' (with CN-2027.json stored)
 */
export function extendWithStored(base: Calendar, years: readonly StoredYear[]): Calendar {
  if (years.length === 0) return base;
  const list: HolidaySchedule[] = [];
  const owners: StoredYear[] = [];
  for (const year of [...years].sort((a, b) => a.year - b.year)) {
    for (const schedule of year.schedules) {
      list.push(schedule);
      owners.push(year);
    }
  }
  const lastBundled = Number(base.coverage.to.slice(0, 4));
  const firstBundled = Number(base.coverage.from.slice(0, 4));
  const replace = years.some((year) => year.year >= firstBundled && year.year <= lastBundled);
  try {
    return withSchedules(base, list, { replace });
  } catch (error) {
    if (!(error instanceof ScheduleValidationError)) throw error;
    const owner = owners[error.issues[0]!.path[0] as number]!;
    const issues = error.issues
      .filter((issue) => owners[issue.path[0] as number] === owner)
      .map((issue) => ({ ...issue, path: issue.path.slice(1) }));
    throw storedScheduleError(owner, issues);
  }
}

/**
 * The error for a stored year that does not fit its calendar, naming its file and how to fix it.
 *
 * @param owner - The stored year.
 * @param issues - Its problems, with paths inside its file.
 */
export function storedScheduleError(owner: StoredYear, issues: readonly InputIssue[]): ScheduleFileError {
  const gap = issues.some((issue) => issue.code === 'year_gap');
  const fix = gap
    ? `run \`${removeCommand(owner.calendar, owner.year)}\`, add the missing year with \`reviewclock schedule add FILE\`, or delete the file`
    : `edit or delete the file, or run \`${removeCommand(owner.calendar, owner.year)}\``;
  return new ScheduleFileError(
    `${new ScheduleValidationError(`stored schedule ${owner.file}`, issues).message}; ${fix}`,
    owner.file,
    gap ? 'gap' : 'invalid',
    issues,
  );
}

/**
 * The policy's own calendar for a deadline starting on `start`: the calendar of the version in force then (or of
 * the latest version, when none is or the start is not a date), `'CN'` for an unknown policy (the deadline then
 * refuses the policy with its own message).
 *
 * @example
 * policyCalendar('hk.dh.drug.nce-1plus', '2026-03-02') //=> 'HK'
 * policyCalendar('cn.nmpa.drug.ind', '2026-03-02')     //=> 'CN'
 */
export function policyCalendar(policy: string, start: string, policies?: readonly PolicyInput[]): 'CN' | 'HK' {
  let calendar: string | undefined;
  try {
    calendar = getPolicy(policy, { on: start, policies }).calendar;
  } catch {
    try {
      calendar = getPolicy(policy, { policies }).calendar;
    } catch {
      calendar = undefined;
    }
  }
  return calendar === 'HK' ? 'HK' : 'CN';
}

/**
 * The calendars of one command run, built on demand from its options: `--calendar`, the store (unless
 * `--no-stored-schedules`), `--schedule FILE` (repeatable) and `--project [YEAR]`.
 *
 * A `--schedule` schedule extends the calendar its `calendar` field names; without one, the calendar the command
 * counts on (for `CN+HK`: `CN`). A schedule for a calendar the command does not count on is refused (it is not
 * silently left out), except by `batch` without `--calendar`, which counts each row on its policy's calendar.
 *
 * @example
 * const calendars = CommandCalendars.from({ calendar: 'HK', schedule: ['hk-2027.json'] }, process.env);
 * await calendars.forCommand() // HK with the stored HK years, then hk-2027.json
 */
export class CommandCalendars {
  readonly #options: CalendarOptions;
  readonly #store: ScheduleStore | undefined;
  readonly #files: readonly FileSchedule[];
  readonly #built = new Map<string, Promise<Calendar>>();
  readonly #members = new Map<StoreCalendar, Promise<{ calendar: Calendar; years: readonly StoredYear[] }>>();

  private constructor(options: CalendarOptions, store: ScheduleStore | undefined, files: readonly FileSchedule[]) {
    this.#options = options;
    this.#store = store;
    this.#files = files;
  }

  /**
   * Reads the options: the `--schedule` files now (each refused with its name when unreadable or not JSON), the
   * store when a calendar is first built.
   *
   * @throws {InvalidArgumentError} For an unreadable `--schedule` file or one that is not JSON.
   */
  static from(options: CalendarOptions, env: NodeJS.ProcessEnv): CommandCalendars {
    const directory = storeDirectoryOf(options, env);
    const files: FileSchedule[] = [];
    for (const file of options.schedule ?? []) {
      const value = readScheduleFile(file);
      if (Array.isArray(value)) {
        value.forEach((item, index) => files.push({ file, index, value: item, calendar: readCalendarField(item) }));
        // An empty array is refused by withSchedules, with the file's name.
        if (value.length === 0) files.push({ file, index: undefined, value, calendar: undefined });
      } else {
        files.push({ file, index: undefined, value, calendar: readCalendarField(value) });
      }
    }
    return new CommandCalendars(options, directory === undefined ? undefined : new ScheduleStore(directory), files);
  }

  /** The calendar given with `--calendar`, if any. */
  get explicit(): CalendarId | undefined {
    return this.#options.calendar as CalendarId | undefined;
  }

  /** True with `--project`: answers past the published years are asked for, so they are not "provisional by default". */
  get projecting(): boolean {
    return this.#options.project !== undefined;
  }

  /** The store in use, or `undefined` with `--no-stored-schedules`. */
  get store(): ScheduleStore | undefined {
    return this.#store;
  }

  /** The calendar of a command that counts on `--calendar`, else on `fallback` (default `CN`). */
  forCommand(fallback: 'CN' | 'HK' = 'CN'): Promise<Calendar> {
    return this.get(this.explicit ?? fallback);
  }

  /** The calendar of a deadline: `--calendar`, else the policy's own calendar. */
  forPolicy(policy: string, start: string, policies?: readonly PolicyInput[]): Promise<Calendar> {
    if (this.explicit !== undefined) return this.get(this.explicit);
    const id = policyCalendar(policy, start, policies);
    return this.get(id, `policy ${policy} counts on ${id}`);
  }

  /**
   * A calendar by id, with the stored years, the `--schedule` files and `--project` applied.
   *
   * @param id - `CN`, `HK` or `CN+HK`.
   * @param why - Why the command counts on this calendar, for the message refusing a `--schedule` file for another
   *   calendar; `null` to leave such files out silently (batch rows counted on their policies' calendars).
   * @throws {ScheduleFileError} For a broken stored file.
   * @throws {ScheduleValidationError} For a `--schedule` file that is malformed, leaves a gap, repeats a covered
   *   year, or is for a calendar the command does not count on.
   */
  get(id: CalendarId, why: string | null = `this command counts on ${id}`): Promise<Calendar> {
    const key = `${id}\u0000${why === null ? 'lenient' : 'strict'}`;
    let calendar = this.#built.get(key);
    if (!calendar) {
      calendar = this.#build(id, why);
      this.#built.set(key, calendar);
    }
    return calendar;
  }

  async #build(id: CalendarId, why: string | null): Promise<Calendar> {
    const members = MEMBERS[id];
    if (!members) {
      throw new InvalidArgumentError(`--calendar: invalid calendar ${JSON.stringify(id)}, expected CN, HK or CN+HK`);
    }
    if (why !== null) this.#refuseOtherCalendars(id, members, why);
    // Where a --schedule schedule without a "calendar" field goes: the calendar counted on (CN for CN+HK, and for
    // batch rows, which count on their policies' calendars).
    const defaultTarget = why === null || id === 'CN+HK' ? 'CN' : id;
    const extended = await Promise.all(members.map((member) => this.#member(member, defaultTarget)));
    let calendar = extended.length === 1 ? extended[0]! : combineCalendars(extended);
    const project = this.#options.project;
    if (project !== undefined) {
      calendar = projectCalendar(calendar, project === true ? undefined : { through: readYear('--project', project) });
    }
    return calendar;
  }

  /** Refuses a `--schedule` schedule for a calendar that `id` is not made of. */
  #refuseOtherCalendars(id: CalendarId, members: readonly StoreCalendar[], why: string): void {
    const defaultTarget = id === 'CN+HK' ? 'CN' : id;
    for (const file of new Set(this.#files.map((f) => f.file))) {
      const issues: InputIssue[] = [];
      for (const schedule of this.#files.filter((f) => f.file === file)) {
        const target = schedule.calendar ?? defaultTarget;
        if ((members as readonly string[]).includes(target)) continue;
        const year = (schedule.value as { year?: unknown } | null)?.year;
        issues.push({
          path: [...(schedule.index === undefined ? [] : [schedule.index]), 'calendar'],
          code: 'calendar_mismatch',
          message:
            `the schedule${typeof year === 'number' ? ` for ${year}` : ''} is for the ${target} calendar, but ${why}; ` +
            (target !== 'CN' && target !== 'HK'
              ? 'set its "calendar" to CN or HK, or leave the file out'
              : why.startsWith('policy ')
                ? 'pass --calendar CN+HK to count on both, or leave the file out'
                : `pass --calendar ${target} or --calendar CN+HK, or leave the file out`),
        });
      }
      if (issues.length) throw new ScheduleValidationError(`--schedule ${file}`, issues);
    }
  }

  /** A member calendar (`CN` or `HK`) with the stored years and the `--schedule` schedules for it. */
  async #member(member: StoreCalendar, defaultTarget: string): Promise<Calendar> {
    // The stored years do not depend on the command; the files' default target does, so only the stored part is shared.
    let stored = this.#members.get(member);
    if (!stored) {
      stored = (async () => {
        const base = await bundledCalendar(member);
        const years = this.#store ? this.#store.years(member) : [];
        return { calendar: extendWithStored(base, years), years };
      })();
      this.#members.set(member, stored);
    }
    const { calendar, years } = await stored;
    return this.#withFiles(calendar, member, defaultTarget, years);
  }

  #withFiles(calendar: Calendar, member: StoreCalendar, defaultTarget: string, stored: readonly StoredYear[]): Calendar {
    // A --schedule schedule that is stored already, as it is (a script written before `schedule add`), adds nothing.
    const storedTexts = new Set(stored.flatMap((year) => year.schedules.map(canonicalSchedule)));
    for (const file of new Set(this.#files.map((f) => f.file))) {
      const mine = this.#files.filter(
        (f) => f.file === file && (f.calendar ?? defaultTarget) === member && !storedTexts.has(canonicalSchedule(f.value)),
      );
      if (mine.length === 0) continue;
      const single = mine.length === 1 && mine[0]!.index === undefined;
      try {
        calendar = withSchedules(calendar, (single ? mine[0]!.value : mine.map((f) => f.value)) as HolidaySchedule | HolidaySchedule[]);
      } catch (error) {
        if (!(error instanceof ScheduleValidationError)) throw error;
        const storedYears = new Set(this.#store ? this.#store.entries(member).map((entry) => entry.year) : []);
        const issues = error.issues.map((issue) => {
          const path = single ? issue.path : [mine[issue.path[0] as number]!.index!, ...issue.path.slice(1)];
          return { ...issue, path, message: cliIssueMessage(issue, member, storedYears, this.#store) };
        });
        throw new ScheduleValidationError(`--schedule ${file}`, issues);
      }
    }
    return calendar;
  }
}

/** A schedule as text that is the same for the same schedule: keys sorted; `$schema`, `notes` and `calendar` left out. */
function canonicalSchedule(value: unknown): string {
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (typeof item !== 'object' || item === null) return item;
    const entries = Object.entries(item).filter(([name]) => !['$schema', 'notes', 'calendar'].includes(name));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, v]) => [name, sorted(v)]));
  };
  return JSON.stringify(sorted(value));
}

/** An issue's message in CLI terms: a covered year cannot be replaced by `--schedule`; say what can. */
function cliIssueMessage(issue: InputIssue, member: StoreCalendar, storedYears: ReadonlySet<number>, store: ScheduleStore | undefined): string {
  if (issue.code !== 'year_covered') return issue.message;
  const match = /^(\d+) is already covered/.exec(issue.message);
  const year = match ? Number(match[1]) : NaN;
  const head = issue.message.replace(/; pass \{ replace: true \}.*$/, '');
  if (store && storedYears.has(year)) {
    return (
      `${head}, by the stored schedule ${store.fileOf(member, year)}; pass --no-stored-schedules to count with this file ` +
      `instead, or store it in place of the stored one with \`reviewclock schedule add FILE --replace\``
    );
  }
  return `${head}; a --schedule file cannot replace a year the calendar has; to replace it for every command, use \`reviewclock schedule add FILE --replace\``;
}

function readYear(option: string, value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new InvalidArgumentError(`${option}: invalid year ${JSON.stringify(value)}, expected a year such as 2030`);
  }
  return Number(value);
}
