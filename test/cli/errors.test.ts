import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { runCli } from './support/runCli.js';

const IND = 'cn.nmpa.drug.ind';
/** The library's function names, which begin its own messages. */
const FUNCTIONS = Object.entries(library).filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name)).map(([name]) => name);

/** Bad input on every command that takes dates, ids or files. */
const BAD: readonly string[][] = [
  ['due', IND, '2025-13-01'],
  ['due', IND, '2025-09-26', '--as-of', '2025-02-30'],
  ['due', IND, '2025-09-26', '--stop', '2025-10-10..2025-10-01'],
  ['due', IND, '2025-09-26', '--stop', '2025-10-10..2025-02-30'],
  ['due', IND, '2025-09-26', '--extension', '5'],
  ['due', 'cn.nmpa.drug.in', '2025-09-26'],
  ['due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..:supplement'],
  ['due', 'cn.nmpa.device.ide', '--event', 'acceptance=2026-03-02', '--event', 'fee-payment=2026-02-30'],
  ['due', IND, '2003-01-01'],
  ['due', 'hk.dh.drug.nce-1plus', '2026-03-02', '--calendar', 'CN'],
  ['add', '2025-09-30', '99999'],
  ['count', '2025-09-26', '2025-02-30'],
  ['day', '2025-02-29'],
  ['calendar', '2003-01'],
  ['policy', IND, '--on', '2003-01-01'],
  ['policies', '--on', '2025-02-30'],
  ['timeline', 'cn.nmpa.device.class3.registration', '2025-02-30'],
];

