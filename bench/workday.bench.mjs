#!/usr/bin/env node
// Working-day benchmark: reviewclock (the built package, imported by its name as Node users get it: dist/node)
// against chinese-days and a bare lookup table, on the same inputs, in one run, and the same questions on the Hong
// Kong calendar (reviewclock/hk). Run with `npm run bench` (builds first). Figures go to docs/performance.md.
//
// Each task runs a batch of calls per sample so that timer resolution does not dominate; the figure reported is
// the mean time of one call. chinese-days is run under TZ=Asia/Shanghai (it gives wrong answers in other zones).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { Bench } from 'tinybench';
import { addWorkingDays, countWorkingDays, isWorkingDay } from 'reviewclock';
import { HK } from 'reviewclock/hk';

if (process.env.TZ !== 'Asia/Shanghai') {
  console.error('Run with TZ=Asia/Shanghai (npm run bench does): chinese-days depends on the machine time zone.');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const chineseDays = require('chinese-days');
const peerVersion = require('chinese-days/package.json').version;
const ownVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

// ---- inputs: 1,024 dates spread over 2020–2025 (strings, as every API receives them) ----
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const dates = Array.from({ length: 1024 }, (_, i) => iso(Date.UTC(2020, 0, 1) + ((i * 2137) % 2190) * 86_400_000));
const COUNT_FROM = '2019-12-31'; // count working days x with 2019-12-31 < x <= 2026-12-31: the 7 years 2020–2026
const COUNT_TO = '2026-12-31';

// ---- the bare table: the fastest a string-in, string-out API can be (Map lookup + two array reads) ----
// Built from reviewclock's own answers once, so it answers identically; what is timed is only the lookups.
const tableDates = [];
for (let ms = Date.UTC(2004, 0, 1); ms <= Date.UTC(2026, 11, 31); ms += 86_400_000) tableDates.push(iso(ms));
const indexOf = new Map(tableDates.map((d, i) => [d, i]));
const working = new Uint8Array(tableDates.length);
const cumulative = new Int32Array(tableDates.length + 1);
const workdayDates = [];
tableDates.forEach((d, i) => {
  working[i] = isWorkingDay(d) ? 1 : 0;
  cumulative[i + 1] = cumulative[i] + working[i];
  if (working[i]) workdayDates.push(d);
});
const bare = {
  isWorkingDay: (d) => working[indexOf.get(d)] === 1,
  addWorkingDays: (d, n) => workdayDates[cumulative[indexOf.get(d) + 1] + n - 1],
  countWorkingDays: (a, b) => cumulative[indexOf.get(b) + 1] - cumulative[indexOf.get(a) + 1],
};

// ---- the same question to all three: check they agree before timing ----
for (const d of dates.slice(0, 200)) {
  const ours = addWorkingDays(d, 200);
  if (bare.addWorkingDays(d, 200) !== ours) throw new Error(`bare table disagrees on ${d}`);
  if (chineseDays.findWorkday(200, d) !== ours) console.warn(`chinese-days: 200 working days after ${d} = ${chineseDays.findWorkday(200, d)}, reviewclock ${ours}`);
  if (chineseDays.isWorkday(d) !== isWorkingDay(d)) console.warn(`chinese-days disagrees on isWorkday(${d})`);
}
const ourCount = countWorkingDays(COUNT_FROM, COUNT_TO);
const peerCount = chineseDays.getWorkdaysInRange('2020-01-01', COUNT_TO).length;
if (ourCount !== peerCount || bare.countWorkingDays(COUNT_FROM, COUNT_TO) !== ourCount) {
  throw new Error(`counts differ: reviewclock ${ourCount}, chinese-days ${peerCount}`);
}

// ---- timing ----
let sink = 0;
let cursor = 0;
const next = () => dates[(cursor = (cursor + 1) & 1023)];
function batch(calls, fn) {
  return { calls, fn: () => { for (let i = 0; i < calls; i++) sink ^= fn(next()) ? 1 : 0; } };
}
const onHK = { calendar: HK };
const tasks = {
  'add 200 working days': {
    reviewclock: batch(10_000, (d) => addWorkingDays(d, 200)),
    'reviewclock HK': batch(10_000, (d) => addWorkingDays(d, 200, onHK)),
    'bare table': batch(10_000, (d) => bare.addWorkingDays(d, 200)),
    'chinese-days': batch(5, (d) => chineseDays.findWorkday(200, d)),
  },
  'count working days 2020–2026': {
    reviewclock: batch(10_000, () => countWorkingDays(COUNT_FROM, COUNT_TO)),
    'reviewclock HK': batch(10_000, () => countWorkingDays(COUNT_FROM, COUNT_TO, onHK)),
    'bare table': batch(10_000, () => bare.countWorkingDays(COUNT_FROM, COUNT_TO)),
    'chinese-days': batch(1, () => chineseDays.getWorkdaysInRange('2020-01-01', COUNT_TO).length),
  },
  isWorkingDay: {
    reviewclock: batch(10_000, (d) => isWorkingDay(d)),
    'reviewclock HK': batch(10_000, (d) => isWorkingDay(d, onHK)),
    'bare table': batch(10_000, (d) => bare.isWorkingDay(d)),
    'chinese-days': batch(1_000, (d) => chineseDays.isWorkday(d)),
  },
};

const rows = [];
for (const [question, contenders] of Object.entries(tasks)) {
  const bench = new Bench({ time: Number(process.env.BENCH_MS ?? 1500), warmupTime: 300 });
  for (const [name, { fn }] of Object.entries(contenders)) bench.add(name, fn);
  await bench.run();
  const perCall = {};
  for (const task of bench.tasks) perCall[task.name] = (task.result.latency.mean * 1e6) / contenders[task.name].calls; // ns
  rows.push({ question, perCall });
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const ratio = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2));
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ${os.platform()} ${os.release()}`);
console.log(`reviewclock ${ownVersion} (dist), chinese-days ${peerVersion}, TZ=${process.env.TZ}; 7-year count = ${ourCount}\n`);
console.log('| question | reviewclock | bare table | chinese-days | × faster than chinese-days | × slower than bare table | reviewclock on HK | HK ÷ CN |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { question, perCall } of rows) {
  const ours = perCall.reviewclock;
  const hk = perCall['reviewclock HK'];
  console.log(
    `| ${question} | ${fmt(ours)} | ${fmt(perCall['bare table'])} | ${fmt(perCall['chinese-days'])} | ${ratio(perCall['chinese-days'] / ours)} | ` +
      `${ratio(ours / perCall['bare table'])} | ${fmt(hk)} | ${ratio(hk / ours)} |`,
  );
}
if (sink === 42) console.log('');
