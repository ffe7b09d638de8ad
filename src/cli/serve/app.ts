/**
 * The routes of `reviewclock serve`, on Hono with `@hono/zod-openapi`: each route's parameters are validated by its
 * zod schema (`schemas.ts`), and `/openapi.json` is generated from the same schemas. The answers are the CLI's: the
 * deadline is `evaluateDeadline`'s result (the object `reviewclock due --json` prints), the batch rows are written by
 * the CLI's batch processor, the calendars are the CLI's (`serverCalendars.ts`).
 *
 * @module
 */
import * as crypto from 'node:crypto';
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { HttpBindings } from '@hono/node-server';
import { cors } from 'hono/cors';
import type { Context } from 'hono';
import type { output as ZodOutput, ZodType } from 'zod';
import { version } from '../../../package.json';
import {
  addWorkingDays,
  calendarToICS,
  chinaDateOf,
  countWorkingDays,
  dayInfo,
  explain,
  getPolicy,
  InvalidArgumentError,
  listDays,
  listPolicies,
  listProcedures,
  projectTimeline,
  type Calendar,
  type DeadlineStop,
  type PlainDate,
  type PolicyFilter,
  type PolicyInput,
  type StageProgress,
} from '../../index.js';
import { evaluateDeadline, readStopDay } from '../deadline.js';
import { dateParts } from '../localDate.js';
import { readStop } from '../readers.js';
import { workingDayRange } from '../commands/workday.js';
import type { CalendarId } from '../calendars.js';
import { handleBatch } from './batch.js';
import { docsPage } from './docsPage.js';
import { HttpError, validationError, errorAnswer } from './httpErrors.js';
import type { ServeLimits } from './limits.js';
import * as schemas from './schemas.js';
import type { ServerCalendarOptions, ServerCalendars } from './serverCalendars.js';

/** What the routes need from the server. */
export interface AppContext {
  readonly calendars: ServerCalendars;
  /** The team's own policies (`--policies`), read and checked at start. */
  readonly policies: readonly PolicyInput[] | undefined;
  /** The `--policies` files, for batch (which reads them as the CLI does). */
  readonly policyFiles: readonly string[] | undefined;
  /** The calendar options the server was started with, for batch. */
  readonly calendarOptions: ServerCalendarOptions;
  readonly env: NodeJS.ProcessEnv;
  readonly limits: ServeLimits;
  /** `--cors ORIGIN`, if given. */
  readonly cors: string | undefined;
  /** The published coverage of the loaded calendars, for /healthz. */
  readonly coverage: Readonly<Record<string, { from: string; to: string }>>;
  /** Reports a bug (an error answered 500) on the server's log. */
  readonly reportBug: (error: unknown, method: string, path: string) => void;
}

type Env = { Bindings: HttpBindings };
type AppContextC = Context<Env>;

/** How long an answer that cannot change (it depends only on the request and the calendars loaded at start) is kept. */
const CACHE_PUBLIC = 'public, max-age=3600';

/**
 * The dates of one request: `today` is read from the clock once per request (the date in China, UTC+8), so that a
 * long-running server never answers with yesterday's date, and every `today` of one request is the same day.
 */
class RequestDates {
  #today: PlainDate | undefined;
  /** True once a parameter said `today`: the answer then changes from day to day, and is not cached. */
  usedToday = false;

