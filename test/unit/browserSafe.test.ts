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
// local-time reads of the machine clock.
describe('browser-safe library', () => {
  const library = sourceFiles(root).filter((path) => !relative(root, path).startsWith('cli/'));

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
