/**
 * `reviewclock schedule import|add|list|remove`: holiday schedules that stay added. `add` reads next year's notice
 * (its text, or a schedule JSON file), checks it against the calendar it extends and the years already stored, and
 * keeps it in the store (`scheduleStore.ts`), which every later command uses. The commands' arguments, options and
 * help are in `definitions/schedule.ts`, which loads this module when one of them runs.
 *
 * @module
 */
import {
  checkScheduleAgainstLaw,
  CN,
  InvalidArgumentError,
  NoticeParseError,
  scheduleFromNotice,
  ScheduleValidationError,
  withSchedules,
  type Calendar,
  type HolidaySchedule,
  type InputIssue,
  type NoticeReading,
  type NoticeWarning,
} from '../../index.js';
import { bundledCalendar, coveredYearsText, extendWithStored, storedScheduleError } from '../calendars.js';
import { writeJson, type CliContext } from '../context.js';
import { oneLine } from '../errors.js';
import { withoutBom } from '../boundedRead.js';
import {
  checkSchedule,
  formatSize,
  readCappedFile,
  removeCommand,
  SCHEDULE_FILE_LIMIT,
  ScheduleFileError,
  ScheduleStore,
  STORE_CALENDARS,
  type StoreCalendar,
  type StoredYear,
  type StoreEntry,
} from '../scheduleStore.js';

/** The options of `schedule import` (and the notice options of `schedule add`). */
export interface NoticeOptions {
  readonly year?: string;
  readonly url?: string;
}

/** The options of `schedule add`. */
export interface AddOptions extends NoticeOptions {
  readonly replace?: boolean;
  readonly amend?: boolean;
  readonly calendar?: StoreCalendar;
}

/** The options of `schedule list`. */
export interface ListOptions {
  readonly json?: boolean;
}

/** The options of `schedule remove`. */
export interface RemoveOptions {
  readonly calendar?: StoreCalendar;
}

// ---------------------------------------------------------------------------------------------------------------
// import

/** `reviewclock schedule import FILE`: a notice's text read into schedule JSON, printed (nothing is kept). */
export async function runImport(file: string, options: NoticeOptions, context: CliContext): Promise<void> {
  const what = `schedule import ${inputName(file)}`;
  const text = await readInput(what, file, context);
  if (parseJson(text).ok) {
    throw new InvalidArgumentError(
      `${what}: the input is JSON, not a notice's text; a schedule JSON file is stored as it is with \`reviewclock schedule add ${inputName(file)}\``,
    );
  }
  const reading = readNotice(what, text, options, ScheduleStore.of(context.env));
  writeWarnings(context, reading.warnings);
  if (reading.amends !== null) {
    // The JSON is a schedule like any other: nothing in it says "amendment", so `schedule add` of it needs --amend.
    context.err(
      `reviewclock: note: this text amends the ${reading.amends} notice: \`reviewclock schedule add ${inputName(file)}\` keeps the text ` +
        `after that notice; to add this JSON instead, pass --amend (\`reviewclock schedule add FILE.json --amend\`), since ` +
        'schedule JSON without --amend is a whole year\n',
    );
  }
  writeJson(context, reading.schedule);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading input

function inputName(file: string): string {
  return file === '-' ? '-' : file;
}

/**
 * The text of FILE, or of stdin for `-`, at most {@link SCHEDULE_FILE_LIMIT} bytes.
 *
 * @throws {ScheduleFileError} When it is larger, or the file cannot be read.
 */
async function readInput(what: string, file: string, context: CliContext): Promise<string> {
  if (file !== '-') return readCappedFile(what, file);
  if (process.stdin.isTTY) context.err(`reviewclock: ${what}: reading from stdin (Ctrl-D to end)\n`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += buffer.length;
    if (size > SCHEDULE_FILE_LIMIT) {
      process.stdin.destroy();
      throw new ScheduleFileError(
        `${what}: stdin holds more than the ${formatSize(SCHEDULE_FILE_LIMIT)} a notice or a schedule file may hold`,
        '-',
        'too_large',
      );
    }
    chunks.push(buffer);
  }
  return withoutBom(Buffer.concat(chunks).toString('utf8'));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: Error } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

/** True for text that is meant as JSON (it starts with `{` or `[`), even if it does not parse. (readInput dropped a BOM.) */
function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

function readYearOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) {
    throw new InvalidArgumentError(`${option}: invalid year ${JSON.stringify(value)}, expected a year YYYY such as 2027`);
  }
  return Number(value);
}

/** What a notice's text gave. */
interface NoticeRead {
  readonly schedule: HolidaySchedule;
  readonly warnings: readonly NoticeWarning[];
  /** For an amendment: the year of the notice it amends (its own year). */
  readonly amends: number | null;
}

/** The notice of a year, to read an amendment against: the stored one, else the bundled one. */
function noticeOf(year: number, store: ScheduleStore): HolidaySchedule | undefined {
  const entry = store.entries('CN').find((e) => e.year === year);
  if (entry) return store.read(entry).schedules[0];
  return CN.definition.schedules?.find((schedule) => schedule.year === year);
}

