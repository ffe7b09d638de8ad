/**
 * Candidate arrangements of projected days: which days a published notice may set otherwise than the projection's
 * most likely arrangement, block by block. The projected calendar's tables hold the most likely days; a candidate
 * is a short list of changes to them. `dueDate` evaluates a deadline on the few candidates that can move it (see
 * `deadline/dueRange.ts`) to give `dueRange`.
 *
 * @module
 */
import type { DayNumber, PlainDate } from '../date/plainDate.js';
import {
  KIND_HOLIDAY,
  KIND_MAKEUP,
  KIND_WORKDAY,
  type BlockPlan,
  type CalendarTables,
  type CandidateBlock,
  type CandidateChange,
} from './Calendar.js';
import { weekendKind } from './fromSchedules.js';

const isWorkingKind = (kind: number) => kind === KIND_WORKDAY || kind === KIND_MAKEUP;

/** The kind each day of a block arrangement has: rest days holidays, make-up days worked, others as the week goes. */
function kindIn(rest: ReadonlySet<DayNumber>, makeup: ReadonlySet<DayNumber>, day: DayNumber): number {
  return rest.has(day) ? KIND_HOLIDAY : makeup.has(day) ? KIND_MAKEUP : weekendKind(day);
}

/**
 * Turns the plans of projected years into candidate blocks: every plan with more than one arrangement becomes a
 * block of changes relative to its first (most likely) arrangement, which the calendar's own days show. Blocks that
 * overlap are merged (their arrangements combined, leaving out combinations that set one day twice).
 *
 * @param plans - The plans of the projected years, each with the year it belongs to.
 * @param first - The first projected day: changes before it are dropped (a published day is not a candidate).
 * @param last - The last projected day.
 */
export function candidatesFromPlans(
  plans: readonly { readonly year: number; readonly plan: BlockPlan }[],
  first: DayNumber,
  last: DayNumber,
): CandidateBlock[] {
  const blocks: CandidateBlock[] = [];
  for (const { year, plan } of plans) {
    if (plan.variants.length < 2) continue;
    const own = plan.variants[0]!;
    const ownRest = new Set(own.rest);
    const ownMakeup = new Set(own.makeup);
    const days = new Set<DayNumber>();
    for (const variant of plan.variants) for (const day of [...variant.rest, ...variant.makeup]) if (day >= first && day <= last) days.add(day);
    const sorted = [...days].sort((a, b) => a - b);
    const variants = plan.variants.map((variant) => {
      const rest = new Set(variant.rest);
      const makeup = new Set(variant.makeup);
      const changes: CandidateChange[] = [];
      for (const day of sorted) {
        const kind = kindIn(rest, makeup, day);
        if (isWorkingKind(kind) !== isWorkingKind(kindIn(ownRest, ownMakeup, day))) changes.push({ day, kind });
      }
      return changes;
    });
    const label = `${year} ${plan.holiday.name}${plan.holiday.nameZh ? ` (${plan.holiday.nameZh})` : ''}`;
    const block = candidateBlock(label, variants, (day) => isWorkingKind(kindIn(ownRest, ownMakeup, day)));
    if (block) blocks.push(block);
  }
  return mergeOverlapping(blocks);
}

/**
 * A block from its arrangements' changes, with its window, shift and balance; undefined when no arrangement changes
 * anything (or all are the same). Duplicate arrangements are dropped.
 *
 * @param ownWorking - Whether a day works in the calendar's own days.
 */
export function candidateBlock(
  label: string,
  variants: readonly (readonly CandidateChange[])[],
  ownWorking: (day: DayNumber) => boolean,
): CandidateBlock | undefined {
  const seen = new Set<string>();
  const distinct: CandidateChange[][] = [[]];
  seen.add('');
  for (const changes of variants) {
    const sorted = changes.filter((c) => isWorkingKind(c.kind) !== ownWorking(c.day)).sort((a, b) => a.day - b.day);
    const key = sorted.map((c) => `${c.day}:${isWorkingKind(c.kind) ? 1 : 0}`).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(sorted);
  }
  if (distinct.length < 2) return undefined;
  let first = Infinity;
  let last = -Infinity;
  let shift = 0;
  let balanced = true;
  for (const changes of distinct) {
    let delta = 0;
    for (const { day, kind } of changes) {
      first = Math.min(first, day);
      last = Math.max(last, day);
      delta += isWorkingKind(kind) ? 1 : -1;
      shift = Math.max(shift, Math.abs(delta));
    }
    if (delta !== 0) balanced = false;
  }
  return { first, last, label, variants: distinct, shift, balanced };
}

/** Merges blocks whose windows overlap into one block whose arrangements are the combinations of theirs. */
export function mergeOverlapping(blocks: readonly CandidateBlock[]): CandidateBlock[] {
  const sorted = [...blocks].sort((a, b) => a.first - b.first);
  const result: CandidateBlock[] = [];
  for (const block of sorted) {
    const previous = result[result.length - 1];
    if (!previous || block.first > previous.last) {
      result.push(block);
      continue;
    }
    const variants: CandidateChange[][] = [];
    for (const a of previous.variants) {
      for (const b of block.variants) {
        const days = new Set(a.map((c) => c.day));
        if (b.some((c) => days.has(c.day))) continue; // one day set by both: not an arrangement a notice can make
        variants.push([...a, ...b]);
      }
    }
    // Both blocks' changes are relative to the same own days, so every change still differs from them.
    const merged = candidateBlock(`${previous.label}; ${block.label}`, variants, (day) => !isWorkingChange(variants, day));
    result[result.length - 1] = merged ?? previous;
  }
  return result;
}

