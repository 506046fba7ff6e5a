import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, isValidCaseNumber } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { completeDraft, PDF, PNG, publishImplementation, submit, upload, VALID_FORM } from '../../../test/case-fixtures.ts';
import { DEMO_PERSONS } from '../../seed/demo-data.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';

let ctx: TestContext;
let zhang: Client; // 张伟
let li: Client; // 李娜
let cityItem: { id: string; code: string };

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  li = new Client(ctx.app);
  expect((await li.loginApplicant('13904760002')).statusCode).toBe(200);
  cityItem = await publishImplementation(ctx, '赤峰市市场监督管理局');
});
afterAll(async () => { await ctx.close(); });

const today = () => chinaDateOf(new Date());
const ymd = () => today().replaceAll('-', '');
const caseRow = async (id: string) => (await ctx.sql('SELECT * FROM cases WHERE id = $1', [id])).rows[0] as Record<string, unknown>;
const counter = async (code: string) => (await ctx.sql('SELECT last_value FROM case_number_counters WHERE implementation_code = $1', [code])).rows[0]?.last_value as number | undefined;

describe('applying online', () => {
  it('drafts with a pre-filled form, takes materials, submits with a case number, and the front desk accepts', async () => {
    const created = await zhang.post('/api/cases', { implementationId: cityItem.id });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', caseNumber: null, channel: 'online', implementationVersion: 1, itemName: '食品经营许可（测试）' });
    // 表单预填: name and ID number from the account; nothing the account does not have.
    expect(draft.formData).toEqual({ operatorName: '张伟', idNumber: DEMO_PERSONS[0]!.idNumber });
    // The cancelled proof is never asked for.
    expect(draft.materials.map((m: { key: string }) => m.key)).toEqual(['application-form', 'id-card', 'layout']);
    // Personal data at rest: the form is stored encrypted.
    expect(String((await caseRow(draft.id)).form_data_enc)).not.toContain(DEMO_PERSONS[0]!.idNumber);

    // A half-filled draft saves; a value that is there must be well-formed.
    expect((await zhang.patch(`/api/cases/${draft.id}`, { formData: { operatorName: '张伟的小店' } })).statusCode).toBe(200);
    const saved = await zhang.patch(`/api/cases/${draft.id}`, { formData: { ...VALID_FORM, idNumber: DEMO_PERSONS[0]!.idNumber }, expectedVersion: 2 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(3);

    const pdf = await upload(zhang, draft.id, 'application-form', '申请书.pdf', PDF);
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({ materialKey: 'application-form', mediaType: 'application/pdf', size: PDF.byteLength, reusedFromAttachmentId: null });
    expect(pdf.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(zhang, draft.id, 'id-card', '身份证.png', PNG)).json().mediaType).toBe('image/png');
    const download = await zhang.get(`/api/cases/${draft.id}/attachments/${pdf.json().id}/content`);
    expect([download.statusCode, download.headers['content-type'], download.rawPayload.equals(Buffer.from(PDF))]).toEqual([200, 'application/pdf', true]);

    const submitted = await submit(zhang, draft.id, 'happy-path-submit-1');
    expect(submitted.statusCode).toBe(200);
    const calendar = await calendarOf(ctx.db);
    expect(submitted.json()).toEqual({
      id: draft.id, caseNumber: `${cityItem.code}${ymd()}0001`, status: 'submitted', receivedOn: today(),
      preReviewDeadline: calendar.addWorkingDays(today(), 5).date, submissionCount: 1,
    });
    expect(isValidCaseNumber(submitted.json().caseNumber)).toBe(true);

    const clerk = await staffClient(ctx, 'clerk');
    const accepted = await clerk.post(`/api/cases/${draft.id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'in_review', acceptedOn: today(),
      promisedDeadline: calendar.addWorkingDays(today(), 5).date, legalDeadline: calendar.addWorkingDays(today(), 20).date,
    });

    const mine = (await zhang.get(`/api/cases/${draft.id}`)).json();
    expect(mine.events.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted', 'accepted']);
    const acceptance = mine.events[2];
    expect(acceptance).toMatchObject({ actorKind: 'staff', unitName: '赤峰市政务服务中心大厅' });
    expect(acceptance.details.notices).toEqual(['acceptance_notice']);
    // The applicant sees no staff names or internal notes.
    expect(acceptance.actorName).toBeUndefined();
    expect(acceptance.note).toBeUndefined();
    expect((await zhang.get('/api/cases')).json()).toMatchObject({ total: 1, items: [{ id: draft.id, status: 'in_review' }] });

    expect(await auditActions(ctx, draft.id)).toEqual([
      'case.draft_created', 'case.draft_saved', 'case.draft_saved', 'case.attachment_uploaded', 'case.attachment_uploaded', 'case.submitted', 'case.accepted',
    ]);
    const notes = (await zhang.get('/api/notifications')).json().items.map((n: { template: string }) => n.template);
    expect(notes).toEqual(['case.accepted', 'case.submitted']);
    const { rows: sms } = await ctx.sql(`SELECT template, params FROM outbound_messages ORDER BY created_at`);
    expect(sms.map((m) => m.template)).toEqual(['case.submitted', 'case.accepted']);
    expect(sms[1].params).toEqual({ caseNumber: submitted.json().caseNumber, itemName: '食品经营许可（测试）', promisedDate: accepted.json().promisedDeadline });
  });

  it('lets a retried submit change nothing: the same key twice, and ten at once, make one case number', async () => {
    const item = await publishImplementation(ctx, '赤峰市市场监督管理局');
    const id = await completeDraft(zhang, item.id);
    const first = await submit(zhang, id, 'retry-submit-0001');
    const again = await submit(zhang, id, 'retry-submit-0001');
    expect([first.statusCode, again.statusCode, again.headers['idempotent-replayed']]).toEqual([200, 200, 'true']);
    expect(again.json()).toEqual(first.json());
    expect(await counter(item.code)).toBe(1);

    const other = await completeDraft(zhang, item.id);
    const burst = await Promise.all(Array.from({ length: 10 }, () => submit(zhang, other, 'burst-submit-0001')));
    expect(burst.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(burst.map((r) => r.json().caseNumber))).toEqual(new Set([`${item.code}${ymd()}0002`]));
    expect(burst.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await counter(item.code)).toBe(2);
    const { rows } = await ctx.sql(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'submitted'`, [other]);
    expect(rows[0].n).toBe(1);
    // A new key on a submitted case is a new request, and the rules refuse it.
    const late = await submit(zhang, other, 'another-key-0001');
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'CASE_NOT_DRAFT']);
  });

  it('numbers 20 concurrent submissions of one item 0001…0020, gap-free and unique', async () => {
    const item = await publishImplementation(ctx, '赤峰市市场监督管理局');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await completeDraft(i % 2 === 0 ? zhang : li, item.id));
    const answers = await Promise.all(ids.map((id, i) => submit(i % 2 === 0 ? zhang : li, id)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    const numbers = answers.map((a) => a.json().caseNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `${item.code}${ymd()}${String(i + 1).padStart(4, '0')}`));
    expect(await counter(item.code)).toBe(20);
  });

  it('refuses to edit a submitted case, and refuses it again and again without changing anything', async () => {
    const item = await publishImplementation(ctx, '赤峰市市场监督管理局');
    const id = await completeDraft(zhang, item.id);
    expect((await submit(zhang, id)).statusCode).toBe(200);
    const before = await caseRow(id);
    const patch = await zhang.patch(`/api/cases/${id}`, { formData: VALID_FORM });
    expect([patch.statusCode, patch.json().error.code]).toEqual([409, 'CASE_NOT_EDITABLE']);
    const file = await upload(zhang, id, 'layout', '平面图.pdf', PDF);
    expect([file.statusCode, file.json().error.code]).toEqual([409, 'CASE_NOT_EDITABLE']);
    const after = await caseRow(id);
    expect([after.version, after.form_data_enc]).toEqual([before.version, before.form_data_enc]);
    expect((await ctx.sql('SELECT count(*)::int AS n FROM case_attachments WHERE case_id = $1', [id])).rows[0].n).toBe(2);
  });

  it('answers bad input with coded 4xx and changes nothing', async () => {
    const item = await publishImplementation(ctx, '赤峰市市场监督管理局');
    const draft = (await zhang.post('/api/cases', { implementationId: item.id })).json();

    const incomplete = await submit(zhang, draft.id, 'incomplete-submit-1');
    expect([incomplete.statusCode, incomplete.json().error.code]).toEqual([400, 'CASE_FORM_INVALID']);
    // Every problem at once: the missing fields and the missing materials.
    expect(incomplete.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/formData/area', '/formData/creditCode', '/materials/application-form', '/materials/id-card']);
    expect(incomplete.json().error.details.missingMaterials).toEqual(['application-form', 'id-card']);

    const badValues = await zhang.patch(`/api/cases/${draft.id}`, { formData: { area: -1, idNumber: '123', color: 'red' } });
    expect([badValues.statusCode, badValues.json().error.code]).toEqual([400, 'CASE_FORM_INVALID']);
    expect(badValues.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/formData/area', '/formData/color', '/formData/idNumber']);

    await zhang.patch(`/api/cases/${draft.id}`, { formData: VALID_FORM });
    const noMaterials = await submit(zhang, draft.id);
    expect([noMaterials.statusCode, noMaterials.json().error.code]).toEqual([400, 'CASE_MATERIALS_MISSING']);

    const stale = await zhang.patch(`/api/cases/${draft.id}`, { formData: VALID_FORM, expectedVersion: 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'CASE_STALE_VERSION']);
    const noKey = await zhang.post(`/api/cases/${draft.id}/submit`);
    expect([noKey.statusCode, noKey.json().error.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    const unknownMaterial = await upload(zhang, draft.id, 'no-such-material', 'x.pdf', PDF);
    expect([unknownMaterial.statusCode, unknownMaterial.json().error.code]).toEqual([400, 'CASE_MATERIAL_UNKNOWN']);
    const cancelledProof = await upload(zhang, draft.id, 'residence-proof', '居住证明.pdf', PDF);
    expect([cancelledProof.statusCode, cancelledProof.json().error.code]).toEqual([400, 'CASE_PROOF_CANCELLED']);
    const badId = await zhang.post('/api/cases', { implementationId: 'not-a-uuid' });
    expect([badId.statusCode, badId.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknownItem = await zhang.post('/api/cases', { implementationId: '00000000-0000-4000-8000-000000000000' });
    expect([unknownItem.statusCode, unknownItem.json().error.code]).toEqual([404, 'NOT_FOUND']);
    await ctx.sql(`UPDATE implementations SET publication_status = 'suspended', status_reason = '测试' WHERE id = $1`, [item.id]);
    const suspended = await zhang.post('/api/cases', { implementationId: item.id });
    expect([suspended.statusCode, suspended.json().error.code]).toEqual([409, 'IMPLEMENTATION_NOT_PUBLISHED']);

    const row = await caseRow(draft.id);
    expect([row.status, row.case_number]).toEqual(['draft', null]);
    expect(await counter(item.code)).toBeUndefined();
    expect((await ctx.sql('SELECT count(*)::int AS n FROM case_attachments WHERE case_id = $1', [draft.id])).rows[0].n).toBe(0);
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'incomplete-submit-1'`)).rows[0].n).toBe(0);
  });

  it('takes only PDF, OFD, JPEG and PNG, judged by content, up to 20 MiB', async () => {
    const draft = (await zhang.post('/api/cases', { implementationId: cityItem.id })).json();
    const renamedPng = await upload(zhang, draft.id, 'application-form', '申请书.pdf', PNG);
    expect([renamedPng.statusCode, renamedPng.json().error.code]).toEqual([415, 'CASE_ATTACHMENT_TYPE_NOT_ALLOWED']);
    const executable = await upload(zhang, draft.id, 'application-form', 'setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    expect(executable.statusCode).toBe(415);
    const text = await upload(zhang, draft.id, 'application-form', 'notes.txt', new TextEncoder().encode('hello'));
    expect(text.statusCode).toBe(415);
    const empty = await upload(zhang, draft.id, 'application-form', 'empty.pdf', new Uint8Array());
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'CASE_ATTACHMENT_MISSING']);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    const tooLarge = await upload(zhang, draft.id, 'application-form', 'big.pdf', big);
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'CASE_ATTACHMENT_TOO_LARGE']);
    expect((await ctx.sql('SELECT count(*)::int AS n FROM case_attachments WHERE case_id = $1', [draft.id])).rows[0].n).toBe(0);
  });

  it('reuses my attachment from an earlier case (材料复用), never someone else\'s', async () => {
    const earlier = await completeDraft(zhang, cityItem.id);
    const earlierPdf = (await zhang.get(`/api/cases/${earlier}`)).json().attachments.find((a: { materialKey: string }) => a.materialKey === 'application-form');
    const reusable = (await zhang.get('/api/cases/reusable-attachments?materialKey=application-form')).json();
    expect(reusable.map((a: { sha256: string }) => a.sha256)).toContain(earlierPdf.sha256);

    const draft = (await zhang.post('/api/cases', { implementationId: cityItem.id })).json();
    const reused = await zhang.post(`/api/cases/${draft.id}/attachments/reuse`, { attachmentId: earlierPdf.id });
    expect(reused.statusCode).toBe(201);
    expect(reused.json()).toMatchObject({ materialKey: 'application-form', sha256: earlierPdf.sha256, reusedFromAttachmentId: earlierPdf.id, fileName: earlierPdf.fileName });
    const bytes = await zhang.get(`/api/cases/${draft.id}/attachments/${reused.json().id}/content`);
    expect(bytes.rawPayload.equals(Buffer.from(PDF))).toBe(true);

    const liDraft = (await li.post('/api/cases', { implementationId: cityItem.id })).json();
    const stolen = await li.post(`/api/cases/${liDraft.id}/attachments/reuse`, { attachmentId: earlierPdf.id });
    expect([stolen.statusCode, stolen.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const intoMine = await li.post(`/api/cases/${draft.id}/attachments/reuse`, { attachmentId: earlierPdf.id });
    expect(intoMine.statusCode).toBe(404);
    expect((await li.get('/api/cases/reusable-attachments')).json().map((a: { caseId: string }) => a.caseId)).not.toContain(earlier);
    expect((await ctx.sql('SELECT count(*)::int AS n FROM case_attachments WHERE case_id = $1', [liDraft.id])).rows[0].n).toBe(0);
  });

  it('hides my case from other applicants (404) and from anonymous callers (401)', async () => {
    const id = await completeDraft(zhang, cityItem.id);
    const attachment = (await zhang.get(`/api/cases/${id}`)).json().attachments[0];
    for (const res of [
      await li.get(`/api/cases/${id}`),
      await li.patch(`/api/cases/${id}`, { formData: VALID_FORM }),
      await upload(li, id, 'layout', 'x.pdf', PDF),
      await submit(li, id),
      await li.post(`/api/cases/${id}/withdraw`, {}),
      await li.get(`/api/cases/${id}/attachments/${attachment.id}/content`),
    ]) expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await li.get('/api/cases')).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    const anonymous = new Client(ctx.app);
    for (const res of [await anonymous.get('/api/cases'), await anonymous.get(`/api/cases/${id}`), await anonymous.post('/api/cases', { implementationId: cityItem.id }), await submit(anonymous, id)]) {
      expect([res.statusCode, res.json().error.code]).toEqual([401, 'AUTH_REQUIRED']);
    }
    // Staff do not apply online.
    const clerk = await staffClient(ctx, 'clerk');
    expect((await clerk.post('/api/cases', { implementationId: cityItem.id })).statusCode).toBe(403);
    expect((await caseRow(id)).status).toBe('draft');
  });

  it('withdraws a submitted case once', async () => {
    const id = await completeDraft(zhang, cityItem.id);
    expect((await submit(zhang, id)).statusCode).toBe(200);
    const withdrawn = await zhang.post(`/api/cases/${id}/withdraw`, { reason: '不再需要' });
    expect([withdrawn.statusCode, withdrawn.json().status]).toEqual([200, 'withdrawn']);
    const again = await zhang.post(`/api/cases/${id}/withdraw`, {});
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'CASE_CLOSED']);
    expect((await zhang.get(`/api/cases/${id}`)).json()).toMatchObject({ status: 'withdrawn', closeReason: '不再需要' });
  });
});
