/**
 * The readers that turn the text of options (and of files they name) into library arguments. Values are checked
 * here only where the library cannot name the CLI's syntax (a stop range, a day count); dates are passed through and
 * refused by the library with its own message.
 *
 * @module
 */
import { inputError } from './inputError.js';
import { statSync } from 'node:fs';
import { readBoundedText, type BoundedText } from './boundedRead.js';
import { chinaDateOf, InvalidArgumentError, type PlainDate } from '../index.js';

let today: PlainDate | undefined;

/**
 * Reads a date argument or option: `today` is today's date in China (UTC+8), read from the clock here, the one place
 * the CLI reads it (the library never does), once per run, so that every `today` of a command is the same day even
 * at midnight; any other text is passed through, to be checked (and refused with its own message) by the library.
 * Only for what the user types: rows of a batch input are data, and `today` there is an invalid date.
 *
 * @example
 * readDate('2025-11-20') //=> '2025-11-20'
 * readDate('today')      //=> e.g. '2026-12-03', the date in Beijing now
 */
export function readDate(value: string): PlainDate {
  return value === 'today' ? (today ??= chinaDateOf(Date.now())) : value;
}

/** {@link readDate} for an option that may be absent. */
export function readOptionalDate(value: string | undefined): PlainDate | undefined {
  return value === undefined ? undefined : readDate(value);
}

/**
 * Reads a whole number of working days, `5`, `-5` or `+5`.
 *
 * @throws {InvalidArgumentError} For anything else.
 */
export function readDays(value: string): number {
  if (!/^[+-]?\d+$/.test(value)) {
    throw inputError(
      `add: invalid days ${JSON.stringify(value)}, expected a whole number of working days such as 5 or -5`,
      `add：工作日数 ${JSON.stringify(value)} 无效，应为整数，例如 5 或 -5`,
    );
  }
  return Number(value);
}

/** A clock stop read from `--stop`. */
export interface StopArgument {
  readonly from: PlainDate;
  readonly to?: PlainDate;
  readonly reason?: string;
}

const STOP_PATTERN = /^([^.:]*)\.\.([^.:]*)(?::(.+))?$/;

/**
 * Reads a clock stop written `FROM..TO`, `FROM..` (still stopped) or either with `:reason`.
 * The dates are checked by the library.
 *
 * @throws {InvalidArgumentError} When the text does not have that shape.
 *
 * @example
 * readStop('2025-10-10..2025-11-03')            //=> { from: '2025-10-10', to: '2025-11-03' }
 * readStop('2025-10-10..')                      //=> { from: '2025-10-10' }
 * readStop('2025-10-10..2025-11-03:supplement') //=> { from: '2025-10-10', to: '2025-11-03', reason: 'supplement' }
 */
export function readStop(value: string, option = '--stop'): StopArgument {
  const match = STOP_PATTERN.exec(value.trim());
  if (!match || !match[1]) {
    throw inputError(
      `${option}: invalid stop ${JSON.stringify(value)}, expected FROM..TO or FROM.. (still stopped), optionally followed by :reason, ` +
        'e.g. 2025-10-10..2025-11-03',
      `${option}：计时中止 ${JSON.stringify(value)} 无效，应写作 开始..结束 或 开始..（尚未恢复），可在后面加 :事由，例如 2025-10-10..2025-11-03`,
    );
  }
  const [, from, to, reason] = match;
  return { from, ...(to ? { to } : {}), ...(reason ? { reason } : {}) };
}

/**
 * Reads a UTF-8 text file for an option, refusing a missing or unreadable file with a one-line error.
 *
 * @throws {InvalidArgumentError} When the file cannot be read.
 */
