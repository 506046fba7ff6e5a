import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLicenceIdentifier, canonicalJson, dataIntegritySigningBytes, encodeUtf8, fromBase64, getStatusBit, parseLicenceIdentifier, proofValueSignature,
  type LicenceMetadata, type StatusListCredential,
} from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../../test/test-app.ts';
import { publishImplementation } from '../../../../test/case-fixtures.ts';
import { approvedCase, defineLicenceType, sealFor } from '../../../../test/licence-fixtures.ts';
import { sm2PublicKeyFromPem, sm2Verify } from '../../../platform/crypto/sm2.ts';
import { SYSTEM_CONTEXT } from '../../../platform/audit/audit-log.ts';
import { decodeEncodedList } from '../outputs/status-list-encoding.ts';
import { licenceCredentialJson } from '../licence-documents.ts';
import { issueLicence, licenceMetadataOf, type LicenceRow } from '../issue-licence.ts';
import type { LicenceVerification } from './verify.schemas.ts';

let ctx: TestContext;
let zhang: Client;
let clerk: Client;
let approver: Client;
let otherApprover: Client;
let center: Client;
let anonymous: Client;
let item: { id: string; code: string };
const SCJG = '赤峰市市场监督管理局';

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  anonymous = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [clerk, approver, otherApprover, center] = await Promise.all([
    staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'approver.zrzy'), staffClient(ctx, 'center'),
  ]);
  item = await publishImplementation(ctx, SCJG);
  await defineLicenceType(ctx, { producers: [item.code], issuers: [SCJG] });
  await sealFor(ctx, SCJG);
});
afterAll(async () => { await ctx.close(); });

/** A licence issued on approval through the real flow; its row. */
async function approvedLicence(): Promise<LicenceRow> {
  const id = await approvedCase({ applicant: zhang, clerk, approver }, item.id);
  const row = (await ctx.sql('SELECT l.* FROM licences l JOIN case_licence_results r ON r.licence_id = l.id WHERE r.case_id = $1', [id])).rows[0] as LicenceRow | undefined;
  expect(row).toBeDefined();
  return row!;
}

const rowOf = async (id: string) => (await ctx.sql('SELECT * FROM licences WHERE id = $1', [id])).rows[0] as LicenceRow;

