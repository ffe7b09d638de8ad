import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, getPolicy } from '../../src/index.js';
import { runCli } from '../cli/support/runCli.js';
import { fastInd } from '../support/teamPolicy.js';
import { referenceAdd, referenceCount, referenceIsWorkingDay, shiftDays } from '../support/referenceCalendar.js';
import { call, expectTypedError, testServer } from './support.js';

// The service answers what the CLI prints with --json: each route is checked against the CLI run on the same input
// (the CLI is tested on its own against hand-counted dates, test/cli/), and the working-day routes against the naive
// day-by-day reference. IND (60 working days) accepted Friday 26 Sep 2025 is due Thursday 25 Dec 2025; with the
// clock stopped 20 Oct..3 Nov it is due Monday 12 Jan 2026, and as of 20 Nov 2025 24 days are used and 36 left (by
// hand, see test/cli/due.test.ts).
const IND = 'cn.nmpa.drug.ind';
let server: Awaited<ReturnType<typeof testServer>>;
let base: string;
beforeAll(async () => {
  server = await testServer();
  base = server.url;
});
afterAll(() => server.close());

async function cliJson(args: string[]): Promise<unknown> {
  const run = await runCli(args);
  if (run.status !== 0) throw new Error(`reviewclock ${args.join(' ')}: ${run.status} ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('GET /v1/due', () => {
  it('answers the object `due --json` prints, with the explanation the CLI prints under the due date', async () => {
    const query = `policy=${IND}&start=2025-09-26&stop=2025-10-20..2025-11-03&asOf=2025-11-20`;
    const [answer, json, text] = await Promise.all([
      call(`${base}/v1/due?${query}`),
      cliJson(['due', IND, '2025-09-26', '--stop', '2025-10-20..2025-11-03', '--as-of', '2025-11-20', '--json']),
      runCli(['due', IND, '2025-09-26', '--stop', '2025-10-20..2025-11-03', '--as-of', '2025-11-20']),
    ]);
    expect(answer.status).toBe(200);
    const { explanation, ...result } = answer.json;
    expect(result).toEqual(json);
    expect(result).toMatchObject({ due: '2026-01-12', stoppedDays: 11, status: 'running', elapsedDays: 24, remainingDays: 36 });
    expect(explanation).toContain('2026-01-12');
    expect(text.stdout.endsWith(`\n${explanation}\n`)).toBe(true);
  });

  it('explains in Chinese with lang=zh, and reads stop reasons, start events and calendars as the CLI does', async () => {
    const zh = await call(`${base}/v1/due?policy=${IND}&start=2025-09-26&lang=zh`);
    const cli = await runCli(['due', IND, '2025-09-26', '--lang', 'zh']);
    expect(zh.json.due).toBe('2025-12-25');
    expect(cli.stdout.endsWith(`\n${zh.json.explanation}\n`)).toBe(true);
    const cases: Array<[string, string[]]> = [
      ['policy=cn.nmpa.drug.nda&start=2025-03-03&stop=2025-06-16..2025-09-01:sponsor-supplement', ['due', 'cn.nmpa.drug.nda', '2025-03-03', '--stop', '2025-06-16..2025-09-01:sponsor-supplement']],
      ['policy=cn.nmpa.device.ide&event=acceptance=2026-03-02&event=fee-payment=2026-03-10', ['due', 'cn.nmpa.device.ide', '--event', 'acceptance=2026-03-02', '--event', 'fee-payment=2026-03-10']],
      [`policy=${IND}&start=2025-09-26&calendar=CN%2BHK`, ['due', IND, '2025-09-26', '--calendar', 'CN+HK']],
      [`policy=${IND}&start=2025-09-26&calendar=CN+HK&stopDay=counted&stop=2025-10-20..2025-11-03`, ['due', IND, '2025-09-26', '--calendar', 'CN+HK', '--stop-day', 'counted', '--stop', '2025-10-20..2025-11-03']],
      ['policy=hk.dh.drug.nce-1plus&start=2026-03-02', ['due', 'hk.dh.drug.nce-1plus', '2026-03-02']],
      ['policy=cn.nmpa.device.class3.review&start=2025-04-01&extension=20&stop=2025-05-20..', ['due', 'cn.nmpa.device.class3.review', '2025-04-01', '--extension', '20', '--stop', '2025-05-20..']],
    ];
    for (const [query, args] of cases) {
      const [answer, json] = await Promise.all([call(`${base}/v1/due?${query}`), cliJson([...args, '--json'])]);
      expect(answer.status, query).toBe(200);
      const { explanation: _, ...result } = answer.json;
      expect(result, query).toEqual(json);
    }
  });

  it('refuses an answer past the published years, and gives it provisional with project=true, as `--project` does', async () => {
    const refused = await call(`${base}/v1/due?policy=${IND}&start=2026-11-20`);
    expectTypedError(refused, 'past coverage');
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('calendar_out_of_range');
    const [answer, json] = await Promise.all([call(`${base}/v1/due?policy=${IND}&start=2026-11-20&project=true`), cliJson(['due', IND, '2026-11-20', '--project', '--json'])]);
    const { explanation: _, ...result } = answer.json;
    expect(result).toEqual(json);
    expect(result.provisional).toBe(true);
    expect(result.provisionalFields).toContain('due');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses bad input with the library codes', async () => {
    const cases: Array<[string, number, string]> = [
      [`policy=${IND}&start=2025-13-01`, 400, 'invalid_date'],
      [`policy=${IND}&start=2025-02-29`, 400, 'invalid_date'],
      [`policy=${IND}&start=2025-09-26&asOf=yesterday`, 400, 'invalid_date'],
      [`policy=${IND}&start=2025-09-26&stop=2025-13-01..`, 400, 'invalid_date'],
      [`policy=cn.nmpa.drug.indd&start=2025-09-26`, 404, 'unknown_policy'],
      [`policy=${IND}&start=2025-09-26&stop=2025-10-01`, 400, 'invalid_argument'],
      [`policy=${IND}&start=2025-09-26&stop=2025-10-01..2025-10-09:typo`, 400, 'unknown_stop_reason'],
      [`policy=${IND}&start=2025-09-26&stop=2025-09-01..2025-09-10`, 400, 'inconsistent_input'],
      [`policy=${IND}&start=2025-09-26&asof=2025-10-01`, 400, 'invalid_argument'],
      [`policy=${IND}&start=2025-09-26&start=2025-09-27`, 400, 'invalid_argument'],
      [`policy=${IND}`, 400, 'invalid_argument'],
      [`start=2025-09-26`, 400, 'invalid_argument'],
      [`policy=${IND}&start=2025-09-26&lang=fr`, 400, 'invalid_argument'],
      [`policy=${IND}&start=2025-09-26&calendar=XX`, 400, 'invalid_argument'],
      [`policy=${IND}&start=2025-09-26&extension=-1`, 400, 'invalid_argument'],
      [`policy=cn.nmpa.drug.ind.innovative-30&start=2024-01-15`, 400, 'policy_not_in_force'],
    ];
    for (const [query, status, code] of cases) {
      const answer = await call(`${base}/v1/due?${query}`);
      expectTypedError(answer, query);
      expect([answer.status, answer.json.error.code], query).toEqual([status, code]);
    }
    const unknown = await call(`${base}/v1/due?policy=${IND}&start=2025-09-26&asof=2025-10-01`);
    expect(unknown.json.error.message).toContain('"asof"');
    expect(unknown.json.error.issues[0].code).toBe('unrecognized_keys');
  });

  it('reads today as the date in China at each request, and does not let the answer be stored', async () => {
    const answer = await call(`${base}/v1/due?policy=${IND}&start=2025-09-26&asOf=today&project=true`);
    expect(answer.status).toBe(200);
    expect(answer.json.asOf).toBe(chinaDateOf(Date.now()));
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('etag')).toBeNull();
  });
});

describe('the working-day routes', () => {
  it('GET /v1/add and /v1/count agree with the day-by-day reference', async () => {
    const cases: Array<[string, number]> = [['2025-09-30', 1], ['2025-09-30', -1], ['2025-02-03', 0], ['2024-12-31', 250], ['2026-01-05', -300]];
    for (const [date, days] of cases) {
      const answer = await call(`${base}/v1/add?date=${date}&days=${days}`);
      expect(answer.json, `${date} ${days}`).toEqual({ date: referenceAdd(date, days) });
    }
    expect((await call(`${base}/v1/add?date=2025-09-30&days=%2B1`)).json).toEqual({ date: referenceAdd('2025-09-30', 1) });
    for (const [from, to] of [['2025-09-30', '2025-10-31'], ['2025-10-31', '2025-09-30'], ['2004-01-01', '2026-12-31']] as const) {
      expect((await call(`${base}/v1/count?from=${from}&to=${to}`)).json).toEqual({ count: referenceCount(from, to) });
    }
  });

  it('gives provisional answers as `add --json --project` and `count --json --project`', async () => {
    const [add, cliAdd, count, cliCount] = await Promise.all([
      call(`${base}/v1/add?date=2026-12-20&days=30&project=true`),
      cliJson(['add', '2026-12-20', '30', '--project', '--json']),
      call(`${base}/v1/count?from=2026-12-20&to=2027-03-01&project=true`),
      cliJson(['count', '2026-12-20', '2027-03-01', '--project', '--json']),
    ]);
    expect(add.json).toEqual(cliAdd);
    expect(count.json).toEqual(cliCount);
    expect(add.json.provisional).toBe(true);
    expectTypedError(await call(`${base}/v1/add?date=2026-12-20&days=30`), 'add past coverage');
  });

  it('GET /v1/day/{date} is `day --json`; /v1/days lists every day, capped', async () => {
    for (const [date, args] of [['2025-10-11', []], ['2025-12-25', ['--calendar', 'HK']]] as const) {
      const query = args.length ? '?calendar=HK' : '';
      expect((await call(`${base}/v1/day/${date}${query}`)).json).toEqual(await cliJson(['day', date, ...args, '--json']));
    }
    const days = await call(`${base}/v1/days?from=2025-09-25&to=2025-10-15`);
    expect(days.json.days.map((day: { date: string }) => day.date)).toEqual(Array.from({ length: 21 }, (_, i) => shiftDays('2025-09-25', i)));
    for (const day of days.json.days) expect(day.working, day.date).toBe(referenceIsWorkingDay(day.date));
    const most = await call(`${base}/v1/days?from=2016-01-01&to=2026-01-07`);
    expect(most.json.days).toHaveLength(3660);
    const tooMany = await call(`${base}/v1/days?from=2015-01-01&to=2025-01-10`);
    expectTypedError(tooMany, 'days cap');
    expect(tooMany.json.error.message).toContain('at most 3,660 days');
    expectTypedError(await call(`${base}/v1/days?from=2025-10-15&to=2025-10-01`), 'from after to');
    const bad = await call(`${base}/v1/day/2025-02-30`);
    expectTypedError(bad, 'bad day');
    expect(bad.json.error.code).toBe('invalid_date');
  });
});

describe('policies, timelines, calendars', () => {
  it('GET /v1/policies and /v1/policies/{id} are `policies --json` and `policy --json`', async () => {
    expect((await call(`${base}/v1/policies`)).json).toEqual(await cliJson(['policies', '--json']));
    expect((await call(`${base}/v1/policies?q=nda%20priority&product=drug`)).json).toEqual(await cliJson(['policies', 'nda', 'priority', '--product', 'drug', '--json']));
    expect((await call(`${base}/v1/policies?allVersions=true&jurisdiction=CN`)).json).toEqual(await cliJson(['policies', '--all-versions', '--jurisdiction', 'CN', '--json']));
    expect((await call(`${base}/v1/policies/${IND}`)).json).toEqual(getPolicy(IND));
    expect((await call(`${base}/v1/policies/cn.nmpa.drug.nda?on=2022-11-01`)).json).toEqual(await cliJson(['policy', 'cn.nmpa.drug.nda', '--on', '2022-11-01', '--json']));
    const unknown = await call(`${base}/v1/policies/cn.nmpa.drug.indd`);
    expectTypedError(unknown, 'unknown policy');
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'unknown_policy']);
    expect(unknown.json.error.message).toContain('"cn.nmpa.drug.ind"');
  });

  it('GET /v1/timeline is `timeline --json`', async () => {
    const procedure = 'cn.nmpa.drug.ind.application';
    expect((await call(`${base}/v1/timeline?procedure=${procedure}&start=2025-09-26`)).json).toEqual(await cliJson(['timeline', procedure, '2025-09-26', '--json']));
    expect((await call(`${base}/v1/timeline?procedure=${procedure}&start=2025-09-26&progress=cn.nmpa.drug.acceptance=2025-09-30&asOf=2025-11-03`)).json).toEqual(
      await cliJson(['timeline', procedure, '2025-09-26', '--progress', 'cn.nmpa.drug.acceptance=2025-09-30', '--as-of', '2025-11-03', '--json']),
    );
    const unknown = await call(`${base}/v1/timeline?procedure=nope&start=2025-09-26`);
    expectTypedError(unknown, 'unknown procedure');
    expect(unknown.json.error.message).toContain(procedure);
    expectTypedError(await call(`${base}/v1/timeline?procedure=${procedure}&start=2025-09-26&progress=x.y=2025-09-30`), 'bad stage');
  });

  it('GET /v1/calendar/{year}.ics is `ics YEAR`', async () => {
    const [answer, cli, hk] = await Promise.all([call(`${base}/v1/calendar/2025.ics`), runCli(['ics', '2025']), runCli(['ics', '2025', '--calendar', 'HK'])]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.text).toBe(cli.stdout);
    expect((await call(`${base}/v1/calendar/2025.ics?calendar=HK`)).text).toBe(hk.stdout);
    expectTypedError(await call(`${base}/v1/calendar/1999.ics`), 'year before coverage');
    const bad = await call(`${base}/v1/calendar/20x5.ics`);
    expectTypedError(bad, 'bad year');
    expect(bad.json.error.code).toBe('invalid_argument');
    expect((await call(`${base}/v1/calendar/2025`)).status).toBe(404);
  });

  it('GET /healthz says ok with the years covered', async () => {
    const answer = await call(`${base}/healthz`);
    expect(answer.json).toMatchObject({ status: 'ok', calendars: { CN: { from: '2004-01-01', to: '2026-12-31' } } });
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});

describe('POST /v1/batch', () => {
  const input = [
    JSON.stringify({ id: 'A-1', policy: IND, start: '2025-09-26', stops: [{ from: '2025-10-20', to: '2025-11-03' }] }),
    '',
    JSON.stringify({ id: 2, policy: 'hk.dh.drug.nce-1plus', start: '2026-03-02', asOf: '2026-04-01', team: 'x' }),
    JSON.stringify({ policy: IND, start: '2026-11-20' }),
    JSON.stringify({ policy: IND, start: '2025-02-30' }),
    'not json',
    JSON.stringify({ policy: 'cn.nmpa.device.ide', startEvents: { acceptance: '2026-03-02', 'fee-payment': '2026-03-10' } }),
    `\uFEFF${JSON.stringify({ policy: IND, start: '2025-09-26' })}`,
  ].join('\n');

  it('answers row for row what `reviewclock batch` writes for the same input', async () => {
    const [answer, cli] = await Promise.all([
      call(`${base}/v1/batch`, { method: 'POST', body: input, headers: { 'content-type': 'application/x-ndjson' } }),
      runCli(['batch'], { input }),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(answer.text).toBe(cli.stdout);
    expect(answer.text.split('\n').filter(Boolean)).toHaveLength(7);
    const withAsOf = await call(`${base}/v1/batch?asOf=2025-11-20&stopDay=counted&calendar=CN`, { method: 'POST', body: input });
    expect(withAsOf.text).toBe((await runCli(['batch', '--as-of', '2025-11-20', '--stop-day', 'counted', '--calendar', 'CN'], { input })).stdout);
    expect((await call(`${base}/v1/batch`, { method: 'POST', body: '' })).text).toBe('');
  });

  it('refuses bad settings before the answer starts', async () => {
    const answer = await call(`${base}/v1/batch?asOf=2025-13-01`, { method: 'POST', body: input });
    expectTypedError(answer, 'batch asOf');
    expect(answer.json.error.code).toBe('invalid_date');
    expectTypedError(await call(`${base}/v1/batch?format=csv`, { method: 'POST', body: input }), 'batch format');
  });
});

describe('errors, caching, CORS, log', () => {
  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const missing = await call(`${base}/v2/due`);
    expectTypedError(missing, 'unknown path');
    expect([missing.status, missing.json.error.code]).toEqual([404, 'not_found']);
    for (const [method, path, allow] of [['POST', '/v1/due', 'GET, HEAD'], ['PUT', '/v1/day/2025-10-01', 'GET, HEAD'], ['GET', '/v1/batch', 'POST'], ['DELETE', '/v1/calendar/2025.ics', 'GET, HEAD'], ['OPTIONS', '/healthz', 'GET, HEAD']] as const) {
      const answer = await call(`${base}${path}`, { method });
      expectTypedError(answer, `${method} ${path}`);
      expect([answer.status, answer.json.error.code, answer.headers.get('allow')]).toEqual([405, 'method_not_allowed', allow]);
    }
    const head = await fetch(`${base}/v1/add?date=2025-09-30&days=1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('sends ETag and Cache-Control on answers that cannot change, and 304 when the ETag matches', async () => {
    const url = `${base}/v1/due?policy=${IND}&start=2025-09-26`;
    const first = await call(url);
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const again = await call(url, { headers: { 'if-none-match': etag } });
    expect([again.status, again.text, again.headers.get('etag')]).toEqual([304, '', etag]);
    expect((await call(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    expect((await call(`${base}/v1/due?policy=${IND}&start=2025-09-29`)).headers.get('etag')).not.toBe(etag);
    expect((await call(`${base}/v1/due?policy=${IND}&start=2025-13-01`)).headers.get('cache-control')).toBe('no-store');
    expect((await call(`${base}/openapi.json`)).headers.get('etag')).toMatch(/^"/);
  });

  it('refuses a URL that is too long (414) and a body declared too large (413)', async () => {
    const long = await call(`${base}/v1/policies?q=${'a'.repeat(9000)}`);
    expectTypedError(long, 'long url');
    expect([long.status, long.json.error.code]).toEqual([414, 'uri_too_long']);
    const small = await testServer({ limits: { bodyBytes: 1000 } });
    try {
      const big = await call(`${small.url}/v1/batch`, { method: 'POST', body: 'x'.repeat(2000) });
      expectTypedError(big, 'big body');
      expect([big.status, big.json.error.code]).toEqual([413, 'payload_too_large']);
    } finally {
      await small.close();
    }
  });

  it('ends a batch that grows past a limit while it is read with an error line, after the rows it answered', async () => {
    const row = `${JSON.stringify({ policy: IND, start: '2025-09-26' })}\n`;
    const small = await testServer({ limits: { bodyBytes: 4096, batchLines: 5, requestMs: 200 } });
    const streamed = (chunks: string[], pause = 0) =>
      new ReadableStream({
        async start(controller) {
          for (const chunk of chunks) {
            controller.enqueue(new TextEncoder().encode(chunk));
            if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
          }
          controller.close();
        },
      });
    const post = (body: ReadableStream) => call(`${small.url}/v1/batch`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    try {
      const lines = (await post(streamed([row.repeat(4), row.repeat(4)]))).text.trim().split('\n');
      expect(lines).toHaveLength(6);
      expect(lines.slice(0, 5).map((line) => JSON.parse(line).line)).toEqual([1, 2, 3, 4, 5]);
      expect(JSON.parse(lines[5]!).error.code).toBe('payload_too_large');
      expect(JSON.parse(lines[5]!).error.message).toContain('5 lines');
      // Five lines, then only blank ones: not too many.
      expect((await post(streamed([row.repeat(5), '\n \n']))).text.trim().split('\n')).toHaveLength(5);
      const bytes = (await post(streamed([row.repeat(3), 'x'.repeat(5000)]))).text.trim().split('\n');
      expect(JSON.parse(bytes.at(-1)!).error.code).toBe('payload_too_large');
      const slow = (await post(streamed([row, row, row], 300))).text.trim().split('\n');
      expect(JSON.parse(slow.at(-1)!).error.code).toBe('timeout');
      expect(JSON.parse(slow[0]!).line).toBe(1);
    } finally {
      await small.close();
    }
  });

  it('sends CORS headers only with --cors', async () => {
    const plain = await call(`${base}/healthz`, { headers: { origin: 'https://intranet.example.com' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const open = await testServer({ cors: 'https://intranet.example.com' });
    try {
      const answer = await call(`${open.url}/v1/add?date=2025-09-30&days=1`, { headers: { origin: 'https://intranet.example.com' } });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://intranet.example.com');
      expect(answer.headers.get('access-control-expose-headers')).toBe('ETag');
      const preflight = await fetch(`${open.url}/v1/batch`, {
        method: 'OPTIONS',
        headers: { origin: 'https://intranet.example.com', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const batch = await fetch(`${open.url}/v1/batch`, { method: 'POST', body: '', headers: { origin: 'https://intranet.example.com' } });
      expect(batch.headers.get('access-control-allow-origin')).toBe('https://intranet.example.com');
    } finally {
      await open.close();
    }
  });

  it('logs one line per request, as text or JSON', async () => {
    const before = server.log.length;
    await call(`${base}/v1/add?date=2025-09-30&days=1`);
    await call(`${base}/nothing`);
    const lines = server.log.slice(before);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z GET \/v1\/add\?date=2025-09-30&days=1 200 [\d.]+ms\n$/);
    expect(lines[1]).toMatch(/ GET \/nothing 404 /);
    const json = await testServer({ log: 'json' });
    try {
      await call(`${json.url}/v1/day/2025-10-01`);
      expect(JSON.parse(json.log[0]!)).toMatchObject({ method: 'GET', path: '/v1/day/2025-10-01', status: 200 });
    } finally {
      await json.close();
    }
  });

  it('uses the --schedule files and --policies of the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-serve-'));
    const rules = join(dir, 'team.json');
    writeFileSync(rules, JSON.stringify([fastInd]));
    const schedule = 'test/cli/fixtures/cn-2027-hypothetical.json';
    const own = await testServer({ schedule: [schedule], policies: [rules] });
    try {
      const answer = await call(`${own.url}/v1/add?date=2026-12-20&days=30`);
      expect(answer.json).toEqual(await cliJson(['add', '2026-12-20', '30', '--schedule', schedule, '--json']));
      expect((await call(`${own.url}/healthz`)).json.calendars.CN.to).toBe('2027-12-31');
      const due = await call(`${own.url}/v1/due?policy=team.ind-fast&start=2026-11-20`);
      const { explanation: _, ...result } = due.json;
      expect(result).toEqual(await cliJson(['due', 'team.ind-fast', '2026-11-20', '--policies', rules, '--schedule', schedule, '--json']));
      expect(result.provisional).toBe(false);
      const row = `${JSON.stringify({ policy: 'team.ind-fast', start: '2026-11-20' })}\n`;
      expect((await call(`${own.url}/v1/batch`, { method: 'POST', body: row })).text).toBe(
        (await runCli(['batch', '--policies', rules, '--schedule', schedule], { input: row })).stdout,
      );
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