/**
 * Reads a notice's text with `scheduleFromNotice`; an amendment that needs the notice it amends is read again
 * with that notice (stored, or bundled).
 *
 * @throws {NoticeParseError} Prefixed with `what`.
 */
function readNotice(what: string, text: string, options: NoticeOptions, store: ScheduleStore): NoticeRead {
  const year = readYearOption('--year', options.year);
  const base = { ...(year !== undefined && { year }), ...(options.url !== undefined && { url: options.url }) };
  let amend: HolidaySchedule | undefined;
  let reading: NoticeReading;
  try {
    try {
      reading = scheduleFromNotice(text, base);
    } catch (error) {
      if (!(error instanceof NoticeParseError) || error.amendsYear === null) throw error;
      // An amendment read against the notice it amends (an extension: of which span?): look that notice up.
      amend = noticeOf(error.amendsYear, store);
      if (!amend) {
        throw new NoticeParseError(
          `the text amends the ${error.amendsYear} notice, which is neither stored nor in the bundled calendar; ` +
            `add the ${error.amendsYear} notice first with \`reviewclock schedule add\``,
          null,
          error.amendsYear,
        );
      }
      reading = scheduleFromNotice(text, { ...base, amend });
    }
  } catch (error) {
    if (error instanceof NoticeParseError) throw new NoticeParseError(`${what}: ${error.message}`, error.sentence, error.amendsYear);
    throw error;
  }
  return { schedule: reading.schedule, warnings: reading.warnings, amends: reading.amends ? reading.schedule.year : null };
}

