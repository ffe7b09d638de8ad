#!/usr/bin/env -S npx tsx
// Builds the playground page (docs/playground/): type-checks its source, then bundles docs/playground/src/main.ts
// with the library's source into one classic script, docs/playground/playground.js, so that index.html works when
// opened straight from disk (file:// pages cannot load module scripts). The bundle is not committed: this script
// makes it, and the end-to-end test (test/e2e/playground.test.ts) builds its own copy the same way.
//
//   npx tsx scripts/playground.ts              type check, then write docs/playground/playground.js (npm run playground)
//   npx tsx scripts/playground.ts --no-check   skip the type check
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The playground's folder. */
export const PLAYGROUND_DIR = fileURLToPath(new URL('../docs/playground/', import.meta.url));
/** The files index.html loads besides the script. */
export const PLAYGROUND_STATIC_FILES = ['index.html', 'playground.css'] as const;
/** The script's file name, next to index.html. */
export const PLAYGROUND_SCRIPT = 'playground.js';

/**
 * Bundles the page's script.
 *
 * @param outfile - Where to write it; default docs/playground/playground.js.
 * @returns The bundle's size in bytes.
 */
export async function buildPlayground(outfile = `${PLAYGROUND_DIR}${PLAYGROUND_SCRIPT}`): Promise<number> {
  const result = await build({
    entryPoints: [`${PLAYGROUND_DIR}src/main.ts`],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'edge109', 'firefox115', 'safari15.4'],
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
    banner: { js: '// reviewclock playground: built by `npm run playground` from docs/playground/src/main.ts; do not edit.' },
  });
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--no-check')) {
    const check = spawnSync('npx', ['tsc', '--noEmit', '-p', `${PLAYGROUND_DIR}tsconfig.json`], { stdio: 'inherit' });
    if (check.status !== 0) {
      console.error('playground: the type check failed');
      process.exit(1);
    }
  }
  const bytes = await buildPlayground();
  console.log(`playground: wrote docs/playground/${PLAYGROUND_SCRIPT} (${(bytes / 1024).toFixed(0)} KiB); open docs/playground/index.html`);
}
