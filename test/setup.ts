import fc from 'fast-check';

// Property runs are reproducible in CI: a fixed seed unless FC_SEED says otherwise. Locally each run explores new
// inputs; a failure prints its seed and path, to be replayed with FC_SEED=<seed>.
const envSeed = process.env['FC_SEED'];
const seed = envSeed !== undefined ? Number(envSeed) : process.env['CI'] ? 20_261_122 : undefined;
fc.configureGlobal({ numRuns: 300, ...(seed !== undefined && { seed }) });
