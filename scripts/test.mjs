#!/usr/bin/env node
// The whole test run, as CI and the README run it: type check, build, derived-file checks, then the vitest suite
// under several time zones, whose answers must be identical. Ends with a line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York'];
// Property and fuzz runs use one fixed seed here (FC_SEED overrides it), so that a run of the suite is reproducible;
// `npm run fuzz` explores new seeds for longer.
const FC_SEED = process.env.FC_SEED ?? '20261122';
const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['type check of the playground page (docs/playground)', 'npx', ['tsc', '--noEmit', '-p', 'docs/playground']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['calendar fixtures are derived, not edited', 'node', ['scripts/calendar-fixtures.mjs']],
  ['lunar-date oracle (chinese-days) is derived, not edited', 'node', ['scripts/chinese-dates-fixture.mjs', '--check']],
  ['Hong Kong data (src/calendar/hk/generalHolidays.ts) is generated from date-holidays, not edited', 'npx', ['tsx', 'scripts/hk-data.ts', '--check']],
  ['docs/policies.md is generated from the catalog, not stale', 'npx', ['tsx', 'scripts/policies-doc.ts', '--check']],
  ['docs/api is generated from the TSDoc comments, not stale', 'node', ['scripts/api-docs.mjs', '--check']],
  ['the packed tarball works through ESM, CJS, TypeScript, the bin and a browser bundle', 'node', ['scripts/smoke-package.mjs']],
];

mkdirSync('.tmp', { recursive: true });
let failedSteps = 0;
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
    failedSteps++;
    return false;
  }
  return true;
}

for (const [label, command, args] of steps) run(label, command, args);

console.log(`\nfast-check seed ${FC_SEED} (replay a failure with FC_SEED=${FC_SEED})`);
let passed = 0;
let failed = 0;
const digests = [];
for (const zone of ZONES) {
  const report = `.tmp/vitest-${zone.replace('/', '_')}.json`;
  const digestFile = `.tmp/digest-${zone.replace('/', '_')}.json`;
  run(`tests under TZ=${zone}`, 'npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], {
    TZ: zone,
    FC_SEED,
    REVIEWCLOCK_DIGEST_FILE: digestFile,
  });
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests + (results.numTotalTestSuites && results.success === false && results.numFailedTests === 0 ? 1 : 0);
    digests.push(JSON.parse(readFileSync(digestFile, 'utf8')));
  } catch (error) {
    console.error(`✖ no results for TZ=${zone}: ${error.message}`);
    failed++;
  }
}

console.log('\n▶ answers identical under every time zone');
const distinct = new Set(digests.map((d) => d.digest));
if (digests.length !== ZONES.length || distinct.size !== 1) {
  console.error('✖ answers differ between time zones:', digests);
  failed++;
} else {
  console.log(`  ${digests[0].answers} answers, sha256 ${digests[0].digest.slice(0, 16)}… under ${ZONES.join(', ')}`);
  passed++;
}

failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
