import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialSigningBytes, licenceVerificationUrl, proofValueSignature, type LicenceCredential } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../../test/test-app.ts';
import { publishImplementation } from '../../../../test/case-fixtures.ts';
import { approvedCase, defineLicenceType, sealFor } from '../../../../test/licence-fixtures.ts';
import { decodeQrCodes, extractPagesText } from '../../../../test/pdf-inspection.ts';
import { sm2Verify } from '../../../platform/crypto/sm2.ts';
import { SYSTEM_CONTEXT } from '../../../platform/audit/audit-log.ts';
import { issueLicence, publicBaseUrl } from '../issue-licence.ts';
import type { SealRow } from '../seal-records.ts';
import { SHARE_FAILURES_PER_ADDRESS } from './licence-shares.ts';

let ctx: TestContext;
let zhang: Client;
let li: Client;
let dairy: Client;
let clerk: Client;
let approver: Client;
let seal: SealRow;
let licenceId: string;
let identifier: string;
const SCJG = '赤峰市市场监督管理局';

async function applicant(phone: string): Promise<Client> {
  const client = new Client(ctx.app);
  expect((await client.loginApplicant(phone)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  ctx = await createTestContext();
  [zhang, li, dairy] = await Promise.all([applicant('13904760001'), applicant('13904760002'), applicant('91150402MA0N1P2Q74')]);
  [clerk, approver] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg')]);
  const item = await publishImplementation(ctx, SCJG);
  await defineLicenceType(ctx, { producers: [item.code], issuers: [SCJG] });
  seal = await sealFor(ctx, SCJG);
  // Issued through the approval flow: apply, accept, pass, decide.
  const caseId = await approvedCase({ applicant: zhang, clerk, approver }, item.id);
  const result = (await ctx.sql('SELECT l.id, l.identifier FROM case_licence_results r JOIN licences l ON l.id = r.licence_id WHERE r.case_id = $1', [caseId])).rows[0];
  expect(result).toBeDefined();
  ({ id: licenceId, identifier } = result);
});
afterAll(async () => { await ctx.close(); });

interface Summary { id: string; identifier: string; status: string; name: string; typeName: string; issuer: { name: string }; holderName: string; holderCodeMasked: string; validFrom: string; validUntil: string | null; activeShares: number }

describe('my licences', () => {
  it('lists the licence issued on approval as valid, holder code masked, and told the holder (in-app and SMS)', async () => {
    const res = await zhang.get('/api/me/licences');
    expect(res.statusCode).toBe(200);
    const list = res.json<Summary[]>();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: licenceId, identifier, status: 'valid', name: '食品经营许可证', typeName: '食品经营许可证', issuer: { name: SCJG }, holderName: '张伟', activeShares: 0 });
    expect(list[0]!.holderCodeMasked).toMatch(/^\d{3,6}\*+[\dX]{2,4}$/);
    expect(res.body).not.toMatch(/\d{17}[\dX]/);

    const notification = (await ctx.sql(`SELECT n.id, n.link, n.title_zh FROM notifications n JOIN applicants a ON a.id = n.recipient_id
      WHERE n.template = 'licence.issued' AND a.phone_hash = $1`, [ctx.pii.blindIndex('13904760001')])).rows;
    expect(notification).toEqual([expect.objectContaining({ link: '/me/licences', title_zh: '电子证照已颁发' })]);
    const sms = (await ctx.sql(`SELECT channel, template FROM outbound_messages WHERE notification_id = $1`, [notification[0].id])).rows;
    expect(sms).toEqual([{ channel: 'sms', template: 'licence.issued' }]);
  });

  it('shows the detail with the fields in print order and their titles', async () => {
    const res = await zhang.get(`/api/me/licences/${licenceId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().fields).toEqual([
      { name: '经营者名称', title: '经营者名称', value: '赤峰草原乳业有限公司' },
      { name: '经营面积', title: '经营面积（平方米）', value: 120 },
    ]);
  });

  it('answers 404 to another applicant for the licence, its files and its shares, and 403 to staff', async () => {
    for (const path of ['', '/pdf', '/credential', '/shares']) {
      const res = await li.get(`/api/me/licences/${licenceId}${path}`);
      expect([path, res.statusCode, res.json().error.code]).toEqual([path, 404, 'LICENCE_NOT_FOUND']);
    }
    expect((await li.post(`/api/me/licences/${licenceId}/shares`, { hours: 1 })).statusCode).toBe(404);
    expect((await li.get('/api/me/licences')).json()).toEqual([]);
    expect((await clerk.get('/api/me/licences')).statusCode).toBe(403);
    expect((await new Client(ctx.app).get('/api/me/licences')).statusCode).toBe(401);
  });

  it('downloads the PDF: holder, identifier, and a QR code that opens the verification page', async () => {
    const res = await zhang.get(`/api/me/licences/${licenceId}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`食品经营许可证-${identifier}.pdf`)}`);
    const pdf = new Uint8Array(res.rawPayload);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = (await extractPagesText(pdf)).join('').replace(/\u200b/g, '');
    expect(text).toContain('张伟');
    expect(text).toContain(identifier);
    expect(await decodeQrCodes(pdf, 4)).toEqual([licenceVerificationUrl(publicBaseUrl(ctx), identifier)]);
    // Rendered once: the second download is the stored file.
    expect((await ctx.sql('SELECT pdf_storage_key FROM licences WHERE id = $1', [licenceId])).rows[0].pdf_storage_key).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect((await zhang.get(`/api/me/licences/${licenceId}/pdf`)).rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('downloads the Verifiable Credential, byte-stable, whose proof verifies with the seal key', async () => {
    const res = await zhang.get(`/api/me/licences/${licenceId}/credential`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+json/);
    expect(res.headers['content-disposition']).toContain('.vc.json');
    const vc = res.json<LicenceCredential>();
    expect(vc.credentialSubject.licence).toMatchObject({ identifier });
    const key = (await ctx.keys.publicKey(seal.signing_key_id)).publicKeyHex;
    expect(sm2Verify(credentialSigningBytes(vc), proofValueSignature(vc.proof.proofValue!)!, key)).toBe(true);
    expect((await zhang.get(`/api/me/licences/${licenceId}/credential`)).body).toBe(res.body);
  });

  it('shows today\'s status: suspended, then revoked', async () => {
    const other = await issueFor('赤峰草原乳业有限公司', null);
    const status = async () => (await dairy.get(`/api/me/licences/${other}`)).json().status;
    expect(await status()).toBe('valid');
    await ctx.sql(`INSERT INTO licence_suspensions (licence_id, from_date, reason) VALUES ($1, current_date - 1, '整改')`, [other]);
    expect(await status()).toBe('suspended');
    await ctx.sql(`UPDATE licences SET revoked_on = current_date - 1, revoked_at = now(), revocation_reason = '依法吊销' WHERE id = $1`, [other]);
    expect((await dairy.get(`/api/me/licences/${other}`)).json()).toMatchObject({ status: 'revoked', revocationReason: '依法吊销' });
  });
});

/** A stock licence held by the dairy enterprise by its credit code (no account id on the licence). */
async function issueFor(holderName: string, applicantId: string | null): Promise<string> {
  const [type, department, enterprise] = await Promise.all([
    ctx.db.selectFrom('licence_types').selectAll().executeTakeFirstOrThrow(),
    ctx.db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('name', '=', SCJG).executeTakeFirstOrThrow(),
    ctx.db.selectFrom('applicants').select('credit_code').where('name', '=', holderName).executeTakeFirstOrThrow(),
  ]);
  const issued = await ctx.db.transaction().execute((tx) => issueLicence(ctx, tx, SYSTEM_CONTEXT, {
    type, department, holder: { applicantId, kind: 'enterprise', name: holderName, code: enterprise.credit_code!, codeType: '001' },
    fields: { 经营者名称: holderName }, number: 'JY11504020001', relatedItem: null, issueDate: '2026-11-01', source: 'stock_import',
  }));
  return issued.id;
}

describe('an enterprise account', () => {
  it('holds the licences issued to its credit code; its operators and other enterprises do not see them', async () => {
    const id = await issueFor('赤峰草原乳业有限公司', null);
    const mine = (await dairy.get('/api/me/licences')).json<Summary[]>();
    expect(mine.map((l) => l.id)).toContain(id);
    expect(mine.find((l) => l.id === id)!.holderCodeMasked).toMatch(/^91150402/);
    expect((await zhang.get(`/api/me/licences/${id}`)).statusCode).toBe(404);
    const logisticsCode = (await ctx.db.selectFrom('applicants').select('credit_code').where('name', '=', '赤峰蒙东物流有限公司').executeTakeFirstOrThrow()).credit_code!;
    const logistics = await applicant(logisticsCode);
    expect((await logistics.get(`/api/me/licences/${id}/pdf`)).statusCode).toBe(404);
  });
});

describe('a person account', () => {
  it('holds a stock licence issued to its ID number before it was linked to the account; another person does not', async () => {
    const [type, department] = await Promise.all([
      ctx.db.selectFrom('licence_types').selectAll().executeTakeFirstOrThrow(),
      ctx.db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('name', '=', SCJG).executeTakeFirstOrThrow(),
    ]);
    const zhangRow = await ctx.db.selectFrom('applicants').select(['id', 'id_number_enc']).where('phone_hash', '=', ctx.pii.blindIndex('13904760001')).executeTakeFirstOrThrow();
    const issued = await ctx.db.transaction().execute((tx) => issueLicence(ctx, tx, SYSTEM_CONTEXT, {
      type, department, holder: { applicantId: null, kind: 'person', name: '张伟', code: ctx.pii.decrypt(zhangRow.id_number_enc!), codeType: '111' },
      fields: { 经营者名称: '张伟' }, number: 'JY11504020002', relatedItem: null, issueDate: '2026-10-01', source: 'stock_import',
    }));
    expect((await zhang.get('/api/me/licences')).json<Summary[]>().map((l) => l.id)).toContain(issued.id);
    expect((await zhang.get(`/api/me/licences/${issued.id}`)).statusCode).toBe(200);
    const li = await applicant('13904760002');
    expect((await li.get(`/api/me/licences/${issued.id}`)).statusCode).toBe(404);
  });
});

describe('share links', () => {
  it('creates a link whose token is stored only hashed; the link shows the licence masked and counts views', async () => {
    expect((await zhang.post(`/api/me/licences/${licenceId}/shares`, { hours: 0 })).statusCode).toBe(400);
    expect((await zhang.post(`/api/me/licences/${licenceId}/shares`, { hours: 721 })).statusCode).toBe(400);
    const res = await zhang.post(`/api/me/licences/${licenceId}/shares`, { hours: 24 });
    expect(res.statusCode).toBe(201);
    const share = res.json<{ id: string; url: string; token: string; expiresAt: string; active: boolean }>();
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.url).toBe(`${publicBaseUrl(ctx)}/licences/shared/${share.token}`);
    expect(share.active).toBe(true);
    expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    const stored = (await ctx.sql('SELECT * FROM licence_shares WHERE id = $1', [share.id])).rows[0];
    expect(stored.token_hash).toBe(createHash('sha256').update(share.token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(share.token);
    const audit = (await ctx.sql(`SELECT summary::text AS s FROM audit_events WHERE subject_id = $1`, [licenceId])).rows.map((r) => r.s).join();
    expect(audit).not.toContain(share.token);

    const anonymous = new Client(ctx.app);
    const view = await anonymous.get(`/api/public/licence-shares/${share.token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ identifier, status: 'valid', holderName: '张伟', issuer: { name: SCJG }, shareExpiresAt: share.expiresAt });
    expect(view.json().holderCodeMasked).toContain('*');
    expect(view.body).not.toMatch(/\d{17}[\dX]/);
    const pdf = await anonymous.get(`/api/public/licence-shares/${share.token}/pdf`);
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);

    const listed = (await zhang.get(`/api/me/licences/${licenceId}/shares`)).json();
    expect(listed).toEqual([expect.objectContaining({ id: share.id, active: true, viewCount: 2, revokedAt: null })]);
    expect(listed[0].lastViewedAt).not.toBeNull();
    expect((await zhang.get('/api/me/licences')).json()[0].activeShares).toBe(1);
    expect((await auditActions(ctx, licenceId)).filter((a) => a.startsWith('licence.share'))).toEqual(['licence.share_created', 'licence.shared_read', 'licence.shared_read']);
  });

  it('stops working once expired or withdrawn: 404 LICENCE_SHARE_UNAVAILABLE, views not counted', async () => {
    const create = async () => (await zhang.post(`/api/me/licences/${licenceId}/shares`, { hours: 1 })).json<{ id: string; token: string }>();
    const anonymous = new Client(ctx.app);
    const expired = await create();
    await ctx.sql(`UPDATE licence_shares SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    const res = await anonymous.get(`/api/public/licence-shares/${expired.token}`);
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'LICENCE_SHARE_UNAVAILABLE']);
    expect((await anonymous.get(`/api/public/licence-shares/${expired.token}/pdf`)).statusCode).toBe(404);

    const withdrawn = await create();
    expect((await anonymous.get(`/api/public/licence-shares/${withdrawn.token}`)).statusCode).toBe(200);
    // Only the holder may withdraw it.
    expect((await li.delete(`/api/me/licences/${licenceId}/shares/${withdrawn.id}`)).statusCode).toBe(404);
    expect((await zhang.delete(`/api/me/licences/${licenceId}/shares/${withdrawn.id}`)).statusCode).toBe(204);
    expect((await zhang.delete(`/api/me/licences/${licenceId}/shares/${withdrawn.id}`)).statusCode).toBe(204);
    expect((await anonymous.get(`/api/public/licence-shares/${withdrawn.token}`)).json().error.code).toBe('LICENCE_SHARE_UNAVAILABLE');
    const rows = (await ctx.sql('SELECT id, view_count, revoked_at FROM licence_shares WHERE id = ANY($1)', [[expired.id, withdrawn.id]])).rows;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.view_count]))).toEqual({ [expired.id]: 0, [withdrawn.id]: 1 });
    const listed = (await zhang.get(`/api/me/licences/${licenceId}/shares`)).json<{ id: string; active: boolean }[]>();
    expect(listed.filter((s) => s.id === expired.id || s.id === withdrawn.id).map((s) => s.active)).toEqual([false, false]);
    expect((await auditActions(ctx, licenceId))).toContain('licence.share_revoked');
    expect((await zhang.delete(`/api/me/licences/${licenceId}/shares/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('throttles an address that keeps presenting unknown tokens (429), without telling which tokens exist', async () => {
    const anonymous = new Client(ctx.app);
    const good = (await zhang.post(`/api/me/licences/${licenceId}/shares`, { hours: 1 })).json<{ token: string }>().token;
    // The earlier tests' unavailable links already count against this address (all inject from 127.0.0.1).
    const statuses: number[] = [];
    for (let i = 0; i <= SHARE_FAILURES_PER_ADDRESS; i++) statuses.push((await anonymous.get(`/api/public/licence-shares/${i % 2 === 0 ? 'x'.repeat(43) : 'not-a-token'}`)).statusCode);
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(SHARE_FAILURES_PER_ADDRESS - 5);
    expect(statuses.slice(0, firstRefusal).every((s) => s === 404)).toBe(true);
    const refused = await anonymous.get(`/api/public/licence-shares/${good}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'RATE_LIMITED']);
  });
});
