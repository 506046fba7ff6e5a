import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestContext, staffClient, type TestContext } from '../../../../test/test-app.ts';
import { caseContent, publishImplementation } from '../../../../test/case-fixtures.ts';
import { approvedCase, defineLicenceType, sealFor } from '../../../../test/licence-fixtures.ts';
import { todayInChina } from '../../cases/case-support.ts';

let ctx: TestContext;
let zhang: Client;
let clerk: Client;
let approver: Client;
let center: Client;
let centerHs: Client;
let supervisor: Client;
const SCJG = '赤峰市市场监督管理局';

const approve = (implementationId: string) => approvedCase({ applicant: zhang, clerk, approver }, implementationId);

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [clerk, approver, center, centerHs, supervisor] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'center'), staffClient(ctx, 'center.hs'), staffClient(ctx, 'supervisor')]);

  // Three approvals with a licence result: one issued, one before the department had a seal, one from an
  // implementation the type does not list as a producer.
  const item = await publishImplementation(ctx, SCJG);
  const unlisted = await publishImplementation(ctx, SCJG, caseContent({ name: '未登记为产生事项的食品经营许可' }));
  await defineLicenceType(ctx, { producers: [item.code], issuers: [SCJG] });
  await approve(item.id);
  await sealFor(ctx, SCJG);
  await approve(item.id);
  await approve(unlisted.id);
});
afterAll(async () => { await ctx.close(); });

describe('GET /api/licences/generation-rate', () => {
  it('counts approvals with a licence result, licences issued, the reasons of the others, per department', async () => {
    const res = await center.get('/api/licences/generation-rate');
    expect(res.statusCode, res.body).toBe(200);
    const rate = res.json();
    expect(rate).toMatchObject({ approvals: 3, issued: 1, to: todayInChina() });
    expect(rate.rate).toBeCloseTo(1 / 3, 10);
    expect(rate.notIssued).toEqual(expect.arrayContaining([{ reason: 'no_active_seal', count: 1 }, { reason: 'implementation_not_producer', count: 1 }]));
    expect(rate.notIssued).toHaveLength(2);
    expect(rate.departments).toHaveLength(1);
    expect(rate.departments[0]).toMatchObject({ departmentName: SCJG, approvals: 3, issued: 1 });
    // It matches what is stored, row for row.
    const stored = (await ctx.sql('SELECT count(*) AS n, count(licence_id) AS issued FROM case_licence_results')).rows[0];
    expect([Number(stored.n), Number(stored.issued)]).toEqual([3, 1]);
  });

  it('filters by period and department; a period without approvals has no rate', async () => {
    const yesterday = new Date(Date.now() - 86_400_000 - 8 * 3_600_000).toISOString().slice(0, 10);
    const before = (await supervisor.get(`/api/licences/generation-rate?from=2020-01-01&to=${yesterday}`)).json();
    expect(before).toMatchObject({ approvals: 0, issued: 0, rate: null, notIssued: [], departments: [] });
    const scjgId = (await ctx.db.selectFrom('departments').select('id').where('name', '=', SCJG).executeTakeFirstOrThrow()).id;
    const byDepartment = (await supervisor.get(`/api/licences/generation-rate?departmentId=${scjgId}`)).json();
    expect(byDepartment).toMatchObject({ approvals: 3, issued: 1 });
    const zrzy = (await ctx.db.selectFrom('departments').select('id').where('name', '=', '赤峰市自然资源局').executeTakeFirstOrThrow()).id;
    expect((await supervisor.get(`/api/licences/generation-rate?departmentId=${zrzy}`)).json()).toMatchObject({ approvals: 0, rate: null });
  });

  it('refuses bad dates with a coded 400', async () => {
    for (const q of ['from=2026-02-30', 'from=2026-05-01&to=2026-04-01', 'to=yesterday']) {
      const res = await center.get(`/api/licences/generation-rate?${q}`);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('keeps a county centre to its region (the city\'s figures are not counted, the city\'s department is 404) and approvers out', async () => {
    expect((await centerHs.get('/api/licences/generation-rate')).json()).toMatchObject({ approvals: 0, issued: 0, rate: null, departments: [] });
    const scjgId = (await ctx.db.selectFrom('departments').select('id').where('name', '=', SCJG).executeTakeFirstOrThrow()).id;
    expect((await centerHs.get(`/api/licences/generation-rate?departmentId=${scjgId}`)).statusCode).toBe(404);
    expect((await approver.get('/api/licences/generation-rate')).statusCode).toBe(403);
    expect((await clerk.get('/api/licences/generation-rate')).statusCode).toBe(403);
  });
});