function writeWarnings(context: CliContext, warnings: readonly NoticeWarning[]): void {
  for (const warning of warnings) {
    const sentence = warning.sentence && !warning.message.includes(warning.sentence) ? ` (in: ${warning.sentence})` : '';
    context.err(`reviewclock: warning: ${oneLine(warning.message)}${sentence}\n`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// add

/** A year to store, as read from the input. */
interface Addition {
  readonly calendar: StoreCalendar;
  readonly year: number;
  /**
   * `year`: the year's schedules, its notice first (replacing the stored or bundled year, with --replace);
   * `amendment`: one more schedule for a year that is stored or bundled, kept after its notice.
   */
  readonly kind: 'year' | 'amendment';
  /** A notice's text (read and checked against the law by scheduleFromNotice), or schedule JSON. */
  readonly origin: 'text' | 'json';
  readonly schedules: readonly HolidaySchedule[];
  /** Each schedule's path in the input (its index in the input's array; `[]` for a single schedule). */
  readonly paths: readonly (readonly PropertyKey[])[];
}

/** `reviewclock schedule add FILE`: the notice or schedule JSON checked, then kept in the store. */
export async function runAdd(file: string, options: AddOptions, context: CliContext): Promise<void> {
  const store = ScheduleStore.of(context.env);
  const what = `schedule add ${inputName(file)}`;
  const text = await readInput(what, file, context);
  const json = parseJson(text);
  let additions: Addition[];
  let warnings: readonly NoticeWarning[] = [];
  if (json.ok) {
    if (options.year !== undefined || options.url !== undefined) {
      throw new InvalidArgumentError(
        `${what}: --year and --url are for a notice's text, and the input is schedule JSON; put the year and source.url in the JSON`,
      );
    }
    additions = additionsFromJson(what, json.value, options.calendar, options.amend === true);
  } else {
    if (looksLikeJson(text)) {
      throw new ScheduleFileError(
        `${what} is not valid JSON (${json.error.message}); expected a schedule object { year, source, holidays, ` +
          "makeupWorkdays }, an array of them, or a notice's text",
        file,
        'not_json',
      );
    }
    if (options.calendar === 'HK') {
      throw new InvalidArgumentError(
        `${what}: a State Council notice's text is for the CN calendar, not HK; add Hong Kong's gazetted list as schedule JSON with "calendar": "HK"`,
      );
    }
    const reading = readNotice(what, text, options, store);
    if (options.amend === true && reading.amends === null) {
      throw new InvalidArgumentError(
        `${what}: --amend is for schedule JSON; a notice's text says itself whether it amends a notice, and this one is the ` +
          `yearly notice ${quoteTitle(reading.schedule)}: leave out --amend (and pass --replace to replace a stored ${reading.schedule.year})`,
      );
    }
    warnings = reading.warnings;
    const schedule: HolidaySchedule = { ...reading.schedule, calendar: 'CN' };
    additions = [
      {
        calendar: 'CN',
        year: reading.amends ?? schedule.year,
        kind: reading.amends === null ? 'year' : 'amendment',
        origin: 'text',
        schedules: [schedule],
        paths: [[]],
      },
    ];
  }
  const plan = await planAdditions(what, additions, store, options.replace === true);
  // Everything is checked: write, in year order (each prefix of the writes leaves the store without a gap), each
  // year's file once (several amendments of one input may go to the same year).
  const files = new Map<string, string>();
  for (const addition of [...additions].sort((a, b) => a.year - b.year)) {
    const k = key(addition.calendar, addition.year);
    if (!files.has(k)) files.set(k, store.write(addition.calendar, addition.year, plan.years.get(k)!));
  }
  writeWarnings(context, [...warnings, ...plan.warnings]);
  let out = '';
  for (const addition of additions) {
    const label = addition.kind === 'amendment' ? `an amendment to ${addition.calendar} ${addition.year}` : `${addition.calendar} ${addition.year}`;
    const replaced = plan.replaced.get(addition);
    out += `Stored ${label} in ${files.get(key(addition.calendar, addition.year))!}${replaced ? `, replacing ${describeReplaced(replaced)}` : ''}:\n`;
    for (const schedule of addition.schedules) out += `  ${describeSchedule(schedule)}\n`;
  }
  for (const [calendar, built] of plan.calendars) out += `${calendar} now covers ${coveredYearsText(built)}.\n`;
  context.out(out);
}

function key(calendar: StoreCalendar, year: number): string {
  return `${calendar}-${year}`;
}

/** `"title" (address): 7 holidays, 6 make-up working days`. */
function describeSchedule(schedule: HolidaySchedule): string {
  const holidays = schedule.holidays.length;
  const makeup = schedule.makeupWorkdays.length;
  const url = schedule.source.url ? ` (${schedule.source.url})` : ' (no address)';
  return (
    `${schedule.source.title}${url}: ${holidays} ${holidays === 1 ? 'holiday' : 'holidays'}, ` +
    `${makeup} make-up working ${makeup === 1 ? 'day' : 'days'}`
  );
}

/** `1 amendment`, `2 amendments`. */
function amendmentsText(count: number): string {
  return `${count} ${count === 1 ? 'amendment' : 'amendments'}`;
}

/** What a year holds, for messages: `its notice "T" and 1 amendment ("A")`, `its notice "T" (no amendments)`. */
function yearContents(schedules: readonly HolidaySchedule[]): string {
  const notice = schedules[0];
  if (!notice) return 'its schedule';
  return `its notice ${quoteTitle(notice)}${amendmentsOf(schedules) || ' (no amendments)'}`;
}

/** `' and 1 amendment ("A")'`, or nothing for a year without amendments. */
function amendmentsOf(schedules: readonly HolidaySchedule[]): string {
  const amendments = schedules.slice(1);
  return amendments.length ? ` and ${amendmentsText(amendments.length)} (${amendments.map(quoteTitle).join(', ')})` : '';
}

/** `', its 1 amendment included'`, or nothing for a year without amendments. */
function withAmendments(schedules: readonly HolidaySchedule[]): string {
  return schedules.length > 1 ? `, its ${amendmentsText(schedules.length - 1)} included` : '';
}

/** What an addition replaced (--replace): a stored or bundled year, or one amendment with the same source. */
interface Replaced {
  readonly where: 'stored' | 'bundled';
  readonly calendar: StoreCalendar;
  readonly year: number;
  /** The year's schedules (notice first), or the one amendment replaced. */
  readonly schedules: readonly HolidaySchedule[];
  readonly amendment: boolean;
}

/** `the stored CN 2027: its notice "T" and 1 amendment ("A")`, `the stored amendment "A"`. */
function describeReplaced(replaced: Replaced): string {
  if (replaced.amendment) return `the ${replaced.where} amendment ${quoteTitle(replaced.schedules[0]!)}`;
  return `the ${replaced.where} ${replaced.calendar} ${replaced.year}, ${yearContents(replaced.schedules)}`;
}

/**
 * The years of schedule JSON: each entry checked with the schedule schema (every problem with its path in the
 * input), then grouped by calendar and year in input order (a notice, then its amendments). With `--amend`, each
 * entry is an amendment of its own, kept after its year's notice.
 *
 * An entry without a `"calendar"` field (and no --calendar) is a mainland one; if it looks like Hong Kong's and is
 * not a lawful mainland year, it is refused here, before anything about the stored years is said (which would offer
 * --replace or --amend for a file that is not mainland data at all).
 *
 * @param calendar - The --calendar option: the calendar of entries without a `"calendar"` field (default `CN`).
 */
function additionsFromJson(
  what: string,
  value: unknown,
  calendarOption: StoreCalendar | undefined,
  amend: boolean,
): Addition[] {
  const defaultCalendar = calendarOption ?? 'CN';
  const isArray = Array.isArray(value);
  const list: unknown[] = isArray ? value : [value];
  if (list.length === 0) {
    throw new ScheduleValidationError(what, [{ path: [], message: 'the array is empty; expected one schedule or more' }]);
  }
  const issues: InputIssue[] = [];
  const amendments: Addition[] = [];
  const groups = new Map<string, { calendar: StoreCalendar; year: number; schedules: HolidaySchedule[]; paths: PropertyKey[][] }>();
  list.forEach((item, index) => {
    const path: PropertyKey[] = isArray ? [index] : [];
    const result = checkSchedule(item);
    if ('issues' in result) {
      for (const issue of result.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
      return;
    }
    const { schedule } = result;
    const calendar = schedule.calendar ?? defaultCalendar;
    if (!(STORE_CALENDARS as readonly string[]).includes(calendar)) {
      issues.push({
        path: [...path, 'calendar'],
        code: 'calendar_mismatch',
        message: `${JSON.stringify(calendar)} is not a calendar schedules are kept for; expected "CN" or "HK"`,
      });
      return;
    }
    const stored = { ...schedule, calendar } as HolidaySchedule;
    if (schedule.calendar === undefined && calendarOption === undefined) refuseUnmarkedHongKong(what, stored, path);
    if (amend) {
      amendments.push({ calendar: calendar as StoreCalendar, year: schedule.year, kind: 'amendment', origin: 'json', schedules: [stored], paths: [path] });
      return;
    }
    const k = key(calendar as StoreCalendar, schedule.year);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { calendar: calendar as StoreCalendar, year: schedule.year, schedules: [], paths: [] }));
    group.schedules.push(stored);
    group.paths.push(path);
  });
  if (issues.length) throw new ScheduleValidationError(what, issues);
  if (amend) return amendments;
  return [...groups.values()].map((group) => ({ ...group, kind: 'year' as const, origin: 'json' as const }));
}

/** The store after the additions, checked: each calendar touched builds with all of its years. */
interface AdditionPlan {
  /** Every year's schedules to write, by `CN-2027`. */
  readonly years: ReadonlyMap<string, readonly HolidaySchedule[]>;
  /** Each calendar touched, as it is with the additions. */
  readonly calendars: ReadonlyMap<StoreCalendar, Calendar>;
  /** What each addition replaces (with --replace), when it replaces anything. */
  readonly replaced: ReadonlyMap<Addition, Replaced>;
  /** The doubts of the check against the holiday law of the mainland schedules read from JSON. */
  readonly warnings: readonly NoticeWarning[];
}

/** A mainland schedule from JSON to check against the holiday law, with the schedules it is applied after. */
interface LawCheck {
  readonly addition: Addition;
  readonly schedule: HolidaySchedule;
  readonly path: readonly PropertyKey[];
  /** The year's schedules before it (its notice and earlier amendments); empty for a year's notice. */
  readonly prior: readonly HolidaySchedule[];
}

function sameSource(a: HolidaySchedule, b: HolidaySchedule): boolean {
  return a.source.title === b.source.title && a.source.url === b.source.url;
}

async function planAdditions(what: string, additions: readonly Addition[], store: ScheduleStore, replace: boolean): Promise<AdditionPlan> {
  const years = new Map<string, readonly HolidaySchedule[]>();
  const calendars = new Map<StoreCalendar, Calendar>();
  const replaced = new Map<Addition, Replaced>();
  const warnings: NoticeWarning[] = [];
  for (const calendar of STORE_CALENDARS) {
    const mine = additions.filter((addition) => addition.calendar === calendar);
    if (mine.length === 0) continue;
    const base = await bundledCalendar(calendar);
    const firstBundled = Number(base.coverage.from.slice(0, 4));
    const lastBundled = Number(base.coverage.to.slice(0, 4));
    const bundledYear = (year: number) => year >= firstBundled && year <= lastBundled;
    // The stored years, read and checked (a broken file stops everything, naming itself).
    const stored = new Map(store.years(calendar).map((year) => [year.year, year] as const));
    // What each year will hold, and whose schedules they are (the input's, with their paths, or a stored file's).
    const next = new Map<number, { schedules: HolidaySchedule[]; owners: Array<{ path: readonly PropertyKey[] } | StoredYear> }>();
    for (const [year, storedYear] of stored) next.set(year, { schedules: [...storedYear.schedules], owners: storedYear.schedules.map(() => storedYear) });
    const checks: LawCheck[] = [];
    for (const addition of mine) {
      const existing = stored.get(addition.year);
      if (addition.kind === 'year') {
        const single = addition.origin === 'json' && addition.schedules.length === 1;
        const noun = addition.origin === 'text' ? 'notice' : single ? 'schedule' : 'input';
        if (existing && !replace) {
          throw new InvalidArgumentError(
            `${what}: ${calendar} ${addition.year} is already stored in ${existing.file} (${yearContents(existing.schedules)}); ` +
              `pass --replace to replace the whole year with this ${noun}${withAmendments(existing.schedules)}` +
              (single ? ', or --amend to keep this schedule after the stored notice, as an amendment' : '') +
              `; or remove the year first with \`${removeCommand(calendar, addition.year)}\``,
          );
        }
        const bundled = bundledSchedules(base, addition.year);
        if (!existing && bundledYear(addition.year) && !replace) {
          throw new InvalidArgumentError(
            `${what}: ${addition.year} is already in the bundled ${calendar} calendar (${coveredYearsText(base)})` +
              `${bundled.length ? `, from ${quoteTitle(bundled[0]!)}${amendmentsOf(bundled)}` : ''}; pass --replace to replace the bundled ${addition.year} ` +
              `with this ${noun} for every command${withAmendments(bundled)}` +
              (single && bundled.length ? ', or --amend to keep this schedule after the bundled notice, as an amendment' : ''),
          );
        }
        if (existing) replaced.set(addition, { where: 'stored', calendar, year: addition.year, schedules: existing.schedules, amendment: false });
        else if (bundledYear(addition.year)) replaced.set(addition, { where: 'bundled', calendar, year: addition.year, schedules: bundled, amendment: false });
        next.set(addition.year, { schedules: [...addition.schedules], owners: addition.paths.map((path) => ({ path })) });
        addition.schedules.forEach((schedule, index) =>
          checks.push({ addition, schedule, path: addition.paths[index]!, prior: addition.schedules.slice(0, index) }),
        );
        continue;
      }
      // An amendment: after the year's notice (and earlier amendments), stored or bundled.
      const schedule = addition.schedules[0]!;
      const current = next.get(addition.year) ?? seedFromBundled(base, addition.year);
      if (!current) {
        throw new InvalidArgumentError(
          addition.origin === 'text'
            ? `${what}: the text amends the ${calendar} ${addition.year} notice, which is not stored; add the ${addition.year} notice first`
            : `${what}: --amend keeps a schedule after its year's notice, but no ${calendar} ${addition.year} notice is stored` +
                `${calendar === 'CN' ? ' or bundled' : ''} (${calendar} covers ${coveredYearsText(base)} bundled` +
                `${stored.size ? `, stored ${[...stored.keys()].join(', ')}` : ''}); add the ${addition.year} notice first, or leave out ` +
                '--amend to add this schedule as the whole year',
        );
      }
      const where = existing ? `stored in ${existing.file}` : `in the bundled ${calendar} calendar`;
      if (sameSource(current.schedules[0]!, schedule)) {
        throw new InvalidArgumentError(
          `${what}: this schedule (${quoteTitle(schedule)}) has the title and address of the ${calendar} ${addition.year} notice ` +
            `${where}: it is that notice, not an amendment to it; to replace the whole year with it, pass --replace without --amend`,
        );
      }
      const same = current.schedules.findIndex((s, index) => index > 0 && sameSource(s, schedule));
      if (same >= 0 && !replace) {
        throw new InvalidArgumentError(
          `${what}: this amendment (${quoteTitle(schedule)}) is already ${where}; pass --replace to replace it with this reading`,
        );
      }
      const owner = { path: addition.paths[0]! };
      checks.push({ addition, schedule, path: owner.path, prior: current.schedules.slice(0, same >= 0 ? same : current.schedules.length) });
      if (same >= 0) {
        replaced.set(addition, {
          where: existing ? 'stored' : 'bundled',
          calendar,
          year: addition.year,
          schedules: [current.schedules[same]!],
          amendment: true,
        });
        current.schedules[same] = schedule;
        current.owners[same] = owner;
      } else {
        current.schedules.push(schedule);
        current.owners.push(owner);
      }
      next.set(addition.year, current);
    }
    const sortedYears = [...next.keys()].sort((a, b) => a - b);
    const list: HolidaySchedule[] = [];
    const owners: Array<{ path: readonly PropertyKey[] } | StoredYear> = [];
    for (const year of sortedYears) {
      const { schedules, owners: yearOwners } = next.get(year)!;
      list.push(...schedules);
      owners.push(...yearOwners);
    }
    let built: Calendar;
    try {
      built = withSchedules(base, list, { replace: sortedYears.some(bundledYear) });
    } catch (error) {
      if (!(error instanceof ScheduleValidationError)) throw error;
      throw refusal(what, error.issues, owners);
    }
    // The calendar builds: the mainland schedules from JSON must also hold under the holiday law, as a notice's text
    // does (scheduleFromNotice checks it while reading). Hong Kong has no such law to check against.
    if (calendar === 'CN') {
      for (const check of checks) {
        if (check.addition.origin === 'json') warnings.push(...checkAgainstLaw(what, check, replaced.get(check.addition)));
      }
    }
    calendars.set(calendar, built);
    for (const addition of mine) years.set(key(calendar, addition.year), next.get(addition.year)!.schedules);
  }
  return { years, calendars, replaced, warnings };
}

/** The bundled schedules of a year (notice, then amendments), with the calendar's id; none for a calendar without schedules (HK). */
function bundledSchedules(base: Calendar, year: number): HolidaySchedule[] {
  return (base.definition.schedules ?? []).filter((schedule) => schedule.year === year).map((schedule) => ({ ...schedule, calendar: base.id }));
}

/** A bundled year's schedules (notice and amendments), to keep an amendment after them. */
function seedFromBundled(base: Calendar, year: number): { schedules: HolidaySchedule[]; owners: Array<{ path: readonly PropertyKey[] }> } | undefined {
  const schedules = bundledSchedules(base, year);
  if (schedules.length === 0) return undefined;
  return { schedules, owners: schedules.map(() => ({ path: [] })) };
}

function quoteTitle(schedule: HolidaySchedule): string {
  return `"${schedule.source.title}"`;
}

/** The library's function name at the head of its messages, left out at the terminal. */
const LAW_CHECK_PREFIX = /^checkScheduleAgainstLaw: /;

/** Library wording in CLI terms. */
function lawMessageInCliTerms(message: string): string {
  return oneLine(message.replace(LAW_CHECK_PREFIX, '')).replace(/\boptions\.amend\b/g, "the year's notice");
}

/** `the CN 2027 schedule (item 1 of the array)`, `the amendment to CN 2027 "A"`. */
function checkedName(check: LawCheck): string {
  const item = check.path.length ? ` (item ${String(check.path[0])} of the array)` : '';
  const { calendar, year } = check.addition;
  return check.prior.length
    ? `the amendment ${quoteTitle(check.schedule)} to ${calendar} ${year}${item}`
    : `the ${calendar} ${year} schedule${item}`;
}

/**
 * Checks one mainland schedule from JSON against the holiday law (as an amendment of the schedules before it, if
 * any), like a notice's text.
 *
 * @returns Its doubts, each naming the input and the schedule.
 * @throws {NoticeParseError} Naming the input, the schedule and what does not hold; with a hint when it looks like
 *   Hong Kong's (no "calendar": "HK"), or like an amendment given as a whole year with --replace.
 */
function checkAgainstLaw(what: string, check: LawCheck, replaced: Replaced | undefined): NoticeWarning[] {
  let found: readonly NoticeWarning[];
  try {
    found = checkScheduleAgainstLaw(check.schedule, check.prior.length ? { amend: asOneSchedule(check.prior) } : {});
  } catch (error) {
    if (!(error instanceof NoticeParseError)) throw error;
    throw new NoticeParseError(
      `${what}: ${checkedName(check)} does not hold under the mainland holiday law: ${lawMessageInCliTerms(error.message)}` +
        lawHint(check, replaced),
      error.sentence,
      error.amendsYear,
    );
  }
  const warnings = found.map((warning) => ({ ...warning, message: `${what}: ${checkedName(check)}: ${lawMessageInCliTerms(warning.message)}` }));
  // Lawful (more days off are), but stated as mainland data while it reads like Hong Kong's: say so.
  const look = hongKongLook(check.schedule);
  if (look !== undefined) {
    warnings.push({
      code: 'looks_like_hong_kong',
      message:
        `${what}: ${checkedName(check)} is kept for the mainland (CN) calendar, but it looks like a Hong Kong schedule (${look}); ` +
        `if it is one, remove it (\`${removeCommand('CN', check.addition.year)}\`, then add back what else the year held) and add the file ` +
        'again with "calendar": "HK"',
      sentence: null,
    });
  }
  return warnings;
}

/**
 * Refuses a schedule read as mainland for want of a `"calendar"` field that looks like Hong Kong's and does not hold
 * under the mainland holiday law as a year.
 *
 * @throws {NoticeParseError} Naming the input, the law's objection, and `"calendar": "HK"`.
 */
function refuseUnmarkedHongKong(what: string, schedule: HolidaySchedule, path: readonly PropertyKey[]): void {
  const look = hongKongLook(schedule);
  if (look === undefined) return;
  try {
    checkScheduleAgainstLaw(schedule);
  } catch (error) {
    if (!(error instanceof NoticeParseError)) throw error;
    const item = path.length ? ` (item ${String(path[0])} of the array)` : '';
    throw new NoticeParseError(
      `${what}: the CN ${schedule.year} schedule${item} does not hold under the mainland holiday law: ${lawMessageInCliTerms(error.message)}; ` +
        `it has no "calendar" field, so it was read as a mainland (CN) schedule, but it looks like a Hong Kong one (${look}): ` +
        'if it is, set "calendar": "HK" in the file, or pass --calendar HK',
      error.sentence,
      error.amendsYear,
    );
  }
}

/** What to do about a schedule the law check refuses, when the refusal likely has another cause. */
function lawHint(check: LawCheck, replaced: Replaced | undefined): string {
  const look = hongKongLook(check.schedule);
  if (look !== undefined) return `; it looks like a Hong Kong schedule (${look}): if it is one, set "calendar": "HK" in the file`;
  // A single schedule given as a whole year, in place of a stored or bundled year: was it an amendment?
  if (check.addition.kind === 'year' && check.addition.schedules.length === 1 && replaced && replaced.schedules.length > 0) {
    try {
      checkScheduleAgainstLaw(check.schedule, { amend: asOneSchedule(replaced.schedules) });
      return (
        `; it does hold as an amendment to the ${replaced.where} ${replaced.calendar} ${replaced.year} notice: to keep it after ` +
        'that notice, pass --amend instead of --replace'
      );
    } catch {
      return '';
    }
  }
  return '';
}

const HONG_KONG_WORDS = /Christmas|Easter|Good Friday|Buddha|Chung Yeung|Tuen Ng|Ching Ming|HKSAR|Lunar New Year|圣诞|復活|复活|耶稣受难|耶穌受難|佛诞|佛誕|重阳|重陽|香港|农历年初|農曆年初/;
const SPRING_FESTIVAL = /Spring Festival|春节|春節/;

/**
 * Why a schedule reads like a year of Hong Kong general holidays, or `undefined`: no make-up working days, and Hong
 * Kong holiday names, or at least ten holidays without a Spring Festival span (a mainland year has six or seven spans,
 * one of them the Spring Festival).
 *
 * @example
 * hongKongLook(hk2027) //=> 'holidays such as "Lunar New Year", no make-up working days'
 */
function hongKongLook(schedule: HolidaySchedule): string | undefined {
  if (schedule.makeupWorkdays.length > 0) return undefined;
  const names = schedule.holidays.map((holiday) => `${holiday.name} ${holiday.nameZh ?? ''}`);
  const hongKong = schedule.holidays.find((holiday) => HONG_KONG_WORDS.test(`${holiday.name} ${holiday.nameZh ?? ''}`));
  if (hongKong) return `holidays such as "${hongKong.name}", no make-up working days`;
  if (schedule.holidays.length >= 10 && !names.some((name) => SPRING_FESTIVAL.test(name))) {
    return `${schedule.holidays.length} holidays, none of them the Spring Festival, no make-up working days`;
  }
  return undefined;
}

/** A PlainDate as a day number, and back (UTC arithmetic only: the same under every TZ). */
function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}
function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A year's notice and amendments as one schedule, each later one winning on the days it sets (as the calendar applies
 * them): what a further amendment is checked against.
 */
