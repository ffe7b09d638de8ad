import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll } from 'vitest';

// Property runs are reproducible: `npm test` (scripts/test.mjs) and CI pass a fixed FC_SEED; `npm run fuzz` passes a
// new one and prints it. A bare `npx vitest` explores new inputs. A failure prints its seed and path, to be replayed
// with FC_SEED=<seed>.
const envSeed = process.env['FC_SEED'];
const seed = envSeed !== undefined ? Number(envSeed) : process.env['CI'] ? 20_261_122 : undefined;
fc.configureGlobal({ numRuns: 300, ...(seed !== undefined && { seed }) });

// The CLI keeps schedules in REVIEWCLOCK_HOME (else the user's config directory). Every test file, and every CLI it
// spawns, gets an empty directory of its own, never the real one (even when the shell sets REVIEWCLOCK_HOME).
// Tests of the store pass their own.
const home = mkdtempSync(join(tmpdir(), 'reviewclock-test-home-'));
process.env['REVIEWCLOCK_HOME'] = home;
afterAll(() => rmSync(home, { recursive: true, force: true }));
