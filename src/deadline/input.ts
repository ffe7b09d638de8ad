/**
 * Reading the input of a deadline: the policy (an id, or an object checked against the schema), the calendar
 * (which must be the policy's), the stops (checked against each other and the start) and an extension.
 * Every refusal is a typed error naming the function, the value and what would be right.
 *
 * @module
 */
import { calendarFromOptions, type Calendar } from '../calendar/Calendar.js';
import { CN } from '../calendar/cn/index.js';
import { formatDayNumber, parsePlainDate, type DayNumber } from '../date/plainDate.js';
import {
  CalendarRequiredError,
  InconsistentInputError,
  InvalidArgumentError,
  denseEntries,
  describeValue,
} from '../errors.js';
import { notInForce, versionInForce, versionsOf } from '../policy/catalogIndex.js';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.js';
import { parsePolicy } from '../policy/schema.js';

/** A stop read and checked: day numbers, `to` null while open, original position for messages. */
export interface ParsedStop {
  readonly from: DayNumber;
  readonly to: DayNumber | null;
  readonly reason: string | null;
  readonly index: number;
}

/**
 * The policy to apply: for an id, the catalog version in force on the start day; for an object, the object after
 * validation, if its effective period covers the start day.
 */
export function resolvePolicy(fn: string, policy: unknown, startDay: DayNumber): CompiledPolicy {
  if (typeof policy === 'string') return versionInForce(fn, versionsOf(fn, policy), startDay);
  if (typeof policy === 'object' && policy !== null && !Array.isArray(policy)) {
    const compiled = compilePolicy(parsePolicy(fn, policy));
    if (startDay < compiled.fromDay || startDay > compiled.toDay) throw notInForce(fn, [compiled], startDay);
    return compiled;
  }
  throw new InvalidArgumentError(
    `${fn}: policy must be a catalog id such as "cn.nmpa.drug.ind" or a policy object, received ${describeValue(policy)}`,
  );
}

const CALENDAR_HINTS: Readonly<Record<string, string>> = {
  HK: "pass { calendar: HK } from 'reviewclock/hk'",
  CN: "pass { calendar: CN } from 'reviewclock' (or a combination that includes CN)",
};

/**
 * The calendar to count on: `given`, or `CN`. It must be the policy's calendar, or a combination (`'CN+HK'`)
 * that contains it.
 *
 * @throws {CalendarRequiredError} Naming the calendar to pass.
 * @throws {InvalidArgumentError} When `given` is not a reviewclock calendar.
 */
export function calendarForPolicy(fn: string, policyId: string, wanted: string, given: unknown): Calendar {
  const calendar = calendarFromOptions(fn, given === undefined || given === null ? undefined : { calendar: given }, CN);
  const id = calendar.id;
  if (id === wanted || id.split('+').includes(wanted)) return calendar;
  const hint = CALENDAR_HINTS[wanted] ?? `pass a calendar whose id is "${wanted}" (or a combination that includes it)`;
  throw new CalendarRequiredError(
    `${fn}: policy "${policyId}" counts days on the ${wanted} calendar, but the calendar in use is ${id}${given === undefined || given === null ? ' (the default)' : ''}; ${hint}`,
    wanted,
  );
}

function readDate(fn: string, field: string, value: unknown): DayNumber {
  return parsePlainDate(`${fn} (${field})`, value);
}

/**
 * Reads the stops: each `{ from, to?, reason? }`, none before the start, none ending before it begins, none
 * overlapping another, an open one only last. Returned in date order.
 */
