import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode, computeResidentIdCheck, maskIdNumber, type ImplementationContent } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { caseContent, PDF, PNG, publishImplementation, submit, upload, VALID_FORM } from '../../../test/case-fixtures.ts';
import { DEMO_PERSONS } from '../../seed/demo-data.ts';

let ctx: TestContext;
let zhang: Client;
let li: Client;
let clerk: Client; // city hall
let clerkHs: Client; // Hongshan hall
let agent: Client; // 永巨社区 proxy point, Hongshan
let approver: Client;
let immediateItem: { id: string; code: string }; // city, immediate
let promisedItem: { id: string; code: string }; // city, promised
let hongshanItem: { id: string; code: string };
let songshanItem: { id: string; code: string };
let zhangId: string;
let liId: string;
let clerkId: string;
let agentId: string;

const ZHANG_ID_NUMBER = DEMO_PERSONS.find((p) => p.name === '张伟')!.idNumber;
const residentId = (first17: string) => first17 + computeResidentIdCheck(first17);

function immediateContent(): ImplementationContent {
  return caseContent({
    caseKind: 'immediate',
    // As the demo catalogue's immediate items: no time limit beyond the sitting itself.
    legalLimit: { value: 0, unit: 'working_days' },
    promisedLimit: { value: 0, unit: 'working_days' },
    process: [{ key: 'decide', name: '审查决定（当场办结）', role: 'approver', limit: { value: 0, unit: 'working_days' } }],
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  li = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  expect((await li.loginApplicant('13904760002')).statusCode).toBe(200);
  [clerk, clerkHs, agent, approver] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'clerk.hs'), staffClient(ctx, 'agent.hs'), staffClient(ctx, 'approver.scjg')]);
  immediateItem = await publishImplementation(ctx, '赤峰市人力资源和社会保障局', immediateContent());
  promisedItem = await publishImplementation(ctx, '赤峰市市场监督管理局');
  hongshanItem = await publishImplementation(ctx, '红山区市场监督管理局');
  songshanItem = await publishImplementation(ctx, '松山区市场监督管理局');
  const ids = (await ctx.sql(`SELECT id, name FROM applicants WHERE name IN ('张伟', '李娜') AND kind = 'person'`)).rows;
  zhangId = ids.find((r) => r.name === '张伟').id;
  liId = ids.find((r) => r.name === '李娜').id;
  const staff = (await ctx.sql(`SELECT id, username FROM staff_users WHERE username IN ('clerk', 'agent.hs')`)).rows;
  clerkId = staff.find((r) => r.username === 'clerk').id;
  agentId = staff.find((r) => r.username === 'agent.hs').id;
});
afterAll(async () => { await ctx.close(); });

type Res = { statusCode: number; json: () => { error: { code: string } } };
const expectCode = (res: Res, status: number, code: string) => expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
const caseRow = async (id: string) => (await ctx.sql('SELECT status, channel, filed_by_staff_id, applicant_id, hall_id, case_number FROM cases WHERE id = $1', [id])).rows[0];
const countCases = async () => (await ctx.sql('SELECT count(*)::int AS n FROM cases')).rows[0].n as number;

/** Starts a case on the applicant's behalf, fills the form and uploads both scans; returns the case id. */
async function fileDraft(client: Client, applicantId: string, implementationId: string): Promise<string> {
  const created = await client.post('/api/front-desk/cases', { applicantId, implementationId });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const saved = await client.patch(`/api/cases/${id}`, { formData: { ...created.json<{ formData: Record<string, unknown> }>().formData, ...VALID_FORM } });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await upload(client, id, 'application-form', '申请书扫描件.pdf', PDF)).statusCode).toBe(201);
  expect((await upload(client, id, 'id-card', '身份证扫描件.png', PNG)).statusCode).toBe(201);
  return id;
}

async function submittedAtWindow(implementationId = immediateItem.id): Promise<string> {
  const id = await fileDraft(clerk, zhangId, implementationId);
  expect((await submit(clerk, id)).statusCode).toBe(200);
  return id;
}

