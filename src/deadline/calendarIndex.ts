/**
 * Extra lookup tables over a calendar's compiled tables, built once per calendar on first use: the runs of named
 * holidays, the make-up working days, and a prefix count of provisional days. With them a deadline's trace and
 * its `provisional` flag cost a binary search and the handful of holidays inside the span, never a walk over days.
 *
 * @module
 */
import { KIND_HOLIDAY, KIND_MAKEUP, type CalendarTables } from '../calendar/Calendar.js';
import { formatDayNumber, type DayNumber } from '../date/plainDate.js';
import type { SkippedHoliday } from './types.js';

/** @internal The extra tables of one calendar. */
export interface CalendarIndex {
  readonly tables: CalendarTables;
  /** First and last day of each run of consecutive holiday days with the same name. */
  readonly holidayStarts: Int32Array;
  readonly holidayEnds: Int32Array;
  readonly holidayRefs: Uint32Array;
  readonly makeups: Int32Array;
  /** `provisional[i]` = provisional days among the first i covered days; null when no day is provisional. */
  readonly provisional: Int32Array | null;
  /** `YYYY-MM-DD` of each covered day, filled on first use. */
  readonly dates: (string | undefined)[];
}

const cache = new WeakMap<CalendarTables, CalendarIndex>();

function build(tables: CalendarTables): CalendarIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const refs: number[] = [];
  const makeups: number[] = [];
  const length = tables.kinds.length;
  for (let i = 0; i < length; i++) {
    const kind = tables.kinds[i];
    if (kind === KIND_MAKEUP) makeups.push(tables.first + i);
    if (kind !== KIND_HOLIDAY) continue;
    const ref = tables.holidayRefs[i]!;
    const day = tables.first + i;
    const last = ends.length - 1;
    if (last >= 0 && ends[last] === day - 1 && refs[last] === ref) ends[last] = day;
    else {
      starts.push(day);
      ends.push(day);
      refs.push(ref);
    }
  }
  let provisional: Int32Array | null = null;
  if (tables.provisional) {
    let any = false;
    provisional = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const flag = tables.provisional[i] === 1 ? 1 : 0;
      if (flag) any = true;
      provisional[i + 1] = provisional[i]! + flag;
    }
    if (!any) provisional = null;
  }
  return {
    tables,
    holidayStarts: Int32Array.from(starts),
    holidayEnds: Int32Array.from(ends),
    holidayRefs: Uint32Array.from(refs),
    makeups: Int32Array.from(makeups),
    provisional,
    dates: new Array<string | undefined>(length),
  };
}

/** The extra tables of a calendar (built on first use, then cached with the calendar's tables). */
export function calendarIndexOf(tables: CalendarTables): CalendarIndex {
  let index = cache.get(tables);
  if (!index) {
    index = build(tables);
    cache.set(tables, index);
  }
  return index;
}

/** `YYYY-MM-DD` of a day, from a per-calendar cache for covered days (formatting is the costly part of a trace). */
export function dateText(index: CalendarIndex, day: DayNumber): string {
  const i = day - index.tables.first;
  if (i < 0 || day > index.tables.last) return formatDayNumber(day);
  return (index.dates[i] ??= formatDayNumber(day));
}

/** Index of the first element of a sorted array that is >= value. */
function lowerBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The named holidays overlapping the days first..last (both included), clipped to them. */
export function holidaysWithin(index: CalendarIndex, first: DayNumber, last: DayNumber): SkippedHoliday[] {
  const result: SkippedHoliday[] = [];
  if (last < first) return result;
  const { tables } = index;
  for (let k = lowerBound(index.holidayEnds, first); k < index.holidayStarts.length && index.holidayStarts[k]! <= last; k++) {
    const from = Math.max(first, index.holidayStarts[k]!);
    const to = Math.min(last, index.holidayEnds[k]!);
    const ref = index.holidayRefs[k]!;
    const names = ref ? tables.holidays[ref - 1] : undefined;
    result.push({
      from: dateText(index, from),
      to: dateText(index, to),
      days: to - from + 1,
      name: names?.name ?? 'Holiday',
      nameZh: names?.nameZh ?? null,
    });
  }
  return result;
}

/** The make-up working days among first..last (both included). */
export function makeupWorkdaysWithin(index: CalendarIndex, first: DayNumber, last: DayNumber): string[] {
  const result: string[] = [];
  if (last < first) return result;
  const { makeups } = index;
  for (let k = lowerBound(makeups, first); k < makeups.length && makeups[k]! <= last; k++) result.push(dateText(index, makeups[k]!));
  return result;
}

/** Whether any day among first..last (both included, clipped to coverage) is provisional. */
export function anyProvisionalWithin(index: CalendarIndex, first: DayNumber, last: DayNumber): boolean {
  const { tables, provisional } = index;
  if (!provisional) return false;
  const from = Math.max(first, tables.first) - tables.first;
  const to = Math.min(last, tables.last) - tables.first;
  if (to < from) return false;
  return provisional[to + 1]! - provisional[from]! > 0;
}
