/**
 * Options shared by several commands: their definitions and value lists. The readers that turn their text into
 * library arguments are in `readers.ts`, loaded with the commands: defining the commands loads nothing of the
 * library.
 *
 * @module
 */
import { Option, type Command } from 'commander';

/** The languages the CLI prints in. */
export type Lang = 'en' | 'zh';

/** The languages accepted by `--lang`. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Option values every command may receive. */
export interface CommonOptions {
  readonly json?: boolean;
  readonly lang?: Lang;
  readonly calendar?: string;
  readonly schedule?: readonly string[];
  readonly project?: true | string;
  /** False with `--no-stored-schedules`. */
  readonly storedSchedules?: boolean;
  /** `--policies FILE` (repeatable): a team's own policies. */
  readonly policies?: readonly string[];
}

/** Appends a repeated option's value to the list so far (commander's collect pattern). */
export function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The calendars `--calendar` accepts. */
export const CALENDAR_IDS = ['CN', 'HK', 'CN+HK'] as const;

/** The calendars the schedule store keeps schedules for (`schedule add|remove --calendar`). */
export const STORE_CALENDARS = ['CN', 'HK'] as const;

/** A calendar the schedule store keeps schedules for. */
export type StoreCalendar = (typeof STORE_CALENDARS)[number];

/** Adds `--calendar`. */
export function addCalendarOption(command: Command, description = 'the calendar to count on'): Command {
  return command.addOption(
    new Option('--calendar <id>', `${description}; CN+HK counts days that are working days in both`).choices(CALENDAR_IDS),
  );
}

/** Adds `--schedule FILE.json` (repeatable), `--no-stored-schedules` and `--project [year]`. */
export function addScheduleOption(command: Command): Command {
  command.option(
    '--project [year]',
    'answer past the published years from the statutory holiday list, through YEAR (default: ten years on); every answer that depends on it is marked provisional',
  );
  command.addOption(
    new Option(
      '--schedule <file>',
      "add a year's holiday schedule from a JSON file for this command only (one schedule or an array; repeatable), e.g. " +
        'the 2027 notice; a schedule extends the calendar its "calendar" field names (default: the calendar counted on)',
    ).argParser(collect),
  );
  return command.option(
    '--no-stored-schedules',
    'ignore the schedules kept with `reviewclock schedule add` (count on the bundled calendars and --schedule files only)',
  );
}

/** Adds `--policies FILE` (repeatable): a team's own policies, named by id like the built-in ones. */
export function addPoliciesOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--policies <file>',
      "a JSON file with your team's own rules: one policy or an array, in the shape `reviewclock policy ID --json` prints, " +
        'each with an id of its own (not a built-in id); checked before use; repeatable',
    ).argParser(collect),
  );
}

/** Adds `--lang`. */
export function addLangOption(command: Command, description = 'language of the text output'): Command {
  return command.addOption(new Option('--lang <lang>', description).choices(LANGS).default('en'));
}

/** Adds `--json`. */
export function addJsonOption(command: Command, description = 'print JSON instead of text'): Command {
  return command.option('--json', description);
}
