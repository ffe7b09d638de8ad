#!/usr/bin/env node
// Requests per second and latency of `reviewclock serve` (the built CLI: run `npm run build` first), measured with
// autocannon on loopback, against the framework's bare route in the same run: a Hono app on @hono/node-server whose
// one route answers a constant JSON object, in a process of its own like the server's. The figure that matters is the
// ratio: reviewclock's requests/s ÷ the bare route's, the share of what the framework can do that the service keeps
// while it validates the query, counts the days and hashes the answer for its ETag. A second bare route answers the
// same bytes as /v1/due (a 4 KB deadline with its explanation) as a constant, so that the cost of an answer that size
// on the socket is told apart from the cost of computing it: /v1/due is also shown ÷ that route.
//
//   node bench/serve.bench.mjs                 # 10 s per run, 64 connections, each route twice (alternating)
//   BENCH_SECONDS=1 BENCH_ROUNDS=1 node bench/serve.bench.mjs   # quick (test/bench/benchmarks.test.ts)
//
// Every answer is checked before the timing (the due date of an IND accepted 26 Sep 2025 is 25 Dec 2025, by hand:
// see docs/guides/ind-deadline.md), and a run with any error or non-2xx answer fails the benchmark.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 64;

const BARE = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/bare', (c) => c.json({ date: '2025-10-09' }));
// The same bytes as reviewclock's /v1/due answer, as a constant: what the framework and the socket cost for an answer
// of that size, without the counting, the explanation, the serialisation and the hash.
const dueBody = process.env.BARE_DUE_BODY ?? '';
app.get('/bare-due', (c) => c.body(dueBody, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('listening on http://127.0.0.1:' + info.port));
`;

/** Starts a server process and resolves with its URL (from its first line) and the process. */
function start(args, env = process.env) {
  const child = spawn(process.execPath, args, { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'ignore'], env });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^listening on (http:\/\/\S+)\n/.exec(out);
      if (match) resolve({ url: match[1], child });
    });
    child.on('exit', (status) => reject(new Error(`server exited with ${status}`)));
  });
}

async function check(url, test) {
  const response = await fetch(url);
  const body = await response.json();
  if (response.status !== 200 || !test(body)) throw new Error(`${url}: unexpected answer ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
}

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (error, result) => {
      if (error) return reject(error);
      if (result.errors || result.timeouts || result.non2xx) return reject(new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`));
      resolve(result);
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const service = await start([CLI, 'serve', '--port', '0', '--log', 'off']);
const dueUrl = `${service.url}/v1/due?policy=cn.nmpa.drug.ind&start=2025-09-26`;
const dueBody = await (await fetch(dueUrl)).text();
const bare = await start(['--input-type=module', '-e', BARE], { ...process.env, BARE_DUE_BODY: dueBody });
const targets = [
  { name: 'bare Hono route', url: `${bare.url}/bare`, test: (body) => body.date === '2025-10-09' },
  {
    name: `bare Hono route, /v1/due's ${Buffer.byteLength(dueBody).toLocaleString('en')} bytes`,
    url: `${bare.url}/bare-due`,
    test: (body) => body.due === '2025-12-25',
  },
  { name: 'reviewclock `/v1/add`', url: `${service.url}/v1/add?date=2025-09-30&days=1`, test: (body) => body.date === '2025-10-09' },
  {
    name: 'reviewclock `/v1/due`',
    url: dueUrl,
    test: (body) => body.due === '2025-12-25' && typeof body.explanation === 'string',
  },
];
try {
  for (const target of targets) await check(target.url, target.test);
  const results = new Map(targets.map((target) => [target.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets) results.get(target.name).push(await run(target.url));
  }
  const rows = targets.map((target) => {
    const runs = results.get(target.name);
    return {
      name: target.name,
      rps: median(runs.map((r) => r.requests.average)),
      p50: median(runs.map((r) => r.latency.p50)),
      p99: median(runs.map((r) => r.latency.p99)),
    };
  });
  const base = rows[0].rps;
  const sameSize = rows[1].rps;
  const cpu = cpus();
  console.log(`Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, load ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} run(s) per route (medians)\n`);
  console.log('| route | requests/s | p50 latency | p99 latency | ÷ bare route | ÷ bare route, same answer |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const same = row.name === 'reviewclock `/v1/due`' ? (row.rps / sameSize).toFixed(2) : row.name === 'reviewclock `/v1/add`' ? (row.rps / base).toFixed(2) : '';
    console.log(`| ${row.name} | ${Math.round(row.rps).toLocaleString('en')} | ${row.p50} ms | ${row.p99} ms | ${(row.rps / base).toFixed(2)} | ${same} |`);
  }
} finally {
  bare.child.kill('SIGTERM');
  service.child.kill('SIGTERM');
}
