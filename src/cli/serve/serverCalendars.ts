/**
 * The calendars of a running server: the bundled CN and HK (and CN+HK), extended with the stored schedules, the
 * `--schedule` files and, for projected answers, projected, exactly as the CLI builds them (`CommandCalendars`), but
 * built once, at start, and shared by every request.
 *
 * Two differences from a CLI command, for a service:
 * - an answer that needs a year not yet published is refused with the library's `calendar_out_of_range` (the CLI
 *   counts it on the projection and exits 3), unless the request asks for `project=true` (or the server was started
 *   with `--project`): then it is counted on the projection and marked provisional, as the CLI's `--project` does;
 * - a `--schedule` file for a calendar the request does not count on is left out (a CLI command refuses it), since the
 *   server's files serve every request.
 *
 * @module
 */
import type { Calendar, PolicyInput } from '../../index.js';
import { CommandCalendars, policyCalendar, type CalendarId, type CalendarOptions } from '../calendars.js';

/** How the server was started: the calendar options of `reviewclock serve`. */
export interface ServerCalendarOptions extends CalendarOptions {
  readonly project?: true | string;
}

/**
 * A request's view of the server's calendars, for the CLI's deadline code (`evaluateDeadline`): the calendar the
 * request names (else the policy's own), never projected on the fly (`projecting` is true), every schedule file
 * applied where it belongs.
 */
export type RequestCalendars = CommandCalendars & {
  /**
   * `forCommand`, without waiting when the calendar is already built (after the first request that needed it), so a
   * route can answer in the same tick.
   */
  commandCalendar(fallback?: 'CN' | 'HK'): Calendar | Promise<Calendar>;
};

/** The calendars of one server. */
export class ServerCalendars {
  readonly #exact: CommandCalendars;
  readonly #projected: CommandCalendars;
  /** The views, by calendar and projection (at most eight). */
  readonly #views = new Map<string, RequestCalendars>();
  /** True when the server was started with `--project`: requests project unless they say `project=false`. */
  readonly projectByDefault: boolean;

  constructor(options: ServerCalendarOptions, env: NodeJS.ProcessEnv) {
    // The calendar is the request's (see forRequest): the server's own options never name one.
    const { project, calendar: _calendar, ...exact } = options;
    this.projectByDefault = project !== undefined;
    this.#exact = CommandCalendars.from(exact, env);
    this.#projected = CommandCalendars.from({ ...exact, project: project ?? true }, env);
  }

  /**
   * Builds the calendars every request may need, so that a broken stored schedule or `--schedule` file stops the
   * server at start (with the CLI's message) rather than failing requests. The projections are built on first use.
   *
   * @returns The published coverage of CN and HK.
   */
  async load(): Promise<Record<'CN' | 'HK', { from: string; to: string }>> {
    const [cn, hk] = await Promise.all([this.#exact.get('CN', null), this.#exact.get('HK', null)]);
    await this.#exact.get('CN+HK', null);
    return { CN: { ...cn.coverage }, HK: { ...hk.coverage } };
  }

  /**
   * The calendars of one request.
   *
   * @param calendar - The `calendar` parameter, if given.
   * @param project - The `project` parameter, if given.
   */
  forRequest(calendar: CalendarId | undefined, project: 'true' | 'false' | undefined): RequestCalendars {
    const projecting = project === undefined ? this.projectByDefault : project === 'true';
    const key = `${calendar ?? ''}|${projecting}`;
    let view = this.#views.get(key);
    if (!view) {
      view = this.#view(calendar, projecting);
      this.#views.set(key, view);
    }
    return view;
  }

  #view(calendar: CalendarId | undefined, projecting: boolean): RequestCalendars {
    const base = projecting ? this.#projected : this.#exact;
    const get = (id: CalendarId): Promise<Calendar> => base.get(id, null);
    const built = new Map<CalendarId, Calendar>();
    const overrides: Record<PropertyKey, unknown> = {
      explicit: calendar,
      // Never projected on the fly: past the published years, the library's refusal stands (see the module).
      projecting: true,
      get,
      forCommand: (fallback: 'CN' | 'HK' = 'CN') => get(calendar ?? fallback),
      commandCalendar: (fallback: 'CN' | 'HK' = 'CN'): Calendar | Promise<Calendar> => {
        const id = calendar ?? fallback;
        return built.get(id) ?? get(id).then((value) => (built.set(id, value), value));
      },
      forPolicy: (policy: string, start: string, policies?: readonly PolicyInput[]) => get(calendar ?? policyCalendar(policy, start, policies)),
    };
    return new Proxy(base as RequestCalendars, {
      get(target, property) {
        if (Object.hasOwn(overrides, property)) return overrides[property];
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}