function asOneSchedule(schedules: readonly HolidaySchedule[]): HolidaySchedule {
  if (schedules.length === 1) return schedules[0]!;
  const days = new Map<number, { readonly name: string; readonly nameZh: string | undefined } | 'work'>();
  for (const schedule of schedules) {
    for (const holiday of schedule.holidays) {
      for (let day = dayOf(holiday.from); day <= dayOf(holiday.to); day++) days.set(day, { name: holiday.name, nameZh: holiday.nameZh });
    }
    for (const date of schedule.makeupWorkdays) days.set(dayOf(date), 'work');
  }
  const holidays: Array<{ name: string; nameZh?: string; from: string; to: string }> = [];
  const makeupWorkdays: string[] = [];
  let run: { name: string; nameZh: string | undefined; from: number; to: number } | undefined;
  const flush = () => {
    if (run) holidays.push({ name: run.name, ...(run.nameZh !== undefined && { nameZh: run.nameZh }), from: dateOf(run.from), to: dateOf(run.to) });
    run = undefined;
  };
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const state = days.get(day)!;
    if (state === 'work') {
      flush();
      makeupWorkdays.push(dateOf(day));
    } else if (run && run.to === day - 1 && run.name === state.name && run.nameZh === state.nameZh) {
      run.to = day;
    } else {
      flush();
      run = { ...state, from: day, to: day };
    }
  }
  flush();
  const last = schedules[schedules.length - 1]!;
  return {
    year: last.year,
    ...(last.calendar !== undefined && { calendar: last.calendar }),
    source: { title: schedules.map((schedule) => schedule.source.title).join(' + '), url: last.source.url },
    holidays,
    makeupWorkdays,
  };
}

