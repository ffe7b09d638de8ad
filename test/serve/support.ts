import { startServer, type RunningServer, type ServeOptions } from '../../src/cli/serve/server.js';

/** A server on a free loopback port, with its access log kept in `log` (not written to stderr). */
export async function testServer(options: ServeOptions = {}): Promise<RunningServer & { log: string[] }> {
  const log: string[] = [];
  const server = await startServer({ port: 0, logWrite: (line) => void log.push(line), ...options });
  return Object.assign(server, { log });
}

/** What an answer held. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body read as JSON, or undefined when it is not JSON. */
  readonly json: any;
}

/** Calls the server with the global fetch (undici) and reads the whole answer. */
export async function call(url: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The error codes the service answers with, by status. */
export const ERROR_CODES: Readonly<Record<number, readonly string[]>> = {
  400: [
    'invalid_date',
    'invalid_argument',
    'calendar_out_of_range',
    'calendar_required',
    'invalid_schedule',
    'invalid_policy',
    'inconsistent_input',
    'unknown_stop_reason',
    'policy_not_in_force',
  ],
  404: ['unknown_policy', 'not_found'],
  405: ['method_not_allowed'],
  413: ['payload_too_large'],
  414: ['uri_too_long'],
};

/** Checks that an answer is a typed error: a 4xx status, a JSON body `{ error: { code, message } }`, no stack. */
export function expectTypedError(answer: Answer, where: string): void {
  const codes = ERROR_CODES[answer.status];
  if (!codes) throw new Error(`${where}: status ${answer.status}, body ${answer.text.slice(0, 500)}`);
  const error = answer.json?.error;
  if (!error || typeof error.message !== 'string' || !codes.includes(error.code)) {
    throw new Error(`${where}: status ${answer.status} with body ${answer.text.slice(0, 500)}`);
  }
  if (/\n\s+at |\bat .*\.(js|ts):\d+/.test(answer.text)) throw new Error(`${where}: a stack trace in the answer: ${answer.text.slice(0, 500)}`);
  if (answer.headers.get('content-type') !== 'application/json; charset=utf-8') throw new Error(`${where}: content-type ${answer.headers.get('content-type')}`);
}