/** For a day some arrangement changes: whether the change makes it a working day (so the own day is a rest day). */
function isWorkingChange(variants: readonly (readonly CandidateChange[])[], day: DayNumber): boolean {
  for (const changes of variants) for (const c of changes) if (c.day === day) return isWorkingKind(c.kind);
  return false;
}

/**
 * The candidate blocks of a calendar made from `base` with some days fixed (overridden, or set by a published
 * schedule): changes on those days are dropped, and blocks left with one arrangement disappear. On every other day the
 * new calendar is `base`, so the changes left stay relative to its days.
 *
 * @param base - The calendar the blocks belong to.
 * @param fixed - Whether a day is now fixed.
 */
export function candidatesWithFixedDays(
  base: { readonly definition: { readonly candidates?: readonly CandidateBlock[] | undefined }; readonly tables: CalendarTables },
  fixed: (day: DayNumber) => boolean,
): CandidateBlock[] | undefined {
  const blocks = base.definition.candidates;
  if (!blocks?.length) return undefined;
  const ownWorking = (day: DayNumber) => isWorkingKind(base.tables.kinds[day - base.tables.first]!);
  const result: CandidateBlock[] = [];
  for (const block of blocks) {
    const variants = block.variants.map((changes) => changes.filter((c) => !fixed(c.day)));
    const kept = candidateBlock(block.label, variants, ownWorking);
    if (kept) result.push(kept);
  }
  return result.length ? result : undefined;
}

/**
 * The candidate blocks of a combination: each member's blocks, with every change read through the other members (a
 * day a member's arrangement works is a working day of the combination only where every other member works too).
 *
 * @param members - The calendars combined; their tables must cover `first`..`last`.
 */
export function combinedCandidates(
  members: readonly { readonly definition: { readonly candidates?: readonly CandidateBlock[] | undefined }; readonly tables: CalendarTables }[],
  first: DayNumber,
  last: DayNumber,
): CandidateBlock[] | undefined {
  if (!members.some((member) => member.definition.candidates?.length)) return undefined;
  const working = (tables: CalendarTables, day: DayNumber) => isWorkingKind(tables.kinds[day - tables.first]!);
  const ownWorking = (day: DayNumber) => members.every((member) => working(member.tables, day));
  const blocks: CandidateBlock[] = [];
  members.forEach((member, m) => {
    for (const block of member.definition.candidates ?? []) {
      if (block.last < first || block.first > last) continue;
      const variants = block.variants.map((changes) =>
        changes
          .filter((c) => c.day >= first && c.day <= last)
          .map((c) => {
            if (!isWorkingKind(c.kind)) return c;
            const other = members.find((o, index) => index !== m && !working(o.tables, c.day));
            return other ? { day: c.day, kind: other.tables.kinds[c.day - other.tables.first]! } : c;
          }),
      );
      const combined = candidateBlock(block.label, variants, ownWorking);
      if (combined) blocks.push(combined);
    }
  });
  return blocks.length ? mergeOverlapping(blocks) : undefined;
}

/** Index of the first block whose window ends on or after `day`. */
export function firstBlockEndingFrom(blocks: readonly CandidateBlock[], day: DayNumber): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (blocks[mid]!.last < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The block whose window holds `day`, if any. */
export function blockHolding(blocks: readonly CandidateBlock[], day: DayNumber): CandidateBlock | undefined {
  const block = blocks[firstBlockEndingFrom(blocks, day)];
  return block && block.first <= day ? block : undefined;
}

/**
 * Lookup tables for the days `first`..`last` of a calendar, with some days changed: what a candidate arrangement's
 * calendar looks like there. Only what counting needs is filled in
 * (`workdayDates` fills in as `workdayDateAt` reads it).
 *
 * @param tables - The calendar's own tables; they must cover `first`..`last`.
 * @param changes - Days and their kinds in the arrangement, inside `first`..`last`.
 */
export function tablesWithChanges(
  tables: CalendarTables,
  first: DayNumber,
  last: DayNumber,
  changes: readonly CandidateChange[],
): CalendarTables {
  const offset = first - tables.first;
  const length = last - first + 1;
  const kinds = tables.kinds.slice(offset, offset + length);
  for (const { day, kind } of changes) if (day >= first && day <= last) kinds[day - first] = kind;
  const cumulative = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (isWorkingKind(kinds[i]!)) count++;
    cumulative[i + 1] = count;
  }
  const workdays = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) if (isWorkingKind(kinds[i]!)) workdays[k++] = first + i;
  return {
    first,
    last,
    kinds,
    holidayRefs: tables.holidayRefs.subarray(offset, offset + length),
    holidays: tables.holidays,
    sourceRefs: tables.sourceRefs.subarray(offset, offset + length),
    sources: tables.sources,
    provisional: tables.provisional?.subarray(offset, offset + length),
    cumulative,
    workdays,
    workdayDates: new Array<PlainDate | undefined>(count),
  };
}

