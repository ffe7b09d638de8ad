/**
 * `dueRange`: the earliest and latest due date over every candidate arrangement of a projected calendar, without
 * trying every combination of every block.
 *
 * Why few evaluations suffice. A candidate differs from the calendar's own days only inside its blocks, and a
 * balanced block (every mainland block: the law fixes how many working days each arrangement leaves) has as many
 * working days in each arrangement. So a block changes a deadline only when
 * - it holds a day the evaluation starts from: the start (or the day before it), a stop's first or last day, a
 *   period's nominal last day ("input blocks"), or it is unbalanced and lies in the deadline's span; or
 * - the due date can land in it: the working days counted up to some day of the block are within the block's
 *   `shift` of the count at the due date ("near blocks"). Windows do not overlap (overlapping blocks are merged),
 *   and outside windows every candidate counts alike, so the due date of any candidate is the due date of the
 *   candidate that changes only these blocks.
 * The range is the minimum and maximum over the combinations of the input blocks and, for each, of its near blocks.
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

/**
 * The earliest and latest due date over the candidates.
 *
 * @param tables - The projected calendar's own tables.
 * @param blocks - Its candidate blocks, in date order.
 * @param points - The days the evaluation starts from (see the module comment).
 * @param due - The due date on the calendar's own days.
 * @param evaluate - The due date of the deadline on other tables (no trace); throws `CalendarCoverageError` when they
 *   are too short.
 */
export function dueRangeOver(
  tables: CalendarTables,
  blocks: readonly CandidateBlock[],
  points: readonly DayNumber[],
  due: DayNumber,
  evaluate: (tables: CalendarTables) => DayNumber,
): { earliest: DayNumber; latest: DayNumber } {
  let earliest = due;
  let latest = due;
  if (blocks.length === 0) return { earliest, latest };
  const low = Math.min(due, ...points);
  const high = Math.max(due, ...points);
  const input = new Set<CandidateBlock>();
  for (const point of points) {
    const block = blockHolding(blocks, point);
    if (block) input.add(block);
  }
  for (let k = firstBlockEndingFrom(blocks, low); k < blocks.length && blocks[k]!.first <= high; k++) {
    if (!blocks[k]!.balanced) input.add(blocks[k]!);
  }
  const inputBlocks = [...input];

  const run = (changes: readonly CandidateChange[], around: DayNumber): { due: DayNumber; tables: CalendarTables } => {
    const first = Math.max(tables.first, Math.min(low, around) - MARGIN_BEFORE);
    const last = Math.min(tables.last, Math.max(high, around) + MARGIN_AFTER);
    try {
      const window = tablesWithChanges(tables, first, last, changes);
      return { due: evaluate(window), tables: window };
    } catch (error) {
      if (!(error instanceof CalendarCoverageError) || (first === tables.first && last === tables.last)) throw error;
      const whole = tablesWithChanges(tables, tables.first, tables.last, changes);
      return { due: evaluate(whole), tables: whole };
    }
  };

  for (const inputChanges of combinations(inputBlocks)) {
    const base = inputBlocks.length === 0 ? { due, tables } : run(inputChanges, due);
    const near = nearBlocks(base.tables, blocks, base.due, input);
    for (const nearChanges of combinations(near)) {
      if (nearChanges.length === 0 && inputChanges.length === 0) continue; // the calendar's own days: `due`
      const candidate = nearChanges.length === 0 ? base.due : run([...inputChanges, ...nearChanges], base.due).due;
      if (candidate < earliest) earliest = candidate;
      if (candidate > latest) latest = candidate;
    }
  }
  return { earliest, latest };
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

/** The blocks, other than `exclude`, in which the due date could land on some candidate. */
function nearBlocks(tables: CalendarTables, blocks: readonly CandidateBlock[], due: DayNumber, exclude: ReadonlySet<CandidateBlock>): CandidateBlock[] {
  const countAt = (day: DayNumber) => tables.cumulative[Math.max(0, Math.min(tables.kinds.length, day - tables.first + 1))]!;
  const target = countAt(due);
  let reach = 0;
  for (const block of blocks) reach = Math.max(reach, block.shift + 1);
  const inReach = (block: CandidateBlock) => countAt(block.first - 1) <= target + block.shift + 1 && countAt(block.last) >= target - block.shift - 1;
  const near: CandidateBlock[] = [];
  // Blocks are in date order and counts grow with the date: look around the due date until they are out of reach.
  const start = firstBlockEndingFrom(blocks, due);
  for (let k = start; k < blocks.length && countAt(blocks[k]!.first - 1) <= target + reach; k++) {
    if (!exclude.has(blocks[k]!) && inReach(blocks[k]!)) near.push(blocks[k]!);
  }
  for (let k = start - 1; k >= 0 && countAt(blocks[k]!.last) >= target - reach; k--) {
    if (!exclude.has(blocks[k]!) && inReach(blocks[k]!)) near.push(blocks[k]!);
  }
  return near;
}