async function verify(identifier: string): Promise<LicenceVerification> {
  const res = await anonymous.get(`/api/public/licences/verify?identifier=${encodeURIComponent(identifier)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<LicenceVerification>();
}

async function verifyUpload(bytes: Uint8Array | string, fileName: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), fileName);
  return anonymous.postForm('/api/public/licences/verify', form);
}

async function statusBit(row: LicenceRow, purpose: 'revocation' | 'suspension'): Promise<boolean> {
  const res = await anonymous.get(`/api/public/licence-status/${row.status_list_id}/${purpose}`);
  expect(res.statusCode, res.body).toBe(200);
  const credential = res.json<StatusListCredential>();
  expect(credential.credentialSubject.statusPurpose).toBe(purpose);
  return getStatusBit(decodeEncodedList(credential.credentialSubject.encodedList), row.status_list_index);
}

describe('verifying by identifier', () => {
  let row: LicenceRow;
  beforeAll(async () => { row = await approvedLicence(); });

  it('answers valid with the issuer, the seal and the holder masked (no login)', async () => {
    const result = await verify(row.identifier);
    expect(result).toMatchObject({
      outcome: 'valid', reason: null,
      licence: { identifier: row.identifier, typeName: '食品经营许可证', holderName: '张*', holderKind: 'person', holderCode: row.holder_code_masked, issuer: { name: SCJG } },
      seal: { id: row.seal_id, status: 'active' },
    });
    expect(JSON.stringify(result)).not.toMatch(/\d{17}[\dX]/);
    // What a person types: lower case, spaces, line breaks.
    const typed = ` ${row.identifier.toLowerCase().replace(/\./g, '. ')}\n`;
    expect((await verify(typed)).outcome).toBe('valid');
  });

  it('refuses a malformed identifier with a coded 400 and answers not_found for an unknown one', async () => {
    const bad = await anonymous.get(`/api/public/licences/verify?identifier=${encodeURIComponent(`${row.identifier.slice(0, -1)}0`)}`);
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'LICENCE_IDENTIFIER_INVALID']);
    const parts = parseLicenceIdentifier(row.identifier)!;
    const unknown = buildLicenceIdentifier({ ...parts, serial: '9999000000001' });
    expect(await verify(unknown)).toMatchObject({ outcome: 'not_found', reason: null });
    expect((await verify(unknown)).licence).toBeUndefined();
  });

  it('finds a row changed in the database tampered (the stored signature is checked every time)', async () => {
    const other = await approvedLicence();
    await ctx.sql(`UPDATE licences SET metadata = jsonb_set(metadata, '{fields,经营面积}', '999') WHERE id = $1`, [other.id]);
    expect(await verify(other.identifier)).toMatchObject({ outcome: 'tampered', reason: 'signature_mismatch' });
  });

  it('finds a changed unsigned column tampered too: the status follows the signed dates, never an edited column', async () => {
    const other = await approvedLicence();
    await ctx.sql(`UPDATE licences SET valid_until = '2099-12-31' WHERE id = $1`, [other.id]);
    expect(await verify(other.identifier)).toMatchObject({ outcome: 'tampered', reason: 'content_differs' });
  });
});

describe('expiry and validity by date', () => {
  /** A signed licence with its own dates (as a stock import issues them), holder and fields as an approved one. */
  async function issuedWithDates(validFrom: string, validUntil: string | null, issueDate = validFrom): Promise<LicenceRow> {
    const template = await approvedLicence();
    const metadata = licenceMetadataOf(ctx, template);
    const type = await ctx.db.selectFrom('licence_types').selectAll().where('id', '=', template.licence_type_id).executeTakeFirstOrThrow();
    const department = await ctx.db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('id', '=', template.issuer_department_id).executeTakeFirstOrThrow();
    const issued = await ctx.db.transaction().execute((tx) => issueLicence(ctx, tx, SYSTEM_CONTEXT, {
      type, department, fields: metadata.fields, number: null, relatedItem: null, issueDate, validFrom, validUntil, source: 'stock_import',
      holder: { applicantId: template.holder_applicant_id, kind: 'person', name: metadata.holder.name, code: metadata.holder.code, codeType: '111' },
    }));
    return issued.row;
  }

  it('answers expired after the signed end date, and not_yet_valid before the start', async () => {
    const expired = await issuedWithDates('2018-01-01', '2020-12-31');
    expect(await verify(expired.identifier)).toMatchObject({ outcome: 'expired', licence: { validUntil: '2020-12-31' } });
    const future = await issuedWithDates('2099-01-01', null, '2020-01-01');
    expect((await verify(future.identifier)).outcome).toBe('not_yet_valid');
  });
});

describe('revoking, suspending and reinstating (issuing department only)', () => {
  let row: LicenceRow;
  beforeAll(async () => { row = await approvedLicence(); });

  it('lets only an approver of the issuing department change the status: another department 404, a clerk and the centre 403', async () => {
    const other = await otherApprover.post(`/api/licences/${row.id}/revoke`, { reason: '越权' });
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'LICENCE_NOT_FOUND']);
    expect((await otherApprover.get(`/api/licences/${row.id}`)).statusCode).toBe(404);
    const byClerk = await clerk.post(`/api/licences/${row.id}/suspend`, { reason: '越权' });
    expect([byClerk.statusCode, byClerk.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const byCentre = await center.post(`/api/licences/${row.id}/revoke`, { reason: '越权' });
    expect(byCentre.statusCode).toBe(403);
    // The centre reads it (region scope) but may not manage it.
    expect((await center.get(`/api/licences/${row.id}`)).json()).toMatchObject({ id: row.id, mayManageStatus: false, holderName: '张*' });
    expect((await rowOf(row.id)).revoked_at).toBeNull();
    expect(await auditActions(ctx, row.id)).toEqual(['licence.issued']);
  });

  it('suspends: outcome suspended with the reason, suspension bit set; twice is refused', async () => {
    expect(await statusBit(row, 'suspension')).toBe(false);
    const res = await approver.post(`/api/licences/${row.id}/suspend`, { reason: '经营场所正在整改' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', suspensions: [expect.objectContaining({ reason: '经营场所正在整改', liftedOn: null })] });
    expect(await verify(row.identifier)).toMatchObject({ outcome: 'suspended', reason: '经营场所正在整改' });
    expect(await statusBit(row, 'suspension')).toBe(true);
    expect(await statusBit(row, 'revocation')).toBe(false);
    const again = await approver.post(`/api/licences/${row.id}/suspend`, { reason: '再次' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'LICENCE_ALREADY_SUSPENDED']);
  });

  it('reinstates: valid again, suspension bit cleared; reinstating a licence that is not suspended is refused', async () => {
    const res = await approver.post(`/api/licences/${row.id}/reinstate`, {});
    expect([res.statusCode, res.json().status]).toEqual([200, 'valid']);
    expect((await verify(row.identifier)).outcome).toBe('valid');
    expect(await statusBit(row, 'suspension')).toBe(false);
    const again = await approver.post(`/api/licences/${row.id}/reinstate`, { note: '再次' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'LICENCE_NOT_SUSPENDED']);
  });

  it('revokes for good: outcome revoked with the reason, revocation bit set, the holder told, nothing more possible', async () => {
    const res = await approver.post(`/api/licences/${row.id}/revoke`, { reason: '以欺骗手段取得许可' }, { 'idempotency-key': 'revoke-licence-1' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revocationReason: '以欺骗手段取得许可' });
    const replay = await approver.post(`/api/licences/${row.id}/revoke`, { reason: '以欺骗手段取得许可' }, { 'idempotency-key': 'revoke-licence-1' });
    expect([replay.statusCode, replay.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(await verify(row.identifier)).toMatchObject({ outcome: 'revoked', reason: '以欺骗手段取得许可' });
    expect(await statusBit(row, 'revocation')).toBe(true);
    for (const [path, body, code] of [['revoke', { reason: 'x' }, 'LICENCE_ALREADY_REVOKED'], ['suspend', { reason: 'x' }, 'LICENCE_ALREADY_REVOKED'], ['reinstate', {}, 'LICENCE_ALREADY_REVOKED']] as const) {
      const refused = await approver.post(`/api/licences/${row.id}/${path}`, body);
      expect([refused.statusCode, refused.json().error.code]).toEqual([409, code]);
    }
    expect(await auditActions(ctx, row.id)).toEqual(['licence.issued', 'licence.suspended', 'licence.reinstated', 'licence.revoked']);
    const told = await ctx.sql(`SELECT template, link FROM notifications WHERE recipient_id = $1 AND template = 'licence.status_changed' AND link = $2`, [row.holder_applicant_id, `/me/licences/${row.id}`]);
    expect(told.rowCount).toBe(3);
  });

  it('refuses an empty reason with a coded 400 and changes nothing', async () => {
    const fresh = await approvedLicence();
    const res = await approver.post(`/api/licences/${fresh.id}/suspend`, { reason: '' });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await ctx.sql('SELECT count(*)::int AS n FROM licence_suspensions WHERE licence_id = $1', [fresh.id])).rows[0].n).toBe(0);
  });
});

describe('the staff register', () => {
  it('lists licences in scope with filters and masked holders; another department sees none of them', async () => {
    const row = await approvedLicence();
    const mine = await approver.get(`/api/licences?identifier=${encodeURIComponent(row.identifier)}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: row.id, status: 'valid', holderName: '张*', holderCode: row.holder_code_masked, issuer: { name: SCJG } }] });
    expect(mine.body).not.toMatch(/\d{17}[\dX]/);
    const revoked = (await approver.get('/api/licences?status=revoked')).json<{ items: { status: string }[]; total: number }>();
    expect(revoked.total).toBeGreaterThanOrEqual(1);
    expect(revoked.items.every((i) => i.status === 'revoked')).toBe(true);
    expect((await approver.get(`/api/licences?holderName=${encodeURIComponent('张')}&status=valid`)).json().items.map((i: { id: string }) => i.id)).toContain(row.id);
    expect((await approver.get(`/api/licences?holderName=${encodeURIComponent('李四')}`)).json().total).toBe(0);
    expect((await otherApprover.get('/api/licences')).json()).toMatchObject({ total: 0, items: [] });
    expect((await clerk.get('/api/licences')).statusCode).toBe(403);
    expect((await anonymous.get('/api/licences')).statusCode).toBe(401);
  });
});

