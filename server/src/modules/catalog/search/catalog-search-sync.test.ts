import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, staffClient, type Client, type TestContext } from '../../../../test/test-app.ts';
import { seedDemoCatalog } from '../../../seed/seed-catalog.ts';
import { refreshSearchIndex, searchIndexOf } from './catalog-search-sync.ts';

let ctx: TestContext;
let center: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.db);
  center = await staffClient(ctx, 'center');
});
afterAll(async () => { await ctx.close(); });

async function search(q: string) {
  const res = await ctx.app.inject(`/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=50`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { code: string; name: string }[]; total: number }>();
}

describe('the in-memory search index follows the database', () => {
  it('holds every published implementation with a search vector', async () => {
    const published = await ctx.db.selectFrom('implementations').select('id').where('publication_status', '=', 'published').where('search_vector', 'is not', null).execute();
    expect((await searchIndexOf(ctx.db)).index.size).toBe(published.length);
    expect((await ctx.app.inject('/api/public/catalog/items?pageSize=1')).json().total).toBe(published.length);
  });

  it('this process sees its own suspension and resumption at once', async () => {
    const hit = (await search('护照')).items[0]!;
    const impl = await ctx.db.selectFrom('implementations').select('id').where('code', '=', hit.code).executeTakeFirstOrThrow();
    expect((await center.post(`/api/catalog/implementations/${impl.id}/suspend`, { reason: '系统升级暂停受理' })).statusCode).toBe(200);
    expect((await search('护照')).items.map((i) => i.code)).not.toContain(hit.code);
    expect((await center.post(`/api/catalog/implementations/${impl.id}/resume`, { reason: '升级完成' })).statusCode).toBe(200);
    expect((await search('护照')).items[0]!.code).toBe(hit.code);
  });

  it('sees a change made by another server process after its sync interval', async () => {
    const hit = (await search('护照')).items[0]!;
    // Another process renames the item (its own trigger stamps the row); this process has not been told.
    await ctx.sql(`UPDATE implementations SET name = '普通护照签发（测试改名）', search_vector = search_vector || '''测试'':90A ''改名'':91A'::tsvector WHERE code = $1`, [hit.code]);
    const state = await searchIndexOf(ctx.db);
    state.syncedAtMs -= 10_000; // the sync interval has passed: the next search starts a sync in the background
    await vi.waitFor(async () => expect((await search('测试改名')).items.map((i) => i.name)).toEqual(['普通护照签发（测试改名）']), { timeout: 5_000, interval: 50 });
    // … and a withdrawal by another process removes it.
    await ctx.sql(`UPDATE implementations SET publication_status = 'suspended', status_reason = 'x' WHERE code = $1`, [hit.code]);
    (await searchIndexOf(ctx.db)).syncedAtMs -= 10_000;
    await vi.waitFor(async () => expect((await search('测试改名')).items.map((i) => i.code)).not.toContain(hit.code), { timeout: 5_000, interval: 50 });
  });

  it('a change committed late, stamped before the previous look, is still picked up (overlap window)', async () => {
    const target = (await search('结婚登记')).items[0]!;
    // Stamped 30 s ago, as by a transaction that committed only now.
    await ctx.sql(`UPDATE implementations SET name = '结婚登记（迟到的修改）', search_vector = search_vector || '''迟到'':90A ''修改'':91A'::tsvector WHERE code = $1`, [target.code]);
    await ctx.sql(`ALTER TABLE implementations DISABLE TRIGGER implementations_touch_search`);
    await ctx.sql(`UPDATE implementations SET search_updated_at = clock_timestamp() - interval '30 seconds' WHERE code = $1`, [target.code]);
    await ctx.sql(`ALTER TABLE implementations ENABLE TRIGGER implementations_touch_search`);
    await refreshSearchIndex(ctx.db);
    expect((await search('迟到的修改')).items.map((i) => i.code)).toEqual([target.code]);
  });
});
