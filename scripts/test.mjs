#!/usr/bin/env node
// The whole test run, as CI and the README run it: type check, build, derived-file checks, then the vitest suite
// under several time zones, whose answers must be identical. Ends with a line "N passed, N failed" (CI greps it),
// followed, when tests were skipped, by ", N skipped (why)".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

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
  ['docs/policies.md and policies.zh-CN.md are generated from the catalog, not stale', 'npx', ['tsx', 'scripts/policies-doc.ts', '--check']],
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
const skips = new Map();
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
    addSkips(skips, results);
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
console.log(`\n${summaryLine(passed, failed, skips)}`);
process.exit(failed ? 1 : 0);

/**
 * Adds the tests a vitest JSON report skipped (numPendingTests + numTodoTests) to `skips`, a map from why to how
 * many: the playground's browser tests when test/e2e/playground.test.ts found no Chromium (its placeholder suite says
 * "skipped, PATH is not installed", and every browser test is skipped with it), else the file of each skipped test.
 */
function addSkips(skips, results) {
  const total = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  let explained = 0;
  for (const file of results.testResults ?? []) {
    const skipped = (file.assertionResults ?? []).filter((test) => ['skipped', 'pending', 'todo'].includes(test.status));
    if (skipped.length === 0) continue;
    const missing = skipped
      .flatMap((test) => test.ancestorTitles ?? [])
      .map((title) => /skipped, (\S+) is not installed/.exec(title)?.[1])
      .find(Boolean);
    const path = relative(process.cwd(), file.name ?? '');
    const why =
      missing && path.endsWith('playground.test.ts')
        ? `Chromium not found at ${missing}: the playground's browser tests did not run`
        : `skipped in ${path}`;
    skips.set(why, (skips.get(why) ?? 0) + skipped.length);
    explained += skipped.length;
  }
  if (total > explained) skips.set('skipped (no detail in the report)', (skips.get('skipped (no detail in the report)') ?? 0) + total - explained);
}

/**
 * The last line: "N passed, N failed", then ", N skipped (why)" when tests were skipped (each reason with its count
 * when there are several).
 *
 * @example
 * summaryLine(3976, 0, new Map([['Chromium not found at /usr/bin/chromium: …', 42]]))
 * //=> '3976 passed, 0 failed, 42 skipped (Chromium not found at /usr/bin/chromium: …)'
 */
function summaryLine(passed, failed, skips) {
  const line = `${passed} passed, ${failed} failed`;
  const skipped = [...skips.values()].reduce((sum, count) => sum + count, 0);
  if (skipped === 0) return line;
  const reasons = skips.size === 1 ? [...skips.keys()] : [...skips].map(([why, count]) => `${count}: ${why}`);
  return `${line}, ${skipped} skipped (${reasons.join('; ')})`;
}
