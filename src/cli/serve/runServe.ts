/**
 * `reviewclock serve`: starts the HTTP service, prints `listening on http://HOST:PORT` as its first line, and runs
 * until SIGTERM or SIGINT, when it stops accepting connections, finishes the requests in flight, and exits 0. The
 * command's options and help are in `definitions/serve.ts`, which loads this module when the command runs.
 *
 * @module
 */
import { InvalidArgumentError } from '../../index.js';
import type { CliContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { startServer } from './server.js';

/** The options of `serve`, as commander gives them. */
export interface ServeCliOptions extends CommonOptions {
  readonly port?: string;
  readonly host?: string;
  readonly cors?: string;
  readonly log?: 'text' | 'json' | 'off';
}

/** Reads `--port`: a whole number from 0 (a free port) to 65535. */
export function readPort(value: string | undefined): number {
  if (value === undefined) return 8787;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new InvalidArgumentError(`serve: invalid --port ${JSON.stringify(value.slice(0, 80))}, expected a port number from 0 to 65535 (0: any free port)`);
  }
  return Number(value);
}

/** Reads `--host`: an address or a host name, without spaces or a scheme. */
export function readHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (!/^[A-Za-z0-9.:%_-]{1,253}$/.test(value)) {
    throw new InvalidArgumentError(`serve: invalid --host ${JSON.stringify(value.slice(0, 80))}, expected an address such as 127.0.0.1, 0.0.0.0 or ::1`);
  }
  return value;
}

/** Reads `--cors`: `*`, or one origin `scheme://host[:port]` (no path). */
export function readCors(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === '*' || /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(value) || /^https?:\/\/\[[0-9A-Fa-f:]+\](?::\d{1,5})?$/.test(value)) return value;
  throw new InvalidArgumentError(`serve: invalid --cors ${JSON.stringify(value.slice(0, 80))}, expected an origin such as https://intranet.example.com or http://localhost:3000 (no path), or * for any`);
}

/** `reviewclock serve`: runs until SIGTERM or SIGINT. */
export async function runServe(options: ServeCliOptions, context: CliContext): Promise<void> {
  const port = readPort(options.port);
  const host = readHost(options.host);
  const cors = readCors(options.cors);
  const server = await startServer({
    port,
    host,
    cors,
    log: options.log ?? 'text',
    schedule: options.schedule,
    storedSchedules: options.storedSchedules,
    project: options.project,
    policies: options.policies,
    env: context.env,
  });
  // The signal handlers are in place before the first line is printed: a supervisor may stop the server as soon as
  // it has read where it listens.
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal: close every connection now.
        server.server.closeAllConnections();
        return;
      }
      stopping = true;
      context.err(`reviewclock: serve: ${signal}: stopping; the requests in flight are finished first\n`);
      void server.close().then(() => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  context.data(`listening on ${server.url}\n`);
  await stopped;
}
