import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, type WorkingDayCalendar } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { completeDraft, PDF, publishImplementation, submit, upload, VALID_FORM } from '../../../test/case-fixtures.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';

let ctx: TestContext;
let zhang: Client;
let clerk: Client; // city hall
let clerkHs: Client; // Hongshan hall
let clerkSs: Client; // Songshan hall
let approver: Client;
let cityItem: { id: string; code: string };
let hongshanItem: { id: string; code: string };
let calendar: WorkingDayCalendar;

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [clerk, clerkHs, clerkSs, approver] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'clerk.hs'), staffClient(ctx, 'clerk.ss'), staffClient(ctx, 'approver.scjg')]);
  cityItem = await publishImplementation(ctx, '赤峰市市场监督管理局');
  hongshanItem = await publishImplementation(ctx, '红山区市场监督管理局');
  calendar = await calendarOf(ctx.db);
});
afterAll(async () => { await ctx.close(); });

const today = () => chinaDateOf(new Date());
const submittedCase = async (implementationId: string) => {
  const id = await completeDraft(zhang, implementationId);
  expect((await submit(zhang, id)).statusCode).toBe(200);
  return id;
};
const queueIds = async (client: Client) => (await client.get('/api/cases/pre-review?pageSize=100')).json().items.map((c: { id: string }) => c.id) as string[];
const status = async (id: string) => (await ctx.sql('SELECT status FROM cases WHERE id = $1', [id])).rows[0].status as string;

/** Moves a case's receipt back in time (core's state and its projections together), as if it had waited. */
async function setReceivedOn(id: string, receivedOn: string) {
  await ctx.sql(`UPDATE cases SET received_on = $2::date, pre_review_deadline = $3::date, state = jsonb_set(state, '{receivedOn}', to_jsonb($2::text)) WHERE id = $1`,
    [id, receivedOn, calendar.addWorkingDays(receivedOn, 5).date]);
}

describe('the pre-review queue', () => {
  it('shows each desk its own submitted cases, most urgent art. 32 deadline first, with the art. 32 status', async () => {
    const fresh = await submittedCase(cityItem.id);
    const older = await submittedCase(cityItem.id);
    const overdue = await submittedCase(cityItem.id);
    const district = await submittedCase(hongshanItem.id);
    const draft = (await zhang.post('/api/cases', { implementationId: cityItem.id })).json().id as string;
    await setReceivedOn(older, '2026-01-05');
    await setReceivedOn(overdue, '2025-12-01');

    const queue = (await clerk.get('/api/cases/pre-review?pageSize=100')).json();
    const ids = queue.items.map((c: { id: string }) => c.id);
    expect(ids.slice(0, 3)).toEqual([overdue, older, fresh]);
    expect(ids).not.toContain(district);
    expect(ids).not.toContain(draft);
    const item = queue.items.find((c: { id: string }) => c.id === fresh);
    expect(item).toMatchObject({ applicantName: '张伟', status: 'submitted', preReview: { phase: 'open', deadline: calendar.addWorkingDays(today(), 5).date, remainingWorkingDays: 5, deemedAcceptedOn: null } });
    expect(queue.items[0].preReview).toMatchObject({ phase: 'deemed_accepted', deemedAcceptedOn: '2025-12-01' });

    // Hongshan's desk sees Hongshan's case only; Songshan's sees neither. The city clerk's scope includes Hongshan,
    // but Hongshan's cases are accepted at Hongshan's hall.
    expect(await queueIds(clerkHs)).toEqual([district]);
    expect(await queueIds(clerkSs)).toEqual([]);
    // Approvers do not accept (受审分离); applicants and anonymous callers have no queue.
    expect((await approver.get('/api/cases/pre-review')).json().error.code).toBe('FORBIDDEN');
    expect((await zhang.get('/api/cases/pre-review')).statusCode).toBe(403);
    expect((await new Client(ctx.app).get('/api/cases/pre-review')).statusCode).toBe(401);
  });
});

