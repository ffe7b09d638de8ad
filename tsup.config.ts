import { defineConfig, type Options } from 'tsup';

// The public entry points (package.json "exports").
const entries: Record<string, string> = {
  index: 'src/index.ts',
  hk: 'src/hk.ts',
  testing: 'src/testing.ts',
};

const shared: Options = { target: 'node20', sourcemap: false, treeshake: true, silent: true };

export default defineConfig([
  // ESM, one output file per source module (no bundling), so that an app's bundler keeps only the modules it uses:
  // counting working days never loads zod, the policy catalog, date-holidays or the projection engine.
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/**/*.d.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    clean: true,
  },
  // CommonJS: one bundle per entry point, sharing chunks so that classes (errors, Calendar) exist once.
  {
    ...shared,
    entry: entries,
    outDir: 'dist/cjs',
    format: ['cjs'],
    splitting: true,
    clean: true,
  },
  // Type declarations for both module systems (.d.ts for import, .d.cts for require).
  {
    ...shared,
    entry: entries,
    outDir: 'dist/types',
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: true,
  },
  // The command-line tool: one ESM file with a hashbang (tsup makes it executable).
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    outDir: 'dist',
    format: ['esm'],
    clean: false,
  },
]);
