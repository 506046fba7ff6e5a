import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { caseContent, completeDraft, publishImplementation, submit } from '../../../test/case-fixtures.ts';
import { approvedCase, defineLicenceType, FOOD_LICENCE_TYPE, sealFor } from '../../../test/licence-fixtures.ts';

let ctx: TestContext;
let zhang: Client;
let li: Client;
let clerk: Client;
let approver: Client;
let licenceId: string;
let needsLicence: { id: string; code: string };
const SCJG = '赤峰市市场监督管理局';

type Attachment = { id: string; materialKey: string; licenceId: string | null; sha256: string | null; licence: { id: string; status: string; identifier: string } | null };

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  li = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  expect((await li.loginApplicant('13904760002')).statusCode).toBe(200);
  [clerk, approver] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg')]);
  const producing = await publishImplementation(ctx, SCJG);
  await defineLicenceType(ctx, { producers: [producing.code], issuers: [SCJG] });
  await sealFor(ctx, SCJG);
  // Zhang's food business licence, issued on approval.
  const id = await approvedCase({ applicant: zhang, clerk, approver }, producing.id);
  licenceId = (await ctx.sql('SELECT licence_id FROM case_licence_results WHERE case_id = $1', [id])).rows[0].licence_id;
  expect(licenceId).toBeTruthy();
  // An item that asks for the food business licence — which the platform now holds for zhang.
  const base = caseContent();
  needsLicence = await publishImplementation(ctx, SCJG, caseContent({
    name: '食品经营许可变更',
    materials: [...base.materials, {
      key: 'food-licence', name: '食品经营许可证', kind: 'original', form: 'electronic', necessity: 'required', paperCopies: 0, source: 'government',
      legalBasis: '《食品经营许可和备案管理办法》', satisfiedByLicenseType: FOOD_LICENCE_TYPE,
    }],
  }));
});
afterAll(async () => { await ctx.close(); });

const attachmentsOf = async (client: Client, caseId: string) => (await client.get(`/api/cases/${caseId}`)).json<{ attachments: Attachment[] }>().attachments;

describe('reusing an e-licence instead of an upload (减证便民)', () => {
  it('attaches the applicant\'s valid licence to a new draft at once; submit needs no upload for it; the clerk sees it verified', async () => {
    const created = await zhang.post('/api/cases', { implementationId: needsLicence.id });
    expect(created.statusCode).toBe(201);
    const detail = created.json<{ id: string; attachments: Attachment[]; materials: { key: string; attachmentCount: number; satisfiedByLicenceType: string | null }[] }>();
    expect(detail.attachments).toEqual([expect.objectContaining({ materialKey: 'food-licence', licenceId, sha256: null, licence: expect.objectContaining({ id: licenceId, status: 'valid' }) })]);
    expect(detail.materials.find((m) => m.key === 'food-licence')).toMatchObject({ attachmentCount: 1, satisfiedByLicenceType: FOOD_LICENCE_TYPE });
    expect(await auditActions(ctx, detail.id)).toContain('case.licences_attached');

    const id = await completeDraft(zhang, needsLicence.id);
    expect((await submit(zhang, id)).statusCode).toBe(200);
    const seen = await attachmentsOf(clerk, id);
    const licenceAttachment = seen.find((a) => a.materialKey === 'food-licence')!;
    expect(licenceAttachment.licence).toMatchObject({ id: licenceId, status: 'valid' });
    // The clerk opens the licence itself: its PDF, named by its identifier.
    const pdf = await clerk.get(`/api/cases/${id}/attachments/${licenceAttachment.id}/content`);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain(licenceAttachment.licence!.identifier);
  });

  it('gives another applicant nothing: the material is missing, and zhang\'s licence does not exist for them', async () => {
    const id = await completeDraft(li, needsLicence.id);
    expect((await attachmentsOf(li, id)).some((a) => a.licenceId)).toBe(false);
    const refused = await submit(li, id);
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'CASE_MATERIALS_MISSING']);
    const stolen = await li.post(`/api/cases/${id}/attachments/licence`, { materialKey: 'food-licence', licenceId });
    expect(stolen.statusCode).toBe(404);
    const candidates = (await li.get(`/api/cases/${id}/licence-candidates`)).json<{ materialKey: string }[]>();
    expect(candidates.find((c) => c.materialKey === 'food-licence')).toEqual({ materialKey: 'food-licence', licenceTypeCode: FOOD_LICENCE_TYPE, licences: [] });
  });

  it('refuses a licence for a material it does not satisfy', async () => {
    const id = await completeDraft(zhang, needsLicence.id);
    const res = await zhang.post(`/api/cases/${id}/attachments/licence`, { materialKey: 'application-form', licenceId });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'LICENCE_NOT_FOR_MATERIAL']);
  });

  it('refuses a revoked licence: submit with it attached, attaching it again; removing it leaves the material missing', async () => {
    const id = await completeDraft(zhang, needsLicence.id);
    const attached = (await attachmentsOf(zhang, id)).find((a) => a.licenceId === licenceId)!;
    expect(attached).toBeTruthy();
    await ctx.sql(`UPDATE licences SET revoked_at = now(), revoked_on = $2, revocation_reason = '测试注销' WHERE id = $1`, [licenceId, chinaDateOf(new Date())]);
    try {
      const refused = await submit(zhang, id);
      expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'LICENCE_NOT_USABLE']);
      expect(refused.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['/materials/food-licence']);
      expect((await ctx.sql('SELECT status FROM cases WHERE id = $1', [id])).rows[0].status).toBe('draft');

      const candidates = (await zhang.get(`/api/cases/${id}/licence-candidates`)).json<{ materialKey: string; licences: unknown[] }[]>();
      expect(candidates.find((c) => c.materialKey === 'food-licence')?.licences).toEqual([expect.objectContaining({ id: licenceId, status: 'revoked', usable: false })]);
      const again = await zhang.post(`/api/cases/${id}/attachments/licence`, { materialKey: 'food-licence', licenceId });
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'LICENCE_NOT_USABLE']);

      expect((await zhang.delete(`/api/cases/${id}/attachments/${attached.id}`)).statusCode).toBe(204);
      const missing = await submit(zhang, id);
      expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'CASE_MATERIALS_MISSING']);
      expect(await auditActions(ctx, id)).toContain('case.attachment_removed');

      // A new draft no longer gets it.
      const fresh = await zhang.post('/api/cases', { implementationId: needsLicence.id });
      expect(fresh.json().attachments).toEqual([]);
    } finally {
      await ctx.sql(`UPDATE licences SET revoked_at = NULL, revoked_on = NULL, revocation_reason = NULL WHERE id = $1`, [licenceId]);
    }
  });

  it('lets only the case\'s applicant or filer remove attachments, and only while editable', async () => {
    const id = await completeDraft(zhang, needsLicence.id);
    const [first] = await attachmentsOf(zhang, id);
    expect((await li.delete(`/api/cases/${id}/attachments/${first!.id}`)).statusCode).toBe(404);
    expect((await submit(zhang, id)).statusCode).toBe(200);
    const closed = await zhang.delete(`/api/cases/${id}/attachments/${first!.id}`);
    expect(closed.statusCode).toBe(409);
  });
});
