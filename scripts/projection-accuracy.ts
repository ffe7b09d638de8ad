// How far off is projectCalendar? Projects 2025 and 2026 as if they were not covered (the statutory list in force
// since 2025, lunar dates computed) and compares with the State Council's published schedules in CN.
//
//   npx tsx scripts/projection-accuracy.ts           prints the report (Markdown)
//   npx tsx scripts/projection-accuracy.ts --check   fails unless docs/calendar-projection.md holds this report
//   npx tsx scripts/projection-accuracy.ts --write   writes the report into docs/calendar-projection.md
import { readFileSync, writeFileSync } from 'node:fs';
import { Calendar, KIND_HOLIDAY } from '../src/calendar/Calendar.js';
import { DaysBuilder } from '../src/calendar/fromSchedules.js';
import { mainlandStatutoryRestDays } from '../src/calendar/projection/mainlandRule.js';
import { dayNumberFromParts, formatDayNumber, weekdayOfDayNumber } from '../src/date/plainDate.js';
import { CN, addWorkingDays, countWorkingDays, isWorkingDay } from '../src/index.js';

const YEARS = [2025, 2026] as const;
const DEADLINES = [5, 20, 60, 200] as const;
const WEEKDAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 2025–2026 from the statutory rule alone, as projectCalendar would build them past coverage. */
function projectedCalendar(inLieu: boolean): Calendar {
  const first = dayNumberFromParts(YEARS[0], 1, 1);
  const last = dayNumberFromParts(YEARS[1], 12, 31);
  return new Calendar({
    id: 'CN',
    name: `CN ${YEARS.join('–')} projected`,
    first,
    last,
    days: () => {
      const builder = new DaysBuilder(first, last);
      for (const year of YEARS) {
        for (const { day, holiday } of mainlandStatutoryRestDays(year, inLieu)) builder.set(day, KIND_HOLIDAY, builder.holidayRef(holiday), 0, true);
      }
      return builder.build();
    },
    extendHint: () => '',
  });
}

interface YearReport {
  year: number;
  officialWorkingDays: number;
  projectedWorkingDays: number;
  differentDays: string[];
  maxWindowError: number;
}

interface DeadlineReport {
  days: number;
  starts: number;
  sameDue: number;
  maxShift: number;
  meanAbsShift: number;
}

export interface ProjectionAccuracy {
  variant: string;
  years: YearReport[];
  deadlines: DeadlineReport[];
}

function measure(inLieu: boolean): ProjectionAccuracy {
  const projected = projectedCalendar(inLieu);
  const years = YEARS.map((year): YearReport => {
    const before = formatDayNumber(dayNumberFromParts(year, 1, 1) - 1);
    const first = dayNumberFromParts(year, 1, 1);
    const last = dayNumberFromParts(year, 12, 31);
    const differentDays: string[] = [];
    // The error of a count over any period (a, b] inside the year is drift(b) - drift(a), drift being the running
    // difference projected - official; the largest error is the range of the drift.
    let drift = 0;
    let hi = 0;
    let lo = 0;
    for (let day = first; day <= last; day++) {
      const date = formatDayNumber(day);
      const official = isWorkingDay(date, { calendar: CN });
      const mine = isWorkingDay(date, { calendar: projected });
      if (official !== mine) differentDays.push(`${date.slice(5)} ${WEEKDAY[weekdayOfDayNumber(day)]} ${official ? 'works' : 'rests'}`);
      drift += (mine ? 1 : 0) - (official ? 1 : 0);
      hi = Math.max(hi, drift);
      lo = Math.min(lo, drift);
    }
    return {
      year,
      officialWorkingDays: countWorkingDays(before, `${year}-12-31`, { calendar: CN }),
      projectedWorkingDays: countWorkingDays(before, `${year}-12-31`, { calendar: CN }) + drift,
      differentDays,
      maxWindowError: hi - lo,
    };
  });
  const deadlines = DEADLINES.map((days): DeadlineReport => {
    let starts = 0;
    let sameDue = 0;
    let maxShift = 0;
    let totalShift = 0;
    for (let day = dayNumberFromParts(2025, 1, 1); day <= dayNumberFromParts(2026, 12, 31); day++) {
      const start = formatDayNumber(day);
      let official: string;
      let mine: string;
      try {
        official = addWorkingDays(start, days, { calendar: CN });
        mine = addWorkingDays(start, days, { calendar: projected });
      } catch {
        continue; // the due date falls past 2026
      }
      if (official > '2026-12-31') continue;
      starts++;
      const shift = Math.abs(Date.UTC(+mine.slice(0, 4), +mine.slice(5, 7) - 1, +mine.slice(8)) - Date.UTC(+official.slice(0, 4), +official.slice(5, 7) - 1, +official.slice(8))) / 86_400_000;
      if (shift === 0) sameDue++;
      maxShift = Math.max(maxShift, shift);
      totalShift += shift;
    }
    return { days, starts, sameDue, maxShift, meanAbsShift: Math.round((totalShift / starts) * 100) / 100 };
  });
  return { variant: inLieu ? 'statutory list with days off in lieu (what projectCalendar does)' : 'statutory list without days off in lieu', years, deadlines };
}

