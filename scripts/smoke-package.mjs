#!/usr/bin/env node
// Packs the package as npm would publish it, installs the tarball into a fresh project outside this repository
// (so nothing resolves from our own node_modules), and uses it the four ways users do: ESM import, CommonJS require,
// TypeScript (tsc on a consumer file, under node16 and bundler resolution) and the bin. Also lints the package
// (publint, @arethetypeswrong/cli) and bundles the working-day path from the tarball for the browser.
// Run after `tsup` (npm test does). Exit 0 only when every check passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'reviewclock-smoke-'));
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
let failures = 0;
function check(label, fn) {
  try {
    const detail = fn();
    console.log(`  ✓ ${label}${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    failures++;
    console.error(`  ✖ ${label}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`);
  }
}

try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root }).trim().split('\n').pop());
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));

  check('publint', () => { run(bin('publint'), ['--strict', tarball], { cwd: root }); });
  check('@arethetypeswrong/cli', () => { run(bin('attw'), [tarball, '--format', 'ascii'], { cwd: root }); });
  check('tarball holds only dist/, schema/, README, CHANGELOG, LICENSE and package.json', () => {
    const files = run('tar', ['-tzf', tarball]).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const stray = files.filter((f) => !/^(dist\/|schema\/[\w.-]+\.json$|(hk|testing)\/package\.json$|README(\.zh-CN)?\.md$|LICENSE$|package\.json$|CHANGELOG\.md$)/.test(f));
    if (stray.length) throw new Error(`unexpected files: ${stray.join(', ')}`);
    return `${files.length} files`;
  });

  // fast-check is an optional peer dependency, needed only by reviewclock/testing.
  const fastCheck = `fast-check@${JSON.parse(readFileSync(join(root, 'node_modules', 'fast-check', 'package.json'), 'utf8')).version}`;
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball, fastCheck], { cwd: consumer });

  const subpaths = Object.keys(manifest.exports).filter((p) => p !== './package.json');
  const specifiers = subpaths.map((p) => (p === '.' ? 'reviewclock' : `reviewclock/${p.slice(2)}`));

  writeFileSync(join(consumer, 'esm.mjs'), `
import { addWorkingDays, dayInfo, CN } from 'reviewclock';
${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
if (addWorkingDays('2025-09-26', 60) !== '2025-12-25') throw new Error('wrong date');
if (dayInfo('2005-12-31').kind !== 'makeup-workday') throw new Error('wrong day');
// The dependencies that load on first use (zod, date-chinese, date-holidays) resolve from the installed package.
const { withSchedules, projectCalendar, isWorkingDay, CN: mainland } = m0;
const { HK } = m1;
try { withSchedules(mainland, [{ year: 2027 }]); throw new Error('accepted a bad schedule'); } catch (error) { if (error.code !== 'invalid_schedule') throw error; }
if (isWorkingDay('2027-02-10', { calendar: projectCalendar(mainland) }) !== false) throw new Error('wrong projected day');
if (isWorkingDay('2027-12-27', { calendar: projectCalendar(HK) }) !== false) throw new Error('wrong projected HK day');
console.log([${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(', ')}].join(','), CN.coverage.to);
`);
  check(`ESM import of ${specifiers.join(', ')}`, () => run('node', ['esm.mjs'], { cwd: consumer }).trim());

  writeFileSync(join(consumer, 'cjs.cjs'), `
const { addWorkingDays, countWorkingDays } = require('reviewclock');
${specifiers.map((s, i) => `const m${i} = require('${s}');`).join('\n')}
if (addWorkingDays('2025-09-26', 60) !== '2025-12-25') throw new Error('wrong date');
if (countWorkingDays('2024-12-31', '2025-12-31') !== 248) throw new Error('wrong count');
console.log([${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(', ')}].join(','));
`);
  check(`CommonJS require of ${specifiers.join(', ')}`, () => run('node', ['cjs.cjs'], { cwd: consumer }).trim());

  writeFileSync(join(consumer, 'app.ts'), `
import { addWorkingDays, dayInfo, CalendarCoverageError, type DayInfo, type PlainDate } from 'reviewclock';
${specifiers.slice(1).map((s, i) => `import * as extra${i} from '${s}';`).join('\n')}
const due: PlainDate = addWorkingDays('2025-09-26', 60);
const info: DayInfo = dayInfo(due);
const kind: 'workday' | 'weekend' | 'holiday' | 'makeup-workday' = info.kind;
// @ts-expect-error days must be a number
addWorkingDays('2025-09-26', '60');
const error = new Error() as unknown;
if (error instanceof CalendarCoverageError) { const year: number = error.year; void year; }
void kind;
${specifiers.slice(1).map((_, i) => `void extra${i};`).join('\n')}
`);
  for (const [module, moduleResolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
    writeFileSync(join(consumer, `tsconfig.${moduleResolution}.json`), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module, moduleResolution, target: 'es2022', types: [], skipLibCheck: false, exactOptionalPropertyTypes: true },
      files: ['app.ts'],
    }));
    check(`TypeScript (module ${module}, moduleResolution ${moduleResolution})`, () => { run(bin('tsc'), ['-p', `tsconfig.${moduleResolution}.json`], { cwd: consumer }); });
  }

  if (manifest.bin) {
    check('bin: reviewclock add 2025-09-26 60', () => {
      const out = run(join(consumer, 'node_modules', '.bin', 'reviewclock'), ['add', '2025-09-26', '60', '--json'], { cwd: consumer }).trim();
      if (JSON.parse(out).date !== '2025-12-25') throw new Error(`unexpected output ${out}`);
      return out;
    });
  }

  check('browser bundle of isWorkingDay + addWorkingDays from the tarball ≤ 20 KB gzip, no zod, no node: imports', () => {
    writeFileSync(join(consumer, 'browser.mjs'), "export { isWorkingDay, addWorkingDays } from 'reviewclock';");
    run(bin('esbuild'), ['browser.mjs', '--bundle', '--minify', '--format=esm', '--platform=browser', '--outfile=out.js', '--metafile=meta.json', '--log-level=warning'], { cwd: consumer });
    const out = readFileSync(join(consumer, 'out.js'));
    const meta = JSON.parse(readFileSync(join(consumer, 'meta.json'), 'utf8'));
    const used = Object.values(meta.outputs)[0].inputs;
    const heavy = Object.keys(used).filter((p) => used[p].bytesInOutput > 0 && /node_modules\/(zod|date-holidays|date-chinese|date-fns|commander)\//.test(p));
    if (heavy.length) throw new Error(`the working-day path pulls in ${heavy.join(', ')}`);
    if (/\bfrom\s*["']node:|require\(["']node:/.test(out.toString())) throw new Error('the browser bundle imports a node: module');
    const gzip = gzipSync(out).length;
    if (gzip > 20_000) throw new Error(`${gzip} bytes gzip`);
    return `${gzip} bytes gzip`;
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `${failures} package check(s) failed` : 'package checks passed');
process.exit(failures ? 1 : 0);
