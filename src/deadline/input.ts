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
  UnknownStopReasonError,
  denseEntries,
  describeValue,
} from '../errors.js';
import { editDistance } from '../policy/suggest.js';
import type { BilingualText } from '../policy/schema.js';
import type { DeadlineWarning } from './types.js';
import { notInForce, versionInForce, versionsOf } from '../policy/catalogIndex.js';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.js';
import { parsePolicy } from '../policy/schema.js';
import type { PolicySet } from '../policy/policySet.js';

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
export function resolvePolicy(fn: string, policy: unknown, startDay: DayNumber, own?: PolicySet): CompiledPolicy {
  if (typeof policy === 'string') return versionInForce(fn, versionsOf(fn, policy, own), startDay);
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

/** Reads an optional boolean option (undefined or null: not given). */
export function readOptionalBoolean(fn: string, field: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new InvalidArgumentError(`${fn}: ${field} must be true or false, received ${describeValue(value)}`);
  return value;
}

/** The start as given: `start`, or the latest of `startEvents` (checked against the policy later). */
export interface GivenStart {
  readonly startDay: DayNumber;
  /** The events by id with their days, in the order given; null without `startEvents`. */
  readonly events: readonly { readonly id: string; readonly day: DayNumber }[] | null;
}

const MAX_START_EVENTS = 10;

/** Reads `start` and `startEvents`: at least one of them; with both, `start` must be the latest event. */
export function readStart(fn: string, start: unknown, startEvents: unknown): GivenStart {
  if (startEvents === undefined || startEvents === null) {
    if (start === undefined || start === null) {
      throw new InvalidArgumentError(
        `${fn}: start is missing; give the date of the event that starts the clock (day 0), or startEvents for a policy whose clock starts on the later of several events`,
      );
    }
    return { startDay: readDate(fn, 'start', start), events: null };
  }
  const prototype: unknown = typeof startEvents === 'object' ? Object.getPrototypeOf(startEvents) : undefined;
  if (typeof startEvents !== 'object' || Array.isArray(startEvents) || (prototype !== Object.prototype && prototype !== null)) {
    throw new InvalidArgumentError(
      `${fn}: startEvents must be an object of event dates such as { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' }, received ${describeValue(startEvents)}`,
    );
  }
  const ids = Object.keys(startEvents);
  if (ids.length === 0 || ids.length > MAX_START_EVENTS) {
    throw new InvalidArgumentError(`${fn}: startEvents must name between 1 and ${MAX_START_EVENTS} events, received ${ids.length}`);
  }
  const events = ids.map((id) => ({ id, day: readDate(fn, `startEvents.${id.slice(0, 40)}`, (startEvents as Record<string, unknown>)[id]) }));
  const latest = Math.max(...events.map((event) => event.day));
  if (start !== undefined && start !== null) {
    const startDay = readDate(fn, 'start', start);
    if (startDay !== latest) {
      throw new InconsistentInputError(
        `${fn}: start ${formatDayNumber(startDay)} is not the latest of startEvents (${formatDayNumber(latest)}); the clock starts on the later of the events, so leave start out or pass ${formatDayNumber(latest)}`,
      );
    }
  }
  return { startDay: latest, events };
}

/**
 * Checks `startEvents` against the policy: allowed only when its clock starts on the later of several events, and
 * then naming exactly those events. Returns the events for the trace, or null.
 */
export function checkStartEvents(
  fn: string,
  compiled: CompiledPolicy,
  given: GivenStart,
): { id: string; title: BilingualText; date: string }[] | null {
  if (given.events === null) return null;
  const { id, clockStart } = compiled.policy;
  const wanted = clockStart.laterOf;
  if (wanted === undefined) {
    throw new InvalidArgumentError(
      `${fn}: policy "${id}" starts its clock on one event (${clockStart.event.en}); pass start, not startEvents`,
    );
  }
  const names = wanted.map((event) => `"${event.id}"`).join(', ');
  for (const event of given.events) {
    if (!wanted.some((w) => w.id === event.id)) {
      throw new InvalidArgumentError(`${fn}: startEvents names ${describeValue(event.id)}, which is not a start event of policy "${id}"; its events are ${names}`);
    }
  }
  const missing = wanted.filter((w) => !given.events!.some((event) => event.id === w.id));
  if (missing.length > 0) {
    throw new InvalidArgumentError(
      `${fn}: startEvents lacks ${missing.map((m) => `"${m.id}"`).join(', ')}; policy "${id}" starts its clock on the later of ${names}, so give the date of each`,
    );
  }
  return wanted.map((w) => ({ id: w.id, title: w.title, date: formatDayNumber(given.events!.find((event) => event.id === w.id)!.day) }));
}

/** Refuses a stop whose reason the policy does not name: never read as a plain pause. */
export function checkStopReasons(fn: string, compiled: CompiledPolicy, stops: readonly ParsedStop[]): void {
  for (const stop of stops) {
    if (stop.reason === null || compiled.stopRules.has(stop.reason)) continue;
    const given = stop.reason.slice(0, 200);
    const allowed = [...compiled.stopRules.keys()]
      .map((reason) => ({ reason, distance: editDistance(given, reason) }))
      .sort((a, b) => a.distance - b.distance || (a.reason < b.reason ? -1 : 1))
      .map((entry) => entry.reason);
    throw new UnknownStopReasonError(fn, compiled.policy.id, stop.index, stop.reason, allowed);
  }
}

/** What is legal but doubtful in the input: stops without a reason where reasons matter, a start for two events. */
export function inputWarnings(compiled: CompiledPolicy, stops: readonly ParsedStop[], startForLaterOf: boolean): DeadlineWarning[] {
  if (stops.length === 0 && !startForLaterOf) return [];
  const warnings: DeadlineWarning[] = [];
  const { policy, stopRules } = compiled;
  if (startForLaterOf) {
    const events = policy.clockStart.laterOf!;
    warnings.push({
      code: 'start-is-later-of',
      stopIndex: null,
      message: {
        en: `The clock of ${policy.id} starts on the later of ${events.map((e) => e.title.en.toLowerCase()).join(' and ')}; start was taken as that day. If it is only the first of them, pass startEvents (CLI: --event ID=DATE) so that the later day is used.`,
        zh: `${policy.id}自${events.map((e) => e.title.zh).join('、')}中较晚之日起计时；已将start视为该日。若start仅为其中较早之日，请传入startEvents（命令行：--event 事件=日期），以较晚之日起算。`,
      },
    });
  }
  const effects = [...stopRules.values()].filter((rule) => rule.effect.action !== 'resume');
  if (effects.length > 0) {
    for (const stop of [...stops].sort((a, b) => a.index - b.index)) {
      if (stop.reason !== null) continue;
      const named = effects.map((rule) => `"${rule.reason}"`).join(', ');
      warnings.push({
        code: 'stop-without-reason',
        stopIndex: stop.index,
        message: {
          en: `stops[${stop.index}] has no reason, so it was taken as a plain pause; on ${policy.id} a stop for ${named} ${effects.some((r) => r.effect.action === 'restart') ? 'restarts' : 'extends'} the limit when the clock resumes. Name the reason if it applies.`,
          zh: `第${stop.index + 1}段计时中止（stops[${stop.index}]）未注明原因，已按普通中止处理；依${policy.id}，因${named}中止的，恢复计时后时限${effects.some((r) => r.effect.action === 'restart') ? '重新计算' : '相应延长'}。如属该情形，请注明原因。`,
        },
      });
    }
  }
  return warnings;
}
