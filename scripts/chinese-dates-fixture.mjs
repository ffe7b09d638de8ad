#!/usr/bin/env node
// Writes fixtures/calendar/chinese-dates.json: the Spring Festival (正月初一), Qingming, Dragon Boat (五月初五) and
// Mid-Autumn (八月十五) dates of 2000–2099 from the chinese-days package's tables — an oracle independent of
// reviewclock's astronomical computation, which test/unit/calendar/projectCalendar.test.ts compares against.
// chinese-days reads dates in the machine's time zone, so this runs it under TZ=Asia/Shanghai.
//
//   node scripts/chinese-dates-fixture.mjs           rewrite the fixture
//   node scripts/chinese-dates-fixture.mjs --check   fail unless the fixture is what chinese-days gives
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../fixtures/calendar/chinese-dates.json', import.meta.url);

if (process.env.TZ !== 'Asia/Shanghai') {
  execFileSync(process.execPath, [new URL(import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  });
  process.exit(0);
}

const { default: chineseDays } = await import('chinese-days');
const years = {};
for (let year = 2000; year <= 2099; year++) {
  const lunar = (md) => chineseDays.getSolarDateFromLunar(`${year}-${md}`).date;
  years[year] = {
    lunarNewYear: lunar('01-01'),
    qingming: chineseDays.getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === '清明').date,
    dragonBoat: lunar('05-05'),
    midAutumn: lunar('08-15'),
  };
}
const version = JSON.parse(readFileSync(new URL('../node_modules/chinese-days/package.json', import.meta.url), 'utf8')).version;
const text = `${JSON.stringify({ source: `chinese-days ${version} (getSolarDateFromLunar, getSolarTerms), run under TZ=Asia/Shanghai by scripts/chinese-dates-fixture.mjs`, years }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error('fixtures/calendar/chinese-dates.json is out of date: run node scripts/chinese-dates-fixture.mjs');
    process.exit(1);
  }
  console.log('fixtures/calendar/chinese-dates.json is up to date');
} else {
  writeFileSync(file, text);
}
