import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sm2 } from 'sm-crypto-v2';
import {
  decodeSm2SignatureDer,
  encodeSm2SignatureDer,
  generateSm2KeyPair,
  isSm2PublicKeyHex,
  SM2_DEFAULT_USER_ID,
  sm2MessageDigest,
  sm2PublicKeyFromPem,
  sm2PublicKeyOf,
  sm2PublicKeyToPem,
  sm2Sign,
  sm2Verify,
} from './sm2.ts';

const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const hex = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'hex'));

// Made with OpenSSL 3.0 (`openssl genpkey -algorithm SM2`, `openssl pkeyutl -sign -rawin -digest sm3
// -pkeyopt distid:1234567812345678`): a known answer that needs no openssl at test time.
const OPENSSL_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEupCEmYrEIF+RzLsk5+Z7LJ8jakzd
N3UuvQWdGhIwOymsBm0U+t5SACNkK2Jv9SYHaB+KcM6ISe2L6ItVVZLvbQ==
-----END PUBLIC KEY-----
`;
const OPENSSL_MESSAGE = '{"format":"onetrip.licence/1","licence":{"identifier":"1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F"}}';
const OPENSSL_SIGNATURE =
  '304402202126e56ea2b919e4a0ba45c82567d32e746bcd37c5361d79eac606690a29d89d02205ca41cbf0272e4fc43daa658dd023682879242f4c6ce9755ccb18838c5831066';

describe('SM2 signatures (GM/T 0003 with SM3 and user id, DER)', () => {
  const key = generateSm2KeyPair();
  const message = bytes('证照 canonical bytes');

  it('generates keys on the curve, and derives the same public key from the private key', () => {
    expect(key.privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(isSm2PublicKeyHex(key.publicKeyHex)).toBe(true);
    expect(sm2PublicKeyOf(key.privateKeyHex)).toBe(key.publicKeyHex);
  });

  it('verifies its own signature, and nothing else', () => {
    const signature = sm2Sign(message, key.privateKeyHex, key.publicKeyHex);
    expect(sm2Verify(message, signature, key.publicKeyHex)).toBe(true);
    expect(sm2Verify(bytes('证照 canonical bytez'), signature, key.publicKeyHex)).toBe(false);
    expect(sm2Verify(message, signature, generateSm2KeyPair().publicKeyHex)).toBe(false);
    expect(sm2Verify(message, signature, key.publicKeyHex, 'ALICE123@YAHOO.COM')).toBe(false);
    const flipped = Uint8Array.from(signature);
    flipped[10]! ^= 0x01;
    expect(sm2Verify(message, flipped, key.publicKeyHex)).toBe(false);
  });

  it('signs with a fresh random k each time, and derives the public key when not given', () => {
    const a = sm2Sign(message, key.privateKeyHex);
    const b = sm2Sign(message, key.privateKeyHex);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(sm2Verify(message, a, key.publicKeyHex) && sm2Verify(message, b, key.publicKeyHex)).toBe(true);
  });

  it('uses 1234567812345678 as the user id by default', () => {
    expect(SM2_DEFAULT_USER_ID).toBe('1234567812345678');
    const signature = sm2Sign(message, key.privateKeyHex, key.publicKeyHex, '1234567812345678');
    expect(sm2Verify(message, signature, key.publicKeyHex)).toBe(true);
  });

  it('verifies a signature OpenSSL 3 made (known answer)', () => {
    const publicKeyHex = sm2PublicKeyFromPem(OPENSSL_PUBLIC_KEY_PEM);
    expect(publicKeyHex).not.toBeNull();
    expect(sm2Verify(bytes(OPENSSL_MESSAGE), hex(OPENSSL_SIGNATURE), publicKeyHex!)).toBe(true);
    expect(sm2Verify(bytes(OPENSSL_MESSAGE.replace('001.F', '002.F')), hex(OPENSSL_SIGNATURE), publicKeyHex!)).toBe(false);
    expect(sm2PublicKeyToPem(publicKeyHex!)).toBe(OPENSSL_PUBLIC_KEY_PEM);
  });

  it('signs the digest sm-crypto-v2 would hash itself (SM3 of Z_A ‖ M), for any message and user id', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), fc.string({ minLength: 1, maxLength: 40 }), (data, userId) => {
      expect(Buffer.from(sm2MessageDigest(data, key.publicKeyHex, userId)).toString('hex')).toBe(sm2.getHash(data, key.publicKeyHex, userId));
      // The library's own hashing path accepts our signature.
      const { r, s } = decodeSm2SignatureDer(sm2Sign(data, key.privateKeyHex, key.publicKeyHex, userId))!;
      const rsHex = r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0');
      expect(sm2.doVerifySignature(data, rsHex, key.publicKeyHex, { hash: true, userId, der: false })).toBe(true);
    }), { numRuns: 40 });
  });

  it('refuses a malformed private key', () => {
    expect(() => sm2Sign(message, 'abc')).toThrow(TypeError);
  });
});

describe('SM2 signature DER', () => {
  it('round-trips any r and s in [1, n−1] with minimal encoding', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: N - 1n }), fc.bigInt({ min: 1n, max: N - 1n }), (r, s) => {
        const der = encodeSm2SignatureDer(r, s);
        expect(der[0]).toBe(0x30);
        expect(der.length).toBeLessThanOrEqual(72);
        expect(decodeSm2SignatureDer(der)).toEqual({ r, s });
      }),
    );
    expect(Buffer.from(encodeSm2SignatureDer(1n, 0x80n)).toString('hex')).toBe('300702010102020080');
  });

  it.each([
    ['empty', ''],
    ['not a sequence', '3106020101020101'],
    ['length too long', '3007020101020101'],
    ['trailing byte', '300602010102010100'],
    ['non-minimal integer', '300702020001020101'],
    ['negative integer', '3006020181020101'],
    ['r = 0', '3006020100020101'],
    ['s = n', `302502010102${'21'}00${N.toString(16)}`],
    ['only one integer', '3003020101'],
    ['wrong inner tag', '3006040101020101'],
  ])('refuses %s', (_, value) => {
    expect(decodeSm2SignatureDer(hex(value))).toBeNull();
    expect(sm2Verify(bytes('x'), hex(value), generateSm2KeyPair().publicKeyHex)).toBe(false);
  });

  it('refuses to encode out-of-range components', () => {
    expect(() => encodeSm2SignatureDer(0n, 1n)).toThrow(RangeError);
    expect(() => encodeSm2SignatureDer(1n, N)).toThrow(RangeError);
  });
});

describe('SM2 public keys as PEM SubjectPublicKeyInfo', () => {
  it('round-trips, and writes the id-ecPublicKey + SM2 curve structure OpenSSL writes', () => {
    const { publicKeyHex } = generateSm2KeyPair();
    const pem = sm2PublicKeyToPem(publicKeyHex);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE[A-Za-z0-9+/]{28}\n[A-Za-z0-9+/=]{60}\n-----END PUBLIC KEY-----\n$/);
    expect(sm2PublicKeyFromPem(pem)).toBe(publicKeyHex);
    expect(sm2PublicKeyFromPem(pem.replaceAll('\n', '\r\n'))).toBe(publicKeyHex);
  });

  it('refuses keys of other curves, points off the curve and garbage', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(sm2PublicKeyFromPem(p256)).toBeNull();
    const offCurve = Buffer.from(OPENSSL_PUBLIC_KEY_PEM.split('\n').slice(1, 3).join(''), 'base64');
    offCurve[offCurve.length - 1]! ^= 0x01;
    expect(sm2PublicKeyFromPem(`-----BEGIN PUBLIC KEY-----\n${offCurve.toString('base64')}\n-----END PUBLIC KEY-----\n`)).toBeNull();
    expect(sm2PublicKeyFromPem('not a key')).toBeNull();
    expect(() => sm2PublicKeyToPem('04abcd')).toThrow(TypeError);
    expect(isSm2PublicKeyHex(`04${'00'.repeat(64)}`)).toBe(false);
  });
});
