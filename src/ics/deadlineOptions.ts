/**
 * Reading the options of `deadlineToICS` and `deadlinesToICS`: an application's title and id, and the reminders.
 * Every refusal is a typed error naming the function, the field, the value and what would be right.
 *
 * @module
 */
import { readCalendar, type Calendar } from '../calendar/Calendar.js';
import { CalendarRequiredError, InvalidArgumentError, denseEntries, describeValue } from '../errors.js';

/**
 * Reminders before each due date: `VALARM`s that fire at 09:00 China time (UTC+8) on the working day that many
 * working days before the due date, counted on the calendar the deadline was counted on.
 */
export interface IcsReminder {
  /**
   * How many working days before the due date: a whole number from 0 (on the due date itself) up, or several
   * (`[10, 2]`: two reminders), each once.
   */
  readonly workingDays: number | readonly number[];
  /**
   * The calendar the deadline was counted on (its `id` must be the result's `calendar`), e.g. `CN`, or `HK` from
   * `'reviewclock/hk'`, with the same schedules or projection the result was counted with. Give `calendar` or
   * `calendars`.
   */
  readonly calendar?: Calendar | undefined;
  /**
   * Several calendars, for deadlines counted on different ones (mainland and Hong Kong): each deadline's reminders
   * are counted on the calendar whose `id` is its result's `calendar`. No two with the same `id`.
   */
  readonly calendars?: readonly Calendar[] | undefined;
}

/** The reminders, read: the offsets in working days and the calendars by id. */
export interface ReadReminder {
  readonly days: readonly number[];
  readonly calendars: ReadonlyMap<string, Calendar>;
  /** Where they were given, e.g. `'options.remind'`, for messages. */
  readonly label: string;
}

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: none may be in a title or an id. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Half of a surrogate pair without the other half: not a character, and no UTF-8 encoding has it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Reads an options object: undefined gives `{}`; anything else must be a plain object with only the keys named.
 *
 * @param what - The object in messages, e.g. `'deadlineToICS: options'`.
 * @param example - An example of the object, for messages.
 * @param noun - What its keys are, for messages: `'option'` or `'field'`.
 */
export function readStrictObject(what: string, value: unknown, keys: readonly string[], example: string, noun = 'option'): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${what} must be an object like ${example}, received ${describeValue(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new InvalidArgumentError(`${what}.${key} is not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}: the ${noun}s are ${listOf(keys)}, e.g. ${example}`);
    }
  }
  return value as Record<string, unknown>;
}

