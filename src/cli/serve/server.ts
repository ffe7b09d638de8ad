/**
 * The HTTP server of `reviewclock serve`: the routes of `app.ts` on Node's http server (through `@hono/node-server`),
 * with the limits, the access log and a graceful stop. Only loopback by default; it makes no outgoing request.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { InvalidArgumentError } from '../../index.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { buildApp } from './app.js';
import { LIMITS, type ServeLimits } from './limits.js';
import { ServerCalendars } from './serverCalendars.js';

/** How to start a server. */
export interface ServeOptions {
  /** The port; 0 picks a free one. Default 8787. */
  readonly port?: number;
  /** The address to listen on. Default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** `--cors ORIGIN`: the origin allowed to call the service from a browser (`*` for any). Default: none. */
  readonly cors?: string | undefined;
  /** The access log's format: one line of text or of JSON per request, or none. Default text. */
  readonly log?: 'text' | 'json' | 'off';
  /** Where log lines go. Default: stderr. */
  readonly logWrite?: (line: string) => void;
  /** `--schedule FILE` (repeatable). */
  readonly schedule?: readonly string[] | undefined;
  /** False with `--no-stored-schedules`. */
  readonly storedSchedules?: boolean | undefined;
  /** `--project [YEAR]`: requests are answered on the projection unless they say `project=false`. */
  readonly project?: true | string | undefined;
  /** `--policies FILE` (repeatable): a team's own rules. */
  readonly policies?: readonly string[] | undefined;
  /** The environment (the schedule store's place). Default: process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Smaller limits, for tests. */
  readonly limits?: Partial<ServeLimits>;
  /** Passed to @hono/node-server: replace the global Request and Response with its faster ones. Default true. */
  readonly overrideGlobalObjects?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** `http://HOST:PORT`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly server: Server;
  /**
   * Stops: no new connection is accepted, the requests in flight are finished (for at most the shutdown limit), then
   * every connection is closed. Resolves when the server is closed.
   */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Writes an error answer straight on the response (for requests refused before they reach the routes). */
function rawError(res: ServerResponse, status: number, code: string, message: string, cors: string | undefined): void {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
    ...(cors !== undefined && { 'Access-Control-Allow-Origin': cors }),
  });
  res.end(body, () => res.socket?.destroy());
}

/** The URL of a host and port, with brackets for an IPv6 address. */
function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the service and resolves once it listens.
 *
 * @throws {InvalidArgumentError} When the port cannot be listened on (in use, not allowed), or a `--policies` file
 *   cannot be read.
 * @throws {ScheduleValidationError} or `ScheduleFileError` for a broken `--schedule` or stored schedule.
 *
 * @example
 * const server = await startServer({ port: 0 });
 * await fetch(`${server.url}/v1/add?date=2025-09-30&days=1`) // { "date": "2025-10-09" }
 * await server.close();
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const limits: ServeLimits = { ...LIMITS, ...options.limits };
  const env = options.env ?? process.env;
  const host = options.host ?? '127.0.0.1';
  const write = options.logWrite ?? ((line: string) => void process.stderr.write(line));
  const logFormat = options.log ?? 'text';
  const calendarOptions = {
    ...(options.schedule !== undefined && { schedule: options.schedule }),
    ...(options.storedSchedules !== undefined && { storedSchedules: options.storedSchedules }),
    ...(options.project !== undefined && { project: options.project }),
  };
  const policies = readTeamPolicies(options.policies);
  const calendars = new ServerCalendars(calendarOptions, env);
  const coverage = await calendars.load();

  const reportBug = (error: unknown, method: string, path: string): void => {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (logFormat === 'json') write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', method, path, error: stack })}\n`);
    else write(`reviewclock: serve: unexpected error on ${method} ${path}, please report it with the request:\n${stack}\n`);
  };
  const { app } = buildApp({
    calendars,
    policies,
    policyFiles: options.policies,
    calendarOptions,
    env,
    limits,
    cors: options.cors,
    coverage,
    reportBug,
  });
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: options.overrideGlobalObjects ?? true });

  let closing = false;
  const server = createServer(
    {
      // Node's own bounds: a request must arrive whole within the request limit (plus a margin, so that a batch's
      // own timeout line is written first), its headers within ten seconds.
      requestTimeout: limits.requestMs + 5_000,
      headersTimeout: Math.min(10_000, limits.requestMs + 5_000),
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    },
    (req: IncomingMessage, res: ServerResponse) => {
      const started = performance.now();
      if (logFormat !== 'off') {
        let logged = false;
        const log = () => {
          if (logged) return;
          logged = true;
          const ms = Math.round((performance.now() - started) * 10) / 10;
          const path = (req.url ?? '').slice(0, 300);
          const status = res.writableFinished ? res.statusCode : `${res.statusCode} (aborted)`;
          write(
            logFormat === 'json'
              ? `${JSON.stringify({ time: new Date().toISOString(), method: req.method, path, status: res.statusCode, ms, ...(res.writableFinished ? {} : { aborted: true }) })}\n`
              : `${new Date().toISOString()} ${req.method} ${path} ${status} ${ms}ms\n`,
          );
        };
        res.once('finish', log);
        res.once('close', log);
      }
      if (closing) res.setHeader('Connection', 'close');
      const url = req.url ?? '/';
      if (url.length > limits.urlLength) {
        return rawError(res, 414, 'uri_too_long', `the URL holds ${url.length} characters, more than the ${limits.urlLength} the service reads; send fewer or shorter parameters`, options.cors);
      }
      const length = req.headers['content-length'];
      if (length !== undefined && Number(length) > limits.bodyBytes) {
        return rawError(
          res,
          413,
          'payload_too_large',
          `the body holds ${length} bytes, more than the ${limits.bodyBytes / (1 << 20)} MiB (${limits.bodyBytes} bytes) the service reads; split it`,
          options.cors,
        );
      }
      void listener(req, res);
    },
  );

  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the address is in use (another server runs there; pick another --port, or 0 for a free one)' : error.code === 'EACCES' ? 'not allowed (ports below 1024 need privileges)' : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' ? 'no such address on this machine' : error.message;
      reject(new InvalidArgumentError(`serve: cannot listen on ${urlOf(host, options.port ?? 8787)}: ${why}`));
    };
    server.once('error', failed);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8787);

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= new Promise<void>((resolve) => {
      closing = true;
      const force = setTimeout(() => server.closeAllConnections(), limits.shutdownMs);
      force.unref();
      // A connection whose answer is written is closed at once (not kept alive for a next request): checked often.
      const idle = setInterval(() => server.closeIdleConnections(), 25);
      idle.unref();
      server.close(() => {
        clearTimeout(force);
        clearInterval(idle);
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { url: urlOf(host, port), host, port, server, close };
}
