#!/usr/bin/env node
// A longer fuzz run than `npm test`'s: the fuzz suites (test/fuzz) with REVIEWCLOCK_FUZZ_FACTOR times the runs
// (default 20) on a new seed, printed first and again on failure, so that any failure can be replayed:
//   FC_SEED=<seed> REVIEWCLOCK_FUZZ_FACTOR=<factor> npm run fuzz
// Builds first: the CLI suites spawn dist/cli.js.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.FC_SEED ?? String(randomInt(2 ** 31));
const factor = process.env.REVIEWCLOCK_FUZZ_FACTOR ?? '20';
console.log(`fuzz: seed ${seed}, ${factor}× the runs of npm test`);
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: seed, REVIEWCLOCK_FUZZ_FACTOR: factor },
});
if (run.status !== 0) {
  console.error(`\nfuzz failed with seed ${seed}; replay: FC_SEED=${seed} REVIEWCLOCK_FUZZ_FACTOR=${factor} npm run fuzz`);
  process.exit(run.status ?? 1);
}
console.log(`fuzz passed: seed ${seed}, factor ${factor}`);
