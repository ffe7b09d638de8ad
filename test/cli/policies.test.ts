import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli.js';

const idsOf = (stdout: string) => JSON.parse(stdout).map((p: { id: string; version: string }) => `${p.id}@${p.version}`);

describe('reviewclock policies: search', () => {
  it('finds the Beijing pilots by name, best match first, saying when a match is an earlier version', async () => {
    const run = await runCli(['policies', 'beijing']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(['cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.supplement.pilot-60', '2']);
    expect(lines[0]).toMatch(/^cn\.nmpa\.drug\.ind\.innovative-30\s+30 working days\s+Innovative-drug IND: 30-working-day review \(pilot\).*\(version 2024-07-31, in force to 2025-07-31\)$/);
    expect(lines[1]).toMatch(/\s60 working days\s/);
    expect(lines[1]).not.toContain('(version');
    expect(lines[2]).toBe('2 policies. `reviewclock policy <id>` shows one in full.');
  });

  it('searches in Chinese, with --json in rank order', async () => {
    const [zh, json] = await Promise.all([runCli(['policies', '北京', '--lang', 'zh']), runCli(['policies', '北京', '--json'])]);
    expect(zh.stdout).toContain('（2024-07-31 版本，施行至 2025-07-31）');
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toBe('共 2 条。`reviewclock policy <id>` 显示一条规则的全部内容。');
    expect(idsOf(json.stdout)).toEqual(['cn.nmpa.drug.ind.innovative-30@2024-07-31', 'cn.nmpa.drug.supplement.pilot-60@2024-02-01']);
  });

  it('matches whole words and word starts: "window" never lists the IND policies for the "ind" inside it, and vice versa', async () => {
    const [window, ind] = await Promise.all([runCli(['policies', 'window', '--json']), runCli(['policies', 'ind', '--json'])]);
    const windowIds = JSON.parse(window.stdout).map((p: { id: string }) => p.id);
    const indIds = JSON.parse(ind.stdout).map((p: { id: string }) => p.id);
    expect(windowIds).toContain('cn.nmpa.drug.objection-window');
    expect(windowIds).not.toContain('cn.nmpa.drug.ind');
    expect(indIds[0]).toBe('cn.nmpa.drug.ind');
    expect(indIds).not.toContain('cn.nmpa.drug.objection-window');
  });

  it('refuses a huge query with one line on stderr, exit 1', async () => {
    const run = await runCli(['policies', ...Array.from({ length: 40 }, (_, i) => `word${i}`)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^reviewclock: policies: filter\.text has more than 32 different words, received "word0 word1 /);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const long = await runCli(['policies', 'x'.repeat(1001)]);
    expect(long.status).toBe(1);
    expect(long.stderr).toMatch(/^reviewclock: policies: filter\.text is 1001 characters long, received "xxx/);
  });
});

describe('reviewclock policy: pilot regions', () => {
  it('names the pilot regions of a version, in the language asked', async () => {
    const [en, zh, ind] = await Promise.all([
      runCli(['policy', 'cn.nmpa.drug.ind.innovative-30', '--on', '2025-01-01']),
      runCli(['policy', 'cn.nmpa.drug.ind.innovative-30', '--on', '2025-01-01', '--lang', 'zh']),
      runCli(['policy', 'cn.nmpa.drug.ind']),
    ]);
    expect(en.stdout).toMatch(/^Pilot regions\s+CN-BJ Beijing, CN-SH Shanghai$/m);
    expect(zh.stdout).toMatch(/^试点地区\s+CN-BJ 北京市、CN-SH 上海市$/m);
    // A rule for the whole jurisdiction has no such row; its versions are still listed.
    expect(ind.stdout).not.toContain('Pilot regions');
    expect(ind.stdout).toMatch(/^Versions\s+\d{4}-\d\d-\d\d: /m);
    expect(ind.stdout).toMatch(/^\s+2019-12-01: 2019-12-01 → …, 60 working days$/m);
  });
});

describe('reviewclock policy --lang zh: Chinese a regulatory reader signs off', () => {
  it('translates the values, cites the source and the stop articles in Chinese, and says 计时中止 and 来源', async () => {
    const run = await runCli(['policy', 'cn.nmpa.drug.nda', '--lang', 'zh']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^产品\s+药品$/m);
    expect(run.stdout).toMatch(/^类型\s+审评$/m);
    expect(run.stdout).toMatch(/^届满后果\s+无视为批准等后果$/m);
    expect(run.stdout).toMatch(/^来源\s+有据（已查到出处）$/m);
    expect(run.stdout).toMatch(/^延长上限\s+原时限的二分之一$/m);
    expect(run.stdout).toMatch(
      /^计时中止\s+sponsor-supplement：药审中心发补后申请人补充资料；恢复计时后时限延长三分之一（向上取整，仅首次）；依据《药品注册管理办法》第八十七条（原文未规定取整方式，本工具向上取整）$/m,
    );
    expect(run.stdout).toMatch(/^依据\s+《药品注册管理办法》（国家市场监督管理总局令第27号）第九十六条第（二）项；第八十七条（补充资料后延长时限）$/m);
    expect(run.stdout).toMatch(/^施行期间\s+2020-07-01 → 现行有效（版本 2020-07-01）$/m);
    expect(run.stdout).not.toMatch(/暂停计时|可信度|^产品\s+drug|^类型\s+review|\bcited\b/m);
  });

  it('cites two documents one by one, and marks an unverified rule in Chinese', async () => {
    const [ind, list] = await Promise.all([runCli(['policy', 'cn.nmpa.device.renewal.filing', '--lang', 'zh']), runCli(['policies', 'pilot-60', '--lang', 'zh'])]);
    expect(ind.stdout).toMatch(
      /^依据\s+《医疗器械监督管理条例》（国务院令第739号）第二十二条（条文序号未经核实）；《医疗器械注册与备案管理办法》（国家市场监督管理总局令第47号）延续注册相关章节$/m,
    );
    expect(ind.stdout).toMatch(/^类型\s+申请人办理期限$/m);
    expect(ind.stdout).toMatch(/^来源\s+未经核实$/m);
    expect(list.stdout).toContain('（未经核实）');
    expect(list.stdout).not.toContain('(unverified)');
  });
});
