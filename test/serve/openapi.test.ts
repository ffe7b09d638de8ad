import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemas from '../../src/cli/serve/schemas.js';
import { call, testServer } from './support.js';

// The OpenAPI document is generated from the routes' zod schemas; these tests read it as a client would and check it
// against the routes the issue lists and the schemas the routes validate with.
let server: Awaited<ReturnType<typeof testServer>>;
let doc: any;
beforeAll(async () => {
  server = await testServer();
  doc = (await call(`${server.url}/openapi.json`)).json;
});
afterAll(() => server.close());

/** Each route, with the schemas of its query and path parameters. */
const ROUTES: Array<[string, string, unknown, unknown]> = [
  ['get', '/v1/due', schemas.dueQuery, undefined],
  ['get', '/v1/add', schemas.addQuery, undefined],
  ['get', '/v1/count', schemas.countQuery, undefined],
  ['get', '/v1/day/{date}', schemas.calendarQuery, schemas.dayParams],
  ['get', '/v1/days', schemas.daysQuery, undefined],
  ['get', '/v1/policies', schemas.policiesQuery, undefined],
  ['get', '/v1/policies/{id}', schemas.policyQuery, schemas.policyParams],
  ['get', '/v1/timeline', schemas.timelineQuery, undefined],
  ['post', '/v1/batch', schemas.batchQuery, undefined],
  ['get', '/v1/calendar/{year}.ics', schemas.calendarQuery, schemas.icsParams],
  ['get', '/healthz', undefined, undefined],
  ['get', '/openapi.json', undefined, undefined],
  ['get', '/docs', undefined, undefined],
];

/** The parameters a schema declares: name → required. */
function declared(schema: unknown): Record<string, boolean> {
  const shape = (schema as { shape?: Record<string, { safeParse(value: unknown): { success: boolean } }> } | undefined)?.shape ?? {};
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, !field.safeParse(undefined).success]));
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route, and only those', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'reviewclock' });
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method} ${path}`));
    expect(listed.sort()).toEqual(ROUTES.map(([method, path]) => `${method} ${path}`).sort());
  });

  it.each(ROUTES.map(([method, path, query, params]) => [`${method} ${path}`, method, path, query, params] as const))(
    '%s documents the parameters its schemas validate',
    (_, method, path, query, params) => {
      const parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }> = doc.paths[path][method].parameters ?? [];
      const documented = (where: string) => Object.fromEntries(parameters.filter((p) => p.in === where).map((p) => [p.name, p.required]));
      expect(documented('query')).toEqual(declared(query));
      expect(documented('path')).toEqual(declared(params));
      for (const parameter of parameters) expect(parameter.schema, parameter.name).toBeTypeOf('object');
      // Every path template parameter is documented.
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) expect(documented('path')).toHaveProperty(name!);
    },
  );

  it('documents the error body, and each date parameter as a date or today', () => {
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    const start = doc.paths['/v1/due'].get.parameters.find((p: { name: string }) => p.name === 'start');
    expect(JSON.stringify(start.schema)).toContain('"format":"date"');
    expect(JSON.stringify(start.schema)).toContain('"today"');
  });

  it('/docs lists every route without loading anything from elsewhere', async () => {
    const page = await call(`${server.url}/docs`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [method, path] of ROUTES) expect(page.text).toContain(`${method.toUpperCase()}</span> <code>${path}</code>`);
    expect(page.text).not.toMatch(/<script|src="http|href="http/);
  });
});
