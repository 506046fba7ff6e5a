import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { completeDraft, publishImplementation, submit } from '../../../test/case-fixtures.ts';

let ctx: TestContext;
let zhang: Client;
let li: Client;
let clerk: Client;
let approver: Client; // 市场监管局
let otherApprover: Client; // 自然资源局
let center: Client;
let itemAdmin: Client; // 市场监管局, not a step worker
let item: { id: string; code: string };
let ids: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  li = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  expect((await li.loginApplicant('13904760002')).statusCode).toBe(200);
  // A second approver of the department, and a third one who has left (inactive): only the active ones are listed.
  await ctx.sql(`INSERT INTO staff_users (username, display_name, password_hash, roles, region_code, department_id, phone_enc, phone_masked)
    SELECT u.username, u.display_name, s.password_hash, s.roles, s.region_code, s.department_id, s.phone_enc, s.phone_masked
    FROM staff_users s, (VALUES ('approver2.scjg', '钱明（市场监管局审批）'), ('retired.scjg', '退休（市场监管局审批）')) AS u(username, display_name)
    WHERE s.username = 'approver.scjg'`);
  await ctx.sql(`UPDATE staff_users SET active = false WHERE username = 'retired.scjg'`);
  [clerk, approver, otherApprover, center, itemAdmin] = await Promise.all([
    staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'approver.zrzy'), staffClient(ctx, 'center'), staffClient(ctx, 'items.scjg'),
  ]);
  item = await publishImplementation(ctx, '赤峰市市场监督管理局');
  ids = Object.fromEntries((await ctx.sql(`SELECT id, username FROM staff_users`)).rows.map((r: { id: string; username: string }) => [r.username, r.id]));
});
afterAll(async () => { await ctx.close(); });

async function acceptedCase(): Promise<string> {
  const id = await completeDraft(zhang, item.id);
  expect((await submit(zhang, id)).statusCode).toBe(200);
  expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
  return id;
}

describe('GET /api/cases/:id/colleagues', () => {
  it('lists the active step workers of the case\'s department, names and roles only', async () => {
    const id = await acceptedCase();
    const res = await approver.get(`/api/cases/${id}/colleagues`);
    expect(res.statusCode).toBe(200);
    const list = res.json<{ id: string; displayName: string; roles: string[] }[]>();
    expect(list.map((c) => c.id).sort()).toEqual([ids['approver.scjg'], ids['approver2.scjg']].sort());
    expect(list.find((c) => c.id === ids['approver2.scjg'])).toEqual({ id: ids['approver2.scjg'], displayName: '钱明（市场监管局审批）', roles: ['approver'] });
    // Not the department's item maintainer (no step role), not the one who left, not another department's approver.
    expect(list.map((c) => c.id)).not.toContain(ids['items.scjg']);
    expect(list.map((c) => c.id)).not.toContain(ids['retired.scjg']);
    expect(list.map((c) => c.id)).not.toContain(ids['approver.zrzy']);
    // Names only: no phone, masked or not.
    expect(res.body).not.toMatch(/phone|138\d/);
  });

  it('is what a transfer accepts: the listed colleague takes the case', async () => {
    const id = await acceptedCase();
    const colleague = (await approver.get(`/api/cases/${id}/colleagues`)).json<{ id: string }[]>().find((c) => c.id !== ids['approver.scjg']);
    expect(colleague).toBeDefined();
    expect((await approver.post(`/api/cases/${id}/transfer`, { toUserId: colleague!.id })).statusCode).toBe(200);
    const state = (await ctx.sql('SELECT state FROM cases WHERE id = $1', [id])).rows[0].state as { assigneeId: string };
    expect(state.assigneeId).toBe(colleague!.id);
  });

  it('answers 404 to staff who are not step workers of the department, 403 to a colleague without the step role and to applicants', async () => {
    const id = await acceptedCase();
    for (const client of [otherApprover, clerk, center]) {
      const res = await client.get(`/api/cases/${id}/colleagues`);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    // Staff lists are not for applicants, not even the case's own (the answer is the same for any id).
    for (const client of [zhang, li]) {
      const res = await client.get(`/api/cases/${id}/colleagues`);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    const res = await itemAdmin.get(`/api/cases/${id}/colleagues`);
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await new Client(ctx.app).get(`/api/cases/${id}/colleagues`)).statusCode).toBe(401);
  });

  it('answers 404 for a case that does not exist and 400 for a malformed id', async () => {
    expect((await approver.get('/api/cases/00000000-0000-4000-8000-000000000000/colleagues')).statusCode).toBe(404);
    expect((await approver.get('/api/cases/not-a-uuid/colleagues')).statusCode).toBe(400);
  });
});
