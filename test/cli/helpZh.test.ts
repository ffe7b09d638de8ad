import type { Command } from 'commander';
import type { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { BUILTIN_HELP_ZH, commandPath, commandTree, displayWidthZh, HELP_ZH, optionKey, wrapZh } from '../../src/cli/helpZh.js';
import { buildProgram, buildProgramIn } from '../../src/cli/program.js';
import { runCli } from './support/runCli.js';

// `--lang zh` anywhere in the arguments makes every help Chinese (src/cli/helpZh.ts). These tests keep the Chinese
// table in step with the commands the definitions register, and the English help as it is.

const silent = { out: () => {}, data: () => {}, err: () => {}, env: {}, exitCode: 0 } as unknown as CliContext;
const tree = (lang: 'en' | 'zh') => commandTree(buildProgram(silent, lang));
/** As `run` builds it: with the help in Chinese for zh. */
const treeIn = async (lang: 'en' | 'zh') => commandTree(await buildProgramIn(silent, lang));

/** Chinese characters, CJK punctuation or full-width forms. */
const CJK = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/;

const EN = tree('en');
/** Every command path: '' (the root), 'due', …, 'schedule add', …; the arguments of a help run for each. */
const PATHS = EN.map(commandPath);
const helpArgs = (path: string) => [...(path ? path.split(' ') : []), '--help'];
/** The text added after the options (commander calls the 'afterHelp' listeners that addHelpText adds). */
const hasTextAfter = (command: Command) => (command as unknown as EventEmitter).listenerCount('afterHelp') > 0;

describe('the Chinese help table matches the command tree', () => {
  it('names every command there is, and no other', () => {
    expect(Object.keys(HELP_ZH).sort()).toEqual([...PATHS].sort());
  });

  it.each(EN.map((command) => [commandPath(command) || '(root)', command] as const))('%s: every argument and option, and no other', (_, command) => {
    const zh = HELP_ZH[commandPath(command)]!;
    expect(Object.keys(zh.arguments).sort()).toEqual(command.registeredArguments.map((argument) => argument.name()).sort());
    expect(Object.keys(zh.options).sort()).toEqual(command.options.map(optionKey).sort());
    expect(zh.summary !== undefined).toBe(command.summary() !== '');
    expect(zh.examples !== undefined).toBe(hasTextAfter(command));
    for (const text of [zh.summary ?? '中', zh.description, ...Object.values(zh.arguments), ...Object.values(zh.options), zh.examples ?? '中']) {
      expect(text).toMatch(CJK);
    }
  });

  it('is applied to the whole tree for zh, and only for zh', async () => {
    const zh = await treeIn('zh');
    // buildProgram alone (and every English run) leaves the help in English.
    expect(tree('zh').map((command) => command.description())).toEqual(EN.map((command) => command.description()));
    expect((await treeIn('en')).map((command) => command.description())).toEqual(EN.map((command) => command.description()));
    expect(zh.map(commandPath)).toEqual(PATHS);
    zh.forEach((command, i) => {
      const table = HELP_ZH[commandPath(command)]!;
      expect(command.description()).toBe(table.description);
      if (table.summary !== undefined) expect(command.summary()).toBe(table.summary);
      for (const argument of command.registeredArguments) expect(argument.description).toBe(table.arguments[argument.name()]);
      for (const option of command.options) expect(option.description).toBe(table.options[optionKey(option)]);
      expect((command as unknown as EventEmitter).listenerCount('afterHelp')).toBe(hasTextAfter(EN[i]!) ? 1 : 0);
    });
    for (const command of EN) {
      expect(command.description()).not.toBe(HELP_ZH[commandPath(command)]!.description);
      for (const option of command.options) expect(option.description).not.toMatch(CJK);
    }
  });

  it('keeps the commands of the examples as in English, translating only their comments', async () => {
    const examples = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('  $ '))
        .map((line) => line.replace(/\s+# .*$/, ''));
    for (const path of PATHS) {
      const [en, zh] = await Promise.all([runCli(helpArgs(path)), runCli([...helpArgs(path), '--lang', 'zh'])]);
      expect(examples(en.stdout).length, path).toBeGreaterThan(0);
      expect(examples(zh.stdout), path).toEqual(examples(en.stdout));
    }
  });
});

describe('reviewclock … --help --lang zh', () => {
  it('prints the help of `add` in Chinese', async () => {
    const run = await runCli(['add', '--help', '--lang', 'zh']);
    expect(run).toEqual({ status: 0, stderr: '', stdout: ADD_HELP_ZH });
  });

  it('gives the same Chinese help with `help <command>`, and with --lang=zh', async () => {
    const [flag, word, equals] = await Promise.all([
      runCli(['add', '--help', '--lang', 'zh']),
      runCli(['help', 'add', '--lang', 'zh']),
      runCli(['add', '--help', '--lang=zh']),
    ]);
    expect(word).toEqual(flag);
    expect(equals).toEqual(flag);
  });

  it('lists every command in Chinese in the main help, with commander’s own lines', async () => {
    const [root, word] = await Promise.all([runCli(['--help', '--lang', 'zh']), runCli(['help', '--lang', 'zh'])]);
    expect(root.status).toBe(0);
    expect(word.stdout).toBe(root.stdout);
    expect(root.stdout.startsWith('用法：reviewclock [选项] [命令]\n')).toBe(true);
    const items = itemsOf(root.stdout, '命令：');
    for (const command of EN[0]!.commands) {
      const item = items.find((found) => found.term.split(' ')[0] === command.name());
      expect(item, command.name()).toBeDefined();
      expect(squeeze(item!.description)).toBe(squeeze(HELP_ZH[command.name()]!.summary!));
    }
    expect(items.find((item) => item.term === 'help [命令]')?.description).toBe(BUILTIN_HELP_ZH.helpCommand);
    const options = itemsOf(root.stdout, '选项：');
    expect(options).toEqual([
      { term: '-v, --version', description: '显示版本号' },
      { term: '-h, --help', description: BUILTIN_HELP_ZH.helpOption },
    ]);
    expect(root.stdout).toContain('\n示例：\n');
    expect(root.stdout).toContain('\n退出状态码：0 成功；');
  });

  it('writes commander’s defaults and choices in Chinese', async () => {
    const serve = await runCli(['serve', '--help', '--lang', 'zh']);
    const log = itemsOf(serve.stdout, '选项：').find((item) => item.term === '--log <format>')!;
    expect(squeeze(log.description)).toMatch(/（可选值："text"、"json"、"off"；默认值："text"）$/);
    expect(serve.stdout).not.toMatch(/\((?:default|choices): /);
  });

  it.each(PATHS)('leaves no English description line in `%s --help`', async (path) => {
    const run = await runCli([...helpArgs(path), '--lang', 'zh']);
    expect(run.status).toBe(0);
    expect(englishLines(run.stdout)).toEqual([]);
    for (const title of ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'Examples:', 'display help', 'show help']) {
      expect(run.stdout).not.toContain(title);
    }
  });

  it('wraps Chinese lines by their width on a terminal', async () => {
    const run = await runCli(['due', '--help', '--lang', 'zh']);
    const end = run.stdout.indexOf('\n示例：');
    for (const line of run.stdout.slice(0, end).split('\n')) expect(displayWidthZh(line), line).toBeLessThanOrEqual(80);
    expect(wrapZh('计算时限（默认为规则自身的日历）', 10)).toBe('计算时限\n（默认为规\n则自身的\n日历）');
    expect(wrapZh('中文 and English words', 12)).toBe('中文 and\nEnglish\nwords');
  });
});

describe('the English help stays as it is', () => {
  it.each(PATHS)('`%s --help` is the same with --lang en, and without Chinese for due and add', async (path) => {
    const [plain, en] = await Promise.all([runCli(helpArgs(path)), runCli([...helpArgs(path), '--lang', 'en'])]);
    expect(plain.status).toBe(0);
    expect(en).toEqual(plain);
    expect(plain.stdout).toContain('Usage: reviewclock');
    if (path === 'due' || path === 'add') expect(plain.stdout).not.toMatch(CJK);
  });

  it('keeps commander’s English words', async () => {
    const run = await runCli(['add', '--help']);
    expect(run.stdout).toContain('Usage: reviewclock add [options] <date> <days>\n');
    expect(run.stdout).toContain('  --lang <lang>          language of the text output (choices: "en", "zh",\n                         default: "en")\n');
    expect(run.stdout).toContain('  -h, --help             show help\n');
  });
});

/** The items (term and description, continuation lines joined) of one section of a help text. */
function itemsOf(help: string, title: string): Array<{ term: string; description: string }> {
  const lines = help.split('\n');
  const items: Array<{ term: string; description: string }> = [];
  for (let i = lines.indexOf(title) + 1; i > 0 && i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    const match = /^ {2}(\S+(?: \S+)*?)(?: {2,}(.*))?$/.exec(line);
    if (match && !/^ {3}/.test(line)) items.push({ term: match[1]!, description: match[2] ?? '' });
    else items.at(-1)!.description += line.trim();
  }
  return items;
}

/** Without whitespace: wrapping breaks Chinese anywhere, and at spaces elsewhere. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The lines of a help text that look like English left untranslated: every line with words for people has Chinese,
 * except a line that is only a command or flag (an item's term, an example's command) or sample data (indented four
 * spaces in the text after the options). An item's description is checked with its continuation lines.
 */
function englishLines(help: string): string[] {
  const found: string[] = [];
  let section: 'text' | 'items' | 'after' = 'text';
  let item: string | undefined;
  const endItem = () => {
    if (item !== undefined && !CJK.test(item)) found.push(item);
    item = undefined;
  };
  for (const line of help.split('\n')) {
    if (section === 'items' && /^ {3,}\S/.test(line) && item !== undefined) {
      item += ` ${line.trim()}`;
      continue;
    }
    endItem();
    if (line.trim() === '') continue;
    if (/^(参数|选项|命令)：$/.test(line)) section = 'items';
    else if (/^\S+：$/.test(line)) section = 'after';
    else if (section === 'items' && /^ {2}\S/.test(line)) {
      const match = /^ {2}\S+(?: \S+)*? {2,}(.*)$/.exec(line);
      if (!match) found.push(line);
      else item = match[1];
    } else if (section === 'after' && /^ {2}\$ /.test(line)) {
      const comment = / # (.*)$/.exec(line)?.[1];
      if (comment !== undefined && !comment.startsWith('{') && !CJK.test(comment)) found.push(line);
    } else if (section === 'after' && /^ {4}/.test(line)) continue;
    else if (!CJK.test(line)) found.push(line);
  }
  endItem();
  return found;
}

const ADD_HELP_ZH = `用法：reviewclock add [选项] <date> <days>

输出 DATE 之后（不含当日）的第 DAYS 个工作日；DAYS 为负数时为 DATE 之前；为 0 时
即 DATE 本身。自第0日起算的 N 个工作日时限即届满于此日。

参数：
  date                   起算日（第0日），YYYY-MM-DD 或 today（中国当天日期）
  days                   工作日数，整数，可为负数

选项：
  --calendar <id>        计算所用的日历（默认为 CN）；CN+HK 只计两地均为工作日的
                         日子（可选值："CN"、"HK"、"CN+HK"）
  --project [year]       超出已公布的年份时，依据《全国年节及纪念日放假办法》推
                         算作答，推算至 YEAR 年（默认为十年后）；凡依赖推算的结
                         果都标明为推算
  --schedule <file>      仅为本次命令由 JSON 文件加入某年的放假安排（单个放假安
                         排或数组；可重复），例如2027年的通知；放假安排扩展其
                         "calendar" 字段指定的日历（默认为计算所用的日历）
  --no-stored-schedules  不使用 \`reviewclock schedule add\` 保存的放假安排（只按
                         内置日历和 --schedule 文件计算）
  --lang <lang>          文本输出的语言（可选值："en"、"zh"；默认值："en"）
  --json                 输出 JSON 而非文本
  -h, --help             显示帮助

示例：
  $ reviewclock add 2025-09-26 60          # 临床试验申请2025年9月26日受理：第60个工作日
  $ reviewclock add 2025-10-09 -5          # 2025年10月9日之前第5个工作日
  $ reviewclock add 2025-09-30 1 --json    # {"date":"2025-10-09"}
  $ reviewclock add 2025-12-22 10 --calendar HK
  $ reviewclock add today 20               # 自今天（中国当天日期）起第20个工作日
`;