describe('finding the walk-in applicant', () => {
  it('finds a person by ID number with masked ID and phone, and puts the lookup on record', async () => {
    const res = await clerk.post('/api/front-desk/applicants/lookup', { identifier: ` ${ZHANG_ID_NUMBER.toLowerCase()} ` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      found: true,
      applicant: {
        id: zhangId, kind: 'person', name: '张伟', idNumberMasked: maskIdNumber(ZHANG_ID_NUMBER),
        creditCode: null, legalRepresentative: null, phoneMasked: '139****0001', hasAccount: true, verifiedAtWindow: false,
      },
    });
    expect(res.body).not.toContain(ZHANG_ID_NUMBER);
    expect(res.body).not.toContain('13904760001');
    const audit = (await ctx.sql(`SELECT actor_name, subject_id, summary FROM audit_events WHERE action = 'applicant.looked_up_at_window' ORDER BY id DESC LIMIT 1`)).rows[0];
    expect(audit).toMatchObject({ actor_name: 'clerk', subject_id: zhangId, summary: { by: 'idNumber', found: true } });
    expect(JSON.stringify(audit.summary)).not.toContain(ZHANG_ID_NUMBER);
  });

  it('finds an enterprise by credit code, answers "not found" for an unknown valid number (also on record), and refuses a malformed one', async () => {
    const enterprise = await clerk.post('/api/front-desk/applicants/lookup', { identifier: '91150402MA0N1P2Q74' });
    expect(enterprise.json()).toMatchObject({ found: true, applicant: { kind: 'enterprise', name: '赤峰草原乳业有限公司', creditCode: '91150402MA0N1P2Q74' } });
    const before = (await auditActions(ctx)).filter((a) => a === 'applicant.looked_up_at_window').length;
    const unknown = await agent.post('/api/front-desk/applicants/lookup', { identifier: residentId('15040219900101123') });
    expect(unknown.json()).toEqual({ found: false, applicant: null });
    expect((await auditActions(ctx)).filter((a) => a === 'applicant.looked_up_at_window').length).toBe(before + 1);
    const bad = await clerk.post('/api/front-desk/applicants/lookup', { identifier: ZHANG_ID_NUMBER.slice(0, 17) + (ZHANG_ID_NUMBER.endsWith('1') ? '2' : '1') });
    expectCode(bad, 400, 'APPLICANT_IDENTIFIER_INVALID');
    expectCode(await clerk.post('/api/front-desk/applicants/lookup', {}), 400, 'VALIDATION_FAILED');
  });

  it('is for clerks and agents only', async () => {
    expectCode(await zhang.post('/api/front-desk/applicants/lookup', { identifier: ZHANG_ID_NUMBER }), 403, 'FORBIDDEN');
    expectCode(await approver.post('/api/front-desk/applicants/lookup', { identifier: ZHANG_ID_NUMBER }), 403, 'FORBIDDEN');
    expectCode(await new Client(ctx.app).post('/api/front-desk/applicants/lookup', { identifier: ZHANG_ID_NUMBER }), 401, 'AUTH_REQUIRED');
  });
});

