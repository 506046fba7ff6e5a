import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode } from '@onetrip/core';
import { auditActions, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => { await ctx.close(); });

async function idOf(table: 'departments' | 'staff_users', column: 'name' | 'username', value: string): Promise<string> {
  const row = await ctx.db.selectFrom(table).select('id').where(column as never, '=', value as never).executeTakeFirstOrThrow();
  return (row).id;
}

describe('departments CRUD', () => {
  it('creates, reads, updates and deletes a department with audit events', async () => {
    const admin = await staffClient(ctx, 'center');
    const creditCode = buildCreditCode('1', '1', '150400', 'MB900001');
    const created = await admin.post('/api/departments', { name: '赤峰市林业和草原局', shortName: '市林草局', creditCode, regionCode: '150400' });
    expect(created.statusCode).toBe(201);
    const dept = created.json();
    expect(dept).toMatchObject({ creditCode, regionCode: '150400000000', regionName: '赤峰市', active: true });
    const list = await admin.get('/api/departments?q=林业');
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([dept.id]);
    const updated = await admin.patch(`/api/departments/${dept.id}`, { phone: '0476-8888888', active: false });
    expect(updated.json()).toMatchObject({ phone: '0476-8888888', active: false });
    expect((await admin.post('/api/departments', { name: '另一个部门', creditCode, regionCode: '150400' })).json().error.code).toBe('DEPARTMENT_CREDIT_CODE_TAKEN');
    expect((await admin.delete(`/api/departments/${dept.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/departments/${dept.id}`)).statusCode).toBe(404);
    expect(await auditActions(ctx, dept.id)).toEqual(['department.created', 'department.updated', 'department.deleted']);
  });

  it('validates the credit code (GB 32100) and refuses a department in use', async () => {
    const admin = await staffClient(ctx, 'admin');
    const bad = await admin.post('/api/departments', { name: '某部门', creditCode: '11150400MB000001XX', regionCode: '150400' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: '/creditCode', code: 'CREDIT_CODE_INVALID' });
    const inUse = await admin.delete(`/api/departments/${await idOf('departments', 'name', '赤峰市市场监督管理局')}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('IN_USE');
  });
});

describe('regions, halls and windows', () => {
  it('adds a community under a street, refuses a bad code or a missing parent, and deletes only unused regions', async () => {
    const admin = await staffClient(ctx, 'admin');
    expect((await admin.post('/api/regions', { code: '150402003001', name: '西屯社区' })).json()).toMatchObject({ level: 'village', kind: 'community', parentCode: '150402003000' });
    expect((await admin.post('/api/regions', { code: '150402009001', name: '无上级' })).json().error.fields[0].code).toBe('REGION_PARENT_MISSING');
    expect((await admin.post('/api/regions', { code: '990000', name: '不存在' })).statusCode).toBe(400);
    expect((await admin.post('/api/regions', { code: '150402003001', name: '重复' })).json().error.code).toBe('REGION_EXISTS');
    expect((await admin.delete('/api/regions/150402')).json().error.code).toBe('IN_USE');
    expect((await admin.delete('/api/regions/150402003001')).statusCode).toBe(204);
    const center = await staffClient(ctx, 'center');
    expect((await center.post('/api/regions', { code: '150402003002', name: '无权' })).statusCode).toBe(403);
  });

  it('manages a hall and its windows', async () => {
    const center = await staffClient(ctx, 'center');
    const hall = (await center.post('/api/halls', { name: '元宝山区政务服务大厅', regionCode: '150403', address: '元宝山区平庄镇', openingHours: '周一至周五 9:00–17:00' })).json();
    const scjg = await idOf('departments', 'name', '赤峰市市场监督管理局');
    const window = await center.post(`/api/halls/${hall.id}/windows`, { number: 'a01', name: '综合受理窗口', kind: 'comprehensive' });
    expect(window.json()).toMatchObject({ number: 'A01', kind: 'comprehensive' });
    expect((await center.post(`/api/halls/${hall.id}/windows`, { number: 'A01', name: '重复', kind: 'comprehensive' })).json().error.code).toBe('WINDOW_NUMBER_TAKEN');
    expect((await center.patch(`/api/windows/${window.json().id}`, { departmentId: scjg, kind: 'enterprise' })).json()).toMatchObject({ departmentName: '赤峰市市场监督管理局' });
    const detail = (await center.get(`/api/halls/${hall.id}`)).json();
    expect(detail.windowCount).toBe(1);
    expect(detail.windows).toHaveLength(1);
    expect((await center.delete(`/api/halls/${hall.id}`)).json().error.code).toBe('IN_USE');
    expect((await center.delete(`/api/windows/${window.json().id}`)).statusCode).toBe(204);
    expect((await center.delete(`/api/halls/${hall.id}`)).statusCode).toBe(204);
  });
});

describe('data scope, from the attacker\'s side', () => {
  it('a clerk of Hongshan district gets 404 for Songshan staff and departments, and sees only Hongshan', async () => {
    const clerk = await staffClient(ctx, 'clerk.hs');
    const songshanDept = await idOf('departments', 'name', '松山区市场监督管理局');
    const songshanClerk = await idOf('staff_users', 'username', 'clerk.ss');
    const cityDept = await idOf('departments', 'name', '赤峰市自然资源局');
    for (const url of [`/api/departments/${songshanDept}`, `/api/staff/${songshanClerk}`, `/api/departments/${cityDept}`]) {
      const res = await clerk.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const hongshanDept = await idOf('departments', 'name', '红山区市场监督管理局');
    expect((await clerk.get(`/api/departments/${hongshanDept}`)).statusCode).toBe(200);
    const depts = (await clerk.get('/api/departments?pageSize=100')).json().items as { regionCode: string }[];
    expect(depts.length).toBeGreaterThan(0);
    expect(depts.every((d) => d.regionCode.startsWith('150402'))).toBe(true);
    const staff = (await clerk.get('/api/staff?pageSize=100')).json().items as { regionCode: string }[];
    expect(staff.every((s) => s.regionCode.startsWith('150402'))).toBe(true);
    const regions = (await clerk.get('/api/regions')).json().items as { code: string }[];
    expect(regions.every((r) => r.code.startsWith('150402'))).toBe(true);
    // Filtering by another region does not widen the scope.
    expect((await clerk.get('/api/departments?regionCode=150404')).json().items).toEqual([]);
  });

  it('a district centre administrator cannot write outside the district', async () => {
    const hs = await staffClient(ctx, 'center.hs');
    const res = await hs.post('/api/departments', { name: '越权部门', creditCode: buildCreditCode('1', '1', '150404', 'MB900002'), regionCode: '150404' });
    expect(res.statusCode).toBe(403);
    const songshanDept = await idOf('departments', 'name', '松山区市场监督管理局');
    expect((await hs.patch(`/api/departments/${songshanDept}`, { phone: '1' })).statusCode).toBe(404);
    expect((await hs.delete(`/api/departments/${songshanDept}`)).statusCode).toBe(404);
    const halls = (await hs.get('/api/halls')).json().items as { regionCode: string }[];
    expect(halls.map((h) => h.regionCode)).toEqual(['150402000000']);
  });

  it('a department approver sees only their own department', async () => {
    const approver = await staffClient(ctx, 'approver.scjg');
    const depts = (await approver.get('/api/departments?pageSize=100')).json().items as { name: string }[];
    expect(depts.map((d) => d.name)).toEqual(['赤峰市市场监督管理局']);
    expect((await approver.get(`/api/departments/${await idOf('departments', 'name', '赤峰市自然资源局')}`)).statusCode).toBe(404);
    expect((await approver.post('/api/departments', { name: 'x部门', creditCode: buildCreditCode('1', '1', '150400', 'MB900003'), regionCode: '150400' })).statusCode).toBe(403);
  });

  it('applicants and anonymous callers cannot read organisation data', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/departments' })).json().error.code).toBe('AUTH_REQUIRED');
  });
});
