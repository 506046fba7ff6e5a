/**
 * W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): a public list of bits, one per
 * licence, so that a verifier fetches the whole list and does not reveal which licence it checks (docs/licences.md,
 * "Status lists").
 *
 * - A list has `BITSTRING_STATUS_LIST_SIZE` = 131,072 bits (16 KiB, the specification's minimum, for herd privacy).
 * - Bit `i` is bit `7 − (i mod 8)` of byte `⌊i / 8⌋`: index 0 is the most significant (left-most) bit of byte 0.
 * - A set bit (1) means the status applies: revoked in the `revocation` list, suspended in the `suspension` list.
 * - `encodedList` is the GZIP of the bytes as multibase base64url (`u` + base64url without padding); core has no
 *   zlib, so that step lives in server/src/modules/licences/outputs/status-list-encoding.ts.
 * - The list is published as a `BitstringStatusListCredential` (VC 2.0) with a Data Integrity proof of the same
 *   cryptosuite as the licence credential (`onetrip-sm2-jcs-2026`), signed by the platform root key.
 */
import { isoSeconds, LICENCE_CRYPTOSUITE, statusListCredentialUrl, type DataIntegrityProof } from './licence-credential.ts';

export const BITSTRING_STATUS_LIST_SIZE = 131072;

export type StatusPurpose = 'revocation' | 'suspension';

function assertSize(size: number): void {
  if (!Number.isSafeInteger(size) || size <= 0 || size % 8 !== 0) throw new RangeError(`status list size must be a positive multiple of 8, got ${size}`);
}

function assertIndex(index: number, size: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`status list index ${index} is outside 0…${size - 1}`);
}

/** The uncompressed bitstring (size / 8 bytes) with exactly the given indexes set. Throws RangeError on a bad index. */
export function encodeStatusList(setIndexes: Iterable<number>, size: number = BITSTRING_STATUS_LIST_SIZE): Uint8Array {
  assertSize(size);
  const bits = new Uint8Array(size / 8);
  for (const index of setIndexes) {
    assertIndex(index, size);
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return bits;
}

/** True when the bit at `index` is set (the status applies). Throws RangeError outside the list. */
export function getStatusBit(bits: Uint8Array, index: number): boolean {
  assertIndex(index, bits.length * 8);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

/** The indexes of all set bits, ascending. */
export function setStatusIndexes(bits: Uint8Array): number[] {
  const indexes: number[] = [];
  bits.forEach((byte, position) => {
    if (byte === 0) return;
    for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) indexes.push(position * 8 + bit);
  });
  return indexes;
}

/** Where a status list credential's proof points: the platform root key, which signs seals and status lists. */
export function platformRootVerificationMethod(baseUrl: string): string {
  return `${baseUrl}/api/public/licence-root-key#key`;
}

export interface StatusListCredential {
  '@context': [string];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: { id: string; name: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: StatusPurpose;
    encodedList: string;
    /** Milliseconds a verifier may cache the list (optional in the specification). */
    ttl?: number;
  };
  proof: DataIntegrityProof;
}

export interface StatusListCredentialInput {
  /** Public base URL without a trailing slash. */
  baseUrl: string;
  listId: number;
  purpose: StatusPurpose;
  /** From `encodedListOf` (server): `u` + base64url(GZIP(bits)). */
  encodedList: string;
  /** When this version of the list was published; also the proof's `created`. */
  validFrom: Date;
  validUntil?: Date;
  ttlMs?: number;
  issuer?: { id: string; name: string };
  /** Defaults to `platformRootVerificationMethod(baseUrl)`. */
  verificationMethod?: string;
}

/** The unsigned BitstringStatusListCredential (proof options without `proofValue`). */
export function statusListCredential(input: StatusListCredentialInput): StatusListCredential {
  if (!/^u[A-Za-z0-9_-]+$/.test(input.encodedList)) throw new TypeError('encodedList must be multibase base64url (u…)');
  const url = statusListCredentialUrl(input.baseUrl, input.listId, input.purpose);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer ?? { id: input.baseUrl, name: 'OneTrip' },
    validFrom: isoSeconds(input.validFrom),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.purpose,
      encodedList: input.encodedList,
      ...(input.ttlMs === undefined ? {} : { ttl: input.ttlMs }),
    },
    proof: {
      type: 'DataIntegrityProof',
      cryptosuite: LICENCE_CRYPTOSUITE,
      created: isoSeconds(input.validFrom),
      verificationMethod: input.verificationMethod ?? platformRootVerificationMethod(input.baseUrl),
      proofPurpose: 'assertionMethod',
    },
  };
}
