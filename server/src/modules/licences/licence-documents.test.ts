import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalLicenceBytes, credentialSigningBytes, licenceVerificationUrl, proofValueSignature } from '@onetrip/core';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { defineLicenceType, sealFor } from '../../../test/licence-fixtures.ts';
import { decodeQrCodes, extractPagesText } from '../../../test/pdf-inspection.ts';
import { createDb } from '../../platform/db/database.ts';
import { LocalDiskStorage } from '../../platform/files/file-storage.ts';
import { sm2Pool } from '../../platform/crypto/sm2-pool.ts';
import { sm2Verify } from '../../platform/crypto/sm2.ts';
import { SYSTEM_CONTEXT } from '../../platform/audit/audit-log.ts';
import type { Deps } from '../../platform/http/deps.ts';
import { issueLicence, licenceMetadataOf, publicBaseUrl, type LicenceRow } from './issue-licence.ts';
import { licenceCredentialJson, licenceCredentialOf, licencePdfOf } from './licence-documents.ts';
import type { SealRow } from './seal-records.ts';

let ctx: TestContext;
let deps: Pick<Deps, 'db' | 'pii' | 'config' | 'files' | 'keys'>;
let seal: SealRow;
let typeId: string;
const SCJG = '赤峰市市场监督管理局';

beforeAll(async () => {
  ctx = await createTestContext();
  deps = { db: ctx.db, pii: ctx.pii, config: ctx.config, keys: ctx.keys, files: new LocalDiskStorage(`${ctx.config.dataDir}/files`) };
  typeId = await defineLicenceType(ctx, { producers: [], issuers: [SCJG] });
  seal = await sealFor(ctx, SCJG);
});
afterAll(async () => { await ctx.close(); });

async function issue(holderName = '赤峰草原乳业有限公司'): Promise<LicenceRow> {
  const [type, department] = await Promise.all([
    ctx.db.selectFrom('licence_types').selectAll().where('id', '=', typeId).executeTakeFirstOrThrow(),
    ctx.db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('name', '=', SCJG).executeTakeFirstOrThrow(),
  ]);
  const creditCode = (await ctx.db.selectFrom('applicants').select('credit_code').where('name', '=', '赤峰草原乳业有限公司').executeTakeFirstOrThrow()).credit_code!;
  const issued = await ctx.db.transaction().execute((tx) => issueLicence(deps, tx, SYSTEM_CONTEXT, {
    type, department, holder: { applicantId: null, kind: 'enterprise', name: holderName, code: creditCode, codeType: '001' },
    fields: { 经营者名称: holderName, 经营面积: 88, 主体业态: '食品销售经营者' }, number: null, relatedItem: null, issueDate: '2026-11-20', source: 'stock_import',
  }));
  return issued.row;
}

describe('licenceCredentialOf', () => {
  it('rebuilds the signed credential: its proof and licence signature verify with the seal key, and it is byte-stable', async () => {
    const row = await issue();
    const vc = licenceCredentialOf(deps, row);
    const key = (await ctx.keys.publicKey(seal.signing_key_id)).publicKeyHex;
    const signature = proofValueSignature(vc.proof.proofValue!)!;
    expect(await sm2Pool().verify(credentialSigningBytes(vc), signature, key)).toBe(true);
    expect(sm2Verify(canonicalLicenceBytes(licenceMetadataOf(deps, row)), new Uint8Array(row.signature), key)).toBe(true);
    expect(vc.proof.verificationMethod).toBe(`${publicBaseUrl(deps)}/api/public/licence-seals/${seal.id}#key`);
    expect(vc.credentialStatus.map((s) => s.statusListIndex)).toEqual([String(row.status_list_index), String(row.status_list_index)]);

    // Another read of the stored row gives the same bytes; a changed field no longer verifies.
    const again = await ctx.db.selectFrom('licences').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(licenceCredentialJson(deps, again)).toBe(licenceCredentialJson(deps, row));
    const tampered = { ...vc, credentialSubject: { ...vc.credentialSubject, licence: { ...vc.credentialSubject.licence, name: '伪造' } } };
    expect(await sm2Pool().verify(credentialSigningBytes(tampered), signature, key)).toBe(false);
  });
});

describe('licencePdfOf', () => {
  it('renders on the first read with the holder, identifier, seal and verification QR, stores it, and serves the stored file later', async () => {
    const row = await issue('赤峰草原乳业有限公司');
    expect(row.pdf_storage_key).toBeNull();
    const pdf = await licencePdfOf(deps, row);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = (await extractPagesText(pdf)).join('').replace(/\u200b/g, '');
    expect(text).toContain('赤峰草原乳业有限公司');
    expect(text).toContain(row.identifier);
    expect(text).toContain(SCJG);
    expect(await decodeQrCodes(pdf, 4)).toEqual([licenceVerificationUrl(publicBaseUrl(deps), row.identifier)]);
    // The credential travels inside the PDF.
    expect(Buffer.from(pdf).includes(Buffer.from('.vc.json'))).toBe(true);

    const stored = await ctx.db.selectFrom('licences').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(stored.pdf_storage_key).toMatch(/^[0-9a-f]{64}$/);
    expect(await deps.files.get(stored.pdf_storage_key!)).toEqual(pdf);
    // A later read serves the stored file, not a new render: swap the stored bytes and see them come back.
    const marker = await deps.files.put(new TextEncoder().encode('%PDF-stored'));
    await ctx.sql('UPDATE licences SET pdf_storage_key = $1 WHERE id = $2', [marker.key, row.id]);
    const later = await ctx.db.selectFrom('licences').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(Buffer.from(await licencePdfOf(deps, later)).toString()).toBe('%PDF-stored');
  });

  it('survives concurrent first reads: one stored key, every reader gets that file', async () => {
    const row = await issue('赤峰蒙东物流有限公司');
    const copies = [{ ...row }, { ...row }, { ...row }];
    const pdfs = await Promise.all(copies.map((copy) => licencePdfOf(deps, copy)));
    const stored = await ctx.db.selectFrom('licences').select('pdf_storage_key').where('id', '=', row.id).executeTakeFirstOrThrow();
    const bytes = await deps.files.get(stored.pdf_storage_key!);
    for (const pdf of pdfs) expect(Buffer.from(pdf).equals(Buffer.from(bytes))).toBe(true);

    // Two "processes" (separate in-flight maps: distinct db handles) racing: the first stored key wins for both.
    await ctx.sql('UPDATE licences SET pdf_storage_key = NULL WHERE id = $1', [row.id]);
    const other = createDb(ctx.config.databaseUrl!, { max: 2 });
    const [a, b] = await Promise.all([licencePdfOf(deps, { ...row }), licencePdfOf({ ...deps, db: other.db }, { ...row })]).finally(() => other.db.destroy());
    const winner = await ctx.db.selectFrom('licences').select('pdf_storage_key').where('id', '=', row.id).executeTakeFirstOrThrow();
    const winnerBytes = Buffer.from(await deps.files.get(winner.pdf_storage_key!));
    expect([Buffer.from(a).equals(winnerBytes), Buffer.from(b).equals(winnerBytes)]).toEqual([true, true]);
  });
});
