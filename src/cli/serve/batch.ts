/**
 * `POST /v1/batch`: NDJSON in, NDJSON out, streamed. The request body goes through the CLI's single-threaded batch
 * loop (`runBatch`, with the batch processor and settings of `reviewclock batch`), so that every row is the row the
 * CLI writes for the same input, and each row is sent as soon as the chunk it came in is done. Memory stays flat.
 *
 * Limits: the body's bytes and lines, and the time; a body declared larger than the limit (Content-Length) is
 * refused with 413 before anything is read; one that grows past a limit while it is read (chunked), or a request that
 * takes too long, ends the answer (already 200) with one last line `{"error": {"code", "message"}}`, with no "line",
 * and the connection is closed.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { runBatch } from '../batch/runBatch.js';
import { batchSettings, type BatchOptions } from '../batch/settings.js';
import type { AppContext } from './app.js';
import { HttpError } from './httpErrors.js';
import type { ServeLimits } from './limits.js';

/** The query of a batch, read. */
export interface BatchQuery {
  readonly asOf: string | undefined;
  readonly stopDay: string | undefined;
  readonly calendar: string | undefined;
  readonly project: 'true' | 'false' | undefined;
}

/** A limit reached while the body was read. */
class LimitReached extends Error {
  constructor(
    readonly code: 'payload_too_large' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}

/** True for a byte that is not a space, tab, CR or LF. */
function hasContent(chunk: Buffer, from: number): boolean {
  for (let i = from; i < chunk.length; i++) {
    const byte = chunk[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return true;
  }
  return false;
}

/**
 * The body's chunks, up to the limits: the bytes, the lines (the rows after the last allowed line are not read; a
 * last line of blanks is allowed) and the time since `started`.
 */
async function* limited(incoming: IncomingMessage, limits: ServeLimits, started: number, counted: { lines: number }): AsyncGenerator<Buffer> {
  let bytes = 0;
  let full = false;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > limits.bodyBytes) {
      throw new LimitReached(
        'payload_too_large',
        `POST /v1/batch: the body holds more than ${limits.bodyBytes} bytes (${limits.bodyBytes / (1 << 20)} MiB); the first ${counted.lines} lines were answered; send the rest in another request`,
      );
    }
    if (Date.now() - started > limits.requestMs) {
      throw new LimitReached(
        'timeout',
        `POST /v1/batch: the request took more than ${limits.requestMs / 1000} s; the first ${counted.lines} lines were answered; send the rest in another request`,
      );
    }
    if (full) {
      if (hasContent(chunk, 0)) throw tooManyLines(limits);
      continue;
    }
    let cut = -1;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
      counted.lines++;
      if (counted.lines === limits.batchLines) {
        cut = i + 1;
        break;
      }
    }
    if (cut === -1) {
      yield chunk;
      continue;
    }
    full = true;
    yield chunk.subarray(0, cut);
    if (hasContent(chunk, cut)) throw tooManyLines(limits);
  }
}

function tooManyLines(limits: ServeLimits): LimitReached {
  return new LimitReached(
    'payload_too_large',
    `POST /v1/batch: the body holds more than ${limits.batchLines.toLocaleString('en')} lines; the first ${limits.batchLines.toLocaleString('en')} were answered; send the rest in another request`,
  );
}

/** Streams the batch's rows on the raw response, and tells Hono the response is sent. */
export async function handleBatch(c: Context<{ Bindings: HttpBindings }>, context: AppContext, query: BatchQuery): Promise<Response> {
  const started = Date.now();
  const { incoming, outgoing } = c.env;
  const declared = incoming.headers['content-length'];
  if (declared !== undefined && Number(declared) > context.limits.bodyBytes) {
    throw new HttpError(413, 'payload_too_large', `POST /v1/batch: the body holds ${declared} bytes, more than the ${context.limits.bodyBytes / (1 << 20)} MiB a batch may hold; split it`, undefined, {
      Connection: 'close',
    });
  }
  const { project: serverProject, ...calendarOptions } = context.calendarOptions;
  const projecting = query.project === undefined ? serverProject !== undefined : query.project === 'true';
  const options: BatchOptions = {
    ...calendarOptions,
    format: 'ndjson',
    output: 'ndjson',
    ...(query.asOf !== undefined && { asOf: query.asOf }),
    ...(query.stopDay !== undefined && { stopDay: query.stopDay }),
    ...(query.calendar !== undefined && { calendar: query.calendar }),
    ...(projecting && { project: serverProject ?? true }),
    ...(context.policyFiles && { policies: context.policyFiles }),
  };
  // Bad settings (a broken schedule file since start) are refused before the answer starts.
  const settings = await batchSettings(options, context.env);
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (context.cors !== undefined) {
    headers['Access-Control-Allow-Origin'] = context.cors;
    headers['Access-Control-Expose-Headers'] = 'ETag';
    if (context.cors !== '*') headers['Vary'] = 'Origin';
  }
  outgoing.writeHead(200, headers);
  const counted = { lines: 0 };
  try {
    await runBatch(limited(incoming, context.limits, started, counted), outgoing, settings);
    await new Promise<void>((resolve) => outgoing.end(resolve));
  } catch (error) {
    if (error instanceof LimitReached) {
      const line = `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`;
      // The rest of the body is not read: the connection is closed once the answer is written.
      await new Promise<void>((resolve) => outgoing.end(line, resolve));
      incoming.destroy();
    } else if (incoming.destroyed || outgoing.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET' || (error as Error).message === 'aborted') {
      // The client went away.
      outgoing.destroy();
    } else {
      context.reportBug(error, 'POST', '/v1/batch');
      const line = `${JSON.stringify({ error: { code: 'internal', message: 'unexpected error in the server; it has been logged. Please report it with the request you made.' } })}\n`;
      await new Promise<void>((resolve) => outgoing.end(line, resolve));
      incoming.destroy();
    }
  }
  return RESPONSE_ALREADY_SENT;
}
