/**
 * Turns holiday schedules into calendar days: Monday–Friday work and Saturday–Sunday rest, then each schedule's
 * rest-day spans and make-up working days applied in order (an amendment, listed after its notice, wins).
 *
 * @module
 */
import { dayNumberFromParts, parsePlainDate, weekdayOfDayNumber, type DayNumber } from '../date/plainDate.js';
import { KIND_HOLIDAY, KIND_MAKEUP, KIND_WEEKEND, KIND_WORKDAY, type CalendarDays } from './Calendar.js';
import type { CalendarSource, HolidayName, HolidaySchedule } from './types.js';

/** First and last day numbers of a range of whole years. */
export function yearsRange(firstYear: number, lastYear: number): { first: DayNumber; last: DayNumber } {
  return { first: dayNumberFromParts(firstYear, 1, 1), last: dayNumberFromParts(lastYear, 12, 31) };
}

/** Saturday and Sunday are rest days, every other day a working day. */
export function weekendKind(day: DayNumber): number {
  return weekdayOfDayNumber(day) >= 6 ? KIND_WEEKEND : KIND_WORKDAY;
}

/** Builds day tables with interned holiday names and sources. */
export class DaysBuilder {
  readonly first: DayNumber;
  readonly kinds: Uint8Array;
  readonly holidayRefs: Uint32Array;
  readonly sourceRefs: Uint32Array;
  readonly holidays: HolidayName[] = [];
  readonly sources: CalendarSource[] = [];
  provisional: Uint8Array | undefined;
  readonly #holidayKeys = new Map<string, number>();
  readonly #sourceKeys = new Map<string, number>();

  constructor(first: DayNumber, last: DayNumber, kindOf: (day: DayNumber) => number = weekendKind) {
    const length = last - first + 1;
    this.first = first;
    this.kinds = new Uint8Array(length);
    this.holidayRefs = new Uint32Array(length);
    this.sourceRefs = new Uint32Array(length);
    for (let i = 0; i < length; i++) this.kinds[i] = kindOf(first + i);
  }

  /** 1 + the index of a holiday name, adding it when new. */
  holidayRef(holiday: HolidayName): number {
    const key = `${holiday.name}\u0000${holiday.nameZh ?? ''}`;
    let ref = this.#holidayKeys.get(key);
    if (ref === undefined) {
      this.holidays.push(holiday.nameZh === undefined ? { name: holiday.name } : { name: holiday.name, nameZh: holiday.nameZh });
      ref = this.holidays.length;
      this.#holidayKeys.set(key, ref);
    }
    return ref;
  }

  /** 1 + the index of a source, adding it when new. */
  sourceRef(source: CalendarSource): number {
    const key = `${source.title}\u0000${source.url}`;
    let ref = this.#sourceKeys.get(key);
    if (ref === undefined) {
      this.sources.push({ title: source.title, url: source.url });
      ref = this.sources.length;
      this.#sourceKeys.set(key, ref);
    }
    return ref;
  }

  /** Sets one day; days outside the range are ignored. */
  set(day: DayNumber, kind: number, holidayRef = 0, sourceRef = 0, provisional = false): void {
    const i = day - this.first;
    if (i < 0 || i >= this.kinds.length) return;
    this.kinds[i] = kind;
    this.holidayRefs[i] = holidayRef;
    this.sourceRefs[i] = sourceRef;
    if (provisional || this.provisional) {
      this.provisional ??= new Uint8Array(this.kinds.length);
      this.provisional[i] = provisional ? 1 : 0;
    }
  }

  /** Marks a day provisional, keeping what it is; days outside the range are ignored. */
  markProvisional(day: DayNumber): void {
    const i = day - this.first;
    if (i < 0 || i >= this.kinds.length) return;
    this.set(day, this.kinds[i]!, this.holidayRefs[i]!, this.sourceRefs[i]!, true);
  }

  /** Applies one schedule: its rest-day spans, then its make-up working days. */
  apply(schedule: HolidaySchedule, provisional = false): void {
    const sourceRef = this.sourceRef(schedule.source);
    for (const holiday of schedule.holidays) {
      const holidayRef = this.holidayRef(holiday);
      const to = parsePlainDate('withSchedules', holiday.to);
      for (let day = parsePlainDate('withSchedules', holiday.from); day <= to; day++) {
        this.set(day, KIND_HOLIDAY, holidayRef, sourceRef, provisional);
      }
    }
    for (const date of schedule.makeupWorkdays) {
      this.set(parsePlainDate('withSchedules', date), KIND_MAKEUP, 0, sourceRef, provisional);
    }
  }

  /** The finished day data. */
  build(): CalendarDays {
    return {
      first: this.first,
      kinds: this.kinds,
      holidayRefs: this.holidayRefs,
      holidays: this.holidays,
      sourceRefs: this.sourceRefs,
      sources: this.sources,
      provisional: this.provisional,
    };
  }
}

/** Calendar days for a range of days from a list of schedules applied in order. */
export function daysFromSchedules(first: DayNumber, last: DayNumber, schedules: readonly HolidaySchedule[]): CalendarDays {
  const builder = new DaysBuilder(first, last);
  for (const schedule of schedules) builder.apply(schedule);
  return builder.build();
}