  read(text: string): PlainDate {
    if (text !== 'today') return text;
    this.usedToday = true;
    return (this.#today ??= chinaDateOf(Date.now()));
  }

  optional(text: string | undefined): PlainDate | undefined {
    return text === undefined ? undefined : this.read(text);
  }
}

/** Node's one-shot hash (20.12 and later): faster than a Hash object for a short answer. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64url') => string }).hash;

/** A strong ETag of a body's bytes. */
function etagOf(bytes: Uint8Array): string {
  const digest = oneShotHash ? oneShotHash('sha1', bytes, 'base64url') : crypto.createHash('sha1').update(bytes).digest('base64url');
  return `"${digest}"`;
}

/** True when If-None-Match names this ETag (or is `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * An answer, built as a plain Response with its headers as a plain object (which @hono/node-server writes without
 * building a Headers object; Hono's `c.body` would build one). Headers that middleware set (CORS) are merged in by
 * Hono when the handler returns it.
 */
function respond(body: string | Uint8Array | null, status: number, headers: Record<string, string>): Response {
  headers['X-Content-Type-Options'] = 'nosniff';
  return new Response(body, { status, headers });
}

/**
 * The answer: `exact` ones (depending only on the request and the calendars loaded at start) are cached for an hour
 * with a strong ETag; `provisional` ones (counted on projected days, which a notice added later would change) carry
 * the ETag but are revalidated each time; answers to a request naming `today` are not stored.
 */
function send(c: AppContextC, body: string, type: string, kind: 'exact' | 'provisional', dates?: RequestDates): Response {
  if (dates?.usedToday) return respond(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  // Encoded once, for the hash and for the socket (an answer in Chinese costs as much to encode as to hash).
  const bytes = Buffer.from(body);
  const etag = etagOf(bytes);
  const cache = kind === 'exact' ? CACHE_PUBLIC : 'no-cache';
  if (matches(c.req.header('if-none-match'), etag)) return respond(null, 304, { ETag: etag, 'Cache-Control': cache });
  return respond(bytes, 200, { 'Content-Type': type, ETag: etag, 'Cache-Control': cache });
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(c: AppContextC, value: unknown, kind: 'exact' | 'provisional', dates?: RequestDates): Response {
  return send(c, JSON.stringify(value), JSON_TYPE, kind, dates);
}

/** Reads `stop=FROM..TO[:reason]` (repeatable) with the CLI's reader of `--stop`. */
function readStops(values: readonly string[] | undefined, dates: RequestDates): DeadlineStop[] | undefined {
  if (values === undefined) return undefined;
  return values.map((value) => {
    const { from, to, reason } = readStop(value, 'stop');
    return { from: dates.read(from), ...(to !== undefined && { to: dates.read(to) }), ...(reason !== undefined && { reason }) };
  });
}

/** Reads `event=ID=DATE` (repeatable) into `startEvents`. */
function readEvents(values: readonly string[] | undefined, dates: RequestDates): Record<string, PlainDate> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const events: Record<string, PlainDate> = Object.create(null) as Record<string, PlainDate>;
  for (const value of values) {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(.*)$/.exec(value);
    if (!match) {
      throw new InvalidArgumentError(`due: invalid event ${JSON.stringify(value.slice(0, 80))}, expected ID=YYYY-MM-DD (or ID=today) such as fee-payment=2026-03-10`);
    }
    if (match[1]! in events) throw new InvalidArgumentError(`due: event ${match[1]} is given twice; give each event once`);
    events[match[1]!] = dates.read(match[2]!);
  }
  return { ...events };
}

/** Reads `progress=STAGE=DATE` (repeatable) into `projectTimeline`'s `progress` (stages are checked by the library). */
function readProgress(values: readonly string[] | undefined, dates: RequestDates): Record<string, StageProgress> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const progress: Record<string, StageProgress> = Object.create(null) as Record<string, StageProgress>;
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) {
      throw new InvalidArgumentError(
        `timeline: invalid progress ${JSON.stringify(value.slice(0, 80))}, expected STAGE=YYYY-MM-DD (or STAGE=today) such as cn.nmpa.drug.acceptance=2025-09-26`,
      );
    }
    const stage = match[1]!.trim();
    if (stage in progress) throw new InvalidArgumentError(`timeline: progress ${JSON.stringify(stage.slice(0, 80))} is given twice; give each stage once`);
    progress[stage] = { completed: dates.read(match[2]!) };
  }
  return { ...progress };
}

