import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { builtInPolicies, builtInProcedures } from './src/policy/catalog/index.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// The public entry points (package.json "exports").
const entries: Record<string, string> = {
  index: 'src/index.ts',
  hk: 'src/hk.ts',
  schema: 'src/schema.ts',
  testing: 'src/testing.ts',
};

const shared: Options = { target: 'node20', sourcemap: false, treeshake: true, silent: true };

/** The built-in catalog as JSON: written next to each Node build's chunks, read on the first lookup. */
const catalogJson = (): string => JSON.stringify({ policies: builtInPolicies(), procedures: builtInProcedures() });

/**
 * For the Node builds (dist/node, dist/cjs, the CLI), two swaps that make importing reviewclock cheap:
 * - each loader in src/lazy/ (`zod.ts`, `dateChinese.ts`, `dateHolidays.ts`, a static import) becomes its
 *   `.node.ts` twin, which requires the dependency on the first call: counting days never loads zod, date-chinese or
 *   date-holidays;
 * - the policy catalog (src/policy/catalog/, about 180 KB of object literals, which every import would parse)
 *   becomes `catalog.json` next to the build's chunks, required on the first lookup (`requireBuiltInCatalog`).
 *   test/build/nodeBuild.test.ts checks that the built catalog equals the source.
 */
const nodeSwaps: EsbuildPlugin = {
  name: 'reviewclock-node-swaps',
  setup(build) {
    build.onResolve({ filter: /(^|\/)lazy\/[A-Za-z]+\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path).replace(/\.js$/, '.node.ts'),
    }));
    build.onLoad({ filter: /[/\\]src[/\\]policy[/\\]catalog[/\\]index\.ts$/ }, () => ({
      loader: 'ts',
      resolveDir: resolve('src/policy/catalog'),
      contents: [
        "// The built-in catalog, read from catalog.json (written by tsup.config.ts from src/policy/catalog/) on first use.",
        "import { requireBuiltInCatalog } from '../../lazy/require.node.js';",
        'let catalog: { policies: never[]; procedures: never[] } | undefined;',
        'const read = () => (catalog ??= requireBuiltInCatalog() as { policies: never[]; procedures: never[] });',
        'export const builtInPolicies = () => read().policies;',
        'export const builtInProcedures = () => read().procedures;',
      ].join('\n'),
    }));
    build.onEnd(() => {
      const outDir = build.initialOptions.outdir;
      if (!outDir) return;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'catalog.json'), catalogJson());
    });
  },
};

/**
 * The packages bundled into the CLI (their code ships in dist/, so their licences go with it): the CLI's own
 * dependencies, and the HTTP framework of `reviewclock serve` with what it imports (loaded only when serve runs).
 */
const CLI_BUNDLED = [
  'commander',
  'date-fns',
  'env-paths',
  'hono',
  '@hono/node-server',
  '@hono/zod-openapi',
  '@hono/zod-validator',
  '@asteasolutions/zod-to-openapi',
];

/**
 * Bundled packages published without a licence file, with the package whose licence text they are released under:
 * @hono/zod-openapi and @hono/zod-validator declare MIT in their package.json and live in the honojs/middleware
 * repository, whose licence is Hono's.
 */
const LICENCE_OF: Readonly<Record<string, string>> = { '@hono/zod-openapi': 'hono', '@hono/zod-validator': 'hono' };

/** Writes dist/THIRD-PARTY-NOTICES.md: each bundled package's name, version, licence and licence text. */
function writeThirdPartyNotices(): void {
  const sections = CLI_BUNDLED.map((name) => {
    const dir = join('node_modules', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
    const licenceDir = join('node_modules', LICENCE_OF[name] ?? name);
    const licenseFile = readdirSync(licenceDir).find((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file));
    if (!licenseFile) throw new Error(`${name}: no licence file to ship with its bundled code`);
    const note = LICENCE_OF[name]
      ? `The package ships no licence file; it declares ${manifest.license} and is published from the repository of ${LICENCE_OF[name]}, whose licence follows.\n\n`
      : '';
    return `## ${name} ${manifest.version} (${manifest.license})\n\n${note}${readFileSync(join(licenceDir, licenseFile), 'utf8').trim()}\n`;
  });
  writeFileSync(
    'dist/THIRD-PARTY-NOTICES.md',
    `# Third-party notices\n\nThe command-line tool (dist/cli.js and its chunks) bundles the following packages.\n\n${sections.join('\n')}`,
  );
}

export default defineConfig([
  // ESM for bundlers and browsers (the "default" condition), one output file per source module (no bundling), so
  // that an app's bundler keeps only the modules it uses: counting working days never pulls in zod, the policy
  // catalog, date-holidays or the projection engine.
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/**/*.d.ts', '!src/**/*.node.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    clean: true,
  },
  // ESM for Node (the "node" condition): one bundle per entry point sharing one chunk (so that classes such as the
  // errors and Calendar exist once), with the swaps above. One file to read instead of a hundred, and nothing loaded
  // that the first call does not need.
  {
    ...shared,
    entry: entries,
    outDir: 'dist/node',
    format: ['esm'],
    splitting: true,
    clean: true,
    esbuildPlugins: [nodeSwaps],
  },
  // CommonJS: the same, for require().
  {
    ...shared,
    entry: entries,
    outDir: 'dist/cjs',
    format: ['cjs'],
    splitting: true,
    shims: true,
    clean: true,
    esbuildPlugins: [nodeSwaps],
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
  // The command-line tool: dist/cli.js (with a hashbang; tsup makes it executable) and the chunks next to it, which
  // it imports when a command runs (ESM splitting; see src/cli/program.ts).
  // The CLI's own dependencies are bundled in, for start-up time: date-fns from node_modules is some 50 ES modules,
  // each resolved, read and compiled before the first answer (about 20 ms on every run), and commander (CommonJS,
  // seven files behind an ES wrapper) costs some 8 ms more. Bundled commander calls require() for Node's built-in
  // modules, hence the banner: an ES module has no require of its own.
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    outDir: 'dist',
    format: ['esm'],
    splitting: true,
    noExternal: CLI_BUNDLED,
    banner: {
      js:
        "import { createRequire as __reviewclockCreateRequire } from 'node:module';\n" +
        'const require = __reviewclockCreateRequire(import.meta.url);',
    },
    // Removes the files at the top of dist/ first (the last CLI build's: chunk names change with their content), not
    // the folders there, which are the other builds'.
    clean: ['!*/**'],
    esbuildPlugins: [nodeSwaps],
    onSuccess: async () => writeThirdPartyNotices(),
  },
]);