/** The error for a plan that does not build: the input's problems at their paths, or else the stored file at fault. */
function refusal(what: string, issues: readonly InputIssue[], owners: ReadonlyArray<{ path: readonly PropertyKey[] } | StoredYear>): Error {
  const mine: InputIssue[] = [];
  for (const issue of issues) {
    const owner = owners[issue.path[0] as number];
    if (owner && 'path' in owner) mine.push({ ...issue, path: [...owner.path, ...issue.path.slice(1)], message: addHint(issue) });
  }
  if (mine.length) return new ScheduleValidationError(what, mine);
  const owner = owners[issues[0]!.path[0] as number] as StoredYear;
  return storedScheduleError(
    owner,
    issues.filter((issue) => owners[issue.path[0] as number] === owner).map((issue) => ({ ...issue, path: issue.path.slice(1) })),
  );
}

function addHint(issue: InputIssue): string {
  if (issue.code === 'year_gap') return `${issue.message} (add them first, or in one array with this one)`;
  return issue.message;
}

// ---------------------------------------------------------------------------------------------------------------
// list

interface ListedSchedule {
  readonly calendar: StoreCalendar;
  readonly year: number;
  readonly title: string;
  readonly url: string;
  readonly file: string;
  /** False for a year's notice (the first schedule of its file), true for its amendments. */
  readonly amendment: boolean;
}