describe('registering a walk-in applicant', () => {
  const idNumber = residentId('15040219700515031');
  const phone = '13904769001';

  it('refuses bad input with every problem at once and stores nothing', async () => {
    const applicants = (await ctx.sql('SELECT count(*)::int AS n FROM applicants')).rows[0].n;
    const res = await clerk.post('/api/front-desk/applicants', { kind: 'person', name: '赵', idNumber: idNumber.slice(0, 17) + 'Y', phone: '123' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/idNumber', '/name', '/phone']);
    // The clerk is told what is wrong with the number, as an applicant registering online is.
    const idField = res.json().error.fields.find((f: { path: string }) => f.path === '/idNumber');
    expect(idField.messages).toEqual({ 'zh-CN': '身份证号码含有不允许的字符', 'en-US': 'The ID number contains characters that are not allowed' });
    expectCode(await zhang.post('/api/front-desk/applicants', { kind: 'person', name: '赵四', idNumber, phone }), 403, 'FORBIDDEN');
    expect((await ctx.sql('SELECT count(*)::int AS n FROM applicants')).rows[0].n).toBe(applicants);
  });

  it('registers an enterprise from its business licence, with its legal representative', async () => {
    const creditCode = buildCreditCode('9', '1', '150402', 'MA0H9J8K');
    expectCode(await agent.post('/api/front-desk/applicants', { kind: 'enterprise', name: '红山区示例农牧合作社', creditCode, phone: '13904769010' }), 400, 'VALIDATION_FAILED');
    const res = await agent.post('/api/front-desk/applicants', { kind: 'enterprise', name: '红山区示例农牧合作社', creditCode, legalRepresentative: '王五', phone: '13904769010' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'enterprise', creditCode, legalRepresentative: '王五', hasAccount: false, verifiedAtWindow: true });
    expect((await ctx.sql('SELECT verified_by_staff_id FROM applicants WHERE id = $1', [res.json().id])).rows[0].verified_by_staff_id).toBe(agentId);
  });

  it('registers the person without a password, verified at the window; they claim the account by registering with the same ID, name and phone', async () => {
    const res = await clerk.post('/api/front-desk/applicants', { kind: 'person', name: '赵四', idNumber, phone });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'person', name: '赵四', phoneMasked: '139****9001', hasAccount: false, verifiedAtWindow: true });
    const id = res.json().id as string;
    const row = (await ctx.sql('SELECT password_hash, verified_by_staff_id, verified_at FROM applicants WHERE id = $1', [id])).rows[0];
    expect(row.password_hash).toBeNull();
    expect(row.verified_by_staff_id).toBe(clerkId);
    expect(row.verified_at).not.toBeNull();
    expect(await auditActions(ctx, id)).toContain('applicant.registered_at_window');
    expectCode(await clerk.post('/api/front-desk/applicants', { kind: 'person', name: '赵四', idNumber, phone: '13904769002' }), 409, 'APPLICANT_ALREADY_REGISTERED');

    // No password: nobody can log in to the record, whatever they type.
    expect((await new Client(ctx.app).loginApplicant(phone, 'Anything@2026')).statusCode).toBe(401);

    // Knowing the ID number is not enough: the phone the clerk recorded must match too.
    const anon = new Client(ctx.app);
    const stranger = await anon.post('/api/applicants/register', { kind: 'person', name: '赵四', idNumber, phone: '13904769003', password: 'Zhao@20260101' });
    expectCode(stranger, 409, 'APPLICANT_ALREADY_REGISTERED');
    expect((await ctx.sql('SELECT password_hash FROM applicants WHERE id = $1', [id])).rows[0].password_hash).toBeNull();
    const claimed = await anon.post('/api/applicants/register', { kind: 'person', name: '赵四', idNumber, phone, password: 'Zhao@20260101' });
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json().id).toBe(id);
    expect(await auditActions(ctx, id)).toContain('applicant.account_claimed');
    expect((await new Client(ctx.app).loginApplicant(idNumber, 'Zhao@20260101')).statusCode).toBe(200);
    // Claimed once: a second registration is an ordinary duplicate.
    expectCode(await anon.post('/api/applicants/register', { kind: 'person', name: '赵四', idNumber, phone, password: 'Other@20260101' }), 409, 'APPLICANT_ALREADY_REGISTERED');
    expect((await clerk.post('/api/front-desk/applicants/lookup', { identifier: idNumber })).json().applicant).toMatchObject({ id, hasAccount: true, verifiedAtWindow: true });
  });
});

