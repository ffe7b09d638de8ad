/**
 * What a deadline makes of each day, for the month view: day 0, the counted days with their numbers, the days the
 * clock was stopped, the day a stop begins and ends, the due date and the "as of" day. Read from the result's trace.
 *
 * @module
 */
import { addWorkingDays, isWorkingDay, type Calendar, type DeadlineResult, type PlainDate } from '../../../src/index.js';
import { daysBetween, shiftDate } from './dates.js';

/** The marks of one day. */
export interface DayMarks {
  start?: boolean;
  /** The number of the counted day (1 = the first day counted), on clock `clock`. */
  counted?: number;
  clock?: number;
  stopped?: boolean;
  stopBegins?: boolean;
  stopEnds?: boolean;
  due?: boolean;
  asOf?: boolean;
}

/** The marks of every day a deadline touches, by date. */
export function deadlineMarks(result: DeadlineResult, calendar: Calendar): Map<PlainDate, DayMarks> {
  const marks = new Map<PlainDate, DayMarks>();
  const mark = (date: PlainDate): DayMarks => {
    let entry = marks.get(date);
    if (!entry) marks.set(date, (entry = {}));
    return entry;
  };
  const options = { calendar };
  for (const segment of result.trace) {
    switch (segment.type) {
      case 'start':
        mark(segment.date).start = true;
        break;
      case 'counted': {
        // The counted working days in order, numbered firstDay, firstDay + 1, … (backwards for a limit counted back).
        const step = segment.firstDate <= segment.lastDate ? 1 : -1;
        for (let i = 0; i < segment.days; i++) {
          const entry = mark(addWorkingDays(segment.firstDate, step * i, options));
          entry.counted = segment.firstDay + i;
          entry.clock = segment.clock;
        }
        break;
      }
      case 'period': {
        // Calendar days of a period, numbered from the start.
        const length = Math.abs(daysBetween(segment.from, segment.to));
        const step = segment.to >= segment.from ? 1 : -1;
        for (let i = 1; i <= length; i++) mark(shiftDate(segment.from, step * i)).counted = i;
        break;
      }
      case 'stopped': {
        mark(segment.from).stopBegins = true;
        const end = segment.to ?? result.asOf;
        if (segment.to !== null) mark(segment.to).stopEnds = true;
        if (end !== null) {
          // The day the clock stops is stopped too where the stop-day reading leaves it out.
          for (let date = segment.fromCounted === false ? segment.from : shiftDate(segment.from, 1); date <= end; date = shiftDate(date, 1)) {
            if (isWorkingDay(date, options)) mark(date).stopped = true;
          }
        }
        break;
      }
      default:
        break;
    }
  }
  if (result.due !== null) mark(result.due).due = true;
  if (result.asOf !== null) mark(result.asOf).asOf = true;
  return marks;
}
