#!/usr/bin/env node
// The floor for `reviewclock batch` (bench/batch.bench.mjs compares the two): a bare loop that reads NDJSON lines
// from stdin with readline, parses each with JSON.parse, writes it back with JSON.stringify and computes nothing.
// Output goes out in blocks of 1,000 lines, waiting for 'drain', as any careful stream program does.
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let block = [];
for await (const line of lines) {
  block.push(JSON.stringify(JSON.parse(line)));
  if (block.length === 1000) {
    if (!process.stdout.write(`${block.join('\n')}\n`)) await once(process.stdout, 'drain');
    block = [];
  }
}
if (block.length > 0) process.stdout.write(`${block.join('\n')}\n`);
