/**
 * Library messages in the words of the command that was run, in English or Chinese.
 *
 * The library's messages begin with the function and the option they are about (`dueDate (start): invalid
 * date …`, `addWorkingDays: the 99999th working day …`) and name its options (`stops[0]`, `extension 5`, `pass a
 * policy object`). At the terminal, the same message names the command and its own arguments and flags instead
 * (`due START: invalid date …`, `--stop number 1`, `--extension 5`, `--policies FILE`). One table per command says
 * how its library options are called on the command line; the rewrites after it apply to every command.
 *
 * With `--lang zh`, the errors people meet most (a bad date, an unknown policy or stop reason, a policy not in
 * force, a year not yet published, a policy on another calendar) are written in Chinese from the error's fields;
 * any other error gets a Chinese lead-in with its code and the English detail, rather than a guessed translation.
 *
 * @module
 */
import * as library from '../index.js';
import {
  CalendarCoverageError,
  CalendarRequiredError,
  InconsistentInputError,
  InvalidArgumentError,
  InvalidDateError,
  NoticeParseError,
  PolicyNotInForceError,
  PolicyValidationError,
  ReviewclockError,
  ScheduleValidationError,
  UnknownPolicyError,
  UnknownStopReasonError,
} from '../index.js';
import { chineseInputMessage } from './inputError.js';
import type { Lang } from './options.js';

/** The command that failed and the language of its output, as the run loop found them in the arguments. */
export interface ErrorContext {
  /** The command's name (`due`, `add`…), or undefined before one was named. */
  readonly command?: string | undefined;
  readonly lang?: Lang | undefined;
}

/** For each command: a library option (the part in parentheses after the function name) and its CLI name. */
const OPTION_TERMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  due: { start: 'START', asOf: '--as-of', stopDayCounts: '--stop-day', extension: '--extension', startEvents: '--event', policies: '--policies' },
  timeline: { start: 'START', asOf: '--as-of' },
  policies: { on: '--on', text: 'WORDS' },
  policy: { on: '--on' },
  calendar: { asOf: '--as-of', start: '--start' },
  batch: { asOf: '--as-of' },
};

/** The library's functions, whose names begin its messages. */
const LIBRARY_FUNCTIONS = new Set(Object.entries(library).filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name)).map(([name]) => name));

/** A message's library prefix: the function, and the option in parentheses. */
const PREFIX = /^([a-z][A-Za-z]*)(?: \(([^)]*)\))?: /;

/** Library words inside a message and what the CLI says, for every command. */
const INLINE: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/\bstops\[(\d+)\]\.(from|to)\b/g, (_, n, end) => `${end === 'from' ? 'FROM' : 'TO'} of --stop number ${Number(n) + 1}`],
  [/\bstops\[(\d+)\]/g, (_, n) => `--stop number ${Number(n) + 1}`],
  [/\bstartEvents\.([a-z0-9-]+)/g, (_, id) => `--event ${id}`],
  [/\bextension (\d+)\b/g, (_, n) => `--extension ${n}`],
  [/, or pass a policy object whose effective period covers it/g, () => ', or give a rule of your own with --policies FILE'],
];

/**
 * A library message in the words of the command: the function's name replaced by the command's (and the option by
 * its CLI name), library options by flags. Messages the CLI wrote itself are unchanged.
 *
 * @example
 * inCommandTerms('dueDate (start): invalid date "2025-13-01"', 'due') //=> 'due START: invalid date "2025-13-01"'
 * inCommandTerms('addWorkingDays: the 99999th working day …', 'add') //=> 'add: the 99999th working day …'
 */
export function inCommandTerms(message: string, command: string | undefined): string {
  let text = message;
  const prefix = PREFIX.exec(text);
  // Without a command (an error before one was named), the message is left as the library wrote it.
  if (prefix && command !== undefined && LIBRARY_FUNCTIONS.has(prefix[1]!)) {
    const option = prefix[2];
    const term = option === undefined ? undefined : (OPTION_TERMS[command ?? '']?.[option] ?? option);
    const where = [command, term].filter(Boolean).join(' ');
    text = `${where ? `${where}: ` : ''}${text.slice(prefix[0].length)}`;
  }
  // A library message quoted inside the CLI's own (`batch --ics: line 5: dueDate (start): …`): the option alone.
  text = text.replace(/(: )([a-z][A-Za-z]*)(?: \(([^)]*)\))?: /g, (whole, lead: string, fn: string, option: string | undefined) =>
    LIBRARY_FUNCTIONS.has(fn) ? `${lead}${option === undefined ? '' : `${option}: `}` : whole,
  );
  for (const [pattern, replace] of INLINE) text = text.replace(pattern, replace as (substring: string, ...args: string[]) => string);
  return text;
}

