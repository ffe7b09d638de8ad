#!/usr/bin/env node
// What a script, a test worker or a cron job pays to start: fresh Node processes, each importing a package and
// answering once, and the CLI answering once, against a bare `node -e 0` started the same way. Run on the built
// package (`npm run build` first); reviewclock is imported by its name, so Node resolves it through package.json
// "exports" exactly as it does for a user (the "node" condition: dist/node, or dist/cjs for require).
//
// Every contender runs once per round, in the same order, for BENCH_RUNS rounds (default 30), so that drift in the
// machine's load hits all of them alike; the figure is the median wall time of one process (spawn to exit), and the
// ratios are of medians (the fastest run is shown too: noise only adds time). Each process prints its answer, and
// the benchmark checks it before timing anything.
//
//   npm run build && node bench/startup.bench.mjs
//   BENCH_RUNS=60 node bench/startup.bench.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist', 'cli.js');
if (!existsSync(CLI) || !existsSync(join(root, 'dist', 'node', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

// An empty schedule store, so that no schedule a user added on this machine is read; and a second store holding a
// 2027 schedule (the tests' hypothetical one) as a user adds the real one, to show what a stored schedule costs.
const emptyHome = mkdtempSync(join(tmpdir(), 'reviewclock-bench-'));
const storedHome = mkdtempSync(join(tmpdir(), 'reviewclock-bench-'));
const SCHEDULE_2027 = join(root, 'test', 'cli', 'fixtures', 'cn-2027-hypothetical.json');

const env = (home) => ({ ...process.env, TZ: 'Asia/Shanghai', REVIEWCLOCK_HOME: home, NO_COLOR: '1' });
const node = (args, expected, home = emptyHome) => ({ argv: [process.execPath, ...args], expected, env: env(home) });
const esm = (code) => ['--input-type=module', '-e', code];
const cjs = (code) => ['-e', code];

// 30 working days after 2025-11-20: 2026-01-04 (a Sunday worked in lieu of New Year's Day 2026).
const contenders = [
  ['bare `node -e 0`', node(['-e', '0'], '')],
  ['chinese-days, import + findWorkday', node(esm("import cd from 'chinese-days'; console.log(cd.findWorkday(30, '2025-11-20'))"), '2026-01-04')],
  ['reviewclock, import + addWorkingDays', node(esm("import { addWorkingDays } from 'reviewclock'; console.log(addWorkingDays('2025-11-20', 30))"), '2026-01-04')],
  ['chinese-days, require + findWorkday', node(cjs("console.log(require('chinese-days').findWorkday(30, '2025-11-20'))"), '2026-01-04')],
  ['reviewclock, require + addWorkingDays', node(cjs("console.log(require('reviewclock').addWorkingDays('2025-11-20', 30))"), '2026-01-04')],
  [
    'reviewclock, import + dueDate (IND)',
    node(esm("import { dueDate } from 'reviewclock'; console.log(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-11-20' }).due)"), '2026-02-13'),
  ],
  [
    'reviewclock/hk, import + addWorkingDays on HK',
    node(
      esm("import { addWorkingDays } from 'reviewclock'; import { HK } from 'reviewclock/hk'; console.log(addWorkingDays('2025-12-24', 1, { calendar: HK }))"),
      '2025-12-29',
    ),
  ],
  ['CLI `day 2025-11-20`', node([CLI, 'day', '2025-11-20'], /^2025-11-20 {2}Thursday/)],
  ['CLI `due cn.nmpa.drug.ind 2025-11-20`', node([CLI, 'due', 'cn.nmpa.drug.ind', '2025-11-20'], /^2026-02-13 {2}Friday/)],
  ['CLI `day 2025-12-25 --calendar HK`', node([CLI, 'day', '2025-12-25', '--calendar', 'HK'], /^2025-12-25 {2}Thursday/)],
  [
    'CLI `due hk.dh.drug.nce-1plus 2025-11-20`',
    node([CLI, 'due', 'hk.dh.drug.nce-1plus', '2025-11-20'], /^\d{4}-\d{2}-\d{2} {2}\w+day/),
  ],
  ['CLI `day 2027-02-10`, with a 2027 schedule stored', node([CLI, 'day', '2027-02-10'], /^2027-02-10 {2}Wednesday/, storedHome)],
];

function runOnce({ argv, env: childEnv }) {
  const began = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: root, env: childEnv, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  return { ms, result };
}

function check(label, { argv, expected }, { result }) {
  const out = result.stdout.trim();
  const ok = result.status === 0 && (typeof expected === 'string' ? out === expected : expected.test(out));
  if (!ok) {
    throw new Error(`${label}: unexpected answer (exit ${result.status}) from ${argv.slice(1).join(' ')}\n${out}\n${result.stderr}`);
  }
}

try {
  // The stored 2027 schedule, added through the CLI as a user does.
  const imported = spawnSync(process.execPath, [CLI, 'schedule', 'add', SCHEDULE_2027], { env: env(storedHome), encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`schedule add failed: ${imported.stderr}`);
  writeFileSync(join(emptyHome, '.keep'), '');

  for (const [label, contender] of contenders) check(label, contender, runOnce(contender));
  const times = contenders.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    contenders.forEach(([, contender], k) => times[k].push(runOnce(contender).ms));
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const medians = times.map(median);
  const fastest = times.map((values) => Math.min(...values));
  const bare = medians[0];
  const peerOf = (label) => (label.includes('require') ? medians[3] : medians[1]);

  console.log(`reviewclock start-up benchmark: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${RUNS} rounds`);
  console.log(`load average before the rounds ended: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  console.log('');
  console.log('| process | median (ms) | fastest (ms) | × bare node | over bare (ms) | × chinese-days (total) | × chinese-days (over bare) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  contenders.forEach(([label], k) => {
    const over = medians[k] - bare;
    const library = label.startsWith('reviewclock');
    const peer = peerOf(label);
    console.log(
      `| ${label} | ${medians[k].toFixed(1)} | ${fastest[k].toFixed(1)} | ${(medians[k] / bare).toFixed(2)} | ${over.toFixed(1)} | ` +
        `${library ? (medians[k] / peer).toFixed(2) : ''} | ${library ? (over / (peer - bare)).toFixed(2) : ''} |`,
    );
  });
} finally {
  rmSync(emptyHome, { recursive: true, force: true });
  rmSync(storedHome, { recursive: true, force: true });
}
