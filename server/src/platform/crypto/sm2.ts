/**
 * SM2 signatures as GM/T 0003 defines them (SM3 digest over Z_A ‖ message, Z_A from the signer's user id and public
 * key), with the encodings other tools expect (GM/T 0009 / GB/T 35276):
 * - signature: DER `SEQUENCE { INTEGER r, INTEGER s }`;
 * - public key: PEM SubjectPublicKeyInfo, algorithm id-ecPublicKey (1.2.840.10045.2.1) with the SM2 curve
 *   (1.2.156.10197.1.301), uncompressed point — what `openssl pkey -pubout` writes for an SM2 key;
 * - user id: `1234567812345678` (the GM/T 0009 default; OpenSSL: `-pkeyopt distid:1234567812345678`).
 *
 * Synchronous CPU work (≈ 1–3 ms a signature): call it from the worker pool (sm2-pool.ts), not on the event loop.
 * Node's built-in `crypto.sign('sm3', …)` on an SM2 key is not a GM/T 0003 signature (no Z_A), hence sm-crypto-v2.
 */
import { createHash, getHashes } from 'node:crypto';
import { sm2, sm3 } from 'sm-crypto-v2';

export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** Order n of the SM2 curve's base point (GM/T 0003.5). */
const SM2_N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

/** DER of SEQUENCE { SEQUENCE { id-ecPublicKey, sm2 }, BIT STRING (0 unused bits) … } before the 65-byte point. */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

export interface Sm2KeyPair {
  /** 64 hex characters. */
  privateKeyHex: string;
  /** Uncompressed point `04‖X‖Y`, 130 hex characters. */
  publicKeyHex: string;
}

/** A new key pair from the platform's secure random source (crypto.getRandomValues via noble-curves). */
export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKeyHex: privateKey, publicKeyHex: publicKey };
}

/** The public key of a private key (one point multiplication). */
export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex);
}

/** True for an uncompressed point on the SM2 curve (`04‖X‖Y`, 130 hex characters). */
export function isSm2PublicKeyHex(publicKeyHex: string): boolean {
  if (!/^04[0-9a-f]{128}$/i.test(publicKeyHex)) return false;
  try {
    return sm2.verifyPublicKey(publicKeyHex);
  } catch {
    return false;
  }
}

/** OpenSSL's SM3 when Node's build has it (it does from OpenSSL 1.1.1 on), else sm-crypto-v2's. */
const NATIVE_SM3 = getHashes().includes('sm3');

/** Z_A of GM/T 0003.2 §5.5 (SM3 over the user id, curve parameters and public key) per key and user id. */
const zValues = new Map<string, Uint8Array>();

function zOf(publicKeyHex: string, userId: string): Uint8Array {
  const cacheKey = `${userId}\u0000${publicKeyHex.toLowerCase()}`;
  let z = zValues.get(cacheKey);
  if (z === undefined) {
    z = sm2.getZ(publicKeyHex, userId);
    if (zValues.size >= 1024) zValues.clear();
    zValues.set(cacheKey, z);
  }
  return z;
}

/**
 * e = SM3(Z_A ‖ M), the digest an SM2 signature signs (GM/T 0003.2 §6.1 steps A1–A2). Computed here rather than by
 * sm-crypto-v2 (`hash: true`), which converts the whole message to hex and back: for a licence's few kilobytes that
 * was half the cost of a signature.
 */
export function sm2MessageDigest(data: Uint8Array, publicKeyHex: string, userId = SM2_DEFAULT_USER_ID): Uint8Array {
  const z = zOf(publicKeyHex, userId);
  if (NATIVE_SM3) return createHash('sm3').update(z).update(data).digest();
  const joined = new Uint8Array(z.length + data.length);
  joined.set(z, 0);
  joined.set(data, z.length);
  return Buffer.from(sm3(joined), 'hex');
}

/**
 * Signs `data` (the message itself, not a digest) with SM3 and the user id; returns the DER signature.
 * Passing the public key saves deriving it from the private key.
 */
export function sm2Sign(data: Uint8Array, privateKeyHex: string, publicKeyHex?: string, userId = SM2_DEFAULT_USER_ID): Uint8Array {
  if (!/^[0-9a-f]{64}$/i.test(privateKeyHex)) throw new TypeError('SM2 private key must be 64 hex characters');
  const digest = sm2MessageDigest(data, publicKeyHex ?? sm2PublicKeyOf(privateKeyHex), userId);
  const rs = sm2.doSignature(digest, privateKeyHex, { hash: false, der: false });
  return encodeSm2SignatureDer(BigInt(`0x${rs.slice(0, 64)}`), BigInt(`0x${rs.slice(64)}`));
}