/** True when an answer spanning two days depends on a projected day (as `reviewclock add` and `count` decide). */
function dependsOnProjection(a: PlainDate, b: PlainDate, calendar: Calendar): boolean {
  return dayInfo(a > b ? a : b, { calendar }).provisional;
}

/** The days from one plain date to another (`to − from`). */
function daysBetween(from: PlainDate, to: PlainDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Runs `next` on a calendar: in the same tick when it is built, else once it is. */
function onCalendar(calendar: Calendar | Promise<Calendar>, next: (calendar: Calendar) => Response): Response | Promise<Response> {
  return calendar instanceof Promise ? calendar.then(next) : next(calendar);
}

/** The schema's parameter names, for the message refusing one the route does not take. */
function namesOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** The parameters of a request as the validator saw them (one string, or an array when repeated). */
function givenValues(c: AppContextC, target: string): Record<string, unknown> {
  if (target === 'param') return c.req.param() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
}

const ok = (description: string, id: string, example: unknown) => ({
  200: { description, content: { 'application/json': { schema: schemas.answer(id, description, example) } } },
});

const errors = {
  400: { description: 'Bad input: the library\'s code (invalid_date, invalid_argument, calendar_out_of_range, …) and message', content: { 'application/json': { schema: schemas.errorBody } } },
  404: { description: 'Unknown policy id (unknown_policy) or path (not_found)', content: { 'application/json': { schema: schemas.errorBody } } },
};

/** One route of the service: its documented config, for the router, /openapi.json and the 405 answers. */
interface RouteEntry {
  readonly method: 'GET' | 'POST';
  /** The path as OpenAPI writes it, e.g. `/v1/day/{date}`. */
  readonly path: string;
}

/** Matches a path against an OpenAPI path template. */
function templatePattern(path: string): RegExp {
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${source}$`);
}

/**
 * Builds the service.
 *
 * @returns The Hono app and the OpenAPI 3.1 document.
 */
export function buildApp(context: AppContext): { app: OpenAPIHono<Env>; document: Record<string, unknown> } {
  const app = new OpenAPIHono<Env>();
  const routes: RouteEntry[] = [];

  if (context.cors !== undefined) {
    app.use('*', cors({ origin: context.cors, allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], exposeHeaders: ['ETag'], maxAge: 600 }));
  }

  /** The calendar a request counts on (`calendar`, else CN), at once when it is built. */
  const commandCalendar = (q: { calendar?: string | undefined; project?: 'true' | 'false' | undefined }) =>
    context.calendars.forRequest(q.calendar as CalendarId | undefined, q.project).commandCalendar();

  /**
   * Registers a route: documented in /openapi.json (the generator's registry), routed by Hono, its path parameters and
   * query validated by the route's zod schemas synchronously (zod-openapi's own validator middleware is async and adds
   * a step to every request; the schemas have no async parts), refusing bad parameters with the service's error. A
   * handler that can answer at once returns its Response, and Hono and @hono/node-server write it in the same tick.
   */
  const add = <R extends RouteConfig>(route: R, handler: (c: AppContextC) => Response | Promise<Response>): void => {
    const method = route.method.toUpperCase() as 'GET' | 'POST';
    routes.push({ method, path: route.path });
    app.openAPIRegistry.registerPath(route);
    const request = route.request as { query?: ZodType; params?: ZodType } | undefined;
    const name = `${method} ${route.path}`;
    // In zod-openapi's order: the query first, then the path parameters.
    const checks = (['query', 'param'] as const).flatMap((target) => {
      const schema = target === 'param' ? request?.params : request?.query;
      return schema === undefined ? [] : [{ target, schema, names: namesOf(schema) }];
    });
    app.on(method, route.path.replaceAll(/\/{(.+?)}/g, '/:$1'), (c: AppContextC) => {
      for (const { target, schema, names } of checks) {
        const given = givenValues(c, target);
        const result = schema.safeParse(given);
        if (!result.success) throw validationError(name, target, result.error.issues, given, names);
        c.req.addValidatedData(target, result.data as never);
      }
      return handler(c);
    });
  };

  add(
    createRoute({
      method: 'get',
      path: '/v1/due',
      summary: 'The due date of a review deadline, and how it is counted',
      description:
        'The object `reviewclock due POLICY START --json` prints (due date, counts, status, the trace of how it was counted, provisional fields), plus `explanation`: the text the CLI prints under the due date, in `lang`.',
      request: { query: schemas.dueQuery },
      responses: {
        ...ok('The deadline', 'Deadline', { policy: { id: 'cn.nmpa.drug.ind' }, start: '2025-09-26', due: '2025-12-23', provisional: false, explanation: '…' }),
        ...errors,
      },
    }),
    async (c) => {
      const q = valid<typeof schemas.dueQuery>(c);
      const dates = new RequestDates();
      const calendars = context.calendars.forRequest(q.calendar as CalendarId | undefined, q.project);
      const { result } = await evaluateDeadline(
        {
          policy: q.policy,
          start: dates.optional(q.start),
          startEvents: readEvents(q.event, dates),
          stops: readStops(q.stop, dates) ?? [],
          asOf: dates.optional(q.asOf),
          extension: q.extension === undefined ? undefined : Number(q.extension),
          stopDayCounts: readStopDay(q.stopDay),
          policies: context.policies,
        },
        calendars,
      );
      return sendJson(c, { ...result, explanation: explain(result, { lang: q.lang ?? 'en' }) }, result.provisional ? 'provisional' : 'exact', dates);
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/add',
      summary: 'The n-th working day after (or before) a date',
      description: 'As `reviewclock add DATE DAYS --json`: `{ date }`, and for an answer on projected days `{ date, provisional: true, dateRange }`.',
      request: { query: schemas.addQuery },
      responses: { ...ok('The working day', 'WorkingDay', { date: '2025-10-09' }), ...errors },
    }),
    (c) => {
      const q = valid<typeof schemas.addQuery>(c);
      const dates = new RequestDates();
      const date = dates.read(q.date);
      const days = Number(q.days);
      return onCalendar(commandCalendar(q), (calendar) => {
        const result = addWorkingDays(date, days, { calendar });
        const provisional = dependsOnProjection(date, result, calendar);
        const body = provisional ? { date: result, provisional, dateRange: workingDayRange(date, days, calendar) } : { date: result };
        return sendJson(c, body, provisional ? 'provisional' : 'exact', dates);
      });
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/count',
      summary: 'The working days after one date, up to and including another',
      description: 'As `reviewclock count FROM TO --json`: `{ count }` (negative when `to` is before `from`), with `provisional: true` on projected days.',
      request: { query: schemas.countQuery },
      responses: { ...ok('The count', 'Count', { count: 18 }), ...errors },
    }),
    (c) => {
      const q = valid<typeof schemas.countQuery>(c);
      const dates = new RequestDates();
      const from = dates.read(q.from);
      const to = dates.read(q.to);
      return onCalendar(commandCalendar(q), (calendar) => {
        const count = countWorkingDays(from, to, { calendar });
        const provisional = dependsOnProjection(from, to, calendar);
        return sendJson(c, provisional ? { count, provisional } : { count }, provisional ? 'provisional' : 'exact', dates);
      });
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/day/{date}',
      summary: 'What a day is on the calendar',
      description: 'As `reviewclock day DATE --json`: working or not, its kind (workday, weekend, holiday, makeup-workday), the holiday and its source.',
      request: { params: schemas.dayParams, query: schemas.calendarQuery },
      responses: { ...ok('The day', 'Day', { date: '2025-10-11', working: true, kind: 'makeup-workday', provisional: false }), ...errors },
    }),
    (c) => {
      const { date: text } = validParams<typeof schemas.dayParams>(c);
      const q = valid<typeof schemas.calendarQuery>(c);
      const dates = new RequestDates();
      const date = dates.read(text);
      return onCalendar(commandCalendar(q), (calendar) => {
        const info = dayInfo(date, { calendar });
        return sendJson(c, info, info.provisional ? 'provisional' : 'exact', dates);
      });
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/days',
      summary: 'Every day from one date to another, both included',
      description: `\`{ days: [...] }\`, one day as /v1/day gives it for each date from \`from\` to \`to\`; at most ${context.limits.listedDays.toLocaleString('en')} days per request (about ten years): ask for a longer span in parts.`,
      request: { query: schemas.daysQuery },
      responses: { ...ok('The days', 'Days', { days: [{ date: '2025-10-01', working: false, kind: 'holiday' }] }), ...errors },
    }),
    async (c) => {
      const q = valid<typeof schemas.daysQuery>(c);
      const dates = new RequestDates();
      const from = dates.read(q.from);
      const to = dates.read(q.to);
      const length = daysBetween(from, to) + 1;
      if (length > context.limits.listedDays) {
        throw new HttpError(
          400,
          'invalid_argument',
          `GET /v1/days: the span from ${from} to ${to} has ${length.toLocaleString('en')} days; at most ${context.limits.listedDays.toLocaleString('en')} days per request: ask for a longer span in parts`,
        );
      }
      const calendar = await context.calendars.forRequest(q.calendar as CalendarId | undefined, q.project).forCommand();
      const days = listDays(from, to, { calendar });
      return sendJson(c, { days }, days.some((day) => day.provisional) ? 'provisional' : 'exact', dates);
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/policies',
      summary: 'The catalog of review-time rules, or the ones matching words',
      description: 'As `reviewclock policies [WORDS] --json`: an array of policies, best match first when `q` is given.',
      request: { query: schemas.policiesQuery },
      responses: { ...ok('The policies', 'Policies', [{ id: 'cn.nmpa.drug.ind' }]), ...errors },
    }),
    (c) => {
      const q = valid<typeof schemas.policiesQuery>(c);
      const dates = new RequestDates();
      const filter: PolicyFilter = {
        ...(q.q !== undefined && q.q.trim() !== '' && { text: q.q }),
        ...(q.jurisdiction !== undefined && { jurisdiction: q.jurisdiction }),
        ...(q.product !== undefined && { product: q.product }),
        ...(q.role !== undefined && { role: q.role }),
        ...(q.on !== undefined && { on: dates.read(q.on) }),
        ...(q.allVersions === 'true' && { allVersions: true }),
        ...(context.policies && { policies: context.policies }),
      };
      return sendJson(c, listPolicies(filter), 'exact', dates);
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/policies/{id}',
      summary: 'One policy in full',
      description: 'As `reviewclock policy ID --json`: the version in force on `on`, else the latest. 404 `unknown_policy` for an id that is not in the catalog.',
      request: { params: schemas.policyParams, query: schemas.policyQuery },
      responses: { ...ok('The policy', 'Policy', { id: 'cn.nmpa.drug.ind', limit: { amount: 60, unit: 'working-days', direction: 'after' } }), ...errors },
    }),
    (c) => {
      const { id } = validParams<typeof schemas.policyParams>(c);
      const q = valid<typeof schemas.policyQuery>(c);
      const dates = new RequestDates();
      const policy = getPolicy(id, { ...(q.on !== undefined && { on: dates.read(q.on) }), ...(context.policies && { policies: context.policies }) });
      return sendJson(c, policy, 'exact', dates);
    },
  );

  add(
    createRoute({
      method: 'get',
      path: '/v1/timeline',
      summary: 'A multi-stage procedure projected from what has happened so far',
      description: 'As `reviewclock timeline PROCEDURE START --json`: every stage and milestone with its dates, and when the procedure ends.',
      request: { query: schemas.timelineQuery },
      responses: { ...ok('The timeline', 'Timeline', { procedure: { id: 'cn.nmpa.drug.ind.application' }, end: '2025-12-26' }), ...errors },
    }),
    async (c) => {
      const q = valid<typeof schemas.timelineQuery>(c);
      const dates = new RequestDates();
      const start = dates.read(q.start);
      const asOf = dates.optional(q.asOf);
      const progress = readProgress(q.progress, dates);
      const procedures = listProcedures();
      const procedure = procedures.find((p) => p.id === q.procedure);
      const calendars = context.calendars.forRequest(q.calendar as CalendarId | undefined, q.project);
      // The procedure's own calendar (its first stage's), unless `calendar` says otherwise; for an unknown procedure,
      // the library's refusal (a bad start or asOf first, as the library checks them first).
      const calendar = procedure ? await calendars.forPolicy(procedure.stages[0]!.policy, start) : await calendars.forCommand();
      let result;
      try {
        result = projectTimeline({ procedure: q.procedure, start, ...(progress && { progress }), ...(asOf !== undefined && { asOf }), calendar });
      } catch (error) {
        if (error instanceof InvalidArgumentError) {
          error.message = error.message.replace('(listProcedures() lists them)', `(the procedures: ${procedures.map((p) => p.id).join(', ')})`);
        }
        throw error;
      }
      return sendJson(c, result, result.provisional ? 'provisional' : 'exact', dates);
    },
  );

  // POST /v1/batch: documented and validated here; the rows are streamed by batch.ts on the raw response.
  add(
    createRoute({
      method: 'post',
      path: '/v1/batch',
      summary: 'Due dates for many applications: NDJSON in, NDJSON out, streamed',
      description:
        'The rows `reviewclock batch` writes for the same NDJSON input, one per application, in input order, written as they are computed. ' +
        `At most ${(context.limits.bodyBytes / (1 << 20)).toString()} MiB and ${context.limits.batchLines.toLocaleString('en')} lines per request, and ${context.limits.requestMs / 1000} s: ` +
        'a body declared larger (Content-Length) is refused with 413; one that grows past a limit while it is read ends the answer with a last line {"error": {"code": "payload_too_large" or "timeout", "message"}} and no "line".',
      request: {
        query: schemas.batchQuery,
        body: { required: true, content: { 'application/x-ndjson': { schema: schemas.z.string().meta({ description: 'One application per line, e.g. {"id": "A-1", "policy": "cn.nmpa.drug.ind", "start": "2025-09-26"}' }) } } },
      },
      responses: {
        200: { description: 'One result per row, NDJSON', content: { 'application/x-ndjson': { schema: schemas.z.string() } } },
        400: errors[400],
        413: { description: 'The body is larger than the limit (payload_too_large)', content: { 'application/json': { schema: schemas.errorBody } } },
      },
    }),
    async (c) => {
      const q = valid<typeof schemas.batchQuery>(c);
      const dates = new RequestDates();
      return handleBatch(c, context, {
        asOf: dates.optional(q.asOf),
        stopDay: q.stopDay,
        calendar: q.calendar,
        project: q.project,
      });
    },
  );

  // GET /v1/calendar/{year}.ics: documented with its path template; routed by the file name (Hono reads a parameter
  // up to the next slash, so `{year}.ics` is matched as one segment and split here).
  const icsRoute = createRoute({
    method: 'get',
    path: '/v1/calendar/{year}.ics',
    summary: "A year's rest days and make-up working days as iCalendar",
    description: 'As `reviewclock ics YEAR`: one all-day event per holiday span and per make-up working day.',
    request: { params: schemas.icsParams, query: schemas.calendarQuery },
    responses: {
      200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: schemas.z.string() } } },
      ...errors,
    },
  });
  app.openAPIRegistry.registerPath(icsRoute);
  routes.push({ method: 'GET', path: icsRoute.path });
  app.get('/v1/calendar/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) throw notFound(c);
    const route = 'GET /v1/calendar/{year}.ics';
    const year = file.slice(0, -'.ics'.length);
    const params = schemas.icsParams.safeParse({ year });
    if (!params.success) throw validationError(route, 'param', params.error.issues, { year }, ['year']);
    const query = schemas.calendarQuery.safeParse(givenValues(c, 'query'));
    if (!query.success) throw validationError(route, 'query', query.error.issues, givenValues(c, 'query'), namesOf(schemas.calendarQuery));
    const calendar = await context.calendars.forRequest(query.data.calendar as CalendarId | undefined, query.data.project).forCommand();
    const ics = calendarToICS(calendar, Number(params.data.year));
    const provisional = dayInfo(`${params.data.year}-12-31`, { calendar }).provisional;
    return send(c, ics, 'text/calendar; charset=utf-8', provisional ? 'provisional' : 'exact');
  });

  add(
    createRoute({
      method: 'get',
      path: '/healthz',
      summary: 'Whether the server is up, and the years its calendars cover',
      responses: { ...ok('Up', 'Health', { status: 'ok', version, calendars: { CN: { from: '2004-01-01', to: '2026-12-31' } } }) },
    }),
    () => respond(JSON.stringify({ status: 'ok', version, calendars: context.coverage }), 200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' }),
  );

  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'reviewclock',
      version,
      description:
        'Regulatory review deadlines in China, counted in working days on the official State Council calendar: the answers of the `reviewclock` command line over HTTP. ' +
        'Dates are YYYY-MM-DD, or today (the date in China, UTC+8). Errors are { "error": { "code", "message", "issues"? } }.',
    },
  }) as unknown as Record<string, unknown>;
  const documentPaths = document['paths'] as Record<string, unknown>;
  documentPaths['/openapi.json'] = { get: { summary: 'This document (OpenAPI 3.1)', responses: { 200: { description: 'The OpenAPI document' } } } };
  documentPaths['/docs'] = { get: { summary: 'A page listing the routes and their parameters', responses: { 200: { description: 'HTML' } } } };
  routes.push({ method: 'GET', path: '/openapi.json' }, { method: 'GET', path: '/docs' });
  const documentText = JSON.stringify(document);
  const page = docsPage(document);
  app.get('/openapi.json', (c) => send(c, documentText, JSON_TYPE, 'exact'));
  app.get('/docs', (c) => send(c, page, 'text/html; charset=utf-8', 'exact'));

  const patterns = routes.map((route) => ({ ...route, pattern: templatePattern(route.path) }));
  const notFound = (c: AppContextC): HttpError => {
    const path = c.req.path;
    const allowed = [...new Set(patterns.filter((route) => route.pattern.test(path)).map((route) => route.method))];
    if (allowed.length) {
      const allow = allowed.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])).join(', ');
      return new HttpError(405, 'method_not_allowed', `${c.req.method} is not allowed on ${path}; use ${allow}`, undefined, { Allow: allow });
    }
    return new HttpError(404, 'not_found', `no route ${c.req.method} ${path.slice(0, 200)}; the routes are listed at /openapi.json and /docs`);
  };
  app.notFound((c) => {
    throw notFound(c);
  });
  app.onError((error, c) => {
    const answer = errorAnswer(error);
    if (answer.internal) context.reportBug(error, c.req.method, c.req.path);
    return respond(JSON.stringify(answer.body), answer.status, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...answer.headers });
  });
  return { app, document };
}

/** The validated query of a route (by its schema). */
function valid<S extends ZodType>(c: AppContextC): ZodOutput<S> {
  return (c.req as unknown as { valid(target: 'query'): ZodOutput<S> }).valid('query');
}

/** The validated path parameters of a route (by its schema). */
function validParams<S extends ZodType>(c: AppContextC): ZodOutput<S> {
  return (c.req as unknown as { valid(target: 'param'): ZodOutput<S> }).valid('param');
}
