import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResidentIdCheck } from '@onetrip/core';
import { auditActions, Client, createTestContext, type TestContext } from '../../../test/test-app.ts';
import { DEMO_ENTERPRISES, DEMO_PERSONS } from '../../seed/demo-data.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => { await ctx.close(); });

let seq = 100;
function newPerson() {
  seq += 1;
  const body = `150402199001${String(seq % 28 + 1).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return { kind: 'person' as const, name: '测试用户', idNumber: body + computeResidentIdCheck(body), phone: `1370476${String(seq).padStart(4, '0')}`, password: 'Secret#2026' };
}
async function applicantCount(): Promise<number> {
  const row = await ctx.db.selectFrom('applicants').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('registration', () => {
  it.each([
    ['wrong ID check character', (p: ReturnType<typeof newPerson>) => ({ ...p, idNumber: p.idNumber.slice(0, 17) + (p.idNumber[17] === '0' ? '1' : '0') }), '/idNumber', 'ID_NUMBER_INVALID'],
    ['ID with impossible birth date', (p: ReturnType<typeof newPerson>) => { const b = '15040219900230' + '123'; return { ...p, idNumber: b + computeResidentIdCheck(b) }; }, '/idNumber', 'ID_NUMBER_INVALID'],
    ['phone not a mobile number', (p: ReturnType<typeof newPerson>) => ({ ...p, phone: '0476123' }), '/phone', 'PHONE_INVALID'],
    ['weak password', (p: ReturnType<typeof newPerson>) => ({ ...p, password: 'password' }), '/password', 'PASSWORD_TOO_WEAK'],
  ])('%s → coded 400 and nothing stored', async (_label, mutate, path, code) => {
    const before = await applicantCount();
    const eventsBefore = (await auditActions(ctx)).length;
    const res = await new Client(ctx.app).post('/api/applicants/register', mutate(newPerson()));
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toContainEqual(expect.objectContaining({ path, code }));
    expect(await applicantCount()).toBe(before);
    expect((await auditActions(ctx)).length).toBe(eventsBefore);
  });

  it('lists every bad field at once, in the requested language', async () => {
    const res = await new Client(ctx.app).post('/api/applicants/register',
      { kind: 'enterprise', name: '某某公司', creditCode: '91350100M000100Y44', legalRepresentative: '张三', phone: '123', password: 'short' }, { 'accept-language': 'en-US' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; code: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['/creditCode', '/password', '/phone']);
    expect(fields.find((f) => f.path === '/creditCode')!.message).toMatch(/check character/);
  });

  it('rejects unknown fields and missing fields with 400, never 500', async () => {
    const client = new Client(ctx.app);
    expect((await client.post('/api/applicants/register', { kind: 'person' })).statusCode).toBe(400);
    expect((await client.post('/api/applicants/register', { ...newPerson(), isAdmin: true })).statusCode).toBe(400);
    const malformed = await ctx.app.inject({ method: 'POST', url: '/api/applicants/register', headers: { 'content-type': 'application/json' }, payload: '{"kind":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('BAD_REQUEST');
  });

  it('registers a person, protects personal data at rest, and refuses a second account for the same ID', async () => {
    const person = newPerson();
    const client = new Client(ctx.app);
    const res = await client.post('/api/applicants/register', person);
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view.idNumberMasked).toBe(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`);
    expect(JSON.stringify(view)).not.toContain(person.idNumber);
    const stored = await ctx.sql('SELECT * FROM applicants WHERE id = $1', [view.id]);
    const row = stored.rows[0] as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(person.idNumber);
    expect(JSON.stringify(row)).not.toContain(person.phone);
    expect(ctx.pii.decrypt(row['id_number_enc'] as string)).toBe(person.idNumber);
    expect(await auditActions(ctx, view.id)).toEqual(['applicant.registered']);
    const again = await client.post('/api/applicants/register', { ...person, phone: '13700009999' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('APPLICANT_ALREADY_REGISTERED');
  });
});

