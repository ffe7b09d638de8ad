import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dueDate, explain, listPolicies } from '../../src/index.js';
import { testServer } from './support.js';

// A bounded load run: 4,000 requests, 64 in flight at a time, over keep-alive connections; every answer is checked
// against the library (its own tests check it against the day-by-day reference).
const TOTAL = 4_000;
const CONCURRENCY = 64;

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer({ log: 'off' });
});
afterAll(() => server.close());

/** A small deterministic generator (the run is the same every time). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2016, 0, 1);
const SPAN = (Date.UTC(2026, 5, 30) - FIRST) / DAY;
const policies = listPolicies({ calendar: 'CN' }).filter((p) => p.limit.unit === 'working-days' && p.limit.direction === 'after' && p.effective.from <= '2016-01-01' && p.effective.to === null).map((p) => p.id);

interface Job {
  readonly path: string;
  readonly expected: () => unknown;
  readonly pick?: (answer: any) => unknown;
}

function jobs(): Job[] {
  const random = lcg(20_261_203);
  const date = () => new Date(FIRST + Math.floor(random() * SPAN) * DAY).toISOString().slice(0, 10);
  return Array.from({ length: TOTAL }, (_, i): Job => {
    const kind = i % 3;
    if (kind === 0) {
      const from = date();
      const days = Math.floor(random() * 241) - 120;
      return { path: `/v1/add?date=${from}&days=${days}`, expected: () => ({ date: addWorkingDays(from, days) }) };
    }
    if (kind === 1) {
      const [from, to] = [date(), date()];
      return { path: `/v1/count?from=${from}&to=${to}`, expected: () => ({ count: countWorkingDays(from, to) }) };
    }
    const policy = policies[Math.floor(random() * policies.length)]!;
    const start = date();
    return {
      path: `/v1/due?policy=${policy}&start=${start}&asOf=2026-06-30`,
      expected: () => {
        const result = dueDate({ policy, start, asOf: '2026-06-30' });
        return { due: result.due, status: result.status, elapsedDays: result.elapsedDays, explanation: explain(result) };
      },
      pick: (answer) => ({ due: answer.due, status: answer.status, elapsedDays: answer.elapsedDays, explanation: answer.explanation }),
    };
  });
}

describe('the service under load', () => {
  it(`answers ${TOTAL.toLocaleString('en')} requests, ${CONCURRENCY} at a time, every one right`, async () => {
    expect(policies.length).toBeGreaterThanOrEqual(3);
    const queue = jobs();
    let next = 0;
    const failures: string[] = [];
    let answered = 0;
    const worker = async () => {
      while (next < queue.length) {
        const job = queue[next++]!;
        const response = await fetch(`${server.url}${job.path}`);
        const body = await response.json();
        answered++;
        if (response.status !== 200) {
          failures.push(`${job.path}: ${response.status} ${JSON.stringify(body)}`);
          continue;
        }
        const got = job.pick ? job.pick(body) : body;
        try {
          expect(got).toEqual(job.expected());
        } catch {
          failures.push(`${job.path}: ${JSON.stringify(got).slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(answered).toBe(TOTAL);
  }, 60_000);
});