/** Both variants: what projectCalendar does and, for comparison, the list without Art. 6's days in lieu. */
export function measureProjectionAccuracy(): ProjectionAccuracy[] {
  return [measure(true), measure(false)];
}

export function report(results: readonly ProjectionAccuracy[]): string {
  const lines: string[] = ['<!-- projection-accuracy:start (generated by `npx tsx scripts/projection-accuracy.ts --write`) -->'];
  for (const { variant, years, deadlines } of results) {
    lines.push('', `**${variant[0]!.toUpperCase()}${variant.slice(1)}**`, '');
    lines.push('| year | working days, official | working days, projected | days with another status | largest count error over any period inside the year |');
    lines.push('|---|---|---|---|---|');
    for (const y of years) {
      lines.push(`| ${y.year} | ${y.officialWorkingDays} | ${y.projectedWorkingDays} | ${y.differentDays.length} | ${y.maxWindowError} working day${y.maxWindowError === 1 ? '' : 's'} |`);
    }
    lines.push('');
    for (const y of years) lines.push(`- ${y.year}, days with another status (official status given): ${y.differentDays.join('; ')}.`);
    lines.push('', '| deadline (working days) | start dates 2025–2026 tested | same due date | largest shift of the due date | mean shift |');
    lines.push('|---|---|---|---|---|');
    for (const d of deadlines) {
      lines.push(`| ${d.days} | ${d.starts} | ${d.sameDue} (${Math.round((d.sameDue / d.starts) * 1000) / 10}%) | ${d.maxShift} calendar days | ${d.meanAbsShift} calendar days |`);
    }
  }
  lines.push('', '<!-- projection-accuracy:end -->');
  return lines.join('\n');
}

const DOC = new URL('../docs/calendar-projection.md', import.meta.url);
const START = /<!-- projection-accuracy:start[^]*<!-- projection-accuracy:end -->/;

/** The report in the docs, or undefined when the markers are missing. */
export function documentedReport(): string | undefined {
  return START.exec(readFileSync(DOC, 'utf8'))?.[0];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*scripts\//, 'scripts/'))) {
  const text = report(measureProjectionAccuracy());
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    if (!START.test(doc)) throw new Error('docs/calendar-projection.md has no projection-accuracy markers');
    writeFileSync(DOC, doc.replace(START, text));
  } else if (process.argv.includes('--check')) {
    if (documentedReport() !== text) {
      console.error('docs/calendar-projection.md is out of date: run npx tsx scripts/projection-accuracy.ts --write');
      process.exit(1);
    }
    console.log('docs/calendar-projection.md matches the measurement');
  } else {
    console.log(text);
  }
}