describe('login and sessions', () => {
  it('logs an applicant in by ID number, phone or credit code', async () => {
    const person = DEMO_PERSONS[1]!;
    for (const identifier of [person.idNumber, person.phone]) {
      const client = new Client(ctx.app);
      expect((await client.loginApplicant(identifier)).statusCode).toBe(200);
      const session = (await client.get('/api/auth/session')).json();
      expect(session.principal).toMatchObject({ kind: 'applicant', name: person.name, applicantKind: 'person' });
      expect(JSON.stringify(session)).not.toContain(person.idNumber);
    }
    const enterprise = new Client(ctx.app);
    expect((await enterprise.loginApplicant(DEMO_ENTERPRISES[0]!.creditCode)).statusCode).toBe(200);
    expect((await enterprise.get('/api/auth/session')).json().principal.applicantKind).toBe('enterprise');
  });

  it('answers a wrong password and an unknown account the same way, and audits both', async () => {
    const client = new Client(ctx.app);
    const wrong = await client.post('/api/auth/staff/login', { username: 'hotline', password: 'Wrong#2026x' });
    const unknown = await client.post('/api/auth/staff/login', { username: 'nobody.here', password: 'Wrong#2026x' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('LOGIN_FAILED');
    expect(unknown.json().error.code).toBe('LOGIN_FAILED');
    const failures = await ctx.db.selectFrom('audit_events').select(['summary']).where('action', '=', 'auth.login_failed').execute();
    expect(failures.length).toBeGreaterThanOrEqual(2);
    // reset for other tests
    await ctx.db.updateTable('staff_users').set({ failed_login_count: 0 }).where('username', '=', 'hotline').execute();
  });

  it('locks the account after 5 failures for 15 minutes, even for the right password, and audits the lockout', async () => {
    const client = new Client(ctx.app);
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) codes.push((await client.post('/api/auth/staff/login', { username: 'supervisor', password: 'Wrong#2026x' })).json().error.code);
    expect(codes).toEqual(['LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED']);
    const locked = await client.loginStaff('supervisor');
    expect(locked.statusCode).toBe(423);
    const until = new Date(locked.json().error.details.lockedUntil as string).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const user = await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'supervisor').executeTakeFirstOrThrow();
    const actions = await auditActions(ctx, user.id);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(5);
    expect(actions).toContain('auth.account_locked');
    expect(actions.at(-1)).toBe('auth.login_refused_locked');
    // An administrator lifts the lock.
    const admin = new Client(ctx.app);
    await admin.loginStaff('admin');
    expect((await admin.post(`/api/staff/${user.id}/unlock`)).statusCode).toBe(204);
    expect((await client.loginStaff('supervisor')).statusCode).toBe(200);
  });

  it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
    const client = new Client(ctx.app);
    await client.loginStaff('clerk');
    expect((await client.get('/api/auth/session')).json().principal.username).toBe('clerk');
    await ctx.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000) }).where('revoked_at', 'is', null).where('principal_kind', '=', 'staff').execute();
    expect((await client.get('/api/auth/session')).json().principal).toBeNull();
    const denied = await client.get('/api/departments');
    expect(denied.statusCode).toBe(401);
    expect(denied.json().error.code).toBe('SESSION_EXPIRED');

    const second = new Client(ctx.app);
    await second.loginStaff('clerk');
    await ctx.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('revoked_at', 'is', null).where('last_seen_at', '>', new Date(Date.now() - 60_000)).execute();
    expect((await second.get('/api/departments')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('revokes the session on logout, so the old cookie no longer works', async () => {
    const client = new Client(ctx.app);
    await client.loginStaff('center');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await ctx.app.inject({ method: 'GET', url: '/api/departments', headers: { cookie: cookie! } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('SESSION_EXPIRED');
    const user = await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'center').executeTakeFirstOrThrow();
    expect(await auditActions(ctx, user.id)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });

  it('issues bearer tokens for API clients, which need no CSRF token but cannot be used as cookies', async () => {
    const res = await new Client(ctx.app).post('/api/auth/staff/login', { username: 'admin', password: 'OneTrip@2026', bearer: true });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const token = res.json().token as string;
    const api = new Client(ctx.app);
    api.bearer = token;
    expect((await api.get('/api/departments')).statusCode).toBe(200);
    expect((await api.post('/api/regions', { code: '150402004001', name: '新华社区' })).statusCode).toBe(201);
    const asCookie = await ctx.app.inject({ method: 'GET', url: '/api/departments', headers: { cookie: `onetrip_session=${token}` } });
    expect(asCookie.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses unsafe requests from a cookie session without the token, and changes nothing', async () => {
    const client = new Client(ctx.app);
    await client.loginStaff('admin');
    const before = await ctx.db.selectFrom('regions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const noToken = await client.request('POST', '/api/regions', { code: '150402004002', name: '测试社区' }, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrongToken = await client.request('POST', '/api/regions', { code: '150402004002', name: '测试社区' }, { 'x-csrf-token': 'x'.repeat(32) });
    expect(wrongToken.statusCode).toBe(403);
    const after = await ctx.db.selectFrom('regions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await client.post('/api/regions', { code: '150402004002', name: '测试社区' })).statusCode).toBe(201);
  });

  it('refuses cross-origin unsafe requests, including login', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/staff/login', headers: { origin: 'https://evil.example', host: 'onetrip.local' }, payload: { username: 'admin', password: 'OneTrip@2026' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('enterprise operators and personal data', () => {
  it('lets an enterprise authorise and revoke a person as operator', async () => {
    const enterprise = new Client(ctx.app);
    await enterprise.loginApplicant(DEMO_ENTERPRISES[2]!.creditCode);
    const person = DEMO_PERSONS[4]!;
    expect((await enterprise.post('/api/applicants/me/operators', { idNumber: person.idNumber, name: '别人' })).json().error.code).toBe('OPERATOR_NOT_FOUND');
    expect((await enterprise.post('/api/applicants/me/operators', { idNumber: person.idNumber, name: person.name })).statusCode).toBe(201);
    const list = (await enterprise.get('/api/applicants/me/operators')).json().items as { personId: string; idNumberMasked: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.idNumberMasked).not.toContain(person.idNumber.slice(6, 14));
    const personClient = new Client(ctx.app);
    await personClient.loginApplicant(person.phone);
    expect((await personClient.get('/api/applicants/me/enterprises')).json().items).toEqual([expect.objectContaining({ name: DEMO_ENTERPRISES[2]!.name })]);
    expect((await personClient.post('/api/applicants/me/operators', { idNumber: person.idNumber, name: person.name })).json().error.code).toBe('NOT_AN_ENTERPRISE');
    expect((await enterprise.delete(`/api/applicants/me/operators/${list[0]!.personId}`)).statusCode).toBe(204);
    expect((await personClient.get('/api/applicants/me/enterprises')).json().items).toEqual([]);
  });

  it('shows staff masked lists, and logs every reveal of full personal data', async () => {
    const clerk = new Client(ctx.app);
    await clerk.loginStaff('clerk');
    const person = DEMO_PERSONS[0]!;
    const list = await clerk.get(`/api/applicants?q=${person.idNumber}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain(person.idNumber);
    expect(list.body).not.toContain(person.phone);
    const id = list.json().items[0].id as string;
    const reveal = await clerk.get(`/api/applicants/${id}/personal-data`);
    expect(reveal.json()).toMatchObject({ idNumber: person.idNumber, phone: person.phone });
    expect(await auditActions(ctx, id)).toContain('applicant.personal_data_read');
    const approver = new Client(ctx.app);
    await approver.loginStaff('approver.scjg');
    expect((await approver.get(`/api/applicants/${id}/personal-data`)).statusCode).toBe(403);
    const citizen = new Client(ctx.app);
    await citizen.loginApplicant(DEMO_PERSONS[1]!.phone);
    expect((await citizen.get(`/api/applicants/${id}/personal-data`)).statusCode).toBe(403);
    expect((await citizen.get('/api/applicants')).statusCode).toBe(403);
  });
});
