import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { Client, createTestContext, type TestContext } from '../../../test/test-app.ts';
import { AppError } from '../errors/app-error.ts';
import type { RequestContext } from '../auth/principal.ts';
import { idempotentRequestOf, purgeExpiredIdempotencyKeys, requestHashOf, sendIdempotent, withIdempotency } from './idempotency.ts';

let ctx: TestContext;
let alice: Client;
let bob: Client;

/** A test-only route whose side effect is one row in test_things; `x-test-fail` makes the use-case fail after it. */
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.sql('CREATE TABLE test_things (id serial PRIMARY KEY, name text NOT NULL)');
  ctx.app.post('/api/__test/things', { schema: { hide: true } }, async (request, reply) => {
    const body = request.body as { name: string };
    const result = await withIdempotency(ctx, request.ctx, idempotentRequestOf(request), async (tx) => {
      const { rows: [row] } = await sql<{ id: number }>`INSERT INTO test_things (name) VALUES (${body.name}) RETURNING id`.execute(tx);
      // Long enough for concurrent duplicates to arrive while this transaction is open.
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (request.headers['x-test-fail']) throw new AppError('FORBIDDEN');
      return { status: 201, body: { id: row!.id, name: body.name } };
    });
    return sendIdempotent(reply, result);
  });
  alice = new Client(ctx.app);
  expect((await alice.loginApplicant('13904760001')).statusCode).toBe(200);
  bob = new Client(ctx.app);
  expect((await bob.loginApplicant('13904760002')).statusCode).toBe(200);
});
afterAll(async () => { await ctx.close(); });

const things = async (name: string) => Number((await ctx.sql('SELECT count(*) FROM test_things WHERE name = $1', [name])).rows[0].count);
const post = (client: Client, body: unknown, key: string | undefined, headers: Record<string, string> = {}) =>
  client.post('/api/__test/things', body, key === undefined ? headers : { ...headers, 'idempotency-key': key });

