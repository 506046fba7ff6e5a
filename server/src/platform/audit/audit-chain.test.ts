import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import pg from 'pg';
import { connectionStringOf } from '../db/database.ts';
import { AUDIT_CHAIN_LOCK, recordAudit, SYSTEM_CONTEXT } from './audit-log.ts';
import { linkPendingAuditEvents, pendingAuditEventCount, startAuditLinker } from './audit-linker.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await staffClient(ctx, 'admin');
  for (let i = 1; i <= 5; i += 1) await admin.post('/api/regions', { code: `15040200400${i}`, name: `社区${i}` });
});
afterAll(async () => { await ctx.close(); });

/** Runs `work` while another session holds the chain's lock, as a transaction busy linking would. */
async function whileChainLocked(work: () => Promise<void>): Promise<void> {
  const blocker = new pg.Client({ connectionString: connectionStringOf(ctx.db)! });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    await work();
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
}

async function ids(): Promise<string[]> {
  return (await ctx.db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => r.id);
}

describe('audit chain', () => {
  it('is intact after normal work, with one event per change', async () => {
    const result = await verifyAuditChain(ctx.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBe((await ids()).length);
    expect(result.checked).toBeGreaterThanOrEqual(7);
  });

  it('links 40 concurrent writers in one chain, linked in the database at COMMIT (SM3 in pgcrypto) and, without it, by the server', async () => {
    const write = (n: number) => ctx.db.transaction().execute((tx) => recordAudit(tx, SYSTEM_CONTEXT, { action: 'test.concurrent', subjectType: 'test', subjectId: String(n), summary: { n, text: '中文摘要' } }));
    await Promise.all(Array.from({ length: 20 }, (_, n) => write(n)));
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
    // Linked at COMMIT by whichever writer held the chain's lock; what a writer left pending while another linked is
    // linked by the next one, here the linker's call (migration 0016).
    await linkPendingAuditEvents(ctx.db);
    expect(await pendingAuditEventCount(ctx.db)).toBe(0);
    // The variant migration 0013 creates where the database has no SM3: it takes the lock and answers the last hash.
    const signature = (await ctx.sql(`SELECT pg_get_function_identity_arguments('audit_append'::regproc) AS args`)).rows[0].args as string;
    const original = (await ctx.sql(`SELECT pg_get_functiondef('audit_append'::regproc) AS def`)).rows[0].def as string;
    await ctx.sql(`CREATE OR REPLACE FUNCTION audit_append(${signature}) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      BEGIN PERFORM pg_advisory_xact_lock(7406531001); RETURN coalesce((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), repeat('0', 64)); END $$`);
    try {
      await Promise.all(Array.from({ length: 20 }, (_, n) => write(100 + n)));
    } finally {
      await ctx.sql(original);
    }
    const result = await verifyAuditChain(ctx.db);
    expect(result).toMatchObject({ ok: true });
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.concurrent'`)).rows[0].n).toBe(40);
  });

  it('does not make a commit wait while another links: its event waits in audit_pending and the next holder links it first', async () => {
    const write = (n: number) => ctx.db.transaction().execute((tx) => recordAudit(tx, SYSTEM_CONTEXT, { action: 'test.pending', subjectType: 'test', subjectId: String(n), summary: { n } }));
    await whileChainLocked(async () => {
      const started = Date.now();
      await write(1);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await pendingAuditEventCount(ctx.db)).toBe(1);
      expect(await linkPendingAuditEvents(ctx.db)).toBe(0); // the lock is taken: nothing linked, nothing waits
      expect((await ctx.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.pending'`)).rows[0].n).toBe(0);
    });
    await write(2);
    expect(await pendingAuditEventCount(ctx.db)).toBe(0);
    const linked = (await ctx.sql(`SELECT subject_id FROM audit_events WHERE action = 'test.pending' ORDER BY id`)).rows.map((row) => row.subject_id as string);
    expect(linked).toEqual(['1', '2']);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });

  it('links the last events of a burst with nobody writing after them (the linker every interval)', async () => {
    await whileChainLocked(async () => {
      await Promise.all([3, 4, 5].map((n) => ctx.db.transaction().execute((tx) => recordAudit(tx, SYSTEM_CONTEXT, { action: 'test.tail', subjectType: 'test', subjectId: String(n), summary: {} }))));
      expect(await pendingAuditEventCount(ctx.db)).toBe(3);
    });
    const linker = await startAuditLinker(ctx.db, { intervalMs: 20 });
    try {
      const deadline = Date.now() + 5000;
      while ((await pendingAuditEventCount(ctx.db)) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await linker.stop();
    }
    expect(await pendingAuditEventCount(ctx.db)).toBe(0);
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.tail'`)).rows[0].n).toBe(3);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(ctx.sql("UPDATE audit_events SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(ctx.sql('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(ctx.sql('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('writes no event when the change fails (same transaction)', async () => {
    const before = (await ids()).length;
    const admin = await staffClient(ctx, 'admin');
    expect((await admin.delete('/api/regions/150402')).statusCode).toBe(409);
    // login itself adds one event; the refused delete adds none
    expect((await ids()).length).toBe(before + 1);
  });

  it('detects an altered row and names it', async () => {
    const all = await ids();
    const target = all[3]!;
    await ctx.sql('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await ctx.sql(`UPDATE audit_events SET summary = '{"after":{"name":"forged"}}' WHERE id = $1`, [target]);
    await ctx.sql('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    const result = await verifyAuditChain(ctx.db);
    expect(result).toMatchObject({ ok: false, brokenAtId: target, reason: 'altered' });
  });

  it('detects a deleted row at the next link', async () => {
    // fresh database so the previous test's alteration does not mask this one
    const fresh = await createTestContext();
    try {
      const admin = await staffClient(fresh, 'admin');
      await admin.post('/api/regions', { code: '150402004009', name: '社区9' });
      const all = (await fresh.db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => r.id);
      const removed = all[1]!;
      await fresh.sql('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
      await fresh.sql('DELETE FROM audit_events WHERE id = $1', [removed]);
      await fresh.sql('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
      const result = await verifyAuditChain(fresh.db);
      expect(result).toMatchObject({ ok: false, brokenAtId: all[2], reason: 'link_broken' });
    } finally {
      await fresh.close();
    }
  });
});
