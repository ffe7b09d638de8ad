// How far off is projectCalendar? Projects each published year as if its notice were not out yet, from the law and
// the principles in force that year, and compares with what was published.
//
//   npx tsx scripts/projection-backtest.ts           prints the report (Markdown)
//   npx tsx scripts/projection-backtest.ts --check   fails unless docs/calendar-projection.md holds this report
//   npx tsx scripts/projection-backtest.ts --write   writes the report into docs/calendar-projection.md
//
// For year Y the projected calendar is projectCalendar(calendar, { from: Y, through: Y + 1 }): published days before
// Y, projected days from Y on. Deadlines: every start from 1 January of Y - 1 whose published due date falls in Y,
// N working days from the start (day 0 not counted), evaluated with dueDate on both calendars.
import { readFileSync, writeFileSync } from 'node:fs';
import { HK } from '../src/hk.js';
import { CN, dueDate, getPolicy, isWorkingDay, projectCalendar, type Calendar, type PolicyInput } from '../src/index.js';

const DEADLINES = [5, 20, 60, 200] as const;
const WEEKDAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const nextDate = (date: string) => fromUtc(toUtc(date) + DAY_MS);
const weekdayOf = (date: string) => ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;

/** A policy of N working days counted from the day after the start, on a calendar, in force on every date. */
function workingDaysPolicy(days: number, calendar: string): PolicyInput {
  return {
    ...getPolicy('cn.nmpa.drug.ind'),
    id: `backtest.${days}`,
    version: 'backtest',
    calendar,
    jurisdiction: calendar,
    limit: { amount: days, unit: 'working-days', direction: 'after' },
    effective: { from: '2000-01-01', to: null },
    stops: [],
    extensionCap: undefined,
  } as PolicyInput;
}

export interface DeadlineRow {
  days: number;
  starts: number;
  exact: number;
  inRange: number;
  meanRange: number;
  maxMiss: number;
}

export interface YearRow {
  year: number;
  differentDays: string[];
  deadlines: DeadlineRow[];
}

/** One year of one calendar: the days with another status, and the deadlines. */
function backtestYear(published: Calendar, year: number): YearRow {
  const projected = projectCalendar(published, { from: year, through: year + 1 });
  const differentDays: string[] = [];
  for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = nextDate(date)) {
    const official = isWorkingDay(date, { calendar: published });
    if (official !== isWorkingDay(date, { calendar: projected })) {
      differentDays.push(`${date.slice(5)} ${WEEKDAY[weekdayOf(date)]} ${official ? 'works' : 'rests'}`);
    }
  }
  const firstStart = `${Math.max(year - 1, +published.coverage.from.slice(0, 4))}-01-01`;
  const deadlines = DEADLINES.map((days): DeadlineRow => {
    const policy = workingDaysPolicy(days, published.id);
    let starts = 0;
    let exact = 0;
    let inRange = 0;
    let rangeDays = 0;
    let maxMiss = 0;
    for (let start = firstStart; start <= `${year}-12-31`; start = nextDate(start)) {
      let official: string;
      try {
        official = dueDate({ policy, start, calendar: published, trace: false }).due!;
      } catch {
        continue; // due past the published years
      }
      if (official.slice(0, 4) !== String(year)) continue;
      const result = dueDate({ policy, start, calendar: projected, trace: false });
      const range = result.dueRange ?? { earliest: result.due!, latest: result.due! };
      starts++;
      if (result.due === official) exact++;
      if (range.earliest <= official && official <= range.latest) inRange++;
      else maxMiss = Math.max(maxMiss, Math.abs(toUtc(official) - toUtc(official < range.earliest ? range.earliest : range.latest)) / DAY_MS);
      rangeDays += (toUtc(range.latest) - toUtc(range.earliest)) / DAY_MS;
    }
    return { days, starts, exact, inRange, meanRange: Math.round((rangeDays / starts) * 100) / 100, maxMiss };
  });
  return { year, differentDays, deadlines };
}

/** The mainland years 2008–2026 and the Hong Kong years 2016–2026. */
export function runBacktest(): { cn: YearRow[]; hk: YearRow[] } {
  const cn: YearRow[] = [];
  for (let year = 2008; year <= 2026; year++) cn.push(backtestYear(CN, year));
  const hk: YearRow[] = [];
  for (let year = 2016; year <= 2026; year++) hk.push(backtestYear(HK, year));
  return { cn, hk };
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 1000) / 10}%`;

function table(rows: readonly YearRow[], basis: (year: number) => string): string[] {
  const lines = [
    '| year | projected from | days with another status | ' + DEADLINES.map((d) => `${d} wd: exact / in range / mean range`).join(' | ') + ' |',
    '|---|---|---|' + DEADLINES.map(() => '---|').join(''),
  ];
  for (const row of rows) {
    const cells = row.deadlines.map((d) => `${percent(d.exact, d.starts)} / ${percent(d.inRange, d.starts)} / ${d.meanRange} d`);
    lines.push(`| ${row.year} | ${basis(row.year)} | ${row.differentDays.length} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** The Markdown report, between the markers of docs/calendar-projection.md. */
export function report({ cn, hk }: { cn: readonly YearRow[]; hk: readonly YearRow[] }): string {
  const lawOf = (year: number) =>
    year >= 2025 ? 'Measures (2024) + 2025 principles' : year >= 2014 ? 'Measures (2013), law only' : 'Measures (2007), law only';
  const lines = ['<!-- projection-backtest:start (generated by `npx tsx scripts/projection-backtest.ts --write`) -->', ''];
  lines.push('**Mainland China (CN), each year projected from the law and principles in force that year**', '');
  lines.push(...table(cn, lawOf), '');
  const starts = cn[0]!.deadlines.map((d) => `${d.days} wd: ${d.starts}`).join(', ');
  lines.push(`Start dates per year (e.g. 2008): ${starts}. "wd": working days; "mean range": latest minus earliest due date, in calendar days, averaged over the start dates.`, '');
  for (const row of cn.filter((r) => r.year >= 2025)) {
    lines.push(`- ${row.year}, days with another status (published status given): ${row.differentDays.join('; ') || 'none'}.`);
    const missed = row.deadlines.filter((d) => d.inRange < d.starts);
    if (missed.length) lines.push(`  Outside the range: ${missed.map((d) => `${d.days} wd ${d.starts - d.inRange} (up to ${d.maxMiss} days)`).join(', ')}.`);
  }
  lines.push('', '**Hong Kong (HK), each year projected from the General Holidays Ordinance rules**', '');
  lines.push(...table(hk, () => 'Cap. 149 rules'), '');
  lines.push('<!-- projection-backtest:end -->');
  return lines.join('\n');
}

const DOC = new URL('../docs/calendar-projection.md', import.meta.url);
const SECTION = /<!-- projection-backtest:start[^]*<!-- projection-backtest:end -->/;

/** The report in the docs, or undefined when the markers are missing. */
export function documentedReport(): string | undefined {
  return SECTION.exec(readFileSync(DOC, 'utf8'))?.[0];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*scripts\//, 'scripts/'))) {
  const text = report(runBacktest());
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    if (!SECTION.test(doc)) throw new Error('docs/calendar-projection.md has no projection-backtest markers');
    writeFileSync(DOC, doc.replace(SECTION, text));
  } else if (process.argv.includes('--check')) {
    if (documentedReport() !== text) {
      console.error('docs/calendar-projection.md is out of date: run npx tsx scripts/projection-backtest.ts --write');
      process.exit(1);
    }
    console.log('docs/calendar-projection.md matches the backtest');
  } else {
    console.log(text);
  }
}
