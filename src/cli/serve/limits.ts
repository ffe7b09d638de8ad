/**
 * The limits of the HTTP service: every request is bounded, so that no request can hold the server for long or
 * fill its memory. Also in `reviewclock serve --help` and docs/guides/http.md.
 *
 * @module
 */

/** The limits a server enforces (tests start servers with smaller ones). */
export interface ServeLimits {
  /** The most bytes a request body may hold (a batch); more is refused with 413 `payload_too_large`. */
  readonly bodyBytes: number;
  /** The most lines a batch may hold (blank lines included); more ends the answer with a `payload_too_large` line. */
  readonly batchLines: number;
  /** The most milliseconds a request may take (a batch); past it the answer ends with a `timeout` line. */
  readonly requestMs: number;
  /** The most characters of a request's path and query; more is refused with 414 `uri_too_long`. */
  readonly urlLength: number;
  /** The most days `GET /v1/days` lists in one request (about ten years). */
  readonly listedDays: number;
  /** How long a shutdown waits for requests in flight before it closes their connections, in milliseconds. */
  readonly shutdownMs: number;
}

/** The limits of `reviewclock serve`. */
export const LIMITS: ServeLimits = {
  bodyBytes: 16 << 20,
  batchLines: 100_000,
  requestMs: 30_000,
  urlLength: 8_192,
  listedDays: 3_660,
  shutdownMs: 35_000,
};

/** The limits as one paragraph of plain English, for `--help`. */
export function limitsText(limits: ServeLimits = LIMITS): string {
  return (
    `a request body (a batch) holds at most ${limits.bodyBytes / (1 << 20)} MiB (413 payload_too_large) and ` +
    `${limits.batchLines.toLocaleString('en')} lines; a request takes at most ${limits.requestMs / 1000} s; ` +
    `a URL holds at most ${limits.urlLength.toLocaleString('en')} characters (414 uri_too_long); ` +
    `/v1/days lists at most ${limits.listedDays.toLocaleString('en')} days per request`
  );
}
