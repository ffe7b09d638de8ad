/**
 * How `projectCalendar` continues the mainland calendar into a year with no published notice: the candidate
 * arrangements that the law and the State Council's published principles allow, block by block, most likely first.
 *
 * Every rule, with its source:
 *
 * - **Art. 2** of the 全国年节及纪念日放假办法 in force that year (`mainlandHolidayLaw.ts`): the statutory days.
 * - **Art. 6**: a statutory day on a Saturday or Sunday, or on another statutory day, is made up on a working day
 *   (补假). Every candidate therefore has as many weekday rest days, net of make-up working days, as there are
 *   statutory days: the arrangements differ in *where* the working days fall, never in how many there are.
 * - **The principles** that the notice for 2025 states for the years from 2025 (国务院办公厅关于2025年部分节假日安排的
 *   通知, preamble): 春节自农历除夕起放假调休8天 (P1); 国庆节自10月1日起放假调休7天 (P2); 劳动节放假调休5天 (P3);
 *   元旦、清明节、端午节、中秋节分别放假调休或连休3天（如逢周三则只在当日放假）(P4); 国庆节放假如逢中秋节则合并放假8天
 *   (P5). The days a block borrows (调休) are made up on neighbouring weekend days (P6): the nearest Saturday and
 *   Sunday before and after the block that are not rest days of another holiday.
 *
 * How the rules are read where they leave a choice, each a reading and not a rule:
 * - P4 (3 days 连休 or 调休): the block is the holiday with the weekend it touches — Friday to Sunday, Saturday to
 *   Monday (a holiday on Saturday or Sunday is made up on the Monday, Art. 6), Sunday to Tuesday and Thursday to
 *   Saturday with one weekend day worked.
 * - P5 (如逢中秋节): Mid-Autumn on 29 September to 8 October merges; the 8 days start on 1 October, or on
 *   Mid-Autumn when it is before 1 October.
 * - P3 (5 days, from no fixed day): five days that hold 1 and 2 May and a whole weekend; most likely starting on
 *   1 May, else on a Saturday.
 * - Ranking of the make-up days, most likely first (what the notices for 2025 and 2026 do; no published text states
 *   it): no run of more than six working days in a row that a make-up day creates; no make-up day that would be a
 *   lone working day between two rest days (Spring Festival 2026 rests from Sunday 15 February and works Saturday 14
 *   instead); then make-up days as close to the block as possible; then later rather than earlier.
 *
 * Years before 2025 had no published principles: they are projected from the law alone (Art. 2 and Art. 6, the
 * day in lieu on the first weekday after the festival), one candidate, no make-up working days.
 * The principles allow exceptions (除个别特殊情形外, as for Spring Festival 2026, 9 days from 腊月二十八); an exception
 * can fall outside every candidate.
 *
 * No table of past years: the candidates come from these rules and the computed festival dates alone.
 *
 * @module
 */
import { dayNumberFromParts, formatDayNumber, weekdayOfDayNumber, type DayNumber } from '../../date/plainDate.js';
import type { BlockPlan, BlockVariant } from '../Calendar.js';
import type { CalendarSource, HolidayName } from '../types.js';
import {
  FESTIVAL_NAMES,
  mainlandHolidayLawOf,
  statutoryHolidays,
  type MainlandFestival,
  type StatutoryHoliday,
} from '../law/mainlandHolidayLaw.js';

/** The first year the State Council's published principles govern. */
export const PRINCIPLES_FIRST_YEAR = 2025;

/** The notice that states the principles (its preamble). */
export const PRINCIPLES_SOURCE: CalendarSource = {
  title:
    'Projected, not a published notice: 全国年节及纪念日放假办法第二条、第六条, and the principles in the preamble of ' +
    '国务院办公厅关于2025年部分节假日安排的通知',
  url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
};

