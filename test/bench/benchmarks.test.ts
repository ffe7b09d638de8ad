import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The benchmarks are measured by hand (docs/performance.md), never timed here: this only checks that each one still
// runs on the built package, checks its answers and prints its table, with tiny sizes.
const root = new URL('../..', import.meta.url).pathname;
function bench(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [`bench/${script}`, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('benchmarks run', { timeout: 120_000 }, () => {
  it('startup.bench.mjs: every contender answers correctly and gets a row', () => {
    const out = bench('startup.bench.mjs', [], { BENCH_RUNS: '1' });
    for (const row of ['bare `node -e 0`', 'chinese-days, import', 'reviewclock, import + addWorkingDays', 'CLI `day 2025-11-20`', 'CLI `day 2025-12-25 --calendar HK`']) {
      expect(out).toContain(`| ${row}`);
    }
  });

  it('workday.bench.mjs: reviewclock (CN and HK), chinese-days and the bare table agree, then are timed', () => {
    const out = bench('workday.bench.mjs', [], { BENCH_MS: '20', TZ: 'Asia/Shanghai' });
    expect(out).toMatch(/\| add 200 working days \|.*\|.*\|/);
    expect(out).toContain('HK ÷ CN');
  });

  it('serve.bench.mjs: the server and the bare route answer right, then get a row each', () => {
    const out = bench('serve.bench.mjs', [], { BENCH_SECONDS: '1', BENCH_ROUNDS: '1' });
    for (const row of ['bare Hono route', 'reviewclock `/v1/add`', 'reviewclock `/v1/due`']) expect(out).toMatch(new RegExp(`\\| ${row.replace(/[`/]/g, '.')} \\| [\\d,]+ \\|`));
    expect(out).toMatch(/\| bare Hono route, \/v1\/due's [\d,]+ bytes \| [\d,]+ \|/);
    expect(out).toMatch(/\| reviewclock `\/v1\/due` \|.*\| \d+\.\d\d \| \d+\.\d\d \|$/m);
  });

  it('batch.bench.mjs: a small batch and the ratio to the bare loop', () => {
    const out = bench('batch.bench.mjs', ['2000', 'ndjson', '0'], { BENCH_RATIO_ROWS: '2000' });
    expect(out).toMatch(/\| ndjson \| 0 workers \| 2,000 \|/);
    expect(out).toMatch(/ratio batch ÷ bare loop: \d+\.\d\d/);
  });
});