export function readTextFile(option: string, path: string, limit = SCHEDULE_OPTION_FILE_LIMIT): string {
  let read: BoundedText;
  try {
    read = readBoundedText(path, limit);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    const whyZh = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : why;
    throw inputError(`${option}: cannot read ${JSON.stringify(path)}: ${why}`, `${option}：无法读取 ${JSON.stringify(path)}：${whyZh}`);
  }
  if (read.tooLarge) {
    throw new InvalidArgumentError(
      `${option}: ${JSON.stringify(path)} holds more than ${limit} bytes (${limit / (1 << 20)} MiB), more than ${option} reads` +
        (limit === SCHEDULE_OPTION_FILE_LIMIT ? " (a year's schedule is a few KiB)" : ''),
    );
  }
  return read.text;
}

/** The most bytes a `--schedule` file may hold (a year's schedule is a few KiB). */
export const SCHEDULE_OPTION_FILE_LIMIT = 1 << 20;

/**
 * Reads the JSON of a `--schedule` file: one schedule object or an array of them, at most 1 MiB.
 *
 * @throws {InvalidArgumentError} When the file cannot be read, is larger than 1 MiB or is not JSON.
 */
export function readScheduleFile(path: string): unknown {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // readTextFile says why.
  }
  if (size > SCHEDULE_OPTION_FILE_LIMIT) {
    throw new InvalidArgumentError(
      `--schedule: ${JSON.stringify(path)} is ${size} bytes, more than the 1 MiB (${SCHEDULE_OPTION_FILE_LIMIT} bytes) a schedule file may hold ` +
        "(a year's schedule is a few KiB)",
    );
  }
  const text = readTextFile('--schedule', path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidArgumentError(
      `--schedule: ${JSON.stringify(path)} is not valid JSON (${(error as Error).message}); expected a schedule object ` +
        '{ year, source, holidays, makeupWorkdays } or an array of them',
    );
  }
  return value;
}

/**
 * Reads `--title` or `--id` of an iCalendar export: one line of text, not blank, without control characters or
 * spaces at its ends.
 *
 * @throws {InvalidArgumentError} Naming the flag and the value.
 *
 * @example
 * readIcsText('due', '--title', 'ABC-123 IND', '"ABC-123 IND"') //=> 'ABC-123 IND'
 */
export function readIcsText(command: string, flag: string, value: string | undefined, example: string): string | undefined {
  if (value === undefined) return undefined;
  // Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
  const problem = !value.trim()
    ? 'it is empty'
    : /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)
      ? 'it holds a control character (a line break, a tab)'
      : value.trim() !== value
        ? 'it begins or ends with a space'
        : undefined;
  if (problem === undefined) return value;
  const problemZh = problem === 'it is empty' ? '内容为空' : problem === 'it begins or ends with a space' ? '首尾有空格' : '含有控制字符（换行、制表符）';
  throw inputError(
    `${command}: invalid ${flag} ${JSON.stringify(value)}: ${problem}; expected one line of text such as ${flag} ${example}`,
    `${command}：${flag} ${JSON.stringify(value)} 无效：${problemZh}；应为一行文字，例如 ${flag} ${example}`,
  );
}

/**
 * Reads `--remind DAYS` (repeatable): whole numbers of working days before the due date, from 0, each once.
 *
 * @throws {InvalidArgumentError} Naming `--remind` and the value.
 *
 * @example
 * readRemind('due', ['10', '2']) //=> [10, 2]
 */
export function readRemind(command: string, values: readonly string[] | undefined): number[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const days: number[] = [];
  for (const value of values) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
      throw inputError(
        `${command}: invalid --remind ${JSON.stringify(value)}, expected a whole number of working days before the due date, such as 5 (0: on the due date)`,
        `${command}：--remind ${JSON.stringify(value)} 无效，应为届满日前的工作日数（整数），例如 5（0 表示届满当日）`,
      );
    }
    if (days.includes(n)) throw inputError(`${command}: --remind ${n} is given twice; give each reminder once`, `${command}：--remind ${n} 重复给出；每个提醒只写一次`);
    days.push(n);
  }
  return days;
}
