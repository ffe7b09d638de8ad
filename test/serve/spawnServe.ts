import { spawn } from 'node:child_process';
import { CLI } from '../cli/support/runCli.js';
import { CLI_RUNAWAY_MS, type FuzzRun } from '../fuzz/support/spawnCli.js';

/** The notice `serve` writes on stderr when a signal stops it (not an error). */
const STOPPING = /^reviewclock: serve: SIG[A-Z]+: stopping; the requests in flight are finished first\n/m;

/**
 * Runs `reviewclock serve --port 0 ...args` for the CLI fuzz: a server that starts (its first line says where it
 * listens) is stopped at once with SIGTERM, and must then exit 0; one that refuses its flags exits 1 or 2. The
 * access log (none: no request is made) and the stop notice are not part of the stderr the fuzz checks.
 */
export function spawnServe(args: readonly string[]): Promise<FuzzRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args.slice(1)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, CLI_RUNAWAY_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (/^listening on http:\/\/\S+\n/.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const listened = /^listening on /.test(stdout);
      resolve({ args, status, signal, stdout, stderr: listened ? stderr.replace(STOPPING, '') : stderr, ms: performance.now() - started, killed });
    });
  });
}
