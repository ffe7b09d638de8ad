/**
 * Evaluating a deadline for the CLI: reading `--stop` and `--as-of`, and loading the Hong Kong calendar when a
 * policy counts on it and the user did not pass `--calendar` (the library asks the caller to pass it, so that
 * mainland-only programs never load date-holidays; at the terminal, the CLI does it for the user).
 *
 * @module
 */
import {
  CalendarRequiredError,
  chinaDateOf,
  dueDate,
  type Calendar,
  type DeadlineResult,
  type DeadlineStop,
  type PlainDate,
} from '../index.js';
import { readStop } from './options.js';

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

/** The Hong Kong calendar, loaded from the `reviewclock/hk` entry point once. */
export function loadHongKong(): Promise<Calendar> {
  return (hongKong ??= import('../hk.js').then((module) => module.HK));
}

/** What `dueDate` is asked, as the CLI has read it. */
export interface DeadlineRequest {
  readonly policy: string;
  readonly start: PlainDate;
  readonly stops?: readonly DeadlineStop[];
  readonly asOf?: PlainDate | undefined;
  readonly calendar?: Calendar | undefined;
  readonly extension?: number | undefined;
}

/**
 * Evaluates a deadline; when the policy counts on the Hong Kong calendar and no calendar was given, loads it and
 * evaluates again.
 *
 * @returns The result and the calendar it was counted on (`undefined`: the default, `CN`).
 */
export async function evaluateDeadline(request: DeadlineRequest): Promise<{ result: DeadlineResult; calendar: Calendar | undefined }> {
  const ask = (calendar: Calendar | undefined) =>
    dueDate({
      policy: request.policy,
      start: request.start,
      ...(request.stops && { stops: request.stops }),
      ...(request.asOf !== undefined && { asOf: request.asOf }),
      ...(calendar && { calendar }),
      ...(request.extension !== undefined && { extension: request.extension }),
    });
  try {
    return { result: ask(request.calendar), calendar: request.calendar };
  } catch (error) {
    if (request.calendar === undefined && error instanceof CalendarRequiredError && error.calendar === 'HK') {
      const calendar = await loadHongKong();
      return { result: ask(calendar), calendar };
    }
    throw error;
  }
}
