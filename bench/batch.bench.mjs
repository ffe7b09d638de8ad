#!/usr/bin/env node
// Throughput and memory of `reviewclock batch`, on the built CLI (run `npx tsup` first).
//
// For each size, rows are generated on the fly into the CLI's stdin (the generator never holds the input), the
// CLI's stdout is counted and dropped, and the CLI's peak resident memory is read from /proc/<pid>/status (VmHWM)
// while it runs. Flat memory shows as the same peak RSS for 100k, 1M and 2M rows.
//
//   node bench/batch.bench.mjs                 # NDJSON and CSV, 100k / 1M / 2M rows
//   node bench/batch.bench.mjs 1000000 ndjson  # one size, one format
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npx tsup` first');
  process.exit(1);
}

const sizes = process.argv[2] ? [Number(process.argv[2])] : [100_000, 1_000_000, 2_000_000];
const formats = process.argv[3] ? [process.argv[3]] : ['ndjson', 'csv'];
const AS_OF = '2025-11-20';

// Applications like a regulatory team's open list: the common procedures, starts spread over 2020–2025, a third
// with a clock stop, some with two, a few still stopped.
const POLICIES = [
  'cn.nmpa.drug.ind',
  'cn.nmpa.drug.nda',
  'cn.nmpa.drug.nda.priority',
  'cn.nmpa.drug.supplement',
  'cn.nmpa.drug.supplement.combined',
  'cn.nmpa.device.class2.review',
  'cn.nmpa.device.class3.review',
  'cn.gd.gba.hkmo-access.listed',
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
const DAY_2020 = Date.UTC(2020, 0, 1) / 86_400_000;
const DAY_2025_END = Date.UTC(2025, 11, 31) / 86_400_000;

function application(index) {
  const start = DAY_2020 + Math.floor(random() * (DAY_2025_END - 60 - DAY_2020));
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

const BLOCK_ROWS = 1000;
const pool = Array.from({ length: BLOCK_ROWS }, (_, i) => application(i));
const blocks = {
  ndjson: pool.map((row) => `${JSON.stringify(row)}\n`),
  csv: pool.map((row) => `${row.id},${row.policy},${row.start},${row.stops.map((s) => `${s.from}..${s.to ?? ''}`).join(';')}\n`),
};
const headers = { ndjson: '', csv: 'id,policy,start,stops\n' };

function peakRss(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function measure(rows, format) {
  const block = blocks[format].join('');
  const began = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, 'batch', '--format', format, '--output', 'ndjson', '--as-of', AS_OF], {
    stdio: ['pipe', 'pipe', 'pipe'],
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
  while (written < rows) {
    const take = Math.min(BLOCK_ROWS, rows - written);
    const wait = write(take === BLOCK_ROWS ? block : blocks[format].slice(0, take).join(''));
    written += take;
    if (wait) await wait;
  }
  child.stdin.end();
  const code = await exited;
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (outputLines !== rows) throw new Error(`${format} ${rows}: expected ${rows} output lines, got ${outputLines}; ${stderr} ${tail}`);
  return { format, rows, seconds, rowsPerSecond: rows / seconds, peakRss: peak, code, failedRows: errorRows ? 'some' : 'none', stderr: stderr.trim() };
}

const cpu = cpus()[0]?.model ?? 'unknown';
console.log(`reviewclock batch benchmark: node ${process.version}, ${cpus().length} CPUs (${cpu}), --as-of ${AS_OF}`);
console.log('| input | rows | time (s) | rows/s | peak RSS (MiB) | exit |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const format of formats) {
  for (const rows of sizes) {
    const r = await measure(rows, format);
    console.log(
      `| ${format} | ${rows.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${Math.round(r.rowsPerSecond).toLocaleString('en-US')} | ${(r.peakRss / 2 ** 20).toFixed(1)} | ${r.code} |`,
    );
    if (r.code !== 0) console.log(`  (exit ${r.code}: ${r.stderr.slice(0, 300)})`);
  }
}
