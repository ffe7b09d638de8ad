import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dayInfo, listPolicies } from '../../src/index.js';
import { DATE_LIKE, STRANGE_STRINGS } from '../fuzz/support/hostile.js';
import { runs } from '../fuzz/support/harness.js';
import { call, expectTypedError, testServer, type Answer } from './support.js';

// Query strings and bodies the service must survive: every answer is either a right 2xx (checked against the library
// where the answer is a working-day computation) or a typed 4xx error, never a 5xx, a stack trace or a hang.
let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer({ log: 'off' });
});
afterAll(() => server.close());

const ROUTES = ['/v1/due', '/v1/add', '/v1/count', '/v1/day/2025-10-11', '/v1/days', '/v1/policies', '/v1/policies/cn.nmpa.drug.ind', '/v1/timeline', '/v1/calendar/2025.ics', '/healthz'];
const KEYS = ['policy', 'start', 'stop', 'event', 'stopDay', 'asOf', 'extension', 'lang', 'calendar', 'project', 'date', 'days', 'from', 'to', 'q', 'on', 'procedure', 'progress', 'allVersions', 'product', 'role', 'jurisdiction', 'x', '', '__proto__', 'constructor'];
const VALUES = [
  ...DATE_LIKE, ...STRANGE_STRINGS, 'today', '1', '-1', '+5', '0', '60', '1e3', '99999999', '-260', 'true', 'false', 'en', 'zh', 'CN', 'HK', 'CN HK', 'counted', 'not-counted', 'drug', 'review',
  '2025-10-10..2025-11-03', '2025-10-10..', '2025-10-10..2025-11-03:sponsor-supplement', 'acceptance=2026-03-02', 'fee-payment=today', 'cn.nmpa.drug.acceptance=2025-09-30',
  'cn.nmpa.drug.ind.application', ...listPolicies().slice(0, 8).map((p) => p.id), 'hk.dh.drug.nce-1plus', '%', '%zz', '%00', '+', '&', '=', '#',
];

/** encodeURIComponent, with lone surrogates (which it refuses) made U+FFFD first. */
const encode = (text: string) => encodeURIComponent((text as string & { toWellFormed(): string }).toWellFormed());

/** One query string: keys and values from the pools, encoded or raw (to try the decoder too). */
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })), fc.boolean()), { maxLength: 7 })
  .map((pairs) => pairs.map(([key, value, raw]) => `${raw ? key : encode(key)}=${raw ? (value as string & { toWellFormed(): string }).toWellFormed().replace(/[#\s]/g, '') : encode(value)}`).join('&'));

/** Checks one answer of a GET: right when 2xx, typed when 4xx. */
function check(path: string, query: string, answer: Answer): void {
  const where = `GET ${path}?${query}`;
  if (answer.status >= 200 && answer.status < 300) {
    if (path.endsWith('.ics')) return void expect(answer.text, where).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(answer.headers.get('content-type'), where).toBe('application/json; charset=utf-8');
    expect(answer.json, where).toBeDefined();
    const params = new URLSearchParams(query);
    // Right answers, by the library, for the plain requests (no calendar, no projection, no today).
    const plain = !params.has('calendar') && !params.has('project') && !query.includes('today');
    if (plain && path === '/v1/add') expect(answer.json, where).toEqual({ date: addWorkingDays(params.get('date')!, Number(params.get('days'))) });
    if (plain && path === '/v1/count') expect(answer.json, where).toEqual({ count: countWorkingDays(params.get('from')!, params.get('to')!) });
    if (plain && path.startsWith('/v1/day/')) expect(answer.json, where).toEqual(dayInfo(path.slice('/v1/day/'.length)));
    if (path === '/v1/due') expect(typeof answer.json.explanation, where).toBe('string');
    return;
  }
  expectTypedError(answer, where);
}

describe('the service under fuzzed requests', () => {
  it('answers every query string with a right 2xx or a typed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), queryString, async (path, query) => {
        check(path, query, await call(`${server.url}${path}?${query}`));
      }),
      runs(150),
    );
  }, 60_000);

  it('answers well-formed requests with random values right', async () => {
    const date = fc.oneof(fc.constantFrom(...DATE_LIKE), fc.integer({ min: 2000, max: 2030 }).chain((y) => fc.integer({ min: 1, max: 400 }).map((d) => new Date(Date.UTC(y, 0, d)).toISOString().slice(0, 10))));
    const request = fc.oneof(
      fc.tuple(date, fc.integer({ min: -400, max: 400 })).map(([d, n]) => ['/v1/add', `date=${encodeURIComponent(d)}&days=${n}`] as const),
      fc.tuple(date, date).map(([a, b]) => ['/v1/count', `from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}`] as const),
      date.map((d) => [`/v1/day/${encodeURIComponent(d)}`, ''] as const),
      fc.tuple(date, fc.option(date), fc.constantFrom(...listPolicies().slice(0, 20).map((p) => p.id))).map(
        ([start, stop, policy]) => ['/v1/due', `policy=${policy}&start=${encodeURIComponent(start)}${stop ? `&stop=${encodeURIComponent(stop)}..` : ''}`] as const,
      ),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([path, query]) => {
        check(path, query, await call(`${server.url}${path}?${query}`));
      }),
      runs(150),
    );
  }, 60_000);

  it('answers odd paths and methods with typed errors', async () => {
    const segment = fc.oneof(fc.constantFrom('v1', 'due', 'day', 'calendar', 'policies', '2025.ics', '..', '.', '%2e%2e', '%zz', '%00', 'x'.repeat(300)), fc.string({ maxLength: 8 }).map(encode));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), async (segments, method) => {
        const path = `/${segments.join('/')}`;
        const answer = await call(`${server.url}${path}`, { method, ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { body: '' } : {}) });
        if (answer.status < 300) return;
        expectTypedError(answer, `${method} ${path}`);
      }),
      runs(150),
    );
  }, 60_000);

  it('answers every batch body with one JSON row per row, in order', async () => {
    const row = fc.oneof(
      fc.record({ policy: fc.constantFrom('cn.nmpa.drug.ind', 'cn.nmpa.drug.nda', 'hk.dh.drug.nce-1plus', 'x'), start: fc.constantFrom(...DATE_LIKE) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
      fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.constantFrom('', ' ', '{', '[]', 'null', '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26","stops":[{"from":"2025-10-10"}]}', '{"id":{"a":1},"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}', '\uFEFF{}'),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), async (rows, eol) => {
        const body = rows.map((r) => r.replace(/[\r\n]/g, ' ')).join(eol);
        const answer = await call(`${server.url}/v1/batch`, { method: 'POST', body });
        expect(answer.status, body).toBe(200);
        const lines = answer.text === '' ? [] : answer.text.replace(/\n$/, '').split('\n').map((line) => JSON.parse(line));
        const expected = body.split(/\r?\n/).flatMap((line, index) => (/^[\s\uFEFF]*$/.test(line) ? [] : [index + 1]));
        expect(lines.map((line: { line: number }) => line.line), body).toEqual(expected);
        for (const line of lines) expect(typeof line.due === 'string' || line.due === null || typeof line.error?.code === 'string', JSON.stringify(line)).toBe(true);
      }),
      runs(100),
    );
  }, 60_000);
});
