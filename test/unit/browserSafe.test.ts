import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/', import.meta.url).pathname;
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Everything but the command-line tool runs in browsers too: no Node built-ins, no process, no Buffer, no
// local-time reads of the machine clock. The exceptions are the Node builds' loaders (src/lazy/*.node.ts), which
// tsup.config.ts swaps in for their browser-safe twins only in dist/node, dist/cjs and the CLI.
describe('browser-safe library', () => {
  const library = sourceFiles(root).filter((path) => !relative(root, path).startsWith('cli/') && !path.endsWith('.node.ts'));

  it('has library modules to check', () => {
    expect(library.length).toBeGreaterThan(30);
  });

  it.each(library.map((path) => [relative(root, path), path]))('%s uses no Node-only API', (_, path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/from\s+['"]node:|require\(['"]|from\s+['"](fs|path|os|child_process|stream|crypto|zlib)['"]/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname|__filename/);
    expect(code).not.toMatch(/new Date\(\s*['"`a-z]|\.get(FullYear|Month|Date|Day|Hours)\(\)|Date\.now\(\)/);
  });
});

describe('the Node builds\' loaders', () => {
  const lazy = join(root, 'lazy');
  const twins = readdirSync(lazy).filter((name) => name.endsWith('.node.ts') && name !== 'require.node.ts');

  it('each src/lazy/X.node.ts has a browser-safe X.ts exporting the same names', () => {
    expect(twins.length).toBeGreaterThanOrEqual(3);
    const exports = (file: string) => [...readFileSync(join(lazy, file), 'utf8').matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    for (const twin of twins) expect(exports(twin.replace('.node.ts', '.ts'))).toEqual(exports(twin));
  });

  it('zod, date-chinese and date-holidays are imported only by their loaders', () => {
    const importers = sourceFiles(root)
      .filter((path) => /from\s+['"](zod|date-chinese|date-holidays)['"]/.test(readFileSync(path, 'utf8').replace(/^import type .*$/gm, '')))
      .map((path) => relative(root, path));
    expect(importers.sort()).toEqual(['lazy/dateChinese.ts', 'lazy/dateHolidays.ts', 'lazy/zod.ts']);
  });
});
