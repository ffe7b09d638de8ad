#!/usr/bin/env node
// Policy search, worst case against an ordinary query: the longest query listPolicies takes (1,000 characters,
// 32 distinct words that each prefix-match many policies, over every version) against a one-word query, in one run.
// Run with `npm run build && node bench/search.bench.mjs`. Figures go to docs/performance.md.
import os from 'node:os';
import { Bench } from 'tinybench';
import { listPolicies } from '../dist/esm/index.js';

const words = ['drug', 'device', 'review', 'clinical', 'application', 'registration', 'renewal', 'approval', 'beijing', 'priority', 'innovative', 'supplement', 'trial', 'filing', 'licence', 'decision', 'technical', 'marketing', 'import', 'class', 'manufacturing', 'inspection', 'testing', 'hong', 'kong', 'working', 'days', 'months', 'implied', 'nmpa', 'cde', 'cmde'];
let worst = words.join(' ');
while (worst.length + 1 + words[0].length <= 1000) worst += ` ${words[worst.length % words.length]}`;
const ordinary = 'beijing';
const bench = new Bench({ time: Number(process.env.BENCH_MS ?? 1500), warmupTime: 300 });
let sink = 0;
bench.add('one word', () => { sink += listPolicies({ text: ordinary, allVersions: true }).length; });
bench.add(`worst case (${worst.length} characters, ${new Set(worst.split(' ')).size} words)`, () => { sink += listPolicies({ text: worst, allVersions: true }).length; });
await bench.run();
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; node ${process.version}`);
const [one, many] = bench.tasks.map((task) => task.result.latency.mean);
for (const task of bench.tasks) console.log(`${task.name}: ${task.result.latency.mean.toFixed(3)} ms per search`);
console.log(`worst case / one word: ${(many / one).toFixed(1)}×`);
if (sink === -1) console.log('');
