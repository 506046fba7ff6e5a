import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BITSTRING_STATUS_LIST_SIZE as STATUS_LIST_SIZE, canonicalLicenceBytes, credentialSigningBytes, parseLicenceIdentifier, proofValueSignature, unsignedLicenceCredential, withProofValue, type LicenceMetadata } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { caseContent, publishImplementation } from '../../../test/case-fixtures.ts';
import { approvedCase, defineLicenceType, FOOD_LICENCE_TYPE, sealFor } from '../../../test/licence-fixtures.ts';
import { sm2Verify } from '../../platform/crypto/sm2.ts';
import { licenceMetadataOf, publicBaseUrl, statusListPositionOf } from './issue-licence.ts';

let ctx: TestContext;
let zhang: Client;
let clerk: Client;
let approver: Client;
let item: { id: string; code: string };
const SCJG = '赤峰市市场监督管理局';

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [clerk, approver] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'approver.scjg')]);
  item = await publishImplementation(ctx, SCJG);
});
afterAll(async () => { await ctx.close(); });

const approve = (implementationId = item.id) => approvedCase({ applicant: zhang, clerk, approver }, implementationId);
const resultOf = async (caseId: string) => (await ctx.sql('SELECT * FROM case_licence_results WHERE case_id = $1', [caseId])).rows[0];

describe('issuing on approval', () => {
  it('records why no licence was issued when the type is not defined, without failing the approval', async () => {
    const id = await approve();
    expect(await resultOf(id)).toMatchObject({ licence_type_code: FOOD_LICENCE_TYPE, licence_id: null, not_issued_reason: 'licence_type_undefined' });
  });

  it('says no_active_seal while the department has no seal, then issues once it has one', async () => {
    await defineLicenceType(ctx, { producers: [item.code], issuers: [SCJG] });
    const before = await approve();
    expect((await resultOf(before)).not_issued_reason).toBe('no_active_seal');

    const seal = await sealFor(ctx, SCJG);
    const id = await approve();
    const result = await resultOf(id);
    expect(result.not_issued_reason).toBeNull();
    const licence = (await ctx.sql('SELECT * FROM licences WHERE id = $1', [result.licence_id])).rows[0];
    expect(licence).toMatchObject({ case_id: id, source: 'case', seal_id: seal.id, holder_kind: 'person', revoked_at: null });
    // The holder's ID number is only stored encrypted (and masked); the metadata column has it blanked.
    expect(licence.holder_code_masked).toMatch(/^\d{6}\*+\d{4}$|^\d{3}\*+/);
    expect(JSON.stringify(licence.metadata)).not.toMatch(/\d{17}[\dX]/);
    const idNumber = licenceMetadataOf(ctx, licence).holder.code;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(licence.holder_code_enc).not.toContain(idNumber);
    expect(licence.holder_code_hash).toBe(ctx.pii.blindIndex(idNumber));

    const metadata: LicenceMetadata = licenceMetadataOf(ctx, licence);
    const parts = parseLicenceIdentifier(licence.identifier);
    expect(parts).toMatchObject({ typeCode: FOOD_LICENCE_TYPE, version: '001' });
    expect(metadata.fields).toEqual({ 经营者名称: '赤峰草原乳业有限公司', 经营面积: 120 });
    expect(metadata.validUntil).not.toBeNull();
    expect(metadata.holder.codeType).toBe('111');

    // Both signatures verify with the seal's public key; a changed field does not.
    const key = (await ctx.keys.publicKey(seal.signing_key_id)).publicKeyHex;
    expect(sm2Verify(canonicalLicenceBytes(metadata), new Uint8Array(licence.signature), key)).toBe(true);
    expect(sm2Verify(canonicalLicenceBytes({ ...metadata, fields: { ...metadata.fields, 经营面积: 121 } }), new Uint8Array(licence.signature), key)).toBe(false);
    const unsigned = unsignedLicenceCredential(metadata, {
      baseUrl: publicBaseUrl(ctx), sealId: seal.id, statusListId: licence.status_list_id, statusListIndex: licence.status_list_index,
      created: licence.vc_created_at, licenceSignatureDer: new Uint8Array(licence.signature),
    });
    expect(sm2Verify(credentialSigningBytes(unsigned), new Uint8Array(licence.vc_signature), key)).toBe(true);
    const vc = withProofValue(unsigned, new Uint8Array(licence.vc_signature));
    expect(proofValueSignature(vc.proof.proofValue!)).toEqual(new Uint8Array(licence.vc_signature));

    expect(await auditActions(ctx, licence.id)).toEqual(['licence.issued']);
  });

  it('does not issue for an implementation the type does not list as a producer', async () => {
    const other = await publishImplementation(ctx, SCJG, caseContent({ name: '另一事项' }));
    const id = await approve(other.id);
    expect((await resultOf(id)).not_issued_reason).toBe('implementation_not_producer');
  });
});

describe('status list positions', () => {
  it('gives every licence of a list its own index, scattered', () => {
    const seen = new Set<number>();
    for (let n = 0; n < STATUS_LIST_SIZE; n++) {
      const { listId, index } = statusListPositionOf(n);
      expect(listId).toBe(1);
      seen.add(index);
    }
    expect(seen.size).toBe(STATUS_LIST_SIZE);
    expect(statusListPositionOf(STATUS_LIST_SIZE)).toEqual({ listId: 2, index: 0 });
    expect(Math.abs(statusListPositionOf(1).index - statusListPositionOf(2).index)).toBeGreaterThan(1000);
  });
});
