import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/index.ts',
    hk: 'src/hk.ts',
    // Not public (not in package.json "exports"): entries only so that code splitting puts the projection engine
    // (date-chinese) and the schedule schema (zod) in chunks of their own, which bundlers drop ("sideEffects": false)
    // from apps that only count working days.
    'internal/projection': 'src/calendar/projection/projectCalendar.ts',
    'internal/schedules': 'src/calendar/scheduleSchema.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: false,
  splitting: true,
  treeshake: true,
});