/** A public key prepared for repeated verification (precomputed multiples of the point). */
export type Sm2VerifyKey = ReturnType<typeof sm2.precomputePublicKey>;

export function prepareSm2VerifyKey(publicKeyHex: string): Sm2VerifyKey {
  if (!isSm2PublicKeyHex(publicKeyHex)) throw new TypeError('not an SM2 public key');
  return sm2.precomputePublicKey(publicKeyHex);
}

/**
 * Verifies a DER signature over `data`. False for anything that is not a valid signature — including a signature
 * that is not strict DER or whose r or s lies outside [1, n−1], and a public key that is not on the curve.
 */
export function sm2Verify(data: Uint8Array, signatureDer: Uint8Array, publicKey: string | Sm2VerifyKey, userId = SM2_DEFAULT_USER_ID): boolean {
  const rs = decodeSm2SignatureDer(signatureDer);
  if (rs === null) return false;
  if (typeof publicKey === 'string' && !isSm2PublicKeyHex(publicKey)) return false;
  const hex = rs.r.toString(16).padStart(64, '0') + rs.s.toString(16).padStart(64, '0');
  try {
    const digest = sm2MessageDigest(data, typeof publicKey === 'string' ? publicKey : publicKey.toHex(false), userId);
    return sm2.doVerifySignature(digest, hex, publicKey, { hash: false, der: false });
  } catch {
    return false;
  }
}

function derInteger(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`; // keep it positive
  const body = Buffer.from(hex, 'hex');
  return Buffer.concat([Buffer.from([0x02, body.length]), body]);
}

/** DER `SEQUENCE { INTEGER r, INTEGER s }`, minimal encoding (at most 72 bytes, so short-form lengths). */
export function encodeSm2SignatureDer(r: bigint, s: bigint): Uint8Array {
  if (r < 1n || r >= SM2_N || s < 1n || s >= SM2_N) throw new RangeError('SM2 signature component out of range');
  const body = Buffer.concat([derInteger(r), derInteger(s)]);
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, body.length]), body]));
}

/** Strict DER decoding: exact lengths, minimal positive integers, no trailing bytes, r and s in [1, n−1]. */
export function decodeSm2SignatureDer(der: Uint8Array): { r: bigint; s: bigint } | null {
  const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  if (bytes.length < 8 || bytes[0] !== 0x30 || bytes[1] !== bytes.length - 2) return null;
  const values: bigint[] = [];
  let at = 2;
  for (let i = 0; i < 2; i += 1) {
    if (bytes[at] !== 0x02) return null;
    const length = bytes[at + 1]!;
    if (length < 1 || length > 33 || at + 2 + length > bytes.length) return null;
    const body = bytes.subarray(at + 2, at + 2 + length);
    if ((body[0]! & 0x80) !== 0) return null; // negative
    if (body.length > 1 && body[0] === 0 && (body[1]! & 0x80) === 0) return null; // not minimal
    values.push(BigInt(`0x${body.toString('hex')}`));
    at += 2 + length;
  }
  if (at !== bytes.length) return null;
  const [r, s] = values as [bigint, bigint];
  if (r < 1n || r >= SM2_N || s < 1n || s >= SM2_N) return null;
  return { r, s };
}

/** PEM SubjectPublicKeyInfo of an SM2 public key (the form `openssl pkey -pubout` writes). */
export function sm2PublicKeyToPem(publicKeyHex: string): string {
  if (!isSm2PublicKeyHex(publicKeyHex)) throw new TypeError('not an SM2 public key');
  const der = Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]);
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/**
 * The public key (`04‖X‖Y` hex) of a PEM SubjectPublicKeyInfo; null unless it is exactly an SM2 key
 * (id-ecPublicKey with the SM2 curve, uncompressed point on the curve).
 */
export function sm2PublicKeyFromPem(pem: string): string | null {
  const match = /^\s*-----BEGIN PUBLIC KEY-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----\s*$/.exec(pem);
  if (!match) return null;
  const der = Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
  if (der.length !== SPKI_PREFIX.length + 65 || !der.subarray(0, SPKI_PREFIX.length).equals(SPKI_PREFIX)) return null;
  const publicKeyHex = der.subarray(SPKI_PREFIX.length).toString('hex');
  return isSm2PublicKeyHex(publicKeyHex) ? publicKeyHex : null;
}
