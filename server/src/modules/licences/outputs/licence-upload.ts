/**
 * Reading a licence someone uploads for verification — the Verifiable Credential JSON, or a licence PDF that carries
 * it as an embedded file (licence-pdf.ts) — and the structural checks of the credential before any key is used.
 *
 * The PDF is read without a PDF library: every stream whose dictionary says `/Type /EmbeddedFile` is taken (its
 * `/Length`, direct or an indirect object, else up to `endstream`) and inflated with node:zlib when its filter is
 * `/FlateDecode`. This covers what pdfkit writes (no object streams, no encryption); a PDF re-saved by another tool
 * that packs objects into compressed object streams is reported as `no_embedded_credential`.
 *
 * `checkCredentialIntegrity` rebuilds the credential we would have issued from the data it carries
 * (`unsignedLicenceCredential`) and insists the two are the same JSON member for member, so the bytes handed to the
 * signature checks are exactly what an issuer signed, and nothing unsigned can ride along. Signature checks with the
 * seal's public key (and the seal's status) are the verification service's job, with the Sm2Pool.
 */
import { inflateSync } from 'node:zlib';
import {
  canonicalJson,
  canonicalLicenceBytes,
  credentialSigningBytes,
  fromBase64,
  LICENCE_CREDENTIAL_TYPE,
  LICENCE_CRYPTOSUITE,
  proofValueSignature,
  unsignedLicenceCredential,
  validateLicenceMetadata,
  type LicenceCredential,
  type LicenceMetadata,
} from '@onetrip/core';

export const MAX_LICENCE_UPLOAD_BYTES = 5 * 1024 * 1024;

export type LicenceUpload =
  | { kind: 'credential'; credential: unknown }
  | { kind: 'unreadable'; reason: 'not_json_or_pdf' | 'no_embedded_credential' | 'too_large' };

export type CredentialIntegrity =
  | {
      ok: true;
      metadata: LicenceMetadata;
      identifier: string;
      /** The seal named by `proof.verificationMethod` (a UUID, lower case). */
      sealId: string;
      /** The department's SM2 signature over `licenceBytes` (DER). */
      licenceSignatureDer: Uint8Array;
      /** The proof's SM2 signature over `proofSigningBytes` (DER). */
      proofSignatureDer: Uint8Array;
      proofSigningBytes: Uint8Array;
      /** `canonicalLicenceBytes(metadata)`. */
      licenceBytes: Uint8Array;
      /** The public base URL the credential was issued under (from its verification method). */
      baseUrl: string;
      statusListId: number;
      statusListIndex: number;
      /** The proof's `created`. */
      created: Date;
    }
  | { ok: false; problem: 'malformed' | 'wrong_type' | 'unknown_cryptosuite' | 'bad_proof_value' };

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The uploaded file as a credential (parsed JSON), or why it cannot be one. */
export function readLicenceUpload(bytes: Uint8Array): LicenceUpload {
  if (bytes.byteLength > MAX_LICENCE_UPLOAD_BYTES) return { kind: 'unreadable', reason: 'too_large' };
  // JSON may start with a BOM and spaces; a PDF's header may follow up to 1 KiB of junk (ISO 32000-1, annex H.3).
  const head = latin1(bytes.subarray(0, 1024));
  if (/^(\xef\xbb\xbf)?\s*\{/.test(head)) {
    const json = parseJson(bytes);
    return json === undefined ? { kind: 'unreadable', reason: 'not_json_or_pdf' } : { kind: 'credential', credential: json };
  }
  if (head.includes('%PDF-')) {
    const credential = embeddedCredential(bytes);
    return credential === undefined ? { kind: 'unreadable', reason: 'no_embedded_credential' } : { kind: 'credential', credential };
  }
  return { kind: 'unreadable', reason: 'not_json_or_pdf' };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).trim();
    if (!text.startsWith('{')) return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isCredentialShaped(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.type) && value.type.includes('VerifiableCredential');
}

/** The first embedded file that is a JSON Verifiable Credential, or undefined. */
function embeddedCredential(bytes: Uint8Array): unknown {
  for (const file of embeddedFiles(bytes)) {
    const json = parseJson(file);
    if (isCredentialShaped(json)) return json;
  }
  return undefined;
}

/** The decoded contents of every `/Type /EmbeddedFile` stream pdfkit-style PDFs carry. */
export function embeddedFiles(bytes: Uint8Array): Uint8Array[] {
  const text = latin1(bytes);
  const files: Uint8Array[] = [];
  const streamKeyword = />>\s*stream(?:\r\n|\n|\r)/g;
  for (let match = streamKeyword.exec(text); match !== null; match = streamKeyword.exec(text)) {
    const dataStart = match.index + match[0].length;
    const objectStart = text.lastIndexOf(' obj', match.index);
    if (objectStart < 0) continue;
    const dictionary = text.slice(objectStart, match.index + 2);
    if (!/\/Type\s*\/EmbeddedFile\b/.test(dictionary)) continue;
    const length = streamLength(text, dictionary, dataStart);
    if (length === null) continue;
    const raw = bytes.subarray(dataStart, dataStart + length);
    const filter = /\/Filter\s*(?:\[\s*)?\/(\w+)/.exec(dictionary)?.[1];
    if (filter === undefined) files.push(raw);
    else if (filter === 'FlateDecode') {
      try {
        files.push(new Uint8Array(inflateSync(raw, { maxOutputLength: MAX_LICENCE_UPLOAD_BYTES })));
      } catch {
        // A damaged or oversized stream is not a credential; try the next one.
      }
    }
  }
  return files;
}

function streamLength(text: string, dictionary: string, dataStart: number): number | null {
  const indirect = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dictionary);
  if (indirect) {
    const value = new RegExp(`(?:^|\\s)${indirect[1]}\\s+${indirect[2]}\\s+obj\\s*(\\d+)\\s*endobj`).exec(text);
    if (value) return Number(value[1]);
  } else {
    const direct = /\/Length\s+(\d+)/.exec(dictionary);
    if (direct) return Number(direct[1]);
  }
  const end = text.indexOf('endstream', dataStart);
  if (end < 0) return null;
  // Without a usable /Length: up to the end-of-line marker before `endstream`.
  return text.slice(dataStart, end).replace(/(\r\n|\n|\r)$/, '').length;
}

