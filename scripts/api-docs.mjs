#!/usr/bin/env node
// The API reference (docs/api/) is generated from the TSDoc comments of the public entry points by TypeDoc.
//   node scripts/api-docs.mjs           regenerate docs/api
//   node scripts/api-docs.mjs --check   fail if docs/api differs from what the sources generate
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const out = check ? '.tmp/api-check' : 'docs/api';
rmSync(out, { recursive: true, force: true });
const result = spawnSync('npx', ['typedoc', '--out', out, '--logLevel', 'Warn'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
if (!check) process.exit(0);

const list = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const expected = list(out);
const committed = list('docs/api');
const stale = [...new Set([...expected, ...committed])].filter(
  (name) => !expected.includes(name) || !committed.includes(name) || readFileSync(join(out, name), 'utf8') !== readFileSync(join('docs/api', name), 'utf8'),
);
if (stale.length) {
  console.error(`docs/api is stale (${stale.join(', ')}): run npm run docs:api and commit the result`);
  process.exit(1);
}
console.log(`docs/api is up to date (${expected.length} files)`);
