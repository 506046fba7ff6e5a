import { deflateSync } from 'node:zlib';
import { canonicalLicenceBytes, credentialSigningBytes, type LicenceCredential } from '@onetrip/core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PERSON_HOLDER } from '../../../../../core/src/licences/fixtures.ts';
import { sm2Verify } from '../../../platform/crypto/sm2.ts';
import { PdfRenderPool } from '../../../platform/documents/index.ts';
import { EXAMPLE_BASE_URL, EXAMPLE_SEAL_ID, signedExampleCredential } from './example-credential.ts';
import { licencePdfDefinition, type LicencePdfInput } from './licence-pdf.ts';
import { checkCredentialIntegrity, embeddedFiles, MAX_LICENCE_UPLOAD_BYTES, readLicenceUpload } from './licence-upload.ts';
import { renderSealSvg } from './seal-picture.ts';

const pool = new PdfRenderPool({ size: 1 });
afterAll(() => pool.close());

const example = signedExampleCredential();
const credentialJson = JSON.stringify(example.credential, null, 2);
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const clone = (): LicenceCredential => structuredClone(example.credential);

function pdfInput(json: string): LicencePdfInput {
  return {
    metadata: example.metadata,
    layout: { title: '食品经营许可证', orientation: 'portrait', fieldOrder: ['主体业态', '经营项目'], accentColor: '#b8860b', footnote: null },
    fieldTitles: {},
    sealSvg: renderSealSvg({ departmentName: example.metadata.issuer.name, sealName: '电子证照专用章', sealCode: '2200000012345' }),
    sealName: '电子证照专用章',
    verifyUrl: `${EXAMPLE_BASE_URL}/verify/x`,
    credentialJson: json,
  };
}

/** Both SM2 checks the verification service will run, with the example's key. */
function signaturesHold(credential: unknown): boolean {
  const integrity = checkCredentialIntegrity(credential);
  if (!integrity.ok) return false;
  return sm2Verify(integrity.proofSigningBytes, integrity.proofSignatureDer, example.publicKeyHex) && sm2Verify(integrity.licenceBytes, integrity.licenceSignatureDer, example.publicKeyHex);
}

describe('reading an uploaded licence', () => {
  it('reads a credential JSON file (also with a byte-order mark and surrounding white space)', () => {
    expect(readLicenceUpload(utf8(credentialJson))).toEqual({ kind: 'credential', credential: example.credential });
    expect(readLicenceUpload(utf8(`\ufeff \n${credentialJson}\n`))).toEqual({ kind: 'credential', credential: example.credential });
    // JSON that mentions a PDF header is still JSON.
    const mentioning = { note: '%PDF-1.7', ...example.credential };
    expect(readLicenceUpload(utf8(JSON.stringify(mentioning)))).toEqual({ kind: 'credential', credential: mentioning });
  });

  it('refuses what is neither JSON nor PDF, and anything over 5 MB', () => {
    expect(readLicenceUpload(utf8('hello'))).toEqual({ kind: 'unreadable', reason: 'not_json_or_pdf' });
    expect(readLicenceUpload(utf8('{"type": '))).toEqual({ kind: 'unreadable', reason: 'not_json_or_pdf' });
    expect(readLicenceUpload(utf8('[1,2]'))).toEqual({ kind: 'unreadable', reason: 'not_json_or_pdf' });
    expect(readLicenceUpload(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ kind: 'unreadable', reason: 'not_json_or_pdf' });
    expect(readLicenceUpload(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ kind: 'unreadable', reason: 'not_json_or_pdf' });
    expect(readLicenceUpload(new Uint8Array(MAX_LICENCE_UPLOAD_BYTES + 1))).toEqual({ kind: 'unreadable', reason: 'too_large' });
    expect(MAX_LICENCE_UPLOAD_BYTES).toBe(5 * 1024 * 1024);
  });

  it('takes the credential out of a rendered licence PDF, and it verifies', async () => {
    const pdf = await pool.render(licencePdfDefinition(pdfInput(credentialJson)));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const upload = readLicenceUpload(pdf);
    expect(upload).toEqual({ kind: 'credential', credential: example.credential });
    expect(signaturesHold(upload.kind === 'credential' ? upload.credential : null)).toBe(true);
  });

  it('says no_embedded_credential for a PDF without one (a case notice, a damaged stream, a non-credential file)', async () => {
    const plain = await pool.render({ title: '受理通知书', content: '没有证照' });
    expect(readLicenceUpload(plain)).toEqual({ kind: 'unreadable', reason: 'no_embedded_credential' });
    const other = await pool.render({ title: '附件', content: 'x', attachments: [{ name: 'a.json', mimeType: 'application/json', base64: Buffer.from('{"type":["Other"]}').toString('base64') }] });
    expect(embeddedFiles(other).map((file) => Buffer.from(file).toString())).toEqual(['{"type":["Other"]}']);
    expect(readLicenceUpload(other)).toEqual({ kind: 'unreadable', reason: 'no_embedded_credential' });

    // Flip one byte inside the compressed credential stream: it no longer inflates (or no longer parses).
    const licence = await pool.render(licencePdfDefinition(pdfInput(credentialJson)));
    const text = Buffer.from(licence).toString('latin1');
    const streamStart = text.indexOf('stream\n', text.indexOf('/Type /EmbeddedFile')) + 'stream\n'.length;
    const damaged = licence.slice();
    damaged[streamStart + 40]! ^= 0xff;
    expect(readLicenceUpload(damaged)).toEqual({ kind: 'unreadable', reason: 'no_embedded_credential' });
  });

  it('finds an embedded file with an indirect /Length, with no filter, and after leading junk', () => {
    const json = JSON.stringify(example.credential);
    const compressed = deflateSync(Buffer.from(json));
    const pdf = Buffer.concat([
      Buffer.from('junk%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fvc /Length 3 0 R /Filter [ /FlateDecode ] >>\nstream\r\n', 'latin1'),
      compressed,
      Buffer.from(`\r\nendstream\nendobj\n3 0 obj\n${compressed.length}\nendobj\n4 0 obj\n<</Type/EmbeddedFile>>stream\n{"a":1}\nendstream\nendobj\n%%EOF\n`, 'latin1'),
    ]);
    expect(embeddedFiles(pdf).map((file) => Buffer.from(file).toString())).toEqual([json, '{"a":1}']);
    expect(readLicenceUpload(pdf)).toEqual({ kind: 'credential', credential: example.credential });
  });
});