const SATURDAY = 6;
const isWeekend = (day: DayNumber) => weekdayOfDayNumber(day) >= SATURDAY;
const range = (first: DayNumber, last: DayNumber): DayNumber[] => {
  const days: DayNumber[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return days;
};

/**
 * The candidate arrangements of one mainland year, block by block.
 *
 * @param year - A year the law module covers (`mainlandHolidayLawOf(year)` is defined).
 * @returns One plan per holiday block, in date order.
 *
 * @example
 * mainlandYearPlan(2027).find((b) => b.holiday.nameZh === '春节')!.variants[0]
 * //=> { rest: [2027-02-05 … 2027-02-12], makeup: [two of 2027-01-30, 01-31, 02-13, 02-14] } (as day numbers)
 */
export function mainlandYearPlan(year: number): BlockPlan[] {
  const law = mainlandHolidayLawOf(year);
  if (!law) throw new RangeError(`mainlandYearPlan: no revision of the holiday Measures is modelled for ${year}`);
  const statutory = statutoryHolidays(year);
  if (year < PRINCIPLES_FIRST_YEAR) return lawOnlyPlan(statutory, { title: `Projected, not a published notice: ${law.source.title} 第二条、第六条`, url: law.source.url });
  return principlesPlan(year, statutory);
}

/**
 * Art. 2 and Art. 6 alone: the statutory days, and for each one on a weekend or on another holiday a day in lieu on
 * the first Monday–Friday after the festival that is not already a rest day.
 */
function lawOnlyPlan(statutory: readonly StatutoryHoliday[], source: CalendarSource): BlockPlan[] {
  const taken = new Set<DayNumber>();
  const rests = new Map<MainlandFestival, DayNumber[]>();
  const owed: { festival: MainlandFestival; after: DayNumber }[] = [];
  for (const { festival, days } of statutory) {
    const own: DayNumber[] = [];
    for (const day of days) {
      if (taken.has(day) || isWeekend(day)) owed.push({ festival, after: days[days.length - 1]! });
      if (!taken.has(day)) {
        taken.add(day);
        own.push(day);
      }
    }
    rests.set(festival, own);
  }
  const inLieu = new Map<MainlandFestival, DayNumber[]>();
  for (const { festival, after } of owed) {
    let day = after + 1;
    while (taken.has(day) || isWeekend(day)) day++;
    taken.add(day);
    (inLieu.get(festival) ?? inLieu.set(festival, []).get(festival)!).push(day);
  }
  const plans: BlockPlan[] = [];
  for (const { festival, holiday } of statutory) {
    const own = rests.get(festival)!;
    if (own.length) plans.push({ holiday, source, variants: [{ rest: own, makeup: [] }] });
    const lieu = inLieu.get(festival);
    if (lieu) {
      plans.push({
        holiday: { name: `${holiday.name} (day off in lieu)`, nameZh: `${holiday.nameZh}（补假）` },
        source,
        variants: [{ rest: lieu, makeup: [] }],
      });
    }
  }
  return plans.sort((a, b) => a.variants[0]!.rest[0]! - b.variants[0]!.rest[0]!);
}

/** A block before its make-up days are placed: the festivals it holds and the spans it may take, most likely first. */
interface BlockShape {
  readonly festivals: readonly MainlandFestival[];
  readonly spans: readonly (readonly [DayNumber, DayNumber])[];
}

/** P4: the three days (or one, on a Wednesday) of New Year, Qingming, Dragon Boat or Mid-Autumn. */
function threeDaySpan(day: DayNumber): readonly [DayNumber, DayNumber] {
  switch (weekdayOfDayNumber(day)) {
    case 1: // Monday: Saturday to Monday
      return [day - 2, day];
    case 2: // Tuesday: Sunday to Tuesday, the Monday borrowed
      return [day - 2, day];
    case 3: // Wednesday: that day only
      return [day, day];
    case 4: // Thursday: Thursday to Saturday, the Friday borrowed
      return [day, day + 2];
    case 5: // Friday: Friday to Sunday
      return [day, day + 2];
    case 6: // Saturday: Saturday to Monday, the Monday in lieu
      return [day, day + 2];
    default: // Sunday: Saturday to Monday, the Monday in lieu
      return [day - 1, day + 1];
  }
}

/** P3: five days holding 1 and 2 May and a whole weekend; starting on 1 May first, then on a Saturday. */
function labourDaySpans(year: number): (readonly [DayNumber, DayNumber])[] {
  const may1 = dayNumberFromParts(year, 5, 1);
  const spans: { span: readonly [DayNumber, DayNumber]; rank: number }[] = [];
  for (let first = may1 - 3; first <= may1; first++) {
    const last = first + 4;
    const days = range(first, last);
    const saturdays = days.filter((d) => weekdayOfDayNumber(d) === 6);
    if (!saturdays.some((sat) => days.includes(sat + 1))) continue; // no whole weekend inside
    spans.push({ span: [first, last], rank: first === may1 ? 0 : weekdayOfDayNumber(first) === 6 ? 1 : 2 });
  }
  return spans.sort((a, b) => a.rank - b.rank || b.span[0] - a.span[0]).map((s) => s.span);
}

function principlesPlan(year: number, statutory: readonly StatutoryHoliday[]): BlockPlan[] {
  const dayOf = (festival: MainlandFestival) => statutory.find((h) => h.festival === festival)!.days[0]!;
  const eve = dayOf('spring-festival');
  const midAutumn = dayOf('mid-autumn');
  const october1 = dayNumberFromParts(year, 10, 1);
  const merged = midAutumn >= october1 - 2 && midAutumn <= october1 + 7;
  const shapes: BlockShape[] = [
    { festivals: ['new-year'], spans: [threeDaySpan(dayOf('new-year'))] },
    { festivals: ['spring-festival'], spans: [[eve, eve + 7]] },
    { festivals: ['qingming'], spans: [threeDaySpan(dayOf('qingming'))] },
    { festivals: ['labour-day'], spans: labourDaySpans(year) },
    { festivals: ['dragon-boat'], spans: [threeDaySpan(dayOf('dragon-boat'))] },
    ...(merged
      ? [{ festivals: ['national-day', 'mid-autumn'], spans: [[Math.min(midAutumn, october1), Math.min(midAutumn, october1) + 7]] } as BlockShape]
      : [
          { festivals: ['mid-autumn'], spans: [threeDaySpan(midAutumn)] } as BlockShape,
          { festivals: ['national-day'], spans: [[october1, october1 + 6]] } as BlockShape,
        ]),
  ];
  // Days that are, or may be, rest days of some block: a make-up day is never one of them. The New Year of the next
  // year may begin in late December.
  const possibleRest = new Set<DayNumber>();
  for (const shape of shapes) for (const [first, last] of shape.spans) for (let d = first; d <= last; d++) possibleRest.add(d);
  for (const h of statutory) for (const d of h.days) possibleRest.add(d);
  const nextNewYear = threeDaySpan(dayNumberFromParts(year + 1, 1, 1));
  for (let d = nextNewYear[0]; d <= nextNewYear[1]; d++) possibleRest.add(d);
  // The most likely rest days of every block, for measuring runs of working days.
  const likelyRest = new Set<DayNumber>();
  for (const shape of shapes) for (let d = shape.spans[0]![0]; d <= shape.spans[0]![1]; d++) likelyRest.add(d);

  const source = PRINCIPLES_SOURCE;
  return shapes.map((shape): BlockPlan => {
    const legal = shape.festivals.reduce((sum, f) => sum + statutory.find((h) => h.festival === f)!.days.length, 0);
    const scored: { variant: BlockVariant; key: number[] }[] = [];
    shape.spans.forEach(([first, last], spanRank) => {
      const weekdays = range(first, last).filter((d) => !isWeekend(d)).length;
      const owed = weekdays - legal;
      if (owed < 0) throw new Error(`reviewclock internal error: the ${year} block ${formatDayNumber(first)} holds fewer weekdays than its statutory days`);
      const candidates = [...nearestFreeWeekend(first, -1, possibleRest), ...nearestFreeWeekend(last, 1, possibleRest)];
      for (const makeup of subsets(candidates, owed)) {
        const rest = range(first, last);
        scored.push({
          variant: { rest, makeup: [...makeup].sort((a, b) => a - b) },
          key: [
            spanRank,
            overRun(makeup, first, last, likelyRest),
            loneWorkingDays(makeup, first, last, likelyRest),
            distance(makeup, first, last),
            -Math.max(0, ...makeup),
          ],
        });
      }
    });
    if (scored.length === 0) throw new Error(`reviewclock internal error: no arrangement of the ${year} ${shape.festivals.join('+')} block`);
    scored.sort((a, b) => compareKeys(a.key, b.key));
    return { holiday: namesOf(shape.festivals), source, variants: scored.map((s) => s.variant) };
  });
}

function namesOf(festivals: readonly MainlandFestival[]): HolidayName {
  const names = festivals.map((f) => FESTIVAL_NAMES[f]);
  return { name: names.map((n) => n.name).join(' and '), nameZh: names.map((n) => n.nameZh).join('、') };
}

/** P6: the Saturday and Sunday nearest to a block on one side (direction -1 before, +1 after) that are free. */
function nearestFreeWeekend(edge: DayNumber, direction: -1 | 1, possibleRest: ReadonlySet<DayNumber>): DayNumber[] {
  for (let day = edge + direction, guard = 0; guard < 60; day += direction, guard++) {
    if (!isWeekend(day) || possibleRest.has(day)) continue;
    // The first free weekend day found; its weekend partner too when free.
    const partner = weekdayOfDayNumber(day) === 6 ? day + 1 : day - 1;
    return possibleRest.has(partner) ? [day] : [day, partner].sort((a, b) => a - b);
  }
  return [];
}

/** Every subset of `size` elements, in a stable order. */
function subsets(items: readonly DayNumber[], size: number): DayNumber[][] {
  if (size === 0) return [[]];
  if (size > items.length) return [];
  const result: DayNumber[][] = [];
  const pick = (from: number, chosen: DayNumber[]) => {
    if (chosen.length === size) {
      result.push(chosen.slice());
      return;
    }
    for (let i = from; i < items.length; i++) {
      chosen.push(items[i]!);
      pick(i + 1, chosen);
      chosen.pop();
    }
  };
  pick(0, []);
  return result;
}

/** Whether a day works, with the block's make-up days worked and the likely blocks (this one included) at rest. */
function workingWith(makeup: readonly DayNumber[], first: DayNumber, last: DayNumber, likelyRest: ReadonlySet<DayNumber>) {
  return (day: DayNumber) => makeup.includes(day) || (!isWeekend(day) && !likelyRest.has(day) && !(day >= first && day <= last));
}

/** Working days beyond six in the runs that hold a make-up day. */
function overRun(makeup: readonly DayNumber[], first: DayNumber, last: DayNumber, likelyRest: ReadonlySet<DayNumber>): number {
  const working = workingWith(makeup, first, last, likelyRest);
  let excess = 0;
  for (const day of makeup) {
    let from = day;
    let to = day;
    while (working(from - 1)) from--;
    while (working(to + 1)) to++;
    excess += Math.max(0, to - from + 1 - 6);
  }
  return excess;
}

/** Make-up days that would be a lone working day between two rest days (the notices make the rest continuous instead). */
function loneWorkingDays(makeup: readonly DayNumber[], first: DayNumber, last: DayNumber, likelyRest: ReadonlySet<DayNumber>): number {
  const working = workingWith(makeup, first, last, likelyRest);
  return makeup.filter((day) => !working(day - 1) && !working(day + 1)).length;
}

/** Calendar days between each make-up day and the block. */
function distance(makeup: readonly DayNumber[], first: DayNumber, last: DayNumber): number {
  return makeup.reduce((sum, day) => sum + (day < first ? first - day : day - last), 0);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
