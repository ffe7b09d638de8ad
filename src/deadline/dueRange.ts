/**
 * A deadline on every candidate arrangement of a projected calendar, without trying every combination of every
 * block: the earliest and latest due date (`dueRange`), and which other figures differ between arrangements.
 *
 * Why few evaluations suffice. A candidate differs from the calendar's own days only inside its blocks, and a
 * balanced block (every mainland block: the law fixes how many working days each arrangement leaves) has as many
 * working days in each arrangement. So a block changes a deadline only when
 * - it holds a day the evaluation starts from or decides on: the start (or the day before it), a stop's first or last
 *   day (whether or not the stop applies), a period's nominal last day ("input blocks"), or it is unbalanced and lies
 *   in the deadline's span; or
 * - the due date can land in it: the working days counted up to some day of the block are within the block's
 *   `shift` of the count at the due date (or, with no due date, at the day the open stop began) ("near blocks").
 *   Windows do not overlap (overlapping blocks are merged), and outside windows every candidate counts alike, so the
 *   outcome on any candidate is the outcome on the candidate that changes only these blocks.
 * The evaluations are the combinations of the input blocks and, for each, of its near blocks.
 *
 * @module
 */
import { CalendarCoverageError } from '../errors.js';
import type { CalendarTables, CandidateBlock, CandidateChange } from '../calendar/Calendar.js';
import { blockHolding, firstBlockEndingFrom, tablesWithChanges } from '../calendar/candidates.js';
import type { DayNumber } from '../date/plainDate.js';

/** Days of margin around the evaluated span in a candidate's tables (a due date moves by at most a few weeks). */
const MARGIN_BEFORE = 60;
const MARGIN_AFTER = 120;

/** The figures of one evaluation that can differ between arrangements. */
export interface CandidateOutcome {
  /** The due date, or null while an open stop is running. */
  readonly due: DayNumber | null;
  readonly limit: number;
  readonly countedDays: number;
  readonly stoppedDays: number;
}

/** What the candidates give, compared with the calendar's own days. */
export interface CandidatesComparison {
  /** The earliest and latest due date over the candidates that have one (undefined when none has). */
  readonly earliest: DayNumber | undefined;
  readonly latest: DayNumber | undefined;
  /** True when some candidates have a due date and others do not (an open stop applies on some only). */
  readonly dueOrNone: boolean;
  readonly limitVaries: boolean;
  readonly countedVaries: boolean;
  readonly stoppedVaries: boolean;
}

/**
 * Evaluates a deadline on the candidates that can change it.
 *
 * @param tables - The projected calendar's own tables.
 * @param blocks - Its candidate blocks, in date order.
 * @param points - The days the evaluation starts from or decides on (see the module comment).
 * @param own - The outcome on the calendar's own days.
 * @param reference - The day the outcome ends on there: the due date, or the first day of the open stop.
 * @param evaluate - The outcome on other tables (no trace); throws `CalendarCoverageError` when they are too short.
 */
