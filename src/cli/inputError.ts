/**
 * The CLI's own refusals of bad arguments (a `--stop` that is not `FROM..TO`, a `--remind` that is not a number),
 * written in both languages where they are thrown, so that `--lang zh` prints them in Chinese rather than a Chinese
 * lead-in with the English detail.
 *
 * @module
 */
import { InvalidArgumentError, type ReviewclockError } from '../index.js';

const CHINESE = new WeakMap<ReviewclockError, string>();

/**
 * An `InvalidArgumentError` (code `invalid_argument`, exit status 1) with its message in English and in Chinese.
 *
 * @example
 * throw inputError('due: invalid --extension "x", expected a whole number of days such as 20',
 *   'due：--extension "x" 无效，应为整数天数，例如 20');
 */
export function inputError(english: string, chinese: string): InvalidArgumentError {
  const error = new InvalidArgumentError(english);
  CHINESE.set(error, chinese);
  return error;
}

/** The Chinese message {@link inputError} gave the error, if it did. */
export function chineseInputMessage(error: ReviewclockError): string | undefined {
  return CHINESE.get(error);
}