interface Coverage {
  readonly calendar: StoreCalendar;
  readonly from: string;
  readonly to: string;
  readonly bundled: { readonly from: string; readonly to: string };
  readonly storedYears: readonly number[];
}

/** `reviewclock schedule list`: the stored schedules and the years each calendar covers with them. */
export async function runList(options: ListOptions, context: CliContext): Promise<void> {
  const store = ScheduleStore.of(context.env);
  const schedules: ListedSchedule[] = [];
  const coverage: Coverage[] = [];
  for (const calendar of STORE_CALENDARS) {
    const years = store.years(calendar);
    const base = await bundledCalendar(calendar);
    const built = extendWithStored(base, years);
    for (const year of years) {
      year.schedules.forEach((schedule, index) =>
        schedules.push({
          calendar,
          year: year.year,
          title: schedule.source.title,
          url: schedule.source.url,
          file: year.file,
          amendment: index > 0,
        }),
      );
    }
    coverage.push({ calendar, ...built.coverage, bundled: base.coverage, storedYears: years.map((year) => year.year) });
  }
  if (options.json) return writeJson(context, { directory: store.directory, schedules, coverage });
  let out = '';
  if (schedules.length === 0) out += `No schedules stored in ${store.directory}.\n`;
  else {
    const rows = schedules.map((s) => [
      s.calendar,
      String(s.year),
      s.amendment ? `(amendment) ${s.title}` : s.title,
      s.url || '(no address)',
      s.file,
    ]);
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
    for (const row of rows) {
      out += `${row.map((cell, column) => (column < 4 ? cell + ' '.repeat(widths[column]! - displayWidth(cell)) : cell)).join('  ')}\n`;
    }
  }
  for (const c of coverage) {
    const bundled = `${c.bundled.from.slice(0, 4)}–${c.bundled.to.slice(0, 4)}`;
    const stored = c.storedYears.length ? `stored ${c.storedYears.join(', ')}` : 'nothing stored';
    out += `${c.calendar} covers ${c.from.slice(0, 4)}–${c.to.slice(0, 4)} (bundled ${bundled}; ${stored}).\n`;
  }
  context.out(out);
}

