/**
 * Runs the built CLI (dist/cli.js) for the fuzz suite, like test/cli/support/runCli.ts but with a time limit (a run
 * that goes past it is killed and reported as a runaway) and raw bytes on stdin.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI } from '../../cli/support/runCli.js';

/** What a run gave. */
export interface FuzzRun {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly killed: boolean;
}

/** A run slower than this is killed and fails the suite. */
export const CLI_RUNAWAY_MS = 20_000;

/** Runs `node dist/cli.js ...args` with `input` on stdin and a clean environment (no colour, no debug). */
export function spawnCli(args: readonly string[], input: string | Buffer = '', env: Record<string, string> = {}): Promise<FuzzRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with \`npx tsup\` (npm test does it)`);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'REVIEWCLOCK_DEBUG']) delete childEnv[key];
  Object.assign(childEnv, env);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, CLI_RUNAWAY_MS);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        args,
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
        killed,
      });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading its input
    child.stdin.end(input);
  });
}

/** Runs `tasks` with at most `limit` at a time, in order of the results. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}
