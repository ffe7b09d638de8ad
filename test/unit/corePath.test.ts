import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The working-day path must not pay for the schedule schema (zod), the projection engine or Hong Kong
// (date-holidays): a bundle that imports only isWorkingDay and addWorkingDays stays small and free of them.
describe('core working-day path', () => {
  it('bundles isWorkingDay + addWorkingDays under 20 KB gzip without zod, date-holidays or date-chinese', async () => {
    const result = await build({
      stdin: {
        contents: "export { isWorkingDay, addWorkingDays } from './src/index.ts';",
        resolveDir: new URL('../..', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const code = result.outputFiles[0]!.text;
    // The modules that contribute code to the output (tree-shaken ones are parsed but contribute 0 bytes).
    const output = Object.values(result.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([path]) => path);
    expect(inputs).toContain('src/workday/addWorkingDays.ts');
    expect(inputs.filter((path) => /node_modules/.test(path))).toEqual([]);
    expect(inputs.filter((path) => /scheduleSchema|projection|hk|ics/.test(path))).toEqual([]);
    expect(gzipSync(code).length).toBeLessThan(20_000);
  });
});
