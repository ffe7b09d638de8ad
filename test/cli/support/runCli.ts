import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI: the tests exercise what users run (scripts/test.mjs builds it with tsup before the tests). */
export const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

/** What a run of the CLI produced. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run. */
export interface RunOptions {
  /** Text written to stdin (stdin is closed after it; empty when absent). */
  readonly input?: string | Buffer;
  /** Extra environment variables; `undefined` removes one. */
  readonly env?: Record<string, string | undefined>;
  /** The working directory. */
  readonly cwd?: string;
}

/**
 * Runs `node dist/cli.js ...args` and resolves with its exit status and output. The environment is the test's,
 * without colour settings (so stdout, a pipe, is uncoloured) and with TZ as the suite runs it.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with \`npx tsup\` (npm test does it)`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  delete env['REVIEWCLOCK_DEBUG'];
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // the CLI may exit before reading its input
    child.stdin.end(options.input ?? '');
  });
}

/** Matches any ANSI escape sequence. */
export const ANSI = /\u001b\[[0-9;]*m/;

/** Removes ANSI colour sequences. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
