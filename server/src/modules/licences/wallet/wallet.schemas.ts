import { Type } from 'typebox';
import { DateTime, Uuid } from '../../../platform/http/common-schemas.ts';
import { SHARE_MAX_HOURS } from './licence-shares.ts';

const IsoDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'China date, YYYY-MM-DD' });
const LicenceStatus = Type.Union([Type.Literal('valid'), Type.Literal('not_yet_valid'), Type.Literal('expired'), Type.Literal('suspended'), Type.Literal('revoked')], {
  description: 'Status today (China calendar day): valid 有效, not_yet_valid 未生效, expired 已过期, suspended 已中止, revoked 已注销',
});
const Party = Type.Object({ name: Type.String(), code: Type.String() });
const FieldView = Type.Object({ name: Type.String(), title: Type.String(), value: Type.Union([Type.Null(), Type.String(), Type.Number(), Type.Boolean()]) });

export const WalletLicenceSummary = Type.Object({
  id: Uuid,
  identifier: Type.String({ description: 'GB/T 36904 licence identifier' }),
  name: Type.String(),
  typeCode: Type.String(),
  typeName: Type.String(),
  issuer: Party,
  issueDate: IsoDay,
  validFrom: IsoDay,
  validUntil: Type.Union([Type.Null(), IsoDay], { description: 'null: no end (长期)' }),
  status: LicenceStatus,
  holderKind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  holderName: Type.String(),
  holderCodeMasked: Type.String({ description: 'Resident ID number masked; an enterprise\'s credit code as it is' }),
  source: Type.Union([Type.Literal('case'), Type.Literal('stock_import')]),
  activeShares: Type.Integer({ description: 'Share links neither expired nor withdrawn' }),
});

export const WalletLicenceDetail = Type.Object({
  ...WalletLicenceSummary.properties,
  fields: Type.Array(FieldView, { description: 'The licence\'s own fields (照面信息) in print order, with their printed titles' }),
  number: Type.Union([Type.Null(), Type.String()]),
  relatedItem: Type.Union([Type.Null(), Party]),
  revokedOn: Type.Union([Type.Null(), IsoDay]),
  revocationReason: Type.Union([Type.Null(), Type.String()]),
  suspendedFrom: Type.Union([Type.Null(), IsoDay]),
});

export const LicenceShareView = Type.Object({
  id: Uuid,
  createdAt: DateTime,
  expiresAt: DateTime,
  revokedAt: Type.Union([Type.Null(), DateTime]),
  active: Type.Boolean(),
  viewCount: Type.Integer(),
  lastViewedAt: Type.Union([Type.Null(), DateTime]),
});

export const CreatedShare = Type.Object({
  ...LicenceShareView.properties,
  url: Type.String({ description: 'The link to hand out (PUBLIC_URL/licences/shared/<token>); shown only now' }),
  token: Type.String({ description: '32 random bytes, base64url; only its SHA-256 is stored' }),
});

export const CreateShareBody = Type.Object({
  hours: Type.Integer({ minimum: 1, maximum: SHARE_MAX_HOURS, description: 'How long the link works, 1 to 720 hours' }),
}, { additionalProperties: false });

export const SharedLicence = Type.Object({
  identifier: Type.String(),
  name: Type.String(),
  typeName: Type.String(),
  issuer: Party,
  issueDate: IsoDay,
  validFrom: IsoDay,
  validUntil: Type.Union([Type.Null(), IsoDay]),
  status: LicenceStatus,
  holderKind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  holderName: Type.String(),
  holderCodeMasked: Type.String(),
  fields: Type.Array(FieldView),
  shareExpiresAt: DateTime,
  checkedAt: DateTime,
});

export const ShareParams = Type.Object({ id: Uuid, shareId: Uuid });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) });
export const PdfFile = Type.String({ description: 'The licence PDF (application/pdf) with the Verifiable Credential embedded' });
export const CredentialFile = Type.Unknown({ description: 'The signed W3C Verifiable Credential 2.0 (application/vc+json)' });
