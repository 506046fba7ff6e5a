/**
 * Schemas of licence verification (public) and of the staff's licence register (list, detail, revoke, suspend,
 * reinstate). `LicenceVerification` is the shared answer of every verification (the share page reuses it).
 */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../../platform/http/common-schemas.ts';
import { PageQuery } from '../../../platform/http/pagination.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'China date, YYYY-MM-DD' });
const NullableDate = Type.Union([Type.Null(), IsoDate]);

export const VERIFICATION_OUTCOMES = ['valid', 'not_yet_valid', 'expired', 'suspended', 'revoked', 'tampered', 'not_found'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

/** Why a licence is `tampered` (the `reason` of a tampered outcome). */
export const TAMPER_REASONS = [
  'signature_mismatch', 'proof_invalid', 'content_differs', 'seal_mismatch', 'seal_invalid', 'seal_revoked', 'seal_not_valid_at_signing', 'credential_malformed',
] as const;
export type TamperReason = (typeof TAMPER_REASONS)[number];

export const VerifiedLicence = Type.Object({
  identifier: Type.String(),
  name: Type.String(),
  typeName: Type.String(),
  holderName: Type.String({ description: 'A person\'s name masked to the family name (张*); an enterprise\'s in full' }),
  holderCode: Type.String({ description: 'Resident ID number masked; a credit code in full' }),
  holderKind: Type.Enum(['person', 'enterprise']),
  issuer: Type.Object({ name: Type.String(), code: Type.String() }),
  issueDate: IsoDate,
  validFrom: IsoDate,
  validUntil: NullableDate,
});

export const VerifiedSeal = Type.Object({ id: Uuid, name: Type.String(), status: Type.Enum(['active', 'retired', 'revoked']) });

export const LicenceVerification = Type.Object({
  outcome: Type.Enum([...VERIFICATION_OUTCOMES]),
  reason: Type.Union([Type.Null(), Type.String()], {
    description: 'tampered: a code (signature_mismatch, proof_invalid, content_differs, seal_mismatch, seal_invalid, seal_revoked, seal_not_valid_at_signing, credential_malformed); revoked and suspended: the issuing department\'s reason; otherwise null',
  }),
  checkedAt: DateTime,
  licence: Type.Optional(VerifiedLicence),
  seal: Type.Optional(VerifiedSeal),
}, { description: 'The result of verifying a licence (by identifier, upload or share link)' });
export type LicenceVerification = Static<typeof LicenceVerification>;

export const VerifyQuery = Type.Object({ identifier: Type.String({ minLength: 1, maxLength: 200, description: 'The GB/T 36904 identifier; spaces and lower case are tolerated' }) });

export const VerifyUploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'The licence PDF (with its embedded credential) or the Verifiable Credential JSON; ≤ 5 MiB' }),
}, { description: 'multipart/form-data with one part named "file"' });

export const StatusListParams = Type.Object({ listId: Type.Integer({ minimum: 1, maximum: 1_000_000 }), purpose: Type.Enum(['revocation', 'suspension']) });

export const StatusListCredentialSchema = Type.Object({
  '@context': Type.Array(Type.String()),
  id: Type.String(),
  type: Type.Array(Type.String()),
  issuer: Type.Object({ id: Type.String(), name: Type.String() }),
  validFrom: Type.String(),
  validUntil: Type.Optional(Type.String()),
  credentialSubject: Type.Object({
    id: Type.String(), type: Type.Literal('BitstringStatusList'), statusPurpose: Type.Enum(['revocation', 'suspension']), encodedList: Type.String(), ttl: Type.Optional(Type.Integer()),
  }),
  proof: Type.Object({
    type: Type.Literal('DataIntegrityProof'), cryptosuite: Type.String(), created: Type.String(), verificationMethod: Type.String(), proofPurpose: Type.String(), proofValue: Type.String(),
  }),
}, { description: 'W3C BitstringStatusListCredential (VC 2.0) signed by the platform root key (cryptosuite onetrip-sm2-jcs-2026)' });