describe('front-desk actions', () => {
  it('requests one complete correction, takes the resubmission back into the queue, then accepts', async () => {
    const id = await submittedCase(cityItem.id);
    const number = (await zhang.get(`/api/cases/${id}`)).json().caseNumber;
    const correction = await clerk.post(`/api/cases/${id}/request-correction`, {
      items: [{ materialKey: 'application-form', problem: '缺少法定代表人签字' }, { materialKey: 'form', problem: '经营场所面积与平面图不符' }],
      note: '电话已告知',
    });
    expect([correction.statusCode, correction.json().status]).toEqual([200, 'correction_requested']);
    expect(await queueIds(clerk)).not.toContain(id);

    const mine = (await zhang.get(`/api/cases/${id}`)).json();
    expect(mine.correctionItems).toHaveLength(2);
    const notice = mine.events.at(-1);
    expect(notice).toMatchObject({ action: 'correction_requested', opinion: '1. 食品经营许可申请书：缺少法定代表人签字\n2. 申请表：经营场所面积与平面图不符' });
    expect(notice.note).toBeUndefined();
    expect((await clerk.get(`/api/cases/${id}`)).json().events.at(-1).note).toBe('电话已告知');

    // The applicant corrects (form and material) and resubmits: a new receipt, the same case number.
    expect((await zhang.patch(`/api/cases/${id}`, { formData: { ...VALID_FORM, area: 150 } })).statusCode).toBe(200);
    expect((await upload(zhang, id, 'application-form', '申请书（已签字）.pdf', PDF)).statusCode).toBe(201);
    const again = await submit(zhang, id, 'resubmit-key-0001');
    expect(again.json()).toMatchObject({ status: 'submitted', caseNumber: number, submissionCount: 2, receivedOn: today() });
    expect(await queueIds(clerk)).toContain(id);

    const accepted = await clerk.post(`/api/cases/${id}/accept`, { note: '材料齐全' });
    expect([accepted.statusCode, accepted.json().status, accepted.json().acceptedOn]).toEqual([200, 'in_review', today()]);
    expect(await auditActions(ctx, id)).toEqual(expect.arrayContaining(['case.submitted', 'case.correction_requested', 'case.resubmitted', 'case.accepted', 'case.read']));
    const notes = (await ctx.sql(`SELECT template FROM notifications WHERE link = $1 ORDER BY created_at`, [`/me/cases/${id}`])).rows.map((r) => r.template);
    expect(notes).toEqual(['case.submitted', 'case.correction_requested', 'case.accepted']);
    // Accepting twice is refused by the rules.
    const twice = await clerk.post(`/api/cases/${id}/accept`, {});
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'CASE_NOT_IN_PRE_REVIEW']);
  });

  it('refuses a correction request that is empty, names an unknown material or a cancelled proof, and changes nothing', async () => {
    const id = await submittedCase(cityItem.id);
    for (const [items, code] of [
      [[], 'CASE_CORRECTION_ITEMS_REQUIRED'],
      [[{ materialKey: 'no-such-thing', problem: '缺' }], 'CASE_MATERIAL_UNKNOWN'],
      [[{ materialKey: 'residence-proof', problem: '请提供居住证明' }], 'CASE_PROOF_CANCELLED'],
    ] as const) {
      const res = await clerk.post(`/api/cases/${id}/request-correction`, { items });
      expect([res.statusCode, res.json().error.code]).toEqual([400, code]);
    }
    const missingProblem = await clerk.post(`/api/cases/${id}/request-correction`, { items: [{ materialKey: 'layout' }] });
    expect([missingProblem.statusCode, missingProblem.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await status(id)).toBe('submitted');
    expect(await auditActions(ctx, id)).not.toContain('case.correction_requested');
  });

  it('rejects with reason and legal basis, and a rejected case is closed', async () => {
    const id = await submittedCase(cityItem.id);
    const noBasis = await clerk.post(`/api/cases/${id}/reject`, { reason: '不属于本机关职权范围', legalBasis: ' ' });
    expect([noBasis.statusCode, noBasis.json().error.code]).toEqual([400, 'CASE_LEGAL_BASIS_REQUIRED']);
    expect(await status(id)).toBe('submitted');
    const rejected = await clerk.post(`/api/cases/${id}/reject`, { reason: '不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条第一款第（二）项' });
    expect([rejected.statusCode, rejected.json().status]).toEqual([200, 'rejected']);
    const mine = (await zhang.get(`/api/cases/${id}`)).json();
    expect(mine).toMatchObject({ status: 'rejected', closeReason: '不属于本机关职权范围' });
    expect(mine.events.at(-1)).toMatchObject({ action: 'rejected', details: { legalBasis: '《行政许可法》第三十二条第一款第（二）项', notices: ['rejection_notice'] } });
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM notifications WHERE template = 'case.rejected' AND link = $1`, [`/me/cases/${id}`])).rows[0].n).toBe(1);
    const accept = await clerk.post(`/api/cases/${id}/accept`, {});
    expect([accept.statusCode, accept.json().error.code]).toEqual([409, 'CASE_CLOSED']);
  });

  it('applies art. 32: past five working days no correction or rejection, and acceptance dates from receipt', async () => {
    const id = await submittedCase(cityItem.id);
    await setReceivedOn(id, '2025-12-01');
    const correction = await clerk.post(`/api/cases/${id}/request-correction`, { items: [{ materialKey: 'layout', problem: '缺' }] });
    expect([correction.statusCode, correction.json().error.code]).toEqual([409, 'CASE_PRE_REVIEW_PERIOD_PASSED']);
    const reject = await clerk.post(`/api/cases/${id}/reject`, { reason: '理由', legalBasis: '依据' });
    expect(reject.json().error.code).toBe('CASE_PRE_REVIEW_PERIOD_PASSED');
    const accepted = await clerk.post(`/api/cases/${id}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'in_review', acceptedOn: '2025-12-01', promisedDeadline: calendar.addWorkingDays('2025-12-01', 5).date });
    expect((await zhang.get(`/api/cases/${id}`)).json().deemedAccepted).toBe(true);
  });

  it('accepts with deficiency for a named material, and refuses a commitment the item does not allow', async () => {
    const id = await submittedCase(cityItem.id);
    const commitment = await clerk.post(`/api/cases/${id}/accept`, { commitmentText: '本人承诺所填信息真实' });
    expect([commitment.statusCode, commitment.json().error.code]).toEqual([400, 'CASE_COMMITMENT_NOT_ALLOWED']);
    const unknown = await clerk.post(`/api/cases/${id}/accept`, { deficiency: { materialKeys: ['nope'], promisedBy: calendar.addWorkingDays(today(), 3).date } });
    expect(unknown.json().error.code).toBe('CASE_MATERIAL_UNKNOWN');
    const past = await clerk.post(`/api/cases/${id}/accept`, { deficiency: { materialKeys: ['layout'], promisedBy: '2020-01-01' } });
    expect(past.json().error.code).toBe('CASE_DEFICIENCY_INVALID');
    expect(await status(id)).toBe('submitted');
    const promisedBy = calendar.addWorkingDays(today(), 3).date;
    const accepted = await clerk.post(`/api/cases/${id}/accept`, { deficiency: { materialKeys: ['layout'], promisedBy } });
    expect(accepted.statusCode).toBe(200);
    expect((await zhang.get(`/api/cases/${id}`)).json().deficiency).toEqual({ materialKeys: ['layout'], promisedBy, fulfilledOn: null });
  });

  it('keeps other desks, approvers, applicants and anonymous callers out', async () => {
    const city = await submittedCase(cityItem.id);
    const district = await submittedCase(hongshanItem.id);
    const draft = (await zhang.post('/api/cases', { implementationId: cityItem.id })).json().id as string;
    // Out of the desk or out of scope: as if the case did not exist.
    for (const [client, id] of [[clerkHs, city], [clerkSs, city], [clerkSs, district], [clerk, district], [clerk, draft]] as const) {
      for (const res of [
        await client.post(`/api/cases/${id}/accept`, {}),
        await client.post(`/api/cases/${id}/reject`, { reason: 'r', legalBasis: 'b' }),
        await client.post(`/api/cases/${id}/request-correction`, { items: [{ materialKey: 'layout', problem: 'p' }] }),
        await client.get(`/api/cases/${id}`),
      ]) expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    const attachment = (await zhang.get(`/api/cases/${city}`)).json().attachments[0];
    expect((await clerkHs.get(`/api/cases/${city}/attachments/${attachment.id}/content`)).statusCode).toBe(404);
    expect((await clerk.get(`/api/cases/${city}/attachments/${attachment.id}/content`)).statusCode).toBe(200);
    // Approvers decide but do not accept; applicants cannot accept their own case.
    expect((await approver.post(`/api/cases/${city}/accept`, {})).json().error.code).toBe('FORBIDDEN');
    expect((await zhang.post(`/api/cases/${city}/accept`, {})).json().error.code).toBe('FORBIDDEN');
    expect((await new Client(ctx.app).post(`/api/cases/${city}/accept`, {})).json().error.code).toBe('AUTH_REQUIRED');
    expect([await status(city), await status(district)]).toEqual(['submitted', 'submitted']);
    // Hongshan's own desk accepts Hongshan's case.
    expect((await clerkHs.post(`/api/cases/${district}/accept`, {})).json().status).toBe('in_review');
  });

  it('answers a retried acceptance with the first answer when an Idempotency-Key is sent', async () => {
    const id = await submittedCase(cityItem.id);
    const first = await clerk.post(`/api/cases/${id}/accept`, {}, { 'idempotency-key': 'accept-key-00001' });
    const retry = await clerk.post(`/api/cases/${id}/accept`, {}, { 'idempotency-key': 'accept-key-00001' });
    expect([first.statusCode, retry.statusCode, retry.headers['idempotent-replayed']]).toEqual([200, 200, 'true']);
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'accepted'`, [id])).rows[0].n).toBe(1);
  });
});
