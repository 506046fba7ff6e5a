import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => { await ctx.close(); });

async function deptId(name: string): Promise<string> {
  return (await ctx.db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

describe('staff users and roles', () => {
  it('creates a department approver who can then log in, and audits it', async () => {
    const center = await staffClient(ctx, 'center');
    const res = await center.post('/api/staff', { username: 'approver.rsj', displayName: '人社审批员', password: 'Approve#2026', roles: ['approver'], regionCode: '150400', departmentId: await deptId('赤峰市人力资源和社会保障局'), phone: '13812345678' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'approver.rsj', roles: ['approver'], departmentName: '赤峰市人力资源和社会保障局', phoneMasked: '138****5678' });
    expect(await auditActions(ctx, res.json().id)).toEqual(['staff.created']);
    expect((await new Client(ctx.app).loginStaff('approver.rsj', 'Approve#2026')).statusCode).toBe(200);
    expect((await center.post('/api/staff', { username: 'APPROVER.RSJ', displayName: 'x', password: 'Approve#2026', roles: ['clerk'], regionCode: '150400' })).json().error.code).toBe('USERNAME_TAKEN');
  });

  it('enforces the placement rules', async () => {
    const center = await staffClient(ctx, 'center');
    const base = { displayName: '测试', password: 'Approve#2026', regionCode: '150400' };
    expect((await center.post('/api/staff', { ...base, username: 'x.sys', roles: ['sysadmin'] })).json().error.code).toBe('ROLE_NOT_GRANTABLE');
    const noDept = await center.post('/api/staff', { ...base, username: 'x.items', roles: ['item_admin'] });
    expect(noDept.json().error.fields[0]).toMatchObject({ path: '/departmentId', code: 'DEPARTMENT_REQUIRED' });
    const mismatch = await center.post('/api/staff', { ...base, username: 'x.mis', roles: ['approver'], departmentId: await deptId('红山区市场监督管理局') });
    expect(mismatch.json().error.fields[0].code).toBe('DEPARTMENT_REGION_MISMATCH');
    expect((await center.post('/api/staff', { ...base, username: 'x.weak', roles: ['clerk'], password: 'weakpass' })).json().error.fields[0].code).toBe('PASSWORD_TOO_WEAK');
    const hs = await staffClient(ctx, 'center.hs');
    expect((await hs.post('/api/staff', { ...base, username: 'x.city', roles: ['clerk'] })).statusCode).toBe(403);
  });

  it('deactivating a user ends their sessions; a centre admin cannot manage a sysadmin or themselves', async () => {
    const center = await staffClient(ctx, 'center');
    const victim = await staffClient(ctx, 'hotline');
    const hotlineId = (await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'hotline').executeTakeFirstOrThrow()).id;
    expect((await center.patch(`/api/staff/${hotlineId}`, { active: false })).json().active).toBe(false);
    expect((await victim.get('/api/auth/session')).json().principal).toBeNull();
    expect((await new Client(ctx.app).loginStaff('hotline')).json().error.code).toBe('ACCOUNT_DISABLED');
    const adminId = (await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
    expect((await center.post(`/api/staff/${adminId}/reset-password`, { password: 'Hijack#2026' })).json().error.code).toBe('ROLE_NOT_GRANTABLE');
    const selfId = (await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'center').executeTakeFirstOrThrow()).id;
    expect((await center.patch(`/api/staff/${selfId}`, { active: false })).statusCode).toBe(403);
  });

  it('filters staff by role and department', async () => {
    const admin = await staffClient(ctx, 'admin');
    const approvers = (await admin.get('/api/staff?role=approver&pageSize=100')).json().items as { roles: string[] }[];
    expect(approvers.length).toBeGreaterThanOrEqual(2);
    expect(approvers.every((s) => s.roles.includes('approver'))).toBe(true);
    const zrzy = (await admin.get(`/api/staff?departmentId=${await deptId('赤峰市自然资源局')}`)).json().items as { username: string }[];
    expect(zrzy.map((s) => s.username)).toEqual(['approver.zrzy']);
  });
});