/** Where the (CLI-worded) message says the error is: `due START`, `--policies team.json (policy 2 of 3)`, or ''. */
function placeOf(english: string): string {
  return /^([^\s:]+(?: [^\s:]+)?(?: \([^)]*\))?): /.exec(english)?.[1] ?? '';
}

/** Reasons an invalid date gives, in Chinese. */
function dateReasonZh(message: string): string {
  const days = /\((\d{4})-(\d{2}) has (\d+) days\)/.exec(message);
  if (days) return `（${Number(days[1])}年${Number(days[2])}月只有${days[3]}天）`;
  const month = /\(there is no month (\d+)\)/.exec(message);
  if (month) return `（没有${month[1]}月）`;
  return '';
}

/**
 * The message of a library error in Chinese (see the module's comment), given its English message in the command's
 * words (from {@link inCommandTerms}), which also says where the error is.
 *
 * @example
 * chineseMessage(new UnknownPolicyError('dueDate', 'cn.nmpa.drug.in', ['cn.nmpa.drug.ind']), 'due: unknown policy id …')
 * //=> 'due：未知的规则编号 "cn.nmpa.drug.in"；是否要找 "cn.nmpa.drug.ind"？'
 */
export function chineseMessage(error: ReviewclockError, english: string): string {
  const own = chineseInputMessage(error);
  if (own !== undefined) return own;
  const where = placeOf(english);
  const lead = where ? `${where}：` : '';
  if (error instanceof InvalidDateError) {
    return `${lead}日期 ${JSON.stringify(error.value)} 无效${dateReasonZh(error.message)}，应为 YYYY-MM-DD 格式的公历日期，例如 2025-09-26`;
  }
  if (error instanceof UnknownPolicyError) {
    const hint = error.suggestions.length ? `是否要找 ${error.suggestions.map((s) => `"${s}"`).join('、')}？` : '运行 `reviewclock policies` 可列出全部规则编号';
    return `${lead}未知的规则编号 ${JSON.stringify(error.id)}；${hint}`;
  }
  if (error instanceof PolicyNotInForceError) {
    const periods = error.versions.map((v) => `${v.from} 至 ${v.to ?? '今'}`).join('、');
    return `${lead}规则 "${error.id}" 在 ${error.date} 没有施行中的版本（施行期间：${periods || '无'}）；请使用当日施行的规则，或用 --policies FILE 提供您自己的规则`;
  }
  if (error instanceof CalendarCoverageError) {
    return (
      `${lead}${error.year}年不在 ${error.calendar} 日历的范围内（已有 ${error.coverage.from} 至 ${error.coverage.to} 的数据）。` +
      '国务院公布该年放假安排后，用 `reviewclock schedule add NOTICE` 添加（通知全文或放假安排 JSON 文件，以后的命令都会使用），' +
      '或加 --project 按法定节假日和已公布的原则推算（结果为临时结果）'
    );
  }
  if (error instanceof CalendarRequiredError) {
    return `${lead}该规则按 ${error.calendar} 日历计算；请使用 --calendar ${error.calendar}（或 --calendar CN+HK），或不写 --calendar，按规则自身的日历计算`;
  }
  if (error instanceof UnknownStopReasonError) {
    const allowed = error.allowed.length
      ? `该规则的中止事由为 ${error.allowed.map((r) => `:${r}`).join('、')}（见 \`reviewclock policy ${error.policyId}\`），或去掉 :reason 作为普通暂停`
      : '该规则未规定中止事由，请去掉 :reason（普通暂停）';
    return `${lead}第 ${error.stopIndex + 1} 个 --stop 的事由 ${JSON.stringify(error.reason)} 不是规则 "${error.policyId}" 的中止事由；${allowed}`;
  }
  const kind =
    error instanceof PolicyValidationError
      ? '规则文件无效'
      : error instanceof ScheduleValidationError
        ? '放假安排无效'
        : error instanceof NoticeParseError
          ? '无法读取通知文本'
          : error instanceof InconsistentInputError
            ? '输入前后矛盾'
            : error instanceof InvalidArgumentError
              ? '输入无效'
              : '出错';
  const detail = where ? english.slice(where.length + 2) : english;
  return `${lead}${kind}（${error.code}）：${detail}`;
}
