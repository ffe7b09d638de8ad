#!/usr/bin/env node
// Throughput and memory of `reviewclock batch`, on the built CLI (run `npm run build` first).
//
// For each size, rows are written into the CLI's stdin as the CLI reads them (the input is never held whole: a pool
// of 100,000 distinct applications is cycled), the CLI's stdout is counted and dropped, and the CLI's peak resident
// memory (main thread and worker threads together) is read from /proc/<pid>/status (VmHWM) while it runs. Flat
// memory shows as about the same peak RSS for 100k, 1M and 2M rows.
//
//   node bench/batch.bench.mjs                       # NDJSON 100k / 1M / 2M rows with the default threads (one
//                                                    # thread on a 2-CPU machine) and with 2 worker threads
//                                                    # (REVIEWCLOCK_BATCH_THREADS=2); CSV 1M rows
//   node bench/batch.bench.mjs 1000000 ndjson 0      # one size, one format, one thread setting
//   node bench/batch.bench.mjs ratio                 # only the ratio to the bare loop (below)
//
// The ratio: `reviewclock batch` on 1,000,000 NDJSON rows (BENCH_RATIO_ROWS; one thread) against bench/bareLoop.mjs on the same rows, a
// readline + JSON.parse + JSON.stringify loop that computes nothing, run alternately three times each; the figure is
// batch rows/s ÷ bare-loop rows/s (medians). It is near what any Node program reading and writing these lines can do.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

// BENCH_CLI runs another build of the CLI (e.g. an older release's dist/cli.js) for a before/after comparison.
const CLI = process.env.BENCH_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;
if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}

const ratioOnly = process.argv[2] === 'ratio';
const runs = ratioOnly
  ? []
  : process.argv[2]
  ? [{ rows: Number(process.argv[2]), format: process.argv[3] ?? 'ndjson', threads: process.argv[4] }]
  : [
      ...[100_000, 1_000_000, 2_000_000].map((rows) => ({ rows, format: 'ndjson', threads: undefined })),
      ...[100_000, 1_000_000, 2_000_000].map((rows) => ({ rows, format: 'ndjson', threads: '2' })),
      { rows: 1_000_000, format: 'csv', threads: undefined },
    ];
const AS_OF = '2025-11-20';

// Applications like a regulatory team's open list: the common procedures, starts spread over 2022–2025 (every
// policy below is in force), 45% with one or two clock stops, 5% still stopped.
const POLICIES = [
  'cn.nmpa.drug.ind',
  'cn.nmpa.drug.nda',
  'cn.nmpa.drug.nda.priority',
  'cn.nmpa.drug.supplement',
  'cn.nmpa.drug.supplement.combined',
  'cn.nmpa.device.class2.review',
  'cn.nmpa.device.class3.review',
  'cn.nmpa.device.ide',
];

let seed = 20251120;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
function plainDate(dayNumber) {
  const d = new Date(dayNumber * 86_400_000);
  return d.toISOString().slice(0, 10);
}
const DAY_2022 = Date.UTC(2022, 0, 1) / 86_400_000;
const DAY_2025_END = Date.UTC(2025, 11, 31) / 86_400_000;

function application(index) {
  const start = DAY_2022 + Math.floor(random() * (DAY_2025_END - 60 - DAY_2022));
  const stops = [];
  const r = random();
  let cursor = start + 5 + Math.floor(random() * 30);
  const stopCount = r < 0.55 ? 0 : r < 0.85 ? 1 : 2;
  for (let i = 0; i < stopCount; i++) {
    const length = 10 + Math.floor(random() * 60);
    stops.push({ from: plainDate(cursor), to: plainDate(cursor + length) });
    cursor += length + 5 + Math.floor(random() * 30);
  }
  if (random() < 0.05) stops.push({ from: plainDate(cursor) });
  return { id: `A-${index}`, policy: POLICIES[Math.floor(random() * POLICIES.length)], start: plainDate(start), stops };
}

