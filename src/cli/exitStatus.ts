/**
 * The exit statuses of the CLI (see `errors.ts` for what each means), and the one-line form of messages. Nothing
 * here loads the library, so that the command definitions can use it.
 *
 * @module
 */

/** Exit status of a successful run. */
export const EXIT_OK = 0;
/** Exit status for input the library refuses. */
export const EXIT_BAD_INPUT = 1;
/** Exit status for a command line the parser refuses. */
export const EXIT_USAGE = 2;
/**
 * Exit status for an answer that depends on an unpublished calendar: printed in full (the exact part, and the
 * provisional due date with its range), but not final until that year's notice is added. Not used with `--project`,
 * which asks for such answers.
 */
export const EXIT_PROVISIONAL = 3;

/** The commander error code for usage errors the CLI finds itself (e.g. `calendar` with neither month nor deadline). */
export const USAGE_ERROR_CODE = 'reviewclock.usage';

/** A one-line version of a message: line breaks become spaces. */
export function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}
