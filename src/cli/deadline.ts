/**
 * Evaluating a deadline for the CLI: reading `--stop` and `--as-of`, and counting on the policy's own calendar (CN
 * or HK, with the stored schedules, `--schedule` and `--project` applied to it) when the user did not pass
 * `--calendar` (the library asks the caller to pass the Hong Kong calendar, so that mainland-only programs never load
 * date-holidays; at the terminal, the CLI does it for the user).
 *
 * @module
 */
import { inputError } from './inputError.js';
import { dueDate, InvalidArgumentError, type Calendar, type DeadlineResult, type DeadlineStop, type PlainDate, type PolicyInput } from '../index.js';
import type { CommandCalendars } from './calendars.js';
import { readDate, readOptionalDate, readStop } from './readers.js';
import { answerPastCoverage } from './provisional.js';

/**
 * Reads `--as-of`: a date, or `today` for today's date in China (UTC+8), by {@link readDate}. Dates are checked by
 * the library.
 *
 * @example
 * readAsOf('2025-11-20') //=> '2025-11-20'
 */
export function readAsOf(value: string | undefined): PlainDate | undefined {
  return readOptionalDate(value);
}

/**
 * Reads `--event ID=DATE` (repeatable) into `startEvents`, for a clock that starts on the later of several events.
 *
 * @example
 * readStartEvents(['acceptance=2026-03-02', 'fee-payment=2026-03-10']) //=> { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' }
 */
export function readStartEvents(values: readonly string[] | undefined): Record<string, PlainDate> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const events: Record<string, PlainDate> = Object.create(null) as Record<string, PlainDate>;
  for (const value of values) {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(.*)$/.exec(value);
    if (!match) {
      throw inputError(
        `invalid --event ${JSON.stringify(value.slice(0, 80))}, expected EVENT=YYYY-MM-DD (or EVENT=today) such as fee-payment=2026-03-10`,
        `--event ${JSON.stringify(value.slice(0, 80))} 无效，应写作 事件=YYYY-MM-DD（或 事件=today），例如 fee-payment=2026-03-10`,
      );
    }
    if (match[1]! in events) throw inputError(`--event ${match[1]} is given twice; give each event once`, `--event ${match[1]} 重复给出；每个事件只写一次`);
    events[match[1]!] = readDate(match[2]!);
  }
  return { ...events };
}

/**
 * Reads `--stop-day counted|not-counted` into `stopDayCounts` (absent: the policy's own reading).
 *
 * @example
 * readStopDay('not-counted') //=> false
 */
export function readStopDay(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'counted') return true;
  if (value === 'not-counted') return false;
  throw inputError(
    `invalid --stop-day ${JSON.stringify(value.slice(0, 80))}, expected counted or not-counted`,
    `--stop-day ${JSON.stringify(value.slice(0, 80))} 无效，应为 counted（中止当日计入）或 not-counted（不计入）`,
  );
}

/** The stops given as `--stop` texts; either end may be `today` (see {@link readDate}). */
export function readStops(values: readonly string[] | undefined): DeadlineStop[] {
  return (values ?? []).map((value) => {
    const { from, to, reason } = readStop(value);
    return { from: readDate(from), ...(to !== undefined && { to: readDate(to) }), ...(reason !== undefined && { reason }) };
  });
}

let hongKong: Promise<Calendar> | undefined;

/** The bundled Hong Kong calendar, loaded from the `reviewclock/hk` entry point once. */
export function loadHongKong(): Promise<Calendar> {
  return (hongKong ??= import('../hk.js').then((module) => module.HK));
}

/** What `dueDate` is asked, as the CLI has read it. */
export interface DeadlineRequest {
  readonly policy: string;
  /** Day 0; may be left out when `startEvents` gives the events it is the later of. */
  readonly start?: PlainDate | undefined;
  readonly startEvents?: Readonly<Record<string, PlainDate>> | undefined;
  readonly stops?: readonly DeadlineStop[];
  readonly asOf?: PlainDate | undefined;
  readonly extension?: number | undefined;
  readonly stopDayCounts?: boolean | undefined;
  /** A team's own policies (`--policies`), which `policy` may name. */
  readonly policies?: readonly PolicyInput[] | undefined;
}

/**
 * Evaluates a deadline on `--calendar`, or else on the policy's own calendar, extended as the options say; when
 * the answer needs days past the published years (and `--project` was not given), on the projection of that calendar.
 *
 * @returns The result, the calendar it was counted on, and whether the CLI projected it.
 */
export async function evaluateDeadline(
  request: DeadlineRequest,
  calendars: CommandCalendars,
): Promise<{ result: DeadlineResult; calendar: Calendar; projected: boolean }> {
  const events = request.startEvents === undefined ? [] : Object.values(request.startEvents).filter((date) => typeof date === 'string');
  // The start selects the policy version: the later event, when only events are given (dates are checked by dueDate).
  const start = request.start ?? events.reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
  if (start === undefined) throw inputError(
      'missing START: give the day the clock starts, or --event ID=DATE for each start event',
      '缺少 START：请给出起算日，或为每个起算事件写 --event 事件=日期',
    );
  const answer = answerPastCoverage(calendars, await calendars.forPolicy(request.policy, start, request.policies), (calendar) =>
    dueDate({
      policy: request.policy,
      ...(request.start !== undefined && { start: request.start }),
      ...(request.startEvents !== undefined && { startEvents: request.startEvents }),
      ...(request.stops && { stops: request.stops }),
      ...(request.asOf !== undefined && { asOf: request.asOf }),
      calendar,
      ...(request.extension !== undefined && { extension: request.extension }),
      ...(request.stopDayCounts !== undefined && { stopDayCounts: request.stopDayCounts }),
      ...(request.policies !== undefined && { policies: request.policies }),
    }),
  );
  return { result: answer.value, calendar: answer.calendar, projected: answer.projected };
}
