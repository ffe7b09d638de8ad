import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPolicies, listProcedures } from '../../src/index.js';
import { builtInPolicies, builtInProcedures } from '../../src/policy/catalog/index.js';

// The Node builds (dist/node for import, dist/cjs for require, and the CLI) are made by tsup.config.ts with two
// swaps: dependencies loaded on first use (src/lazy/*.node.ts) and the catalog as JSON text. These tests run the
// built files (npm test builds first) and check that the swaps keep every answer and load only what is used.
const root = new URL('../..', import.meta.url).pathname;

/** Runs a script in a fresh Node process (ESM when `module`), from the repository so that 'reviewclock' resolves to it. */
function fresh(code: string, module = true): string {
  const result = spawnSync(process.execPath, module ? ['--input-type=module', '-e', code] : ['-e', code], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim();
}
const loadedHeavy = `(${String((cache: Record<string, unknown>) => [
  ...new Set(Object.keys(cache).filter((path) => /node_modules\/(zod|date-chinese|date-holidays)\//.test(path)).map((path) => path.split('node_modules/')[1]!.split('/')[0])),
])})`;
/** For ESM scripts: the CommonJS module cache, where the lazily required dependencies appear. */
const esmCache = "(await import('node:module')).createRequire(import.meta.url).cache";
const ESM_CACHE = `const moduleCache = ${esmCache};`;

describe('the Node builds', () => {
  it('resolve "reviewclock" to dist/node for import and dist/cjs for require', () => {
    expect(fresh("console.log(import.meta.resolve('reviewclock'))")).toMatch(/\/dist\/node\/index\.js$/);
    expect(fresh("console.log(require.resolve('reviewclock'))", false)).toMatch(/\/dist\/cjs\/index\.cjs$/);
  });

  it('import no dependency statically: zod, date-chinese and date-holidays are required on first use only', () => {
    for (const dir of ['dist/node', 'dist/cjs']) {
      for (const file of readdirSync(join(root, dir))) {
        const code = readFileSync(join(root, dir, file), 'utf8');
        expect(code, `${dir}/${file}`).not.toMatch(/(from\s*|import\s*\(\s*|require\(\s*)["'](zod|date-chinese|date-holidays)["']/);
      }
    }
  });

  it('count working days without reading the catalog, and read it on the first policy lookup', () => {
    const catalogRead = (cache: string) => `Object.keys(${cache}).some((path) => path.endsWith('catalog.json'))`;
    expect(
      JSON.parse(
        fresh(
          `${ESM_CACHE} import { addWorkingDays, dueDate } from 'reviewclock'; addWorkingDays('2025-11-20', 30); const before = ${catalogRead('moduleCache')};` +
            `dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-11-20' }); console.log(JSON.stringify([before, ${catalogRead('moduleCache')}]))`,
        ),
      ),
    ).toEqual([false, true]);
    expect(
      JSON.parse(
        fresh(
          `const { addWorkingDays, dueDate } = require('reviewclock'); addWorkingDays('2025-11-20', 30); const before = ${catalogRead('require.cache')};` +
            `dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-11-20' }); console.log(JSON.stringify([before, ${catalogRead('require.cache')}]))`,
          false,
        ),
      ),
    ).toEqual([false, true]);
  });

  it('count working days, evaluate a catalog policy and answer on Hong Kong without loading zod, date-chinese or date-holidays', () => {
    const esm = fresh(
      "import { addWorkingDays, dueDate } from 'reviewclock'; import { HK } from 'reviewclock/hk';" +
        "const answers = [addWorkingDays('2025-11-20', 30), dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-11-20' }).due, addWorkingDays('2025-12-24', 1, { calendar: HK })];" +
        `console.log(JSON.stringify({ answers, heavy: ${loadedHeavy}(${esmCache}) }))`,
    );
    expect(JSON.parse(esm)).toEqual({ answers: ['2026-01-04', '2026-02-13', '2025-12-29'], heavy: [] });
    const cjs = fresh(
      "const { addWorkingDays, dueDate } = require('reviewclock'); const { HK } = require('reviewclock/hk');" +
        "const answers = [addWorkingDays('2025-11-20', 30), dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-11-20' }).due, addWorkingDays('2025-12-24', 1, { calendar: HK })];" +
        `console.log(JSON.stringify({ answers, heavy: ${loadedHeavy}(require.cache) }))`,
      false,
    );
    expect(JSON.parse(cjs)).toEqual({ answers: ['2026-01-04', '2026-02-13', '2025-12-29'], heavy: [] });
  });

  it('load each dependency when a function needs it, and not before', () => {
    const out = fresh(
      "import { CN, withSchedules, projectCalendar, dueDate, isWorkingDay } from 'reviewclock'; import { HK } from 'reviewclock/hk';" +
        `${ESM_CACHE} const steps = {}; const heavy = () => ${loadedHeavy}(moduleCache).sort();` +
        `const schedule = JSON.parse(${JSON.stringify(readFileSync(join(root, 'test/cli/fixtures/cn-2027-hypothetical.json'), 'utf8'))});` +
        "steps.validSchedule = [isWorkingDay('2027-02-10', { calendar: withSchedules(CN, [schedule]) }), heavy()];" +
        "try { dueDate({ policy: { id: 'x' }, start: '2025-01-01' }) } catch (e) { steps.policy = [e.code, heavy()] }" +
        "steps.projected = [isWorkingDay('2027-02-10', { calendar: projectCalendar(CN) }), heavy()];" +
        "steps.hkProjected = [isWorkingDay('2027-12-27', { calendar: projectCalendar(HK) }), heavy()];" +
        "try { withSchedules(CN, [{ year: 2027 }]) } catch (e) { steps.schedule = [e.code, heavy()] }" +
        'console.log(JSON.stringify(steps))',
    );
    const steps = JSON.parse(out);
    // A plainly valid schedule is taken without zod; zod comes with the first value that needs the schema's word.
    expect(steps.validSchedule).toEqual([false, []]);
    expect(steps.policy).toEqual(['invalid_policy', ['zod']]);
    expect(steps.projected[0]).toBe(false);
    expect(steps.projected[1]).toContain('date-chinese');
    expect(steps.projected[1]).not.toContain('date-holidays');
    expect(steps.hkProjected[0]).toBe(false);
    expect(steps.hkProjected[1]).toContain('date-holidays');
    expect(steps.schedule[0]).toBe('invalid_schedule');
  });

  it('ship the catalog as the source holds it: every policy version and procedure, field for field', () => {
    // The JSON round trip is lossless only for plain data: no undefined, no functions, no shared mutable state.
    expect(JSON.parse(JSON.stringify(builtInPolicies()))).toStrictEqual(builtInPolicies());
    expect(JSON.parse(JSON.stringify(builtInProcedures()))).toStrictEqual(builtInProcedures());
    const built = JSON.parse(
      fresh("import { listPolicies, listProcedures } from 'reviewclock'; console.log(JSON.stringify({ policies: listPolicies({ allVersions: true }), procedures: listProcedures() }))"),
    );
    expect(built.policies).toStrictEqual(JSON.parse(JSON.stringify(listPolicies({ allVersions: true }))));
    expect(built.procedures).toStrictEqual(JSON.parse(JSON.stringify(listProcedures())));
    expect(built.policies.length).toBeGreaterThan(80);
  });
});