const POOL_ROWS = 100_000;
const BLOCK_ROWS = 1000;
const pool = Array.from({ length: POOL_ROWS }, (_, i) => application(i));
const lines = {
  ndjson: pool.map((row) => `${JSON.stringify(row)}\n`),
  csv: pool.map((row) => `${row.id},${row.policy},${row.start},${row.stops.map((s) => `${s.from}..${s.to ?? ''}`).join(';')}\n`),
};
// The pool as blocks of BLOCK_ROWS lines, written one block at a time.
const blocks = Object.fromEntries(
  Object.entries(lines).map(([format, all]) => [
    format,
    Array.from({ length: POOL_ROWS / BLOCK_ROWS }, (_, b) => all.slice(b * BLOCK_ROWS, (b + 1) * BLOCK_ROWS).join('')),
  ]),
);
const headers = { ndjson: '', csv: 'id,policy,start,stops\n' };

function peakRss(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const BARE_LOOP = new URL('./bareLoop.mjs', import.meta.url).pathname;

async function measure({ rows, format, threads, bareLoop = false }) {
  const began = process.hrtime.bigint();
  const env = { ...process.env };
  if (threads !== undefined) env.REVIEWCLOCK_BATCH_THREADS = threads;
  const argv = bareLoop ? [BARE_LOOP] : [CLI, 'batch', '--format', format, '--output', 'ndjson', '--as-of', AS_OF];
  const child = spawn(process.execPath, argv, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 25);
  let outputLines = 0;
  let errorRows = 0;
  let tail = '';
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outputLines++;
    if (errorRows === 0 && chunk.includes('"error":')) errorRows++;
    tail = chunk.subarray(-200).toString();
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));

  // Generate and write the input with backpressure: never more than one block ahead of the pipe.
  const write = (text) => (child.stdin.write(text) ? undefined : new Promise((resolve) => child.stdin.once('drain', resolve)));
  await write(headers[format]);
  let written = 0;
  for (let b = 0; written < rows; b = (b + 1) % blocks[format].length) {
    const take = Math.min(BLOCK_ROWS, rows - written);
    const wait = write(take === BLOCK_ROWS ? blocks[format][b] : lines[format].slice(0, take).join(''));
    written += take;
    if (wait) await wait;
  }
  child.stdin.end();
  const code = await exited;
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (outputLines !== rows) throw new Error(`${format} ${rows}: expected ${rows} output lines, got ${outputLines}; ${stderr} ${tail}`);
  return { seconds, rowsPerSecond: rows / seconds, peakRss: peak, code, stderr: stderr.trim() };
}

const cpu = cpus()[0]?.model ?? 'unknown';
console.log(`reviewclock batch benchmark: node ${process.version}, ${cpus().length} CPUs (${cpu}), --as-of ${AS_OF}`);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
console.log('| input | threads | rows | time (s) | rows/s | peak RSS (MiB) | exit |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const run of runs) {
  const r = await measure(run);
  const threads = run.threads === undefined ? `default (${cpus().length > 2 ? cpus().length - 1 : 'none'})` : `${run.threads} workers`;
  console.log(
    `| ${run.format} | ${threads} | ${run.rows.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${Math.round(r.rowsPerSecond).toLocaleString('en-US')} | ${(r.peakRss / 2 ** 20).toFixed(0)} | ${r.code} |`,
  );
  if (r.code !== 0) console.log(`  (exit ${r.code}: ${r.stderr.slice(0, 300)})`);
}

// The ratio to the bare loop, alternating so that both see the same machine.
const RATIO_ROWS = Number(process.env.BENCH_RATIO_ROWS ?? 1_000_000);
const bareRates = [];
const batchRates = [];
for (let i = 0; i < 3; i++) {
  bareRates.push((await measure({ rows: RATIO_ROWS, format: 'ndjson', bareLoop: true })).rowsPerSecond);
  batchRates.push((await measure({ rows: RATIO_ROWS, format: 'ndjson', threads: '0' })).rowsPerSecond);
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const fmtRate = (r) => Math.round(r).toLocaleString('en-US');
console.log('');
console.log(`| ${RATIO_ROWS.toLocaleString('en-US')} NDJSON rows | rows/s (median of 3) | runs |`);
console.log('|---|---:|---|');
console.log(`| bare readline + JSON.parse + JSON.stringify loop (bench/bareLoop.mjs) | ${fmtRate(median(bareRates))} | ${bareRates.map(fmtRate).join(', ')} |`);
console.log(`| reviewclock batch, one thread | ${fmtRate(median(batchRates))} | ${batchRates.map(fmtRate).join(', ')} |`);
console.log(`ratio batch ÷ bare loop: ${(median(batchRates) / median(bareRates)).toFixed(2)}`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
