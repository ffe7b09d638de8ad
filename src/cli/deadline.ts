/**
 * Evaluating a deadline for the CLI: reading `--stop` and `--as-of`, and counting on the policy's own calendar (CN
 * or HK, with the stored schedules, `--schedule` and `--project` applied to it) when the user did not pass
 * `--calendar` (the library asks the caller to pass the Hong Kong calendar, so that mainland-only programs never load
 * date-holidays; at the terminal, the CLI does it for the user).
 *
 * @module
 */
import { chinaDateOf, dueDate, type Calendar, type DeadlineResult, type DeadlineStop, type PlainDate } from '../index.js';
import type { CommandCalendars } from './calendars.js';
import { readStop } from './options.js';
import { answerPastCoverage } from './provisional.js';

/**
 * Reads `--as-of`: a date, or `today` for today's date in China (UTC+8). Dates are checked by the library.
 *
 * @example
 * readAsOf('2025-11-20') //=> '2025-11-20'
 */
export function readAsOf(value: string | undefined): PlainDate | undefined {
  if (value === undefined) return undefined;
  return value === 'today' ? chinaDateOf(Date.now()) : value;
}

/** The stops given as `--stop` texts. */
export function readStops(values: readonly string[] | undefined): DeadlineStop[] {
  return (values ?? []).map((value) => readStop(value));
}

let hongKong: Promise<Calendar> | undefined;

/** The bundled Hong Kong calendar, loaded from the `reviewclock/hk` entry point once. */
export function loadHongKong(): Promise<Calendar> {
  return (hongKong ??= import('../hk.js').then((module) => module.HK));
}

/** What `dueDate` is asked, as the CLI has read it. */
export interface DeadlineRequest {
  readonly policy: string;
  readonly start: PlainDate;
  readonly stops?: readonly DeadlineStop[];
  readonly asOf?: PlainDate | undefined;
  readonly extension?: number | undefined;
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
  const answer = answerPastCoverage(calendars, await calendars.forPolicy(request.policy, request.start), (calendar) =>
    dueDate({
      policy: request.policy,
      start: request.start,
      ...(request.stops && { stops: request.stops }),
      ...(request.asOf !== undefined && { asOf: request.asOf }),
      calendar,
      ...(request.extension !== undefined && { extension: request.extension }),
    }),
  );
  return { result: answer.value, calendar: answer.calendar, projected: answer.projected };
}
