import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../util/canonical-json.ts';
import {
  BITSTRING_STATUS_LIST_SIZE,
  encodeStatusList,
  getStatusBit,
  setStatusIndexes,
  statusListCredential,
} from './bitstring-status-list.ts';
import { encodeUtf8 } from './licence-canonical.ts';
import { dataIntegritySigningBytes, LICENCE_CRYPTOSUITE, proofValueSignature, statusListCredentialUrl, withDataIntegrityProofValue } from './licence-credential.ts';

const BASE = 'https://zwfw.example.gov.cn';

describe('bitstring status list', () => {
  it('is 131,072 bits = 16 KiB with nothing set', () => {
    const bits = encodeStatusList([]);
    expect(BITSTRING_STATUS_LIST_SIZE).toBe(131072);
    expect(bits.length).toBe(16 * 1024);
    expect(bits.every((byte) => byte === 0)).toBe(true);
  });

  it('puts index 0 in the most significant bit of byte 0 and index 7 in its least significant bit', () => {
    expect([...encodeStatusList([0], 16)]).toEqual([0b1000_0000, 0]);
    expect([...encodeStatusList([7], 16)]).toEqual([0b0000_0001, 0]);
    expect([...encodeStatusList([8], 16)]).toEqual([0, 0b1000_0000]);
    expect([...encodeStatusList([1, 6, 9, 15], 16)]).toEqual([0b0100_0010, 0b0100_0001]);
  });

  it('sets exactly the given bits and no other (last index too)', () => {
    const set = [0, 1, 4242, 65535, 131071];
    const bits = encodeStatusList(set);
    for (const index of set) expect(getStatusBit(bits, index)).toBe(true);
    for (const index of [2, 7, 4241, 4243, 65534, 65536, 131070]) expect(getStatusBit(bits, index)).toBe(false);
    expect(setStatusIndexes(bits)).toEqual(set);
    expect(bits[131071 >> 3]).toBe(1);
  });

  it('round-trips any set of indexes (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1023 }), { maxLength: 60 }), (indexes) => {
        const bits = encodeStatusList(indexes, 1024);
        expect(setStatusIndexes(bits)).toEqual([...indexes].sort((a, b) => a - b));
        for (let index = 0; index < 1024; index++) expect(getStatusBit(bits, index)).toBe(indexes.includes(index));
      }),
      { numRuns: 100 },
    );
  });

  it('is idempotent for a repeated index', () => {
    expect(encodeStatusList([3, 3, 3], 8)).toEqual(encodeStatusList([3], 8));
  });

  it('refuses indexes outside the list and sizes that are not whole bytes', () => {
    expect(() => encodeStatusList([131072])).toThrow(RangeError);
    expect(() => encodeStatusList([-1])).toThrow(RangeError);
    expect(() => encodeStatusList([1.5])).toThrow(RangeError);
    expect(() => encodeStatusList([Number.NaN])).toThrow(RangeError);
    expect(() => encodeStatusList([], 12)).toThrow(RangeError);
    expect(() => encodeStatusList([], 0)).toThrow(RangeError);
    expect(() => getStatusBit(new Uint8Array(2), 16)).toThrow(RangeError);
    expect(() => getStatusBit(new Uint8Array(2), -1)).toThrow(RangeError);
  });
});

describe('status list credential', () => {
  const input = { baseUrl: BASE, listId: 3, purpose: 'revocation' as const, encodedList: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA', validFrom: new Date('2026-11-23T02:00:00.123Z') };

  it('is a VC 2.0 BitstringStatusListCredential at the URL the licence credentials point to', () => {
    const credential = statusListCredential(input);
    const url = statusListCredentialUrl(BASE, 3, 'revocation');
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: { id: BASE, name: 'OneTrip' },
      validFrom: '2026-11-23T02:00:00Z',
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: input.encodedList },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: LICENCE_CRYPTOSUITE,
        created: '2026-11-23T02:00:00Z',
        verificationMethod: `${BASE}/api/public/licence-root-key#key`,
        proofPurpose: 'assertionMethod',
      },
    });
    expect(url).toBe(`${BASE}/api/public/licence-status/3/revocation`);
  });

  it('carries ttl, validUntil, issuer and verification method when given', () => {
    const credential = statusListCredential({
      ...input,
      purpose: 'suspension',
      ttlMs: 300000,
      validUntil: new Date('2026-11-24T02:00:00Z'),
      issuer: { id: 'urn:uscc:11220000013544541J', name: '示例' },
      verificationMethod: `${BASE}/keys/root#1`,
    });
    expect(credential.credentialSubject).toMatchObject({ statusPurpose: 'suspension', ttl: 300000 });
    expect(credential.validUntil).toBe('2026-11-24T02:00:00Z');
    expect(credential.issuer.name).toBe('示例');
    expect(credential.proof.verificationMethod).toBe(`${BASE}/keys/root#1`);
  });

  it('refuses an encodedList that is not multibase base64url', () => {
    expect(() => statusListCredential({ ...input, encodedList: 'H4sIAAAA' })).toThrow(TypeError);
    expect(() => statusListCredential({ ...input, encodedList: 'uH4s+IAA=' })).toThrow(TypeError);
  });

  it('signs the canonical JSON without proofValue, and the proof value does not change the signed bytes', () => {
    const unsigned = statusListCredential(input);
    const bytes = dataIntegritySigningBytes(unsigned);
    expect(bytes).toEqual(encodeUtf8(canonicalJson(unsigned)));
    expect(canonicalJson(unsigned)).toContain('"proof":{"created":"2026-11-23T02:00:00Z","cryptosuite":"onetrip-sm2-jcs-2026"');
    const signed = withDataIntegrityProofValue(unsigned, Uint8Array.from([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0xff]));
    expect(signed.proof.proofValue).toBe('uMAYCAQECAf8');
    expect(proofValueSignature(signed.proof.proofValue!)).toEqual(Uint8Array.from([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0xff]));
    expect(dataIntegritySigningBytes(signed)).toEqual(bytes);
    expect(unsigned.proof.proofValue).toBeUndefined();
  });

  it('changes the signed bytes when the list changes', () => {
    const a = dataIntegritySigningBytes(statusListCredential(input));
    const b = dataIntegritySigningBytes(statusListCredential({ ...input, encodedList: `${input.encodedList.slice(0, -1)}B` }));
    expect(a).not.toEqual(b);
  });
});