describe('withIdempotency', () => {
  it('answers a retry with the first response and changes nothing twice', async () => {
    const first = await post(alice, { name: 'retry' }, 'retry-key-0001');
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(alice, { name: 'retry' }, 'retry-key-0001');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await things('retry')).toBe(1);
    const { rows } = await ctx.sql(`SELECT status, response_status, route, request_hash, extract(epoch FROM expires_at - created_at)::int AS ttl FROM idempotency_keys WHERE key = 'retry-key-0001'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'completed', response_status: 201, route: '/api/__test/things' });
    expect(rows[0].ttl).toBe(24 * 3600);
    expect(rows[0].request_hash).toBe(requestHashOf('POST', '/api/__test/things', { params: {}, body: { name: 'retry' } }));
  });

  it('hashes the canonical body: the same fields in another order are the same request', async () => {
    const first = await post(alice, { name: 'order', extra: 1 }, 'order-key-0001');
    const again = await post(alice, { extra: 1, name: 'order' }, 'order-key-0001');
    expect([first.statusCode, again.statusCode, again.headers['idempotent-replayed']]).toEqual([201, 201, 'true']);
    expect(await things('order')).toBe(1);
  });

  it('lets exactly one of ten concurrent identical requests change state; the others replay its answer', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(alice, { name: 'burst' }, 'burst-key-0001')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await things('burst')).toBe(1);
  });

  it('refuses the same key with a different body (422) and changes nothing', async () => {
    expect((await post(alice, { name: 'first-body' }, 'reuse-key-0001')).statusCode).toBe(201);
    const other = await post(alice, { name: 'second-body' }, 'reuse-key-0001');
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await things('second-body')).toBe(0);
  });

  it('keeps each principal\'s keys apart', async () => {
    const a = await post(alice, { name: 'shared' }, 'shared-key-0001');
    const b = await post(bob, { name: 'shared' }, 'shared-key-0001');
    expect([a.statusCode, b.statusCode, b.headers['idempotent-replayed']]).toEqual([201, 201, undefined]);
    expect(b.json().id).not.toBe(a.json().id);
    expect(await things('shared')).toBe(2);
    // and a different body from the other principal is no reuse either
    expect((await post(bob, { name: 'bob-only' }, 'reuse-key-0001')).statusCode).toBe(201);
  });

  it('answers a missing or malformed header with a coded 400 and changes nothing', async () => {
    const missing = await post(alice, { name: 'bad-header' }, undefined);
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    for (const key of ['short', 'has spaces in it', 'x'.repeat(101), 'ümlaut-key-01', 'semi;colon-key']) {
      const res = await post(alice, { name: 'bad-header' }, key);
      expect([res.statusCode, res.json().error.code], key).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    }
    expect(await things('bad-header')).toBe(0);
    const anonymous = await post(new Client(ctx.app), { name: 'bad-header' }, 'anonymous-key-01');
    expect(anonymous.json().error.code).toBe('AUTH_REQUIRED');
  });

  it('stores nothing when the use-case fails, so the retry runs afresh', async () => {
    const failed = await post(alice, { name: 'fails-once' }, 'fail-key-00001', { 'x-test-fail': '1' });
    expect([failed.statusCode, failed.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await things('fails-once')).toBe(0);
    expect((await ctx.sql(`SELECT 1 FROM idempotency_keys WHERE key = 'fail-key-00001'`)).rowCount).toBe(0);
    const retry = await post(alice, { name: 'fails-once' }, 'fail-key-00001');
    expect([retry.statusCode, retry.headers['idempotent-replayed']]).toEqual([201, undefined]);
    expect(await things('fails-once')).toBe(1);
  });

  it('treats an expired key as new, and the purge deletes expired keys only', async () => {
    expect((await post(alice, { name: 'expiring' }, 'expire-key-0001')).statusCode).toBe(201);
    await ctx.sql(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'expire-key-0001'`);
    const after = await post(alice, { name: 'expiring' }, 'expire-key-0001');
    expect([after.statusCode, after.headers['idempotent-replayed']]).toEqual([201, undefined]);
    expect(await things('expiring')).toBe(2);

    await ctx.sql(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key IN ('expire-key-0001', 'retry-key-0001')`);
    const before = Number((await ctx.sql('SELECT count(*) FROM idempotency_keys')).rows[0].count);
    expect(await purgeExpiredIdempotencyKeys(ctx.db)).toBe(2);
    expect(Number((await ctx.sql('SELECT count(*) FROM idempotency_keys')).rows[0].count)).toBe(before - 2);
    expect((await ctx.sql(`SELECT 1 FROM idempotency_keys WHERE key = 'burst-key-0001'`)).rowCount).toBe(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_PROGRESS when the first request\'s transaction does not end in time', async () => {
    const applicant = await ctx.db.selectFrom('applicants').select('id').where('kind', '=', 'person').executeTakeFirstOrThrow();
    const requestContext: RequestContext = { principal: { kind: 'applicant', id: applicant.id, sessionId: 'x', applicantKind: 'person', name: 'x' }, sessionProblem: null, csrfToken: null, requestId: 'test', clientIp: null };
    const hung = new pg.Client({ connectionString: ctx.config.databaseUrl! });
    await hung.connect();
    try {
      await hung.query('BEGIN');
      await hung.query(`INSERT INTO idempotency_keys (principal_kind, principal_id, key, route, request_hash, status, expires_at) VALUES ('applicant', $1, 'hung-key-0001', 'POST /x', $2, 'in_progress', now() + interval '1 day')`, [applicant.id, '0'.repeat(64)]);
      let ran = false;
      const started = Date.now();
      const attempt = withIdempotency(ctx, requestContext, { key: 'hung-key-0001', method: 'POST', route: 'POST /x', body: {} }, () => { ran = true; return Promise.resolve({ status: 200, body: {} }); }, { lockTimeoutMs: 200 });
      await expect(attempt).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(ran).toBe(false);
    } finally {
      await hung.query('ROLLBACK');
      await hung.end();
    }
    // The timeout applied to the claim only: the connection's setting is back to the default.
    expect((await sql<{ t: string }>`SELECT current_setting('lock_timeout') AS t`.execute(ctx.db)).rows[0]!.t).toBe('0');
  });
});
