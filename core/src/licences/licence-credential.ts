/**
 * A licence as a W3C Verifiable Credential 2.0 (JSON) carrying an SM2 Data Integrity proof (docs/licences.md,
 * "Verifiable Credential").
 *
 * - `credentialSubject.licence` is the canonical licence document's `licence` member (the GB/T 36903 metadata), and
 *   `credentialSubject.licenceSignature` the department's SM2 signature over the canonical licence bytes, so the VC
 *   holds everything an offline verifier needs for the OpenSSL check too.
 * - `credentialStatus` lists two W3C Bitstring Status List entries (revocation, suspension) at the same index.
 * - `proof` is a `DataIntegrityProof` with the cryptosuite `onetrip-sm2-jcs-2026` (ours, modelled on ecdsa-jcs-2019):
 *   the signed bytes are the UTF-8 of the RFC 8785 canonical JSON of the whole credential with `proof` present but
 *   without `proofValue`; the signature is GM/T 0003 SM2 with SM3 and user id 1234567812345678, DER, written as a
 *   multibase base64url string (`u` + base64url without padding). `verificationMethod` names the seal whose key
 *   signed (`…/api/public/licence-seals/<sealId>#key`).
 */
import { canonicalJson } from '../util/canonical-json.ts';
import { canonicalLicenceDocument, encodeUtf8, LICENCE_CANONICAL_FORMAT } from './licence-canonical.ts';
import type { LicenceMetadata } from './licence-metadata.ts';

export const LICENCE_CRYPTOSUITE = 'onetrip-sm2-jcs-2026';
export const SM2_DEFAULT_USER_ID = '1234567812345678';
export const LICENCE_CREDENTIAL_TYPE = 'ElectronicLicenceCredential';
const CHINA_OFFSET = '+08:00';

export interface StatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation' | 'suspension';
  statusListIndex: string;
  statusListCredential: string;
}

/** A Data Integrity proof of the `onetrip-sm2-jcs-2026` cryptosuite (licence credentials and status lists). */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: typeof LICENCE_CRYPTOSUITE;
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue?: string;
}

export type LicenceCredentialProof = DataIntegrityProof;

export interface LicenceCredential {
  '@context': [string, Record<string, string>];
  id: string;
  type: ['VerifiableCredential', typeof LICENCE_CREDENTIAL_TYPE];
  name: string;
  issuer: { id: string; name: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    type: 'ElectronicLicence';
    licence: Record<string, unknown>;
    licenceSignature: { format: typeof LICENCE_CANONICAL_FORMAT; algorithm: 'SM2-with-SM3'; userId: string; signatureDer: string };
  };
  credentialStatus: StatusListEntry[];
  proof: LicenceCredentialProof;
}

export interface LicenceCredentialContext {
  /** Public base URL without a trailing slash, e.g. `https://zwfw.example.gov.cn`. */
  baseUrl: string;
  sealId: string;
  statusListId: number;
  statusListIndex: number;
  /** The proof's `created` (the issuance time). */
  created: Date;
  /** The department's signature over the canonical licence bytes (DER). */
  licenceSignatureDer: Uint8Array;
}

export function statusListCredentialUrl(baseUrl: string, listId: number, purpose: 'revocation' | 'suspension'): string {
  return `${baseUrl}/api/public/licence-status/${listId}/${purpose}`;
}

export function sealVerificationMethod(baseUrl: string, sealId: string): string {
  return `${baseUrl}/api/public/licence-seals/${sealId}#key`;
}

export function licenceVerificationUrl(baseUrl: string, identifier: string): string {
  return `${baseUrl}/verify/${encodeURIComponent(identifier)}`;
}

/** The credential with its proof options but no `proofValue`: what gets signed. */
export function unsignedLicenceCredential(metadata: LicenceMetadata, context: LicenceCredentialContext): LicenceCredential {
  const { licence } = canonicalLicenceDocument(metadata);
  const entry = (purpose: 'revocation' | 'suspension'): StatusListEntry => {
    const list = statusListCredentialUrl(context.baseUrl, context.statusListId, purpose);
    return { id: `${list}#${context.statusListIndex}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(context.statusListIndex), statusListCredential: list };
  };
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', { '@vocab': `${context.baseUrl}/ns/licence#` }],
    id: licenceVerificationUrl(context.baseUrl, metadata.identifier),
    type: ['VerifiableCredential', LICENCE_CREDENTIAL_TYPE],
    name: metadata.name,
    issuer: { id: `urn:uscc:${metadata.issuer.code}`, name: metadata.issuer.name },
    validFrom: `${metadata.validFrom}T00:00:00${CHINA_OFFSET}`,
    ...(metadata.validUntil ? { validUntil: `${metadata.validUntil}T23:59:59${CHINA_OFFSET}` } : {}),
    credentialSubject: {
      type: 'ElectronicLicence',
      licence,
      licenceSignature: { format: LICENCE_CANONICAL_FORMAT, algorithm: 'SM2-with-SM3', userId: SM2_DEFAULT_USER_ID, signatureDer: toBase64(context.licenceSignatureDer) },
    },
    credentialStatus: [entry('revocation'), entry('suspension')],
    proof: {
      type: 'DataIntegrityProof',
      cryptosuite: LICENCE_CRYPTOSUITE,
      created: isoSeconds(context.created),
      verificationMethod: sealVerificationMethod(context.baseUrl, context.sealId),
      proofPurpose: 'assertionMethod',
    },
  };
}

/** An instant as ISO 8601 in UTC without milliseconds, as proofs and credentials carry it. */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The bytes a `onetrip-sm2-jcs-2026` proof signs, for any secured document (a licence credential, a status list):
 * UTF-8 of the canonical JSON (RFC 8785) of the document with its `proof` but without `proof.proofValue`.
 */
export function dataIntegritySigningBytes(document: { proof: { proofValue?: string } }): Uint8Array {
  const { proofValue: _ignored, ...proof } = document.proof;
  return encodeUtf8(canonicalJson({ ...document, proof }));
}

/** The document with its proof's value (multibase base64url of the DER signature). */
export function withDataIntegrityProofValue<T extends { proof: { proofValue?: string } }>(unsigned: T, signatureDer: Uint8Array): T {
  return { ...unsigned, proof: { ...unsigned.proof, proofValue: `u${toBase64Url(signatureDer)}` } };
}

/** The bytes a licence credential's proof signs (`dataIntegritySigningBytes`). */
export const credentialSigningBytes: (credential: LicenceCredential) => Uint8Array = dataIntegritySigningBytes;

/** The licence credential with its proof's value. */
export const withProofValue: (unsigned: LicenceCredential, signatureDer: Uint8Array) => LicenceCredential = withDataIntegrityProofValue;

/** The DER signature in a `proofValue`, or null when it is not multibase base64url. */
export function proofValueSignature(proofValue: string): Uint8Array | null {
  if (!/^u[A-Za-z0-9_-]+$/.test(proofValue)) return null;
  return fromBase64(proofValue.slice(1).replace(/-/g, '+').replace(/_/g, '/'));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes standard base64 (padding optional); null on any other character. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return null;
  const out: number[] = [];
  let buffer = 0, bits = 0;
  for (const ch of clean) {
    buffer = (buffer << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