describe('checking a credential before its signatures', () => {
  it('returns the metadata, the seal and the exact signed bytes of a well-formed credential', () => {
    const integrity = checkCredentialIntegrity(example.credential);
    if (!integrity.ok) throw new Error(`expected ok, got ${integrity.problem}`);
    expect(integrity.metadata).toEqual(example.metadata);
    expect(integrity.identifier).toBe(example.metadata.identifier);
    expect(integrity.sealId).toBe(EXAMPLE_SEAL_ID);
    expect(integrity.baseUrl).toBe(EXAMPLE_BASE_URL);
    expect([integrity.statusListId, integrity.statusListIndex]).toEqual([1, 4242]);
    expect(integrity.created.toISOString()).toBe('2026-11-23T01:02:03.000Z');
    expect(integrity.licenceBytes).toEqual(canonicalLicenceBytes(example.metadata));
    expect(integrity.proofSigningBytes).toEqual(credentialSigningBytes(example.credential));
    expect(signaturesHold(example.credential)).toBe(true);
  });

  it('a changed holder name keeps the structure but fails both signatures; a changed byte elsewhere fails the proof', () => {
    const renamed = clone();
    (renamed.credentialSubject.licence.holder as { name: string }).name = '赤峰示例餐饮有限公同';
    expect(checkCredentialIntegrity(renamed).ok).toBe(true);
    expect(signaturesHold(renamed)).toBe(false);
    const integrity = checkCredentialIntegrity(renamed);
    if (!integrity.ok) throw new Error('expected ok');
    expect(sm2Verify(integrity.licenceBytes, integrity.licenceSignatureDer, example.publicKeyHex)).toBe(false);

    // Every single-character change of the JSON text is caught by one check or the other.
    const text = JSON.stringify(example.credential);
    const positions = [text.indexOf('赤峰'), text.indexOf('2031-11-22') + 3, text.indexOf('licence-status') + 3, text.indexOf('"created"') + 13];
    for (const position of positions) {
      const original = text[position]!;
      const changed = `${text.slice(0, position)}${original === '1' ? '2' : original === '赤' ? '赫' : 'x'}${text.slice(position + 1)}`;
      expect(changed).not.toBe(text);
      expect(signaturesHold(JSON.parse(changed))).toBe(false);
    }
  });

  it('a changed holder name inside a PDF is read, and then fails the signature check', async () => {
    const tampered = credentialJson.replace('赤峰示例餐饮有限公司', '赤峰示例餐饮有限公同');
    expect(tampered).not.toBe(credentialJson);
    const upload = readLicenceUpload(await pool.render(licencePdfDefinition(pdfInput(tampered))));
    expect(upload.kind).toBe('credential');
    expect(signaturesHold(upload.kind === 'credential' ? upload.credential : null)).toBe(false);
  });

  it('refuses other document types', () => {
    expect(checkCredentialIntegrity({ ...clone(), type: ['VerifiableCredential', 'BitstringStatusListCredential'] })).toEqual({ ok: false, problem: 'wrong_type' });
    expect(checkCredentialIntegrity({ ...clone(), type: 'VerifiableCredential' })).toEqual({ ok: false, problem: 'wrong_type' });
    expect(checkCredentialIntegrity({ hello: 1 })).toEqual({ ok: false, problem: 'wrong_type' });
    for (const value of [null, 'x', 42, [example.credential]]) expect(checkCredentialIntegrity(value)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses an unknown cryptosuite or proof type', () => {
    const otherSuite = clone();
    (otherSuite.proof as { cryptosuite: string }).cryptosuite = 'ecdsa-jcs-2019';
    expect(checkCredentialIntegrity(otherSuite)).toEqual({ ok: false, problem: 'unknown_cryptosuite' });
    const otherProof = clone();
    (otherProof.proof as { type: string }).type = 'Ed25519Signature2020';
    expect(checkCredentialIntegrity(otherProof)).toEqual({ ok: false, problem: 'unknown_cryptosuite' });
  });

  it('refuses a proof value that is not multibase base64url of a DER signature', () => {
    for (const proofValue of [undefined, '', 'zABC', 'u', 'u!!!', `u${Buffer.from('not a signature at all').toString('base64url')}`, `u${Buffer.alloc(80, 0x30).toString('base64url')}`]) {
      const credential = clone();
      credential.proof.proofValue = proofValue;
      expect(checkCredentialIntegrity(credential)).toEqual({ ok: false, problem: 'bad_proof_value' });
    }
  });

  it('refuses anything the issuer would not have written: extra or missing members, invalid metadata, foreign URLs', () => {
    const cases: ((c: LicenceCredential) => void)[] = [
      (c) => Object.assign(c, { extra: 'unsigned' }),
      (c) => Object.assign(c.credentialSubject.licence, { note: 'unsigned' }),
      (c) => delete (c as Partial<LicenceCredential>).credentialStatus,
      (c) => (c.credentialStatus = [c.credentialStatus[0]!]),
      (c) => (c.credentialStatus[1]!.statusListIndex = '4243'),
      (c) => (c.proof.verificationMethod = `${EXAMPLE_BASE_URL}/api/public/licence-seals/not-a-uuid#key`),
      (c) => (c.proof.verificationMethod = `https://evil.example/api/public/licence-seals/${EXAMPLE_SEAL_ID}#key`),
      (c) => (c.proof.created = '2026-11-23T01:02:03.456Z'),
      (c) => (c.credentialSubject.licenceSignature.signatureDer = '%%%'),
      (c) => (c.credentialSubject.licenceSignature.userId = '1234'),
      (c) => (c.credentialSubject.licence.identifier = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.G'),
      (c) => Object.assign(c.credentialSubject.licence, { holder: { ...EXAMPLE_PERSON_HOLDER, code: '150402199003071234' } }),
      (c) => (c.name = '另一个名称'),
      (c) => (c.validUntil = '2099-12-31T23:59:59+08:00'),
      (c) => (c.credentialSubject.licence = 'x' as unknown as Record<string, unknown>),
    ];
    cases.forEach((change, index) => {
      const credential = clone();
      change(credential);
      expect({ index, result: checkCredentialIntegrity(credential) }).toEqual({ index, result: { ok: false, problem: 'malformed' } });
    });
  });

  it('accepts a licence with no end date and a person holder', () => {
    const person = signedExampleCredential({ ...example.metadata, validUntil: null, holder: { ...EXAMPLE_PERSON_HOLDER } });
    expect(person.credential.validUntil).toBeUndefined();
    expect(signaturesHold(person.credential)).toBe(false); // the example key is another key pair
    const integrity = checkCredentialIntegrity(person.credential);
    expect(integrity.ok && integrity.metadata.holder.codeType).toBe('111');
    expect(integrity.ok && sm2Verify(integrity.proofSigningBytes, integrity.proofSignatureDer, person.publicKeyHex)).toBe(true);
  });
});