describe('verifying an upload', () => {
  let row: LicenceRow;
  let json: string;
  beforeAll(async () => {
    row = await approvedLicence();
    json = licenceCredentialJson(ctx, row);
  });

  it('verifies the credential JSON as valid', async () => {
    const res = await verifyUpload(json, 'licence.vc.json', 'application/json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'valid', licence: { identifier: row.identifier, holderName: '张*' }, seal: { id: row.seal_id } });
  });

  it('verifies the licence PDF the holder downloads (its embedded credential)', async () => {
    const pdf = await zhang.get(`/api/me/licences/${row.id}/pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    const res = await verifyUpload(pdf.rawPayload, 'licence.pdf', 'application/pdf');
    expect([res.statusCode, res.json().outcome]).toEqual([200, 'valid']);
  });

  it('answers tampered when one field of the credential was changed', async () => {
    const vc = JSON.parse(json) as { credentialSubject: { licence: LicenceMetadata } };
    vc.credentialSubject.licence.fields = { ...vc.credentialSubject.licence.fields, 经营面积: 9999 };
    const res = await verifyUpload(JSON.stringify(vc), 'licence.vc.json', 'application/json');
    expect(res.json()).toMatchObject({ outcome: 'tampered', reason: 'proof_invalid' });
  });

  it('answers tampered when the content is re-signed by another seal than the registry\'s', async () => {
    const vc = JSON.parse(json) as { proof: { verificationMethod: string } };
    vc.proof.verificationMethod = vc.proof.verificationMethod.replace(row.seal_id, '00000000-0000-4000-8000-000000000000');
    expect((await verifyUpload(JSON.stringify(vc), 'licence.vc.json', 'application/json')).json()).toMatchObject({ outcome: 'tampered', reason: 'seal_mismatch' });
  });

  it('refuses what is neither a licence PDF nor JSON with a coded 400', async () => {
    const res = await verifyUpload('hello', 'note.txt', 'text/plain');
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'LICENCE_UPLOAD_UNREADABLE']);
    const noFile = await anonymous.post('/api/public/licences/verify', {});
    expect([noFile.statusCode, noFile.json().error.code]).toEqual([400, 'LICENCE_UPLOAD_UNREADABLE']);
  });

  it('answers tampered for an intact credential whose registry row was changed', async () => {
    await ctx.sql(`UPDATE licences SET metadata = jsonb_set(metadata, '{fields,经营者名称}', '"别人的公司"') WHERE id = $1`, [row.id]);
    expect((await verifyUpload(json, 'licence.vc.json', 'application/json')).json()).toMatchObject({ outcome: 'tampered', reason: 'signature_mismatch' });
  });
});

describe('public status lists, seals and the root key', () => {
  it('serves a status list signed by the root key, cacheable for a minute; 404 beyond the issued lists', async () => {
    const res = await anonymous.get('/api/public/licence-status/1/revocation');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const credential = res.json<StatusListCredential>();
    expect(credential.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    const root = (await anonymous.get('/api/public/licence-root-key')).json<{ publicKeyPem: string; id: string }>();
    expect(credential.proof.verificationMethod).toBe(root.id);
    const key = sm2PublicKeyFromPem(root.publicKeyPem)!;
    expect(sm2Verify(dataIntegritySigningBytes(credential), proofValueSignature(credential.proof.proofValue!)!, key)).toBe(true);
    const forged = { ...credential, credentialSubject: { ...credential.credentialSubject, statusPurpose: 'suspension' as const } };
    expect(sm2Verify(dataIntegritySigningBytes(forged), proofValueSignature(credential.proof.proofValue!)!, key)).toBe(false);
    expect((await anonymous.get('/api/public/licence-status/2/revocation')).statusCode).toBe(404);
    expect((await anonymous.get('/api/public/licence-status/1/other')).statusCode).toBe(400);
  });

  it('publishes a seal with its key, status and the root signature anyone can check', async () => {
    const seal = await sealFor(ctx, SCJG);
    const res = await anonymous.get(`/api/public/licence-seals/${seal.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ sealInfo: unknown; rootSignature: string; rootPublicKeyPem: string; publicKeyPem: string; status: string; department: { name: string } }>();
    expect(view).toMatchObject({ status: 'active', department: { name: SCJG } });
    expect(view.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(sm2Verify(encodeUtf8(canonicalJson(view.sealInfo)), fromBase64(view.rootSignature)!, sm2PublicKeyFromPem(view.rootPublicKeyPem)!)).toBe(true);
    expect((await anonymous.get('/api/public/licence-seals/00000000-0000-4000-8000-000000000000')).json().error.code).toBe('SEAL_NOT_FOUND');
  });
});

describe('seal revocation and throttling', () => {
  it('keeps licences signed before a seal\'s revocation valid and finds one signed after it tampered (seal_revoked)', async () => {
    const before = await approvedLicence();
    const after = await approvedLicence();
    // The seal is revoked between the two signatures.
    const between = new Date((new Date(before.vc_created_at).getTime() + new Date(after.vc_created_at).getTime()) / 2);
    await ctx.sql(`UPDATE seals SET status = 'revoked', revoked_at = $2, revocation_reason = '密钥泄露' WHERE id = $1`, [before.seal_id, between]);
    expect((await verify(before.identifier)).outcome).toBe('valid');
    expect(await verify(after.identifier)).toMatchObject({ outcome: 'tampered', reason: 'seal_revoked', seal: { status: 'revoked' } });
    const upload = await verifyUpload(licenceCredentialJson(ctx, after), 'licence.vc.json', 'application/json');
    expect(upload.json()).toMatchObject({ outcome: 'tampered', reason: 'seal_revoked' });
  });

  it('throttles verifications per address (429 with the wait), other addresses unaffected', async () => {
    const row = (await ctx.sql('SELECT identifier FROM licences LIMIT 1')).rows[0] as { identifier: string };
    const ask = (remoteAddress: string) => ctx.app.inject({ method: 'GET', url: `/api/public/licences/verify?identifier=${encodeURIComponent(row.identifier)}`, remoteAddress });
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await ask('203.0.113.7')).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    const limited = await ask('203.0.113.7');
    expect([limited.statusCode, limited.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await ask('203.0.113.8')).statusCode).toBe(200);
  });
});
