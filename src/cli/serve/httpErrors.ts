/**
 * Errors as the HTTP service answers them: `{ "error": { "code", "message", "issues"? } }`, with the library's codes
 * for bad input (400; 404 for a policy id that is not in the catalog) and the service's own for the rest (404
 * `not_found`, 405 `method_not_allowed`, 413 `payload_too_large`, 414 `uri_too_long`, 500 `internal`). Never a stack
 * trace: a bug is answered 500 with a fixed message, and reported on the server's stderr.
 *
 * @module
 */
import { ReviewclockError, type InputIssue } from '../../index.js';
import { oneLine } from '../exitStatus.js';
import { DATE_PARAMETERS } from './schemas.js';

/** The codes of the service's own errors (the library's are `ReviewclockError['code']`). */
export type ServiceErrorCode = 'not_found' | 'method_not_allowed' | 'payload_too_large' | 'uri_too_long' | 'timeout' | 'internal';

/** One issue of an error answer. */
export interface IssueBody {
  readonly path: (string | number)[];
  readonly message: string;
  readonly code?: string;
}

/** The body of an error answer. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: IssueBody[] };
}

/** An error the service answers with its own status and code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: IssueBody[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The status of a library error: 404 for a policy that does not exist, else 400. */
export function statusOfCode(code: string): number {
  return code === 'unknown_policy' ? 404 : 400;
}

function issueBodies(issues: readonly InputIssue[]): IssueBody[] {
  return issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
    ...(issue.code !== undefined && { code: issue.code }),
  }));
}

/**
 * The status and body answering an error.
 *
 * @returns `internal: true` for a bug (anything that is neither an {@link HttpError} nor a `ReviewclockError`).
 */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody; headers: Readonly<Record<string, string>>; internal: boolean } {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...(error.issues && { issues: error.issues }) } },
      headers: error.headers,
      internal: false,
    };
  }
  if (error instanceof ReviewclockError) {
    const issues = (error as { issues?: readonly InputIssue[] }).issues;
    return {
      status: statusOfCode(error.code),
      body: { error: { code: error.code, message: oneLine(error.message), ...(Array.isArray(issues) && { issues: issueBodies(issues) }) } },
      headers: {},
      internal: false,
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'unexpected error in the server; it has been logged. Please report it with the request you made.' } },
    headers: {},
    internal: true,
  };
}

/** A value of a query parameter for a message: quoted, shortened. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} values`;
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** A zod issue, as much of it as the service reads. */
interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly expected?: string;
}

/**
 * The error for a request whose query or path parameters fail their schema: `invalid_date` when the first problem is
 * a date, else `invalid_argument`, with every problem in `issues`.
 *
 * @param target - `'query'` or `'param'` (a path segment).
 * @param issues - zod's issues.
 * @param values - The parameters as given, for the message.
 * @param names - The parameters the route takes, for a parameter it does not.
 */
export function validationError(
  route: string,
  target: string,
  issues: readonly ZodIssueLike[],
  values: Readonly<Record<string, unknown>>,
  names: readonly string[],
): HttpError {
  const where = target === 'param' ? 'path segment' : 'query parameter';
  const bodies: IssueBody[] = [];
  for (const issue of issues.slice(0, 20)) {
    const key = issue.path.length ? String(issue.path[0]) : '';
    let message: string;
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue.keys ?? []).map((k) => JSON.stringify(k.slice(0, 40))).join(', ');
      message = `unknown ${where}${(issue.keys ?? []).length === 1 ? '' : 's'} ${keys}; ${route} takes ${names.join(', ') || 'none'}`;
      bodies.push({ path: [], message, code: 'unrecognized_keys' });
      continue;
    }
    const value = values[key];
    if (Array.isArray(value) && issue.code === 'invalid_type') {
      message = `${where} ${key} is given ${value.length} times; give it once`;
    } else if (value === undefined && issue.code === 'invalid_type') {
      message = `missing ${where} ${key}`;
    } else if (DATE_PARAMETERS.has(key) && value !== undefined) {
      message = `${where} ${key}: invalid date ${shown(value)}, expected a calendar date as YYYY-MM-DD (e.g. 2025-09-26), or today`;
    } else {
      message = `${where} ${key}${value === undefined ? '' : ` ${shown(value)}`}: ${issue.message}`;
    }
    bodies.push({ path: issue.path.map((k) => (typeof k === 'number' ? k : String(k))), message, code: issue.code });
  }
  const first = issues[0];
  const firstKey = first && first.path.length ? String(first.path[0]) : '';
  const isDate = first !== undefined && first.code !== 'unrecognized_keys' && DATE_PARAMETERS.has(firstKey) && values[firstKey] !== undefined && !Array.isArray(values[firstKey]);
  const more = bodies.length > 1 ? ` (and ${bodies.length - 1} more: see issues)` : '';
  return new HttpError(400, isDate ? 'invalid_date' : 'invalid_argument', `${route}: ${bodies[0]?.message ?? 'invalid request'}${more}`, bodies);
}