function listOf(keys: readonly string[]): string {
  return keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)!}`;
}

/**
 * Reads a title or an id: undefined, or one line of text that is not blank, holds no control character nor half a
 * surrogate pair, and does not begin or end with white space (`'ABC-123'` and `'ABC-123 '` would be two applications).
 *
 * @param what - The field in messages, e.g. `'deadlineToICS: options.title'`.
 * @param meaning - What the field is, e.g. `"the application's name, e.g. \"ABC-123 IND\""`.
 */
export function readLine(what: string, value: unknown, meaning: string): string | undefined {
  if (value === undefined) return undefined;
  const refuse = (why: string): never => {
    throw new InvalidArgumentError(`${what} must be ${meaning}: one line of text${why}, received ${describeValue(value)}`);
  };
  if (typeof value !== 'string') refuse('');
  const text = value as string;
  if (!text.trim()) refuse(', not empty');
  if (CONTROL.test(text)) refuse(' without control characters (no line break, tab or escape)');
  if (LONE_SURROGATE.test(text)) refuse(' of whole characters (it holds half of a UTF-16 surrogate pair)');
  if (text.trim() !== text) refuse(' without spaces at its start or end');
  return text;
}

/**
 * Reads the reminders.
 *
 * @param fn - The public function, for messages.
 * @param label - Where they are given, e.g. `'options.remind'`.
 * @returns Undefined when `value` is undefined (no reminder).
 */
export function readReminder(fn: string, label: string, value: unknown): ReadReminder | undefined {
  if (value === undefined) return undefined;
  const what = `${fn}: ${label}`;
  const remind = readStrictObject(what, value, ['workingDays', 'calendar', 'calendars'], '{ workingDays: 5, calendar: CN }');
  const days = readReminderDays(`${what}.workingDays`, remind['workingDays']);
  const { calendar, calendars } = remind;
  if ((calendar === undefined) === (calendars === undefined)) {
    throw new InvalidArgumentError(
      `${what} needs ${calendar === undefined ? 'the calendar the deadline was counted on, as calendar (e.g. { workingDays: 5, calendar: CN }) or calendars (e.g. [CN, HK])' : 'calendar or calendars, not both'}`,
    );
  }
  const list: Calendar[] = [];
  if (calendar !== undefined) {
    list.push(readCalendar(fn, calendar, `${label}.calendar`));
  } else {
    if (!Array.isArray(calendars) || calendars.length === 0) {
      throw new InvalidArgumentError(`${what}.calendars must be a non-empty array of calendars such as [CN, HK], received ${Array.isArray(calendars) ? 'an empty array' : describeValue(calendars)}`);
    }
    denseEntries(`${what}.calendars`, calendars).forEach((entry, index) => list.push(readCalendar(fn, entry, `${label}.calendars[${index}]`)));
  }
  const byId = new Map<string, Calendar>();
  list.forEach((entry, index) => {
    if (byId.has(entry.id)) {
      throw new InvalidArgumentError(
        `${what}.calendars[${index}] has the id ${describeValue(entry.id)} of a calendar before it; a deadline's reminders are counted on the calendar with its calendar's id, so give one calendar per id`,
      );
    }
    byId.set(entry.id, entry);
  });
  return { days, calendars: byId, label };
}

/** A whole number of working days from 0 up, or a non-empty list of distinct ones. */
function readReminderDays(what: string, value: unknown): number[] {
  const expected = 'a whole number of working days before the due date, from 0 (on the due date) up';
  const one = (entry: unknown, where: string): number => {
    if (typeof entry !== 'number' || !Number.isSafeInteger(entry) || entry < 0) {
      throw new InvalidArgumentError(`${where} must be ${expected}, received ${describeValue(entry)}`);
    }
    return entry;
  };
  if (!Array.isArray(value)) {
    if (typeof value === 'number') return [one(value, what)];
    throw new InvalidArgumentError(`${what} must be ${expected} (e.g. 5), or a list of them (e.g. [10, 2]), received ${describeValue(value)}`);
  }
  if (value.length === 0) throw new InvalidArgumentError(`${what} must list at least one number of working days, e.g. [10, 2], received an empty array`);
  const days = denseEntries(what, value).map((entry, index) => one(entry, `${what}[${index}]`));
  days.forEach((day, index) => {
    const first = days.indexOf(day);
    if (first !== index) throw new InvalidArgumentError(`${what}[${index}] is ${day} again, as workingDays[${first}]; give each reminder once`);
  });
  return days;
}

/**
 * The calendar to count a deadline's reminders on: the one whose id is the calendar the deadline was counted on.
 *
 * @param fn - The public function (and entry), for messages.
 * @param counted - The result's `calendar`, e.g. `'CN'`.
 * @throws {CalendarRequiredError} When no calendar given has that id.
 */
export function reminderCalendar(fn: string, remind: ReadReminder, counted: string): Calendar {
  const calendar = remind.calendars.get(counted);
  if (calendar) return calendar;
  const given = [...remind.calendars.keys()];
  const hint = counted === 'HK' ? " (HK from 'reviewclock/hk')" : counted === 'CN' ? " (CN from 'reviewclock')" : '';
  throw new CalendarRequiredError(
    `${fn}: the deadline was counted on the ${counted} calendar, but ${remind.label} ${given.length === 1 ? `is the ${given[0]!} calendar` : `has the calendars ${given.join(', ')}`}; ` +
      `pass the calendar it was counted on${hint}, so that its reminders are counted in the same working days`,
    counted,
  );
}