describe('CLI errors name the command’s arguments and flags, not library calls', () => {
  it.each(BAD)('%s … : one line, exit 1, no library function, in English and in Chinese', async (...args) => {
    const [en, zh] = await Promise.all([runCli(args, { env: { REVIEWCLOCK_HOME: '/nonexistent-reviewclock-home' } }), runCli([...args, '--lang', 'zh'])]);
    for (const run of [en, zh]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      for (const name of FUNCTIONS) expect(run.stderr).not.toMatch(new RegExp(`\\b${name}(?: \\([^)]*\\))?: `));
      expect(run.stderr).not.toMatch(/\{ \w+: /);
    }
    expect(en.stderr.startsWith(`reviewclock: ${args[0]}`) || en.stderr.startsWith('reviewclock: --')).toBe(true);
  });

  it('words the common errors in the command’s terms (checked by hand)', async () => {
    const run = (...args: string[]) => runCli(args).then((r) => r.stderr.trimEnd());
    expect(await run('due', IND, '2025-13-01')).toBe(
      'reviewclock: due START: invalid date "2025-13-01" (there is no month 13), expected a calendar date as YYYY-MM-DD, e.g. "2025-09-26"',
    );
    expect(await run('due', IND, '2025-09-26', '--stop', '2025-10-10..2025-10-01')).toBe(
      'reviewclock: due: --stop number 1 ends on 2025-10-01, before it begins on 2025-10-10; "to" must be on or after "from"',
    );
    expect(await run('due', IND, '2025-09-26', '--extension', '5')).toBe(
      'reviewclock: due: policy "cn.nmpa.drug.ind" provides for no discretionary extension, so --extension 5 cannot apply',
    );
    expect(await run('policy', IND, '--on', '2003-01-01')).toMatch(/^reviewclock: policy: no version .* or give a rule of your own with --policies FILE$/);
  });

  it('comes in Chinese with --lang zh', async () => {
    const run = (...args: string[]) => runCli([...args, '--lang', 'zh']).then((r) => r.stderr.trimEnd());
    expect(await run('due', IND, '2025-02-29')).toBe('reviewclock：due START：日期 "2025-02-29" 无效（2025年2月只有28天），应为 YYYY-MM-DD 格式的公历日期，例如 2025-09-26');
    expect(await run('due', 'cn.nmpa.drug.in', '2025-09-26')).toMatch(/^reviewclock：due：未知的规则编号 "cn\.nmpa\.drug\.in"；是否要找 "cn\.nmpa\.drug\.ind"/);
    expect(await run('due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..:supplement')).toMatch(
      /^reviewclock：第 1 个 --stop 的事由 "supplement" 不是规则 "cn\.nmpa\.drug\.nda" 的中止事由；该规则的中止事由为 :sponsor-supplement、/,
    );
    expect(await run('policy', IND, '--on', '2003-01-01')).toMatch(/^reviewclock：policy：规则 "cn\.nmpa\.drug\.ind" 在 2003-01-01 没有施行中的版本/);
    expect(await run('add', '2025-09-30', '99999')).toMatch(/^reviewclock：add：2037年不在 CN 日历的范围内.*reviewclock schedule add NOTICE/);
    // No structured form: a Chinese lead-in with the code, then the English detail in the command's terms.
    expect(await run('due', IND, '2025-09-26', '--stop', '2025-10-10..2025-10-01')).toBe(
      'reviewclock：due：输入前后矛盾（inconsistent_input）：--stop number 1 ends on 2025-10-01, before it begins on 2025-10-10; "to" must be on or after "from"',
    );
  });

  it("writes the CLI's own refusals of an argument in Chinese with --lang zh, exit status 1", async () => {
    const run = (...args: string[]) => runCli([...args, '--lang', 'zh']);
    const cases: Array<[string[], RegExp]> = [
      [['due', IND, '2025-09-26', '--stop', '2025-10-10'], /^reviewclock：--stop：计时中止 "2025-10-10" 无效，应写作 开始\.\.结束 或 开始\.\.（尚未恢复）/],
      [['due', IND, '2025-09-26', '--ics', '--remind', 'five'], /^reviewclock：due：--remind "five" 无效，应为届满日前的工作日数/],
      [['due', IND, '2025-09-26', '--ics', '--remind', '5', '--remind', '5'], /^reviewclock：due：--remind 5 重复给出/],
      [['due', IND, '2025-09-26', '--ics', '--title', ' A'], /^reviewclock：due：--title " A" 无效：首尾有空格/],
      [['due', IND, '2025-09-26', '--extension', 'x'], /^reviewclock：due：--extension "x" 无效，应为整数天数/],
      [['due', IND, '2025-09-26', '--event', 'acceptance'], /^reviewclock：--event "acceptance" 无效，应写作 事件=YYYY-MM-DD/],
      [['add', '2025-09-26', 'x'], /^reviewclock：add：工作日数 "x" 无效，应为整数/],
      [['timeline', 'cn.nmpa.drug.ind.application', '2025-09-19', '--progress', 'x'], /^reviewclock：timeline：--progress "x" 无效，应写作 阶段=YYYY-MM-DD/],
      [['timeline', 'cn.nmpa.drug.ind.application', '2025-09-19', '--progress', 'cn.nmpa.drug.nda=2025-10-01'], /^reviewclock：timeline：--progress "cn\.nmpa\.drug\.nda" 不是 cn\.nmpa\.drug\.ind\.application 的阶段/],
      [['timeline', 'cn.nmpa.drug.nope', '2025-09-19'], /^reviewclock：timeline：未知的程序 "cn\.nmpa\.drug\.nope"；可用的程序：/],
      [['due', IND, '2025-09-26', '--policies', '/nonexistent/team.json'], /^reviewclock：--policies：无法读取 "\/nonexistent\/team\.json"：文件不存在/],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(...args)));
    runs.forEach((result, i) => {
      expect(result.stderr.trimEnd(), cases[i]![0].join(' ')).toMatch(cases[i]![1]);
      expect(result.status, cases[i]![0].join(' ')).toBe(1);
    });
  });

  it("writes commander's usage errors in Chinese with --lang zh, exit status 2", async () => {
    const run = (...args: string[]) => runCli([...args, '--lang', 'zh']);
    const cases: Array<[string[], string]> = [
      [['add', '2025-09-26'], "reviewclock：缺少必需的参数 'days'"],
      [['add', '2025-09-26', '1', '2'], "reviewclock：'add' 的参数过多：应为 2 个，实际为 3 个"],
      [['due', IND, '2025-09-26', '--calender', 'HK'], "reviewclock：未知的选项 '--calender'（是否要找 --calendar？）"],
      [['due', IND, '2025-09-26', '--calendar', 'XX'], "reviewclock：选项 '--calendar <id>' 的值 'XX' 无效，可选值为 CN, HK, CN+HK"],
      [['frob'], "reviewclock：未知的命令 'frob'；运行 reviewclock --help 查看全部命令"],
      [['due', IND], "reviewclock：缺少必需的参数 'start'（或 --event ID=DATE）"],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(...args)));
    runs.forEach((result, i) => {
      expect(result.stderr.trimEnd(), cases[i]![0].join(' ')).toBe(cases[i]![1]);
      expect(result.status, cases[i]![0].join(' ')).toBe(2);
    });
    // Without --lang zh, commander's own English.
    expect((await runCli(['add', '2025-09-26'])).stderr.trimEnd()).toBe("reviewclock: missing required argument 'days'");
  });
});
