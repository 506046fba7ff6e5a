import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ seed: false });
  // A route that fails like a real server fault would, to check that nothing leaks.
  ctx.app.get('/api/__boom', { schema: { hide: true } }, () => { throw new Error('secret connection string postgres://u:p@h/db'); });
});
afterAll(async () => { await ctx.close(); });

describe('HTTP contract', () => {
  it('answers health and readiness', async () => {
    expect((await ctx.app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject('/api/ready')).json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  it('publishes an OpenAPI document in which every API route has a schema and a summary', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses?: object }>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(35);
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.responses, `${method} ${path}`).toBeTruthy();
    }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/staff/login', '/api/departments/{id}', '/api/halls/{hallId}/windows', '/api/audit-events']));
    expect((await ctx.app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('answers unknown API routes with a coded 404', async () => {
    const res = await ctx.app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('hides real faults behind a generic 500 that carries the request id', async () => {
    const res = await ctx.app.inject({ url: '/api/__boom', headers: { 'x-request-id': 'req-abc-12345' } });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toMatchObject({ code: 'INTERNAL_ERROR', requestId: 'req-abc-12345' });
    expect(res.body).not.toContain('postgres://');
    expect(res.headers['x-request-id']).toBe('req-abc-12345');
  });

  it('rejects an over-long body with 413 and a bad uuid with 400', async () => {
    const big = await ctx.app.inject({ method: 'POST', url: '/api/applicants/register', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ kind: 'person', name: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(big.statusCode).toBe(413);
    expect((await ctx.app.inject('/api/departments/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('client mistakes are 4xx', () => {
  it('answers a non-JSON body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/staff/login', headers: { 'content-type': 'text/xml' }, payload: '<login/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