export function compareCandidates(
  tables: CalendarTables,
  blocks: readonly CandidateBlock[],
  points: readonly DayNumber[],
  own: CandidateOutcome,
  reference: DayNumber,
  evaluate: (tables: CalendarTables) => CandidateOutcome,
): CandidatesComparison {
  let earliest = own.due ?? undefined;
  let latest = own.due ?? undefined;
  let withDue = own.due !== null;
  let withoutDue = own.due === null;
  let limitVaries = false;
  let countedVaries = false;
  let stoppedVaries = false;
  const record = (outcome: CandidateOutcome) => {
    if (outcome.due === null) withoutDue = true;
    else {
      withDue = true;
      if (earliest === undefined || outcome.due < earliest) earliest = outcome.due;
      if (latest === undefined || outcome.due > latest) latest = outcome.due;
    }
    if (outcome.limit !== own.limit) limitVaries = true;
    if (outcome.countedDays !== own.countedDays) countedVaries = true;
    if (outcome.stoppedDays !== own.stoppedDays) stoppedVaries = true;
  };

  if (blocks.length > 0) {
    const low = Math.min(reference, ...points);
    const high = Math.max(reference, ...points);
    const input = new Set<CandidateBlock>();
    for (const point of points) {
      const block = blockHolding(blocks, point);
      if (block) input.add(block);
    }
    for (let k = firstBlockEndingFrom(blocks, low); k < blocks.length && blocks[k]!.first <= high; k++) {
      if (!blocks[k]!.balanced) input.add(blocks[k]!);
    }
    const inputBlocks = [...input];

    const run = (changes: readonly CandidateChange[], around: DayNumber): { outcome: CandidateOutcome; tables: CalendarTables } => {
      const first = Math.max(tables.first, Math.min(low, around) - MARGIN_BEFORE);
      const last = Math.min(tables.last, Math.max(high, around) + MARGIN_AFTER);
      try {
        const window = tablesWithChanges(tables, first, last, changes);
        return { outcome: evaluate(window), tables: window };
      } catch (error) {
        if (!(error instanceof CalendarCoverageError) || (first === tables.first && last === tables.last)) throw error;
        const whole = tablesWithChanges(tables, tables.first, tables.last, changes);
        return { outcome: evaluate(whole), tables: whole };
      }
    };

    for (const inputChanges of combinations(inputBlocks)) {
      const base = inputChanges.length === 0 ? { outcome: own, tables } : run(inputChanges, reference);
      if (inputChanges.length > 0) record(base.outcome);
      const ends = base.outcome.due ?? reference;
      const near = nearBlocks(base.tables, blocks, ends, input);
      for (const nearChanges of combinations(near)) {
        if (nearChanges.length === 0) continue; // evaluated above (or the calendar's own days)
        record(run([...inputChanges, ...nearChanges], ends).outcome);
      }
    }
  }
  return { earliest, latest, dueOrNone: withDue && withoutDue, limitVaries, countedVaries, stoppedVaries };
}

/** Every combination of one arrangement per block, as the concatenated changes (one empty list when no block). */
function* combinations(blocks: readonly CandidateBlock[]): Generator<CandidateChange[]> {
  if (blocks.length === 0) {
    yield [];
    return;
  }
  const choice = new Array<number>(blocks.length).fill(0);
  for (;;) {
    const changes: CandidateChange[] = [];
    for (let b = 0; b < blocks.length; b++) changes.push(...blocks[b]!.variants[choice[b]!]!);
    yield changes;
    let b = 0;
    while (b < blocks.length && ++choice[b]! === blocks[b]!.variants.length) choice[b++] = 0;
    if (b === blocks.length) return;
  }
}

/** The blocks, other than `exclude`, in which the outcome's last day could land on some candidate. */
function nearBlocks(tables: CalendarTables, blocks: readonly CandidateBlock[], day: DayNumber, exclude: ReadonlySet<CandidateBlock>): CandidateBlock[] {
  const countAt = (d: DayNumber) => tables.cumulative[Math.max(0, Math.min(tables.kinds.length, d - tables.first + 1))]!;
  const target = countAt(day);
  let reach = 0;
  for (const block of blocks) reach = Math.max(reach, block.shift + 1);
  const inReach = (block: CandidateBlock) => countAt(block.first - 1) <= target + block.shift + 1 && countAt(block.last) >= target - block.shift - 1;
  const near: CandidateBlock[] = [];
  // Blocks are in date order and counts grow with the date: look around the day until they are out of reach.
  const start = firstBlockEndingFrom(blocks, day);
  for (let k = start; k < blocks.length && countAt(blocks[k]!.first - 1) <= target + reach; k++) {
    if (!exclude.has(blocks[k]!) && inReach(blocks[k]!)) near.push(blocks[k]!);
  }
  for (let k = start - 1; k >= 0 && countAt(blocks[k]!.last) >= target - reach; k--) {
    if (!exclude.has(blocks[k]!) && inReach(blocks[k]!)) near.push(blocks[k]!);
  }
  return near;
}