export const SealParams = Type.Object({ sealId: Uuid });

export const PublicSealView = Type.Object({
  id: Uuid,
  sealCode: Type.String(),
  name: Type.String(),
  sealType: Type.Enum(['licence', 'official']),
  department: Type.Object({ name: Type.String(), code: Type.String() }),
  status: Type.Enum(['active', 'retired', 'revoked']),
  validFrom: DateTime,
  validUntil: DateTime,
  retiredAt: Type.Union([Type.Null(), DateTime]),
  revokedAt: Type.Union([Type.Null(), DateTime]),
  publicKeyPem: Type.String({ description: 'The seal\'s SM2 public key (PEM SubjectPublicKeyInfo), which verifies the licences it signed' }),
  sealInfo: Type.Record(Type.String(), Type.Unknown(), { description: 'The GB/T 38540 seal information the root key signed (its canonical JSON is the signed bytes)' }),
  rootSignature: Type.String({ description: 'The platform root key\'s SM2 signature (DER, base64) over the canonical JSON of sealInfo' }),
  rootPublicKeyPem: Type.String(),
});

export const RootKeyView = Type.Object({
  id: Type.String(),
  type: Type.Literal('Multikey'),
  controller: Type.String(),
  algorithm: Type.Literal('SM2'),
  publicKeyPem: Type.String(),
  publicKeyHex: Type.String(),
});

// ── Staff register ──

export const LICENCE_LIST_STATUSES = ['valid', 'not_yet_valid', 'expired', 'suspended', 'revoked'] as const;

export const LicenceListQuery = Type.Object({
  ...PageQuery.properties,
  typeId: Type.Optional(Uuid),
  status: Type.Optional(Type.Enum([...LICENCE_LIST_STATUSES])),
  holderName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the holder\'s name' })),
  identifier: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The identifier, or its beginning' })),
});
export type LicenceListQuery = Static<typeof LicenceListQuery>;

export const StaffLicenceSummary = Type.Object({
  id: Uuid,
  identifier: Type.String(),
  typeId: Uuid,
  typeName: Type.String(),
  holderName: Type.String({ description: 'Masked for persons' }),
  holderCode: Type.String({ description: 'Masked for persons' }),
  holderKind: Type.Enum(['person', 'enterprise']),
  issuer: Type.Object({ id: Uuid, name: Type.String() }),
  issueDate: IsoDate,
  validFrom: IsoDate,
  validUntil: NullableDate,
  status: Type.Enum([...LICENCE_LIST_STATUSES]),
  source: Type.Enum(['case', 'stock_import']),
  createdAt: DateTime,
});
export type StaffLicenceSummary = Static<typeof StaffLicenceSummary>;

export const LicenceSuspensionView = Type.Object({
  id: Uuid, fromDate: IsoDate, reason: Type.String(), liftedOn: NullableDate, createdAt: DateTime, liftedAt: Type.Union([Type.Null(), DateTime]),
});

export const StaffLicenceDetail = Type.Object({
  ...StaffLicenceSummary.properties,
  number: Type.Union([Type.Null(), Type.String()]),
  fields: Type.Record(Type.String(), Type.Unknown()),
  relatedItem: Type.Union([Type.Null(), Type.Object({ name: Type.String(), code: Type.String() })]),
  caseId: Type.Union([Type.Null(), Uuid]),
  seal: VerifiedSeal,
  statusList: Type.Object({ listId: Type.Integer(), index: Type.Integer() }),
  revokedOn: NullableDate,
  revocationReason: Type.Union([Type.Null(), Type.String()]),
  suspensions: Type.Array(LicenceSuspensionView),
  mayManageStatus: Type.Boolean({ description: 'Whether the caller may revoke, suspend and reinstate it (an approver of the issuing department)' }),
});
export type StaffLicenceDetail = Static<typeof StaffLicenceDetail>;

const Reason = Type.String({ minLength: 1, maxLength: 500 });
export const RevokeBody = Type.Object({ reason: Reason });
export const SuspendBody = Type.Object({ reason: Reason });
export const ReinstateBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) });