describe('filing at the window', () => {
  it('creates the case on the applicant\'s behalf (channel window, clerk and hall recorded), submits once per Idempotency-Key, and shows it in the applicant\'s cases', async () => {
    const created = await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ channel: 'window', status: 'draft', formData: { idNumber: ZHANG_ID_NUMBER } });
    const id = created.json().id as string;
    const hall = (await ctx.sql(`SELECT id FROM halls WHERE name = '赤峰市政务服务中心大厅'`)).rows[0].id;
    expect(await caseRow(id)).toMatchObject({ channel: 'window', filed_by_staff_id: clerkId, applicant_id: zhangId, hall_id: hall });

    // The same schema validation as online.
    const badForm = await clerk.patch(`/api/cases/${id}`, { formData: { area: 'large' } });
    expectCode(badForm, 400, 'CASE_FORM_INVALID');
    expect((await clerk.patch(`/api/cases/${id}`, { formData: { ...created.json().formData, ...VALID_FORM } })).statusCode).toBe(200);
    const early = await submit(clerk, id);
    expectCode(early, 400, 'CASE_MATERIALS_MISSING');
    // While the clerk fills the draft, the applicant can see it but neither change nor submit it.
    expect((await zhang.get(`/api/cases/${id}`)).statusCode).toBe(200);
    expectCode(await zhang.patch(`/api/cases/${id}`, { formData: { ...created.json().formData, ...VALID_FORM, area: 999 } }), 409, 'CASE_BEING_FILED_ON_BEHALF');
    expectCode(await upload(zhang, id, 'application-form', '我自己传的.pdf', PDF), 409, 'CASE_BEING_FILED_ON_BEHALF');
    expectCode(await submit(zhang, id), 409, 'CASE_BEING_FILED_ON_BEHALF');
    expect((await upload(clerk, id, 'application-form', '申请书扫描件.pdf', PDF)).statusCode).toBe(201);
    expect((await upload(clerk, id, 'id-card', '身份证扫描件.png', PNG)).statusCode).toBe(201);
    const uploader = (await ctx.sql('SELECT DISTINCT uploaded_by_kind, uploaded_by_id FROM case_attachments WHERE case_id = $1', [id])).rows;
    expect(uploader).toEqual([{ uploaded_by_kind: 'staff', uploaded_by_id: clerkId }]);

    const key = randomUUID();
    const first = await submit(clerk, id, key);
    const retry = await submit(clerk, id, key);
    expect(first.statusCode, first.body).toBe(200);
    expect([retry.statusCode, retry.headers['idempotent-replayed'], retry.json().caseNumber]).toEqual([200, 'true', first.json().caseNumber]);
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'submitted'`, [id])).rows[0].n).toBe(1);

    const mine = (await zhang.get('/api/cases?pageSize=100')).json().items.find((c: { id: string }) => c.id === id);
    expect(mine).toMatchObject({ channel: 'window', status: 'submitted', caseNumber: first.json().caseNumber });
    const events = (await zhang.get(`/api/cases/${id}`)).json().events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted']);
    expect(events[0]).toMatchObject({ actorKind: 'staff', unitName: '赤峰市政务服务中心大厅', details: { channel: 'window' } });
    expect(events[0].actorName).toBeUndefined();
    expect((await clerk.get(`/api/cases/${id}`)).json().events[0].actorName).toBe('周敏（综合受理窗口）');
    expect(await auditActions(ctx, id)).toEqual(expect.arrayContaining(['case.draft_created', 'case.attachment_uploaded', 'case.submitted']));
    // It is in the clerk's own pre-review queue.
    expect((await clerk.get('/api/cases/pre-review?pageSize=100')).json().items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await clerk.get('/api/front-desk/cases')).json().items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('files only what the clerk\'s own desk accepts, and keeps other desks and applicants out of the case', async () => {
    const before = await countCases();
    expectCode(await clerkHs.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id }), 403, 'CASE_NOT_FILED_AT_THIS_DESK');
    // Hongshan's items are accepted at Hongshan's hall, even though Hongshan is in the city clerk's scope.
    expectCode(await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: hongshanItem.id }), 403, 'CASE_NOT_FILED_AT_THIS_DESK');
    expectCode(await clerk.post('/api/front-desk/cases', { applicantId: randomUUID(), implementationId: immediateItem.id }), 404, 'NOT_FOUND');
    expectCode(await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: randomUUID() }), 404, 'NOT_FOUND');
    expectCode(await clerk.post('/api/front-desk/cases', { applicantId: 'nope', implementationId: immediateItem.id }), 400, 'VALIDATION_FAILED');
    expectCode(await zhang.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id }), 403, 'FORBIDDEN');
    expectCode(await approver.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id }), 403, 'FORBIDDEN');
    expect(await countCases()).toBe(before);

    const draft = (await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id })).json().id as string;
    for (const res of [
      await clerkHs.get(`/api/cases/${draft}`),
      await clerkHs.patch(`/api/cases/${draft}`, { formData: VALID_FORM }),
      await upload(clerkHs, draft, 'application-form', 'x.pdf', PDF),
      await submit(clerkHs, draft),
      await li.get(`/api/cases/${draft}`),
      await li.patch(`/api/cases/${draft}`, { formData: VALID_FORM }),
    ]) expectCode(res, 404, 'NOT_FOUND');
    expect((await clerkHs.get('/api/front-desk/cases')).json().items).toEqual([]);
    expect((await caseRow(draft)).status).toBe('draft');
  });

  it('reuses the applicant\'s material from an earlier case at the window (材料复用), on record, and nobody else\'s', async () => {
    // An earlier case of 张伟 with both materials (filed online).
    const earlier = (await zhang.post('/api/cases', { implementationId: promisedItem.id })).json().id as string;
    expect((await upload(zhang, earlier, 'application-form', '上次的申请书.pdf', PDF)).statusCode).toBe(201);
    const earlierPdf = (await zhang.get(`/api/cases/${earlier}`)).json().attachments.find((a: { materialKey: string }) => a.materialKey === 'application-form');

    const draft = (await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: promisedItem.id })).json().id as string;
    const offers = await clerk.get(`/api/cases/${draft}/reusable-attachments?materialKey=application-form`);
    expect(offers.statusCode, offers.body).toBe(200);
    expect(offers.json().map((a: { id: string }) => a.id)).toContain(earlierPdf.id);
    expect(await auditActions(ctx, draft)).toContain('case.earlier_materials_listed');

    const reused = await clerk.post(`/api/cases/${draft}/attachments/reuse`, { attachmentId: earlierPdf.id });
    expect(reused.statusCode, reused.body).toBe(201);
    expect(reused.json()).toMatchObject({ materialKey: 'application-form', sha256: earlierPdf.sha256, reusedFromAttachmentId: earlierPdf.id });
    const row = (await ctx.sql('SELECT uploaded_by_kind, uploaded_by_id FROM case_attachments WHERE id = $1', [reused.json().id])).rows[0];
    expect(row).toEqual({ uploaded_by_kind: 'staff', uploaded_by_id: clerkId });
    expect(await auditActions(ctx, draft)).toContain('case.attachment_reused');
    // The reused file is this case's now, and opens at the window.
    expect((await clerk.get(`/api/cases/${draft}/attachments/${reused.json().id}/content`)).rawPayload.equals(Buffer.from(PDF))).toBe(true);

    // 李娜's material is not 张伟's case's to reuse; other desks and applicants cannot list or reuse into the draft.
    const liCase = (await li.post('/api/cases', { implementationId: promisedItem.id })).json().id as string;
    const liPdf = (await upload(li, liCase, 'application-form', '李娜.pdf', PDF)).json().id as string;
    expectCode(await clerk.post(`/api/cases/${draft}/attachments/reuse`, { attachmentId: liPdf }), 404, 'NOT_FOUND');
    expect((await clerk.get(`/api/cases/${draft}/reusable-attachments`)).json().map((a: { id: string }) => a.id)).not.toContain(liPdf);
    expectCode(await clerkHs.get(`/api/cases/${draft}/reusable-attachments`), 404, 'NOT_FOUND');
    expectCode(await clerkHs.post(`/api/cases/${draft}/attachments/reuse`, { attachmentId: earlierPdf.id }), 404, 'NOT_FOUND');
    // The applicant waits for the clerk's draft to be submitted before touching it.
    expectCode(await zhang.post(`/api/cases/${draft}/attachments/reuse`, { attachmentId: earlierPdf.id }), 409, 'CASE_BEING_FILED_ON_BEHALF');
    expect((await ctx.sql('SELECT count(*)::int AS n FROM case_attachments WHERE case_id = $1', [draft])).rows[0].n).toBe(1);
  });
});

describe('concluding an immediate item at the window', () => {
  it('accepts and approves in one sitting, records the pickup, and writes the acceptance notice, decision letter and sign-off slip', async () => {
    const id = await submittedAtWindow();
    const key = randomUUID();
    const res = await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '符合条件，准予登记。', pickedUp: true }, { 'idempotency-key': key });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'delivered', channel: 'window' });
    const retry = await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '符合条件，准予登记。', pickedUp: true }, { 'idempotency-key': key });
    expect([retry.statusCode, retry.headers['idempotent-replayed']]).toEqual([200, 'true']);

    const detail = (await zhang.get(`/api/cases/${id}`)).json();
    expect(detail).toMatchObject({ status: 'delivered', outcome: 'approved', delivery: { method: 'window_pickup' } });
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted', 'accepted', 'approved', 'delivered']);
    const docs = (await clerk.get(`/api/cases/${id}/documents`)).json<{ id: string; kind: string; status: string }[]>();
    // One transaction writes all three: their order among themselves is not defined.
    expect(docs.map((d) => [d.kind, d.status]).sort()).toEqual([['acceptance_notice', 'ready'], ['decision_letter', 'ready'], ['delivery_slip', 'ready']]);
    for (const doc of docs) {
      const pdf = await clerk.get(`/api/cases/${id}/documents/${doc.id}/content`);
      expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // The applicant gets the same documents in "my cases".
    expect(((await zhang.get(`/api/cases/${id}/documents`)).json<unknown[]>()).length).toBe(3);
    expect(await auditActions(ctx, id)).toContain('case.concluded_at_window');
    expect((await ctx.sql(`SELECT template FROM notifications WHERE link = $1 ORDER BY created_at`, [`/me/cases/${id}`])).rows.map((r) => r.template)).toEqual(['case.submitted', 'case.concluded']);
    expectCode(await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 409, 'CASE_ALREADY_CONCLUDED');
  });

  it('denies only with reason and legal basis, and leaves the result for later delivery without pickup', async () => {
    const id = await submittedAtWindow();
    expectCode(await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'denied', opinion: '不符合条件', legalBasis: '依据' }), 400, 'CASE_REASON_REQUIRED');
    expectCode(await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'denied', opinion: '不符合条件', reason: '已参加职工养老保险', legalBasis: ' ' }), 400, 'CASE_LEGAL_BASIS_REQUIRED');
    expectCode(await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'maybe', opinion: '' }), 400, 'VALIDATION_FAILED');
    expect((await caseRow(id)).status).toBe('submitted');
    expect(((await clerk.get(`/api/cases/${id}/documents`)).json<unknown[]>()).length).toBe(0);
    const denied = await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'denied', opinion: '', reason: '已参加职工养老保险', legalBasis: '《社会保险法》第二十条' });
    expect([denied.statusCode, denied.json().status]).toEqual([200, 'concluded']);
    const docs = (await clerk.get(`/api/cases/${id}/documents`)).json<{ kind: string }[]>();
    expect(docs.map((d) => d.kind).sort()).toEqual(['acceptance_notice', 'denial_letter']);
  });

  it('refuses an item that is not immediate with a code and changes nothing', async () => {
    const id = await submittedAtWindow(promisedItem.id);
    expectCode(await clerk.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 409, 'CASE_NOT_IMMEDIATE');
    expect((await caseRow(id)).status).toBe('submitted');
    expect(await auditActions(ctx, id)).not.toContain('case.concluded_at_window');
  });

  it('is for the case\'s own front desk only', async () => {
    const id = await submittedAtWindow();
    expectCode(await clerkHs.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 404, 'NOT_FOUND');
    expectCode(await agent.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 403, 'FORBIDDEN');
    expectCode(await approver.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 403, 'FORBIDDEN');
    expectCode(await zhang.post(`/api/cases/${id}/conclude-at-window`, { outcome: 'approved', opinion: '' }), 403, 'FORBIDDEN');
    expect((await caseRow(id)).status).toBe('submitted');
  });
});

describe('assisted filing (帮办代办)', () => {
  it('files for the applicant with channel agent, needs the signed authorisation letter, and lets agent and applicant follow the case', async () => {
    const id = await fileDraft(agent, liId, hongshanItem.id);
    expect(await caseRow(id)).toMatchObject({ channel: 'agent', filed_by_staff_id: agentId, applicant_id: liId });
    const missing = await submit(agent, id);
    expectCode(missing, 400, 'CASE_MATERIALS_MISSING');
    expect(missing.json().error.details.missingMaterials).toEqual(['agent-authorisation']);
    expect((await upload(agent, id, 'agent-authorisation', '授权委托书.pdf', PDF)).statusCode).toBe(201);
    const submitted = await submit(agent, id);
    expect(submitted.statusCode, submitted.body).toBe(200);

    // The agent follows it; the applicant sees it in her cases with the authorisation letter kept; Hongshan's desk pre-reviews it.
    expect((await agent.get('/api/front-desk/cases')).json().items).toEqual([expect.objectContaining({ id, channel: 'agent', applicantName: '李娜', status: 'submitted' })]);
    expect((await agent.get(`/api/cases/${id}`)).json().attachments.map((a: { materialKey: string }) => a.materialKey)).toContain('agent-authorisation');
    const hers = (await li.get(`/api/cases/${id}`)).json();
    expect(hers).toMatchObject({ channel: 'agent', status: 'submitted' });
    expect(hers.events[0]).toMatchObject({ action: 'created', actorKind: 'staff', details: { channel: 'agent' } });
    expect((await clerkHs.get('/api/cases/pre-review?pageSize=100')).json().items.map((c: { id: string }) => c.id)).toContain(id);
    // Agents file; they do not accept (受审分离) nor see other people's cases.
    expectCode(await agent.post(`/api/cases/${id}/accept`, {}), 403, 'FORBIDDEN');
    const other = await submittedAtWindow();
    expectCode(await agent.get(`/api/cases/${other}`), 404, 'NOT_FOUND');
  });

  it('files the items of the agent\'s own region and the regions above it only; the letter belongs to agent cases only', async () => {
    expect((await agent.post('/api/front-desk/cases', { applicantId: liId, implementationId: immediateItem.id })).json().channel).toBe('agent');
    expectCode(await agent.post('/api/front-desk/cases', { applicantId: liId, implementationId: songshanItem.id }), 403, 'CASE_NOT_FILED_AT_THIS_DESK');
    const windowCase = (await clerk.post('/api/front-desk/cases', { applicantId: zhangId, implementationId: immediateItem.id })).json().id as string;
    expectCode(await upload(clerk, windowCase, 'agent-authorisation', '授权委托书.pdf', PDF), 400, 'CASE_MATERIAL_UNKNOWN');
  });
});

describe('kiosk mode', () => {
  it('records the kiosk channel for an applicant, and never lets an applicant claim the window', async () => {
    const kiosk = await zhang.post('/api/cases', { implementationId: promisedItem.id, channel: 'kiosk' });
    expect([kiosk.statusCode, kiosk.json().channel]).toEqual([201, 'kiosk']);
    const before = await countCases();
    expectCode(await zhang.post('/api/cases', { implementationId: promisedItem.id, channel: 'window' }), 400, 'VALIDATION_FAILED');
    expectCode(await zhang.post('/api/cases', { implementationId: promisedItem.id, channel: 'agent' }), 400, 'VALIDATION_FAILED');
    expect(await countCases()).toBe(before);

    // An online draft finished at a kiosk is submitted there.
    const online = (await zhang.post('/api/cases', { implementationId: promisedItem.id })).json();
    expect(online.channel).toBe('online');
    await zhang.patch(`/api/cases/${online.id}`, { formData: { ...online.formData, ...VALID_FORM } });
    await upload(zhang, online.id, 'application-form', '申请书.pdf', PDF);
    await upload(zhang, online.id, 'id-card', '身份证.png', PNG);
    expectCode(await zhang.post(`/api/cases/${online.id}/submit?channel=window`, undefined, { 'idempotency-key': randomUUID() }), 400, 'VALIDATION_FAILED');
    const res = await zhang.post(`/api/cases/${online.id}/submit?channel=kiosk`, undefined, { 'idempotency-key': randomUUID() });
    expect(res.statusCode, res.body).toBe(200);
    expect((await caseRow(online.id)).channel).toBe('kiosk');

    // Staff cannot re-label a case they filed.
    const filed = await fileDraft(clerk, zhangId, immediateItem.id);
    expectCode(await clerk.post(`/api/cases/${filed}/submit?channel=kiosk`, undefined, { 'idempotency-key': randomUUID() }), 400, 'CASE_CHANNEL_NOT_ALLOWED');
    expect(await caseRow(filed)).toMatchObject({ status: 'draft', channel: 'window' });
  });
});
