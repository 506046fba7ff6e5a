import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, type WorkingDayCalendar } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { caseContent, completeDraft, publishImplementation, submit } from '../../../test/case-fixtures.ts';
import { sampleContent } from '../../../test/catalog-fixtures.ts';
import { decodeQrCodes, extractPagesText } from '../../../test/pdf-inspection.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';

let ctx: TestContext;
let zhang: Client;
let li: Client;
let clerk: Client;
let approver: Client; // 市场监管局
let colleague: Client; // 市场监管局, second approver
let otherApprover: Client; // 自然资源局
let admin: Client; // centre
let item: { id: string; code: string };
let countersignItem: { id: string; code: string };
let calendar: WorkingDayCalendar;
let approverId: string;
let colleagueId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  li = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  expect((await li.loginApplicant('13904760002')).statusCode).toBe(200);
  await ctx.sql(`INSERT INTO staff_users (username, display_name, password_hash, roles, region_code, department_id)
    SELECT 'approver2.scjg', '钱明（市场监管局审批）', password_hash, roles, region_code, department_id FROM staff_users WHERE username = 'approver.scjg'`);
  [clerk, approver, colleague, otherApprover, admin] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'approver2.scjg'), staffClient(ctx, 'approver.zrzy'), staffClient(ctx, 'center')]);
  item = await publishImplementation(ctx, '赤峰市市场监督管理局');
  const base = sampleContent();
  countersignItem = await publishImplementation(ctx, '赤峰市市场监督管理局', caseContent({ process: base.process.map((s, i) => (i === 0 ? { ...s, countersign: true } : s)) }));
  calendar = await calendarOf(ctx.db);
  const ids = (await ctx.sql(`SELECT id, username FROM staff_users WHERE username IN ('approver.scjg', 'approver2.scjg')`)).rows;
  approverId = ids.find((r) => r.username === 'approver.scjg').id;
  colleagueId = ids.find((r) => r.username === 'approver2.scjg').id;
});
afterAll(async () => { await ctx.close(); });

const today = () => chinaDateOf(new Date());
async function acceptedCase(implementationId = item.id, applicant = zhang, deliveryMethod?: string): Promise<string> {
  const id = await completeDraft(applicant, implementationId);
  if (deliveryMethod) await ctx.sql(`UPDATE cases SET delivery_method = $2 WHERE id = $1`, [id, deliveryMethod]);
  expect((await submit(applicant, id)).statusCode).toBe(200);
  expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
  return id;
}
const row = async (id: string) => (await ctx.sql('SELECT status, state, promised_deadline, case_number FROM cases WHERE id = $1', [id])).rows[0];
const expectCode = (res: { statusCode: number; json: () => { error: { code: string } } }, status: number, code: string) => expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
async function documents(client: Client, id: string) {
  const res = await client.get(`/api/cases/${id}/documents`);
  expect(res.statusCode).toBe(200);
  return res.json<{ id: string; kind: string; status: string; sha256: string }[]>();
}
async function pdfText(client: Client, id: string, documentId: string) {
  const res = await client.get(`/api/cases/${id}/documents/${documentId}/content`);
  expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/pdf']);
  const bytes = new Uint8Array(res.rawPayload);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  return { text: (await extractPagesText(bytes)).join('\n'), bytes };
}

