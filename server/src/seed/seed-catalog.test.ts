import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, staffClient, type TestContext } from '../../test/test-app.ts';
import { seedDemoCatalog } from './seed-catalog.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => { await ctx.close(); });

describe('demo catalogue seed', () => {
  it('loads once, publishes every implementation, and every public guide opens', async () => {
    expect(await seedDemoCatalog(ctx.db)).toBe(true);
    expect(await seedDemoCatalog(ctx.db)).toBe(false);
    const list = (await ctx.app.inject('/api/public/catalog/items?pageSize=100')).json();
    expect(list.total).toBeGreaterThanOrEqual(40);
    expect(new Set(list.items.map((i: { departmentName: string }) => i.departmentName)).size).toBeGreaterThanOrEqual(12);
    expect(list.items.filter((i: { caseKind: string }) => i.caseKind === 'immediate').length).toBeGreaterThanOrEqual(5);
    expect(list.items.filter((i: { tripsToSite: number; onlineDepth: number }) => i.tripsToSite === 0 && i.onlineDepth >= 5).length).toBeGreaterThanOrEqual(5);
    for (const item of list.items as { code: string }[]) {
      const guide = await ctx.app.inject(`/api/public/catalog/items/${item.code}`);
      expect(guide.statusCode, item.code).toBe(200);
    }
    const cancelled = (await ctx.app.inject('/api/public/catalog/proofs?status=cancelled')).json().items;
    expect(cancelled.length).toBeGreaterThanOrEqual(4);
  });

  it('passes the guide checker with no errors across all departments', async () => {
    const center = await staffClient(ctx, 'center');
    const report = (await center.get('/api/catalog/check-report')).json();
    expect(report.items.length).toBeGreaterThanOrEqual(40);
    const errors = (report.items as { name: string; findings: { severity: string; rule: string }[] }[])
      .flatMap((i) => i.findings.filter((f) => f.severity === 'error').map((f) => `${i.name}: ${f.rule}`));
    expect(errors).toEqual([]);
  });

  it('lets a district maintainer see only their own department\'s items', async () => {
    const approver = await staffClient(ctx, 'approver.scjg');
    const mine = (await approver.get('/api/catalog/implementations?pageSize=100')).json().items as { departmentName: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((i) => i.departmentName))).toEqual(new Set(['赤峰市市场监督管理局']));
  });
});

describe('demo content through the API', () => {
  it('every demo implementation can be re-saved unchanged through the draft API (schema and rules agree)', async () => {
    const maintainer = await staffClient(ctx, 'items.scjg');
    const mine = (await maintainer.get('/api/catalog/implementations?pageSize=100')).json().items as { id: string }[];
    expect(mine.length).toBeGreaterThan(0);
    for (const { id } of mine) {
      const detail = (await maintainer.get(`/api/catalog/implementations/${id}`)).json();
      const res = await maintainer.request('PUT', `/api/catalog/implementations/${id}/draft`, { revision: detail.draftRevision, content: detail.current });
      expect(res.statusCode, `${detail.name}: ${res.body.slice(0, 300)}`).toBe(200);
    }
  });
});

describe('demo content and the API schema', () => {
  it('every demo implementation satisfies the ImplementationContent schema the API validates with', async () => {
    const { Errors } = await import('typebox/value');
    const { ImplementationContentSchema } = await import('../modules/catalog/catalog.schemas.ts');
    const { DEMO_IMPLEMENTATIONS } = await import('./demo-catalog.ts');
    const problems = DEMO_IMPLEMENTATIONS.flatMap((impl) => Errors(ImplementationContentSchema, impl.content).map((e) => `${impl.content.name} ${e.instancePath}: ${e.message}`));
    expect(problems).toEqual([]);
  });
});

describe('public browse facets', () => {
  it('counts published items per department, theme, audience, level and type', async () => {
    const facets = (await ctx.app.inject('/api/public/catalog/facets')).json();
    const total = (await ctx.app.inject('/api/public/catalog/items?pageSize=1')).json().total as number;
    const sum = (list: { count: number }[]) => list.reduce((s, f) => s + f.count, 0);
    expect(sum(facets.departments)).toBe(total);
    expect(sum(facets.levels)).toBe(total);
    expect(sum(facets.typeCodes)).toBe(total);
    expect(facets.departments.length).toBeGreaterThanOrEqual(12);
    const theme = facets.themes[0] as { value: string; count: number };
    expect((await ctx.app.inject(`/api/public/catalog/items?theme=${theme.value}&pageSize=1`)).json().total).toBe(theme.count);
    expect(facets.audiences.map((a: { value: string }) => a.value)).toEqual(expect.arrayContaining(['natural_person', 'enterprise']));
  });
});
