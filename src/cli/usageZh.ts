/**
 * commander's usage errors (an unknown option, a missing argument, a value not among the choices) in Chinese, for
 * `--lang zh`. A message of another shape keeps its English text after a Chinese lead-in.
 *
 * @module
 */

/** commander's messages (without `error: `) and their Chinese, tried in order. */
const USAGE_ZH: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^unknown option '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?$/s, (_, option, hint) => `未知的选项 '${option}'${hint ? `（是否要找 ${hint}？）` : ''}`],
  [/^unknown command '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?$/s, (_, name, hint) => `未知的命令 '${name}'${hint ? `（是否要找 ${hint}？）` : ''}；运行 reviewclock --help 查看全部命令`],
  [/^missing required argument '([^']*)'(?: \(or ([^)]*)\))?$/, (_, name, or) => `缺少必需的参数 '${name}'${or ? `（或 ${or}）` : ''}`],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\.$/, (_, name, expected, got) => `'${name}' 的参数过多：应为 ${expected} 个，实际为 ${got} 个`],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (_, expected, got) => `参数过多：应为 ${expected} 个，实际为 ${got} 个`],
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s, (_, option, value, choices) => `选项 '${option}' 的值 '${value}' 无效，可选值为 ${choices}`],
  [/^option '([^']*)' argument missing$/, (_, option) => `选项 '${option}' 缺少值`],
  [/^option '([^']*)' cannot be used with option '([^']*)'$/, (_, a, b) => `选项 '${a}' 不能与选项 '${b}' 同时使用`],
  [/^option '([^']*)' can only be used with option '([^']*)'$/, (_, a, b) => `选项 '${a}' 只能与选项 '${b}' 一起使用`],
  [/^required option '([^']*)' not specified$/, (_, option) => `缺少必需的选项 '${option}'`],
];

/**
 * A commander usage error in Chinese.
 *
 * @example
 * usageMessageZh("unknown option '--calender' (Did you mean --calendar?)") //=> "未知的选项 '--calender'（是否要找 --calendar？）"
 */
export function usageMessageZh(message: string): string {
  for (const [pattern, write] of USAGE_ZH) {
    const match = pattern.exec(message);
    if (match) return write(...(match as unknown as string[]).map((group) => group ?? ''));
  }
  return `用法错误：${message}`;
}