const SEAL_METHOD = /^(https?:\/\/[^\s#?]+)\/api\/public\/licence-seals\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})#key$/;
const STATUS_LIST = /\/api\/public\/licence-status\/(\d{1,9})\/revocation$/;
const PROOF_CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Structural checks of a licence credential (no keys): its type, the cryptosuite, the proof value's encoding, valid
 * GB/T 36903 metadata, and that it is exactly the credential `unsignedLicenceCredential` builds from that metadata,
 * seal, status list place and time (plus the proof value). Returns what the signature checks need.
 */
export function checkCredentialIntegrity(credential: unknown): CredentialIntegrity {
  if (!isObject(credential)) return { ok: false, problem: 'malformed' };
  const { type, proof, credentialSubject } = credential;
  if (!Array.isArray(type) || type.length !== 2 || type[0] !== 'VerifiableCredential' || type[1] !== LICENCE_CREDENTIAL_TYPE) {
    return { ok: false, problem: 'wrong_type' };
  }
  if (!isObject(proof) || !isObject(credentialSubject)) return { ok: false, problem: 'malformed' };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== LICENCE_CRYPTOSUITE) return { ok: false, problem: 'unknown_cryptosuite' };
  const proofSignatureDer = typeof proof.proofValue === 'string' ? proofValueSignature(proof.proofValue) : null;
  if (proofSignatureDer === null || !looksLikeDerSignature(proofSignatureDer)) return { ok: false, problem: 'bad_proof_value' };

  const method = typeof proof.verificationMethod === 'string' ? SEAL_METHOD.exec(proof.verificationMethod) : null;
  const created = typeof proof.created === 'string' && PROOF_CREATED.test(proof.created) ? new Date(proof.created) : null;
  const signature = credentialSubject.licenceSignature;
  const licenceSignatureDer = isObject(signature) && typeof signature.signatureDer === 'string' ? fromBase64(signature.signatureDer) : null;
  const status = Array.isArray(credential.credentialStatus) && isObject(credential.credentialStatus[0]) ? credential.credentialStatus[0] : null;
  const listMatch = typeof status?.statusListCredential === 'string' ? STATUS_LIST.exec(status.statusListCredential) : null;
  const statusListIndex = typeof status?.statusListIndex === 'string' && /^(0|[1-9]\d{0,8})$/.test(status.statusListIndex) ? Number(status.statusListIndex) : null;
  const licence = credentialSubject.licence;
  if (method === null || created === null || Number.isNaN(created.getTime()) || licenceSignatureDer === null || listMatch === null || statusListIndex === null || !isObject(licence)) {
    return { ok: false, problem: 'malformed' };
  }

  const metadata = licence as unknown as LicenceMetadata;
  let rebuilt: LicenceCredential;
  let licenceBytes: Uint8Array;
  try {
    if (validateLicenceMetadata(metadata).length > 0) return { ok: false, problem: 'malformed' };
    licenceBytes = canonicalLicenceBytes(metadata);
    rebuilt = unsignedLicenceCredential(metadata, {
      baseUrl: method[1]!,
      sealId: method[2]!,
      statusListId: Number(listMatch[1]),
      statusListIndex,
      created,
      licenceSignatureDer,
    });
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const { proofValue: _value, ...proofOptions } = proof;
  if (canonicalJson(rebuilt) !== canonicalJson({ ...credential, proof: proofOptions })) return { ok: false, problem: 'malformed' };

  return {
    ok: true,
    metadata: canonicalLicenceMetadata(metadata),
    identifier: metadata.identifier,
    sealId: method[2]!,
    licenceSignatureDer,
    proofSignatureDer,
    proofSigningBytes: credentialSigningBytes(rebuilt),
    licenceBytes,
    baseUrl: method[1]!,
    statusListId: Number(listMatch[1]),
    statusListIndex,
    created,
  };
}

/** The metadata as a fresh plain object (the parsed JSON may hold anything else the rebuild compared equal). */
function canonicalLicenceMetadata(metadata: LicenceMetadata): LicenceMetadata {
  return JSON.parse(canonicalJson(metadata)) as LicenceMetadata;
}

/** An SM2 signature is a DER SEQUENCE of two INTEGERs: ≤ 72 bytes. Strict DER is checked when verifying. */
function looksLikeDerSignature(der: Uint8Array): boolean {
  return der.length >= 8 && der.length <= 72 && der[0] === 0x30 && der[1] === der.length - 2;
}