export function readStops(fn: string, stops: unknown, startDay: DayNumber): ParsedStop[] {
  if (stops === undefined || stops === null) return [];
  if (!Array.isArray(stops)) {
    throw new InvalidArgumentError(`${fn}: stops must be an array of { from, to?, reason? }, received ${describeValue(stops)}`);
  }
  const parsed: ParsedStop[] = [];
  denseEntries(`${fn}: stops`, stops).forEach((stop: unknown, index) => {
    if (typeof stop !== 'object' || stop === null || Array.isArray(stop)) {
      throw new InvalidArgumentError(
        `${fn}: stops[${index}] must be an object like { from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }, received ${describeValue(stop)}`,
      );
    }
    const record = stop as { from?: unknown; to?: unknown; reason?: unknown };
    const from = readDate(fn, `stops[${index}].from`, record.from);
    const to = record.to === undefined || record.to === null ? null : readDate(fn, `stops[${index}].to`, record.to);
    if (record.reason !== undefined && record.reason !== null && typeof record.reason !== 'string') {
      throw new InvalidArgumentError(`${fn}: stops[${index}].reason must be a string such as "sponsor-supplement", received ${describeValue(record.reason)}`);
    }
    const reason = typeof record.reason === 'string' && record.reason !== '' ? record.reason : null;
    if (from < startDay) {
      throw new InconsistentInputError(
        `${fn}: stops[${index}] begins on ${formatDayNumber(from)}, before the start ${formatDayNumber(startDay)}; a clock cannot stop before it starts`,
      );
    }
    if (to !== null && to < from) {
      throw new InconsistentInputError(
        `${fn}: stops[${index}] ends on ${formatDayNumber(to)}, before it begins on ${formatDayNumber(from)}; "to" must be on or after "from"`,
      );
    }
    parsed.push({ from, to, reason, index });
  });
  parsed.sort((a, b) => a.from - b.from || a.index - b.index);
  for (let k = 1; k < parsed.length; k++) {
    const previous = parsed[k - 1]!;
    const next = parsed[k]!;
    if (previous.to === null) {
      throw new InconsistentInputError(
        `${fn}: stops[${previous.index}] has no end (the clock is still stopped), so stops[${next.index}] from ${formatDayNumber(next.from)} cannot follow it; give stops[${previous.index}] a "to" date`,
      );
    }
    if (next.from < previous.to) {
      throw new InconsistentInputError(
        `${fn}: stops[${previous.index}] (${formatDayNumber(previous.from)} to ${formatDayNumber(previous.to)}) and stops[${next.index}] (from ${formatDayNumber(next.from)}) overlap; merge them or let one end before the other begins`,
      );
    }
  }
  return parsed;
}

/** The most a policy's `extensionCap` allows on its own limit, or undefined when it has none. */
export function extensionCapOf(compiled: CompiledPolicy): number | undefined {
  const cap = compiled.policy.extensionCap;
  if (!cap) return undefined;
  return cap.max.kind === 'amount' ? cap.max.amount : Math.floor((compiled.policy.limit.amount * cap.max.numerator) / cap.max.denominator);
}

/** Reads a discretionary extension: a whole number, within the policy's cap. */
export function readExtension(fn: string, value: unknown, compiled: CompiledPolicy): number {
  if (value === undefined || value === null || value === 0) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`${fn}: extension must be a whole number of days (0 or more), received ${describeValue(value)}`);
  }
  const cap = extensionCapOf(compiled);
  const { id, limit } = compiled.policy;
  if (cap === undefined) {
    throw new InconsistentInputError(`${fn}: policy "${id}" provides for no discretionary extension, so extension ${value} cannot apply`);
  }
  if (value > cap) {
    throw new InconsistentInputError(
      `${fn}: extension ${value} exceeds the most policy "${id}" allows: ${cap} ${limit.unit} (${compiled.policy.extensionCap!.article})`,
    );
  }
  return value;
}

/** Reads an optional date (undefined or null: none). */
export function readOptionalDate(fn: string, field: string, value: unknown): DayNumber | undefined {
  return value === undefined || value === null ? undefined : readDate(fn, field, value);
}

/** Reads a required date. */
export function readRequiredDate(fn: string, field: string, value: unknown): DayNumber {
  return readDate(fn, field, value);
}
