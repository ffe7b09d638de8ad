#!/usr/bin/env node
// Derives the golden CN calendar fixtures (fixtures/calendar/cn/YYYY.json) WITHOUT using reviewclock's code or
// data: from the chinese-days package's published data (an independent transcription of the same notices),
// corrected where it contradicts a notice (fixtures/calendar/cn/corrections.json, each with the notice's words).
//
//   node scripts/calendar-fixtures.mjs            check that the committed fixtures are what this derives
//   node scripts/calendar-fixtures.mjs --update   rewrite them (review the diff before committing)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const peerVersion = require('chinese-days/package.json').version;
const peer = require('chinese-days/dist/chinese-days.json');
const root = new URL('../fixtures/calendar/cn/', import.meta.url);
const { corrections } = JSON.parse(readFileSync(new URL('corrections.json', root), 'utf8'));
const corrected = new Map(corrections.map((c) => [c.date, c]));
const update = process.argv.includes('--update');

const iso = (t) => new Date(t).toISOString().slice(0, 10);
let stale = 0;
for (let year = 2004; year <= 2026; year++) {
  const restWeekdays = [];
  const makeupWorkdays = [];
  let workingDays = 0;
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000) {
    const date = iso(t);
    const weekend = [0, 6].includes(new Date(t).getUTCDay());
    let working = date in peer.workdays ? true : date in peer.holidays ? false : !weekend;
    if (corrected.has(date)) working = corrected.get(date).working;
    if (working) workingDays++;
    if (!working && !weekend) restWeekdays.push(date);
    if (working && weekend) makeupWorkdays.push(date);
  }
  const fixture = {
    year,
    derivation:
      `Working days of ${year}: every Monday–Friday except restWeekdays, plus makeupWorkdays. ` +
      `Derived from chinese-days ${peerVersion} data, an independent transcription of the State Council notices` +
      (corrections.some((c) => c.date.startsWith(String(year))) ? ', with the corrections in corrections.json' : '') +
      '; checked against the notice text in shared/reference/cn-holiday-notices.md.',
    workingDays,
    restWeekdays,
    makeupWorkdays,
  };
  const file = new URL(`${year}.json`, root);
  const text = `${JSON.stringify(fixture, null, 2)}\n`;
  let current = '';
  try { current = readFileSync(file, 'utf8'); } catch {}
  if (current !== text) {
    stale++;
    if (update) writeFileSync(file, text);
    else console.error(`stale: fixtures/calendar/cn/${year}.json`);
  }
}
if (!update && stale) process.exit(1);
console.log(update ? `updated ${stale} fixture(s)` : 'calendar fixtures are up to date');