describe('the approval lifecycle', () => {
  it('accepts → review passes → decider approves → decision letter stored → window pickup recorded with its slip', async () => {
    const id = await acceptedCase();
    const { case_number: number } = await row(id);

    // The acceptance notice is a stored, valid PDF with the tracking QR.
    const accepted = await documents(zhang, id);
    expect(accepted.map((d) => [d.kind, d.status])).toEqual([['acceptance_notice', 'ready']]);
    const notice = await pdfText(zhang, id, accepted[0]!.id);
    expect(notice.text).toContain('受理通知书');
    expect(notice.text).toContain(number);
    expect((await decodeQrCodes(notice.bytes)).filter(Boolean)).toContain(`/track/${number}`);

    // The reviewer's queue shows it, with the clock.
    const queue = (await approver.get('/api/cases/step-queue?pageSize=100')).json();
    const mine = queue.items.find((c: { id: string }) => c.id === id);
    expect(mine).toMatchObject({ step: { index: 0, key: 'review' }, clock: { promisedDeadline: calendar.addWorkingDays(today(), 5).date, remainingWorkingDays: 5, colour: 'green' } });
    expect((await otherApprover.get('/api/cases/step-queue?pageSize=100')).json().items.map((c: { id: string }) => c.id)).not.toContain(id);

    const passed = await approver.post(`/api/cases/${id}/pass`, { opinion: '材料审查合格，同意', note: '已电话核实经营场所' }, { 'idempotency-key': 'pass-key-000001' });
    expect([passed.statusCode, passed.json().status]).toEqual([200, 'in_review']);
    const replay = await approver.post(`/api/cases/${id}/pass`, { opinion: '材料审查合格，同意', note: '已电话核实经营场所' }, { 'idempotency-key': 'pass-key-000001' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await row(id)).state.stepIndex).toBe(1);

    // Approving before the decision step is refused; at it, approval concludes.
    const decided = await approver.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '经审查，符合法定条件，准予许可。', note: '内部：抽查重点' });
    expect([decided.statusCode, decided.json().status]).toEqual([200, 'concluded']);
    const again = await approver.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: 'x' });
    expectCode(again, 409, 'CASE_ALREADY_CONCLUDED');

    const detail = (await zhang.get(`/api/cases/${id}`)).json();
    expect(detail).toMatchObject({ status: 'concluded', outcome: 'approved', concludedOn: today(), deliveryMethod: 'window_pickup', clock: { colour: expect.any(String) } });
    // The applicant reads the opinion meant for them, never the internal notes.
    expect(detail.events.find((e: { action: string }) => e.action === 'approved')).toMatchObject({ opinion: '经审查，符合法定条件，准予许可。' });
    expect(JSON.stringify(detail.events)).not.toContain('内部');
    expect(JSON.stringify(detail.events)).not.toContain('已电话核实');
    const staffView = (await approver.get(`/api/cases/${id}`)).json();
    expect(staffView.events.find((e: { action: string }) => e.action === 'approved').note).toBe('内部：抽查重点');

    const letter = (await documents(zhang, id)).find((d) => d.kind === 'decision_letter')!;
    expect((await pdfText(zhang, id, letter.id)).text).toContain('准予行政许可决定书');
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM notifications WHERE template = 'case.concluded' AND link = $1`, [`/me/cases/${id}`])).rows[0].n).toBe(1);

    // Delivery is the front desk's; approvers do not hand out results.
    expectCode(await approver.post(`/api/cases/${id}/deliver`, {}), 403, 'FORBIDDEN');
    const delivered = await clerk.post(`/api/cases/${id}/deliver`, {});
    expect([delivered.statusCode, delivered.json().status]).toEqual([200, 'delivered']);
    expectCode(await clerk.post(`/api/cases/${id}/deliver`, {}), 409, 'CASE_ALREADY_DELIVERED');
    const slip = (await documents(zhang, id)).find((d) => d.kind === 'delivery_slip')!;
    expect((await pdfText(clerk, id, slip.id)).text).toContain('批复材料签收单');
    expect(await auditActions(ctx, id)).toEqual(expect.arrayContaining(['case.accepted', 'case.passed', 'case.approved', 'case.delivered', 'case.document_read']));
  });

  it('shows staff the steps of the case\'s own implementation version, not of a version published later', async () => {
    const own = await publishImplementation(ctx, '赤峰市市场监督管理局');
    const id = await acceptedCase(own.id);
    const v1 = caseContent();
    const v2 = { ...v1, process: v1.process.map((s, i) => (i === 0 ? { ...s, name: '新版审查', countersign: true } : s)), specialProcedures: [] };
    await ctx.sql(`INSERT INTO implementation_versions (implementation_id, version, content, content_hash) VALUES ($1, 2, $2, 'v2')`, [own.id, JSON.stringify(v2)]);
    await ctx.sql(`UPDATE implementations SET current_version = 2 WHERE id = $1`, [own.id]);
    const detail = (await approver.get(`/api/cases/${id}`)).json();
    expect(detail.definition).toEqual({
      caseKind: v1.caseKind,
      allowsCommitment: v1.allowsCommitment === true,
      process: v1.process.map((s) => ({ key: s.key, name: s.name, role: s.role, countersign: s.countersign === true })),
      specialProcedures: v1.specialProcedures,
    });
    expect(detail.definition.process[0].name).not.toBe('新版审查');
  });

  it('records a postal delivery without a slip', async () => {
    const id = await acceptedCase(item.id, zhang, 'post');
    await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' });
    await approver.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '准予许可' });
    expect((await clerk.post(`/api/cases/${id}/deliver`, {})).json().status).toBe('delivered');
    expect((await row(id)).state.delivery).toEqual({ method: 'post', deliveredOn: today() });
    expect((await documents(zhang, id)).map((d) => d.kind)).not.toContain('delivery_slip');
  });

  it('returns to an earlier step with a reason, and refuses a return to the same step', async () => {
    const id = await acceptedCase();
    expectCode(await approver.post(`/api/cases/${id}/return`, { toStep: 0, reason: '补充核查' }), 400, 'CASE_STEP_RETURN_INVALID');
    await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' });
    expectCode(await approver.post(`/api/cases/${id}/return`, { toStep: 0, reason: ' ' }), 400, 'CASE_REASON_REQUIRED');
    const returned = await approver.post(`/api/cases/${id}/return`, { toStep: 0, reason: '经营场所面积需现场核实' });
    expect(returned.statusCode).toBe(200);
    expect((await row(id)).state).toMatchObject({ stepIndex: 0, status: 'in_review' });
    expect((await approver.get(`/api/cases/${id}`)).json().events.at(-1)).toMatchObject({ action: 'returned', details: { toStep: 'review', reason: '经营场所面积需现场核实' } });
  });

  it('transfers to a colleague of the same department only; the case then belongs to the colleague', async () => {
    const id = await acceptedCase();
    const ids = (await ctx.sql(`SELECT id FROM staff_users WHERE username = 'approver.zrzy'`)).rows[0].id as string;
    expectCode(await approver.post(`/api/cases/${id}/transfer`, { toUserId: ids }), 400, 'CASE_TRANSFER_INVALID');
    expectCode(await approver.post(`/api/cases/${id}/transfer`, { toUserId: approverId }), 400, 'CASE_TRANSFER_INVALID');
    expect((await approver.post(`/api/cases/${id}/transfer`, { toUserId: colleagueId })).statusCode).toBe(200);
    expect((await row(id)).state.assigneeId).toBe(colleagueId);
    // Out of my hands now; in the colleague's queue.
    expectCode(await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' }), 403, 'FORBIDDEN');
    expect((await approver.get('/api/cases/step-queue?pageSize=100')).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await colleague.get('/api/cases/step-queue?pageSize=100')).json().items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await colleague.post(`/api/cases/${id}/pass`, { opinion: '同意' })).statusCode).toBe(200);
  });

  it('countersigns where the step has it: pending countersign blocks the pass', async () => {
    const plain = await acceptedCase();
    expectCode(await approver.post(`/api/cases/${plain}/request-countersign`, { userIds: [colleagueId] }), 400, 'CASE_COUNTERSIGN_NOT_ALLOWED');
    const id = await acceptedCase(countersignItem.id);
    expectCode(await approver.post(`/api/cases/${id}/request-countersign`, { userIds: [approverId] }), 400, 'CASE_COUNTERSIGNERS_REQUIRED');
    expect((await approver.post(`/api/cases/${id}/request-countersign`, { userIds: [colleagueId] })).statusCode).toBe(200);
    expectCode(await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' }), 409, 'CASE_COUNTERSIGN_PENDING');
    expectCode(await approver.post(`/api/cases/${id}/countersign`, { agree: true, opinion: '同意' }), 409, 'CASE_COUNTERSIGN_NOT_REQUESTED');
    expect((await colleague.post(`/api/cases/${id}/countersign`, { agree: true, opinion: '同意会签' })).statusCode).toBe(200);
    expect((await row(id)).state.countersign.opinions).toEqual([{ userId: colleagueId, agree: true, opinion: '同意会签' }]);
    expect((await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' })).statusCode).toBe(200);
  });

  it('denies with reason and legal basis, and the denial letter states them', async () => {
    const id = await acceptedCase();
    await approver.post(`/api/cases/${id}/pass`, { opinion: '不符合条件' });
    expectCode(await approver.post(`/api/cases/${id}/decide`, { outcome: 'denied', opinion: '不予许可', reason: '经营场所不符合要求' }), 400, 'CASE_LEGAL_BASIS_REQUIRED');
    expect((await row(id)).status).toBe('in_review');
    const denied = await approver.post(`/api/cases/${id}/decide`, { outcome: 'denied', opinion: '不予许可', reason: '经营场所与有毒有害场所距离不足', legalBasis: '《食品经营许可和备案管理办法》第十条' });
    expect(denied.json().status).toBe('concluded');
    expect((await zhang.get(`/api/cases/${id}`)).json()).toMatchObject({ outcome: 'denied' });
    const letter = (await documents(zhang, id)).find((d) => d.kind === 'denial_letter')!;
    const { text } = await pdfText(zhang, id, letter.id);
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('经营场所与有毒有害场所距离不足');
  });

  it('voids by a centre administrator with a reason; approvers and applicants cannot', async () => {
    const id = await acceptedCase();
    // The approver sees the case (their department) but holds no admin role; another department's does not see it.
    expectCode(await approver.post(`/api/cases/${id}/void`, { reason: '重复申报' }), 403, 'FORBIDDEN');
    expectCode(await otherApprover.post(`/api/cases/${id}/void`, { reason: '重复申报' }), 404, 'NOT_FOUND');
    expectCode(await zhang.post(`/api/cases/${id}/void`, { reason: '重复申报' }), 403, 'FORBIDDEN');
    expectCode(await admin.post(`/api/cases/${id}/void`, { reason: '' }), 400, 'CASE_REASON_REQUIRED');
    const voided = await admin.post(`/api/cases/${id}/void`, { reason: '重复申报' });
    expect([voided.statusCode, voided.json().status]).toEqual([200, 'voided']);
    expectCode(await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' }), 409, 'CASE_CLOSED');
    expect(await auditActions(ctx, id)).toContain('case.voided');
  });
});

describe('the clock', () => {
  it('extends once with a reason; a second extension is refused', async () => {
    const id = await acceptedCase();
    const before = (await row(id)).promised_deadline as string;
    expectCode(await approver.post(`/api/cases/${id}/extend`, { days: 11, reason: '复杂' }), 400, 'CASE_EXTENSION_INVALID');
    expect((await approver.post(`/api/cases/${id}/extend`, { days: 10, reason: '需组织专家论证' })).statusCode).toBe(200);
    const after = (await row(id)).promised_deadline as string;
    expect(calendar.workingDaysBetween(before, after).days).toBe(10);
    expect((await zhang.get(`/api/cases/${id}`)).json()).toMatchObject({ extension: { days: 10, reason: '需组织专家论证' }, clock: { promisedDeadline: after, promisedWorkingDays: 15 } });
    expectCode(await approver.post(`/api/cases/${id}/extend`, { days: 1, reason: '再延' }), 409, 'CASE_EXTENSION_USED');
  });

  it('a special procedure moves the deadline by exactly the suspended working days (across National Day 2026)', async () => {
    const id = await acceptedCase();
    expectCode(await approver.post(`/api/cases/${id}/special-procedure/start`, { procedure: 'hearing', reason: '听证', plannedEnd: calendar.addWorkingDays(today(), 3).date }), 400, 'CASE_SPECIAL_PROCEDURE_NOT_ALLOWED');
    const plannedEnd = calendar.addWorkingDays(today(), 3).date;
    const started = await approver.post(`/api/cases/${id}/special-procedure/start`, { procedure: 'site_inspection', reason: '现场核查经营场所', plannedEnd });
    expect(started.json().status).toBe('suspended');
    const suspended = (await zhang.get(`/api/cases/${id}`)).json();
    expect(suspended.clock).toMatchObject({ isSuspended: true, remainingWorkingDays: 5 });
    expect(calendar.workingDaysBetween(suspended.clock.promisedDeadline, suspended.clock.planned.promisedDeadline).days).toBe(calendar.workingDaysBetween(today(), plannedEnd).days);
    expectCode(await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' }), 409, 'CASE_SUSPENDED');
    expect((await approver.post(`/api/cases/${id}/special-procedure/end`, {})).json().status).toBe('in_review');

    // Dates where the calendar matters: accepted 2026-09-25, inspection from 2026-09-28 to 2026-10-09.
    await ctx.sql(`UPDATE cases SET accepted_on = '2026-09-25', state = jsonb_set(jsonb_set(jsonb_set(state, '{acceptedOn}', '"2026-09-25"'), '{stepStartedOn}', '"2026-09-25"'),
      '{suspensions}', '[{"procedure":"site_inspection","reason":"现场核查","startedOn":"2026-09-28","plannedEnd":"2026-10-09","endedOn":"2026-10-09"}]') WHERE id = $1`, [id]);
    const clock = (await zhang.get(`/api/cases/${id}`)).json().clock;
    const suspendedDays = calendar.workingDaysBetween('2026-09-28', '2026-10-09').days;
    const unsuspended = calendar.addWorkingDays('2026-09-25', 5).date;
    expect(clock.suspendedWorkingDays).toBe(suspendedDays);
    expect(clock.promisedDeadline).toBe(calendar.addWorkingDays('2026-09-25', 5 + suspendedDays).date);
    expect(calendar.workingDaysBetween(unsuspended, clock.promisedDeadline).days).toBe(suspendedDays);
    // National Day: fewer working days than calendar days in the procedure.
    expect(suspendedDays).toBeLessThan(11);
  });
});

describe('notices', () => {
  it('stores a notice for each front-desk action and regenerates one whose PDF is missing', async () => {
    const rejectedId = await completeDraft(zhang, item.id);
    await submit(zhang, rejectedId);
    await clerk.post(`/api/cases/${rejectedId}/reject`, { reason: '不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条' });
    const correctedId = await completeDraft(zhang, item.id);
    await submit(zhang, correctedId);
    await clerk.post(`/api/cases/${correctedId}/request-correction`, { items: [{ materialKey: 'layout', problem: '缺少平面布局图' }] });
    const [rejection] = await documents(zhang, rejectedId);
    const [correction] = await documents(zhang, correctedId);
    expect((await pdfText(zhang, rejectedId, rejection!.id)).text).toContain('不予受理通知书');
    const correctionText = (await pdfText(zhang, correctedId, correction!.id)).text;
    expect(correctionText).toContain('补正');
    expect(correctionText).toContain('缺少平面布局图');

    // A render lost after commit (crash, worker failure): the row stays pending and the next read renders it.
    await ctx.sql(`UPDATE case_documents SET status = 'pending', storage_key = NULL, size = NULL WHERE id = $1`, [rejection!.id]);
    const regenerated = await documents(zhang, rejectedId);
    expect(regenerated[0]).toMatchObject({ id: rejection!.id, status: 'ready' });
    await ctx.sql(`UPDATE case_documents SET status = 'pending', storage_key = NULL, size = NULL WHERE id = $1`, [rejection!.id]);
    expect((await pdfText(zhang, rejectedId, rejection!.id)).text).toContain('不予受理通知书');
  });
});

describe('the attacker side', () => {
  it('an approver of another department gets 404 on every action and read; an applicant gets 404 on another applicant\'s case and documents', async () => {
    const id = await acceptedCase();
    const [doc] = await documents(zhang, id);
    for (const res of [
      await otherApprover.get(`/api/cases/${id}`),
      await otherApprover.get(`/api/cases/${id}/documents`),
      await otherApprover.get(`/api/cases/${id}/documents/${doc!.id}/content`),
      await otherApprover.post(`/api/cases/${id}/pass`, { opinion: '同意' }),
      await otherApprover.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '同意' }),
      await otherApprover.post(`/api/cases/${id}/extend`, { days: 5, reason: 'r' }),
      await otherApprover.post(`/api/cases/${id}/transfer`, { toUserId: colleagueId }),
      await li.get(`/api/cases/${id}`),
      await li.get(`/api/cases/${id}/documents`),
      await li.get(`/api/cases/${id}/documents/${doc!.id}/content`),
    ]) expectCode(res, 404, 'NOT_FOUND');
    expectCode(await zhang.post(`/api/cases/${id}/pass`, { opinion: '同意' }), 403, 'FORBIDDEN');
    expectCode(await new Client(ctx.app).post(`/api/cases/${id}/pass`, { opinion: '同意' }), 401, 'AUTH_REQUIRED');
    expect((await row(id)).state.stepIndex).toBe(0);
    // Staff reads of documents are on record; the applicant's own are not.
    const before = (await auditActions(ctx, id)).filter((a) => a === 'case.document_read').length;
    await pdfText(approver, id, doc!.id);
    expect((await auditActions(ctx, id)).filter((a) => a === 'case.document_read').length).toBe(before + 1);
  });
});

describe('public tracking', () => {
  it('answers status and the applicant-facing timeline for the right check, and the same 404 for a wrong check or an unknown number', async () => {
    const id = await acceptedCase();
    await approver.post(`/api/cases/${id}/pass`, { opinion: '同意', note: '内部备注不公开' });
    const { case_number: number } = await row(id);
    const anonymous = new Client(ctx.app);
    const ok = await anonymous.get(`/api/public/cases/track?number=${number}&check=${encodeURIComponent('张伟')}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ caseNumber: number, status: 'in_review', clock: { remainingWorkingDays: expect.any(Number) } });
    expect(ok.body).not.toContain('内部备注');
    expect(ok.body).not.toContain('张伟');
    expect(ok.body).not.toContain('吴刚');
    const idNumber = ctx.pii.decrypt((await ctx.sql(`SELECT id_number_enc FROM applicants WHERE name = '张伟'`)).rows[0].id_number_enc);
    expect((await anonymous.get(`/api/public/cases/track?number=${number}&check=${idNumber.slice(-4)}`)).statusCode).toBe(200);

    const wrong = await anonymous.get(`/api/public/cases/track?number=${number}&check=${encodeURIComponent('李娜')}`);
    const unknown = await anonymous.get(`/api/public/cases/track?number=${number.slice(0, -4)}9999&check=${encodeURIComponent('张伟')}`);
    expect([wrong.statusCode, unknown.statusCode]).toEqual([404, 404]);
    const { requestId: _a, ...wrongError } = wrong.json().error;
    const { requestId: _b, ...unknownError } = unknown.json().error;
    expect(wrongError).toEqual(unknownError);
    // Guessing is throttled per address.
    let last = wrong;
    for (let i = 0; i < 12; i += 1) last = await anonymous.get(`/api/public/cases/track?number=${number}&check=x${i}`);
    expect([last.statusCode, last.json().error.code]).toEqual([429, 'RATE_LIMITED']);
  });
});