/** Terminal columns of a text: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

// ---------------------------------------------------------------------------------------------------------------
// remove

/** `reviewclock schedule remove YEAR`: a stored year deleted, unless a later stored year needs it. */
export async function runRemove(yearText: string, options: RemoveOptions, context: CliContext): Promise<void> {
  const calendar = options.calendar ?? 'CN';
  if (!/^\d{4}$/.test(yearText)) {
    throw new InvalidArgumentError(`schedule remove: invalid year ${JSON.stringify(yearText)}, expected a year YYYY such as 2027`);
  }
  const year = Number(yearText);
  const store = ScheduleStore.of(context.env);
  const entries = store.entries(calendar);
  const entry = entries.find((e) => e.year === year);
  if (!entry) {
    const stored = entries.map((e) => e.year);
    throw new InvalidArgumentError(
      `schedule remove: no ${calendar} schedule for ${year} is stored in ${store.directory}` +
        (stored.length ? ` (stored ${calendar} years: ${stored.join(', ')}; see \`reviewclock schedule list\`)` : ` (no ${calendar} year is stored)`),
    );
  }
  const base = await bundledCalendar(calendar);
  const firstBundled = Number(base.coverage.from.slice(0, 4));
  const lastBundled = Number(base.coverage.to.slice(0, 4));
  const remaining = entries.filter((e) => e !== entry).map((e) => e.year);
  // The years covered afterwards must still be consecutive: the bundled ones and the stored ones left.
  const later = remaining.filter((y) => y > year && y > lastBundled);
  const earlier = remaining.filter((y) => y < year && y < firstBundled);
  if ((year > lastBundled && later.length) || (year < firstBundled && earlier.length)) {
    const needing = year > lastBundled ? later : earlier;
    const next = year > lastBundled ? Math.max(...needing) : Math.min(...needing);
    throw new InvalidArgumentError(
      `schedule remove: removing ${calendar} ${year} would leave a gap: the stored ${needing.join(', ')} ` +
        `${needing.length === 1 ? 'follows' : 'follow'} it, and a calendar covers consecutive years; remove ${next} first ` +
        `(\`${removeCommand(calendar, next)}\`)`,
    );
  }
  const summary = describeRemoved(store, entry);
  store.remove(entry);
  const years = [firstBundled, lastBundled, ...remaining];
  const from = Math.min(...years);
  const to = Math.max(...years);
  context.out(`Removed ${calendar} ${year}${summary} from ${entry.file}.\n${calendar} now covers ${from}–${to}.\n`);
}

/** What a file held, for the message: `' ("title" and 1 amendment)'`, or nothing for a file that cannot be read. */
function describeRemoved(store: ScheduleStore, entry: StoreEntry): string {
  try {
    const { schedules } = store.read(entry);
    const amendments = schedules.length - 1;
    return ` (${quoteTitle(schedules[0]!)}${amendments ? ` and ${amendments} ${amendments === 1 ? 'amendment' : 'amendments'}` : ''})`;
  } catch {
    return ' (a file that could not be read)';
  }
}
