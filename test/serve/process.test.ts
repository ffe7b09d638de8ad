import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../cli/support/runCli.js';

// The real executable: `reviewclock serve` started as users start it, its first line read, then stopped by a signal.
const root = new URL('../../', import.meta.url).pathname;

interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

/** Spawns `reviewclock serve ARGS` and resolves once its first line says where it listens. */
function serve(args: string[] = []): Promise<Served> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with \`npx tsup\``);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n');
      if (line.length < 2) return;
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line[0]!);
      if (!match) return reject(new Error(`first line: ${JSON.stringify(line[0])}`));
      resolve({ child, url: match[1]!, stderr: () => err, exit });
    });
    void exit.then((status) => reject(new Error(`serve exited with ${status}: ${err}`)));
  });
}

/** Resolves once `text` appears on the server's stderr. */
async function waitFor(served: Served, text: string): Promise<void> {
  while (!served.stderr().includes(text)) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('reviewclock serve', () => {
  it('prints where it listens first, logs each request on stderr, and exits 0 on SIGTERM', async () => {
    const served = await serve();
    const health = await fetch(`${served.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    await waitFor(served, 'GET /healthz 200');
    served.child.kill('SIGTERM');
    expect(await served.exit).toBe(0);
    expect(served.stderr()).toContain('SIGTERM: stopping');
  });

  it('finishes a batch in flight when stopped, refuses new connections, then exits 0 (SIGINT too)', { timeout: 20_000 }, async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const served = await serve(['--log', 'json']);
      const row = (n: number) => `${JSON.stringify({ id: n, policy: 'cn.nmpa.drug.ind', start: '2025-09-26' })}\n`;
      let send!: (text: string | null) => void;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          send = (text) => (text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text)));
        },
      });
      send(row(1));
      const response = await fetch(`${served.url}/v1/batch`, { method: 'POST', body, duplex: 'half' } as RequestInit);
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toContain('"id":1');
      served.child.kill(signal);
      await waitFor(served, `${signal}: stopping`);
      await expect(fetch(`${served.url}/healthz`)).rejects.toThrow();
      for (let n = 2; n <= 200; n++) send(row(n));
      send(null);
      let rest = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        rest += new TextDecoder().decode(value);
      }
      expect(rest.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(Array.from({ length: 199 }, (_, i) => i + 2));
      expect(await served.exit).toBe(0);
      const log = served.stderr().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
      expect(log).toContainEqual(expect.objectContaining({ method: 'POST', path: '/v1/batch', status: 200 }));
    }
  });

  it('refuses bad flags with exit status 1 or 2, and a port in use with 1', async () => {
    for (const [args, status, text] of [
      [['--port', 'http'], 1, 'invalid --port "http"'],
      [['--port', '70000'], 1, 'invalid --port "70000"'],
      [['--host', 'a b'], 1, 'invalid --host'],
      [['--cors', 'intranet'], 1, 'invalid --cors "intranet"'],
      [['--log', 'xml'], 2, "'xml' is invalid"],
      [['--schedule', 'test/cli/fixtures/bad-schedule.json'], 1, 'bad-schedule.json'],
      [['--policies', '/nonexistent.json'], 1, 'cannot read'],
    ] as const) {
      const run = await runCli(['serve', ...args]);
      expect([run.status, run.stdout], args.join(' ')).toEqual([status, '']);
      expect(run.stderr, args.join(' ')).toContain(text);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--port', String(port)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`cannot listen on http://127.0.0.1:${port}: the address is in use`);
    } finally {
      busy.close();
    }
  });
});

describe('the guide\'s programs (docs/guides/http.md)', () => {
  const guide = readFileSync(join(root, 'docs/guides/http.md'), 'utf8');
  const block = (lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(guide)![1]!;

  it('the Chinese guide (http.zh-CN.md) holds the same programs', () => {
    const zh = readFileSync(join(root, 'docs/guides/http.zh-CN.md'), 'utf8');
    for (const lang of ['python', 'java']) expect(zh).toContain(`\`\`\`${lang}\n${block(lang)}\`\`\``);
  });

  const programs = [
    ['python', 'python3', (file: string) => ['python3', [file]] as const, 'due.py'],
    ['java', 'java', (file: string) => ['java', [file]] as const, 'Due.java'],
  ] as const;
  // Where the language is not installed, the test is reported as skipped (not passed).
  for (const [lang, tool, command, name] of programs) it.skipIf(spawnSync(tool, ['--version']).error !== undefined)(`${lang} computes the IND deadline over HTTP with the answer and explanation the CLI prints`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-guide-'));
    const file = join(dir, name);
    writeFileSync(file, block(lang));
    const served = await serve(['--log', 'off']);
    try {
      const [program, args] = command(file);
      const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(program, args, { env: { ...process.env, REVIEWCLOCK_URL: served.url } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const cli = await runCli(['due', 'cn.nmpa.drug.ind', '2025-09-26']);
      const [due, ...explanation] = run.stdout.trimEnd().split('\n');
      expect(due).toBe('2025-12-25');
      expect(cli.stdout.startsWith('2025-12-25  Thursday, 25 December 2025\n')).toBe(true);
      expect(cli.stdout.endsWith(`\n${explanation.join('\n')}\n`)).toBe(true);
      expect(explanation.length).toBeGreaterThan(3);
    } finally {
      served.child.kill('SIGTERM');
      await served.exit;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
