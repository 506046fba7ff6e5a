/** TypeBox schemas of the centre administrator's licence routes: licence types, seals and the generation rate. */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../../platform/http/common-schemas.ts';

const IsoDateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const HolderKind = Type.Union([Type.Literal('person'), Type.Literal('enterprise'), Type.Literal('any')]);

export const LicenceFieldDefinitionSchema = Type.Object({
  type: Type.Union([Type.Literal('string'), Type.Literal('number'), Type.Literal('integer'), Type.Literal('boolean')]),
  title: Type.String(),
  maxLength: Type.Optional(Type.Integer()),
  enum: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Number()]))),
  'x-formKey': Type.Optional(Type.String({ description: 'The application-form field the value comes from (default: the field name)' })),
});

/** Loose on purpose: `licenceFieldsSchemaProblems` checks it and answers LICENCE_TYPE_FIELDS_INVALID with the paths. */
export const LicenceFieldsSchemaSchema = Type.Object({
  type: Type.String({ description: "'object'" }),
  properties: Type.Record(Type.String(), Type.Unknown()),
  required: Type.Optional(Type.Array(Type.String())),
}, { description: 'JSON Schema object whose properties are string, number, integer or boolean fields (照面信息)' });

export const LicenceValiditySchema = Type.Union([
  Type.Object({ kind: Type.Literal('years'), years: Type.Integer({ minimum: 1, maximum: 100 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('months'), months: Type.Integer({ minimum: 1, maximum: 1200 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('indefinite') }, { additionalProperties: false }),
]);

export const LicenceLayoutSchema = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 40 }),
  orientation: Type.Union([Type.Literal('portrait'), Type.Literal('landscape')]),
  fieldOrder: Type.Array(Type.String(), { maxItems: 60, description: 'Field names in print order; unlisted fields are not printed' }),
  accentColor: Type.String({ pattern: '^#[0-9a-fA-F]{6}$' }),
  footnote: Type.Union([Type.Null(), Type.String({ maxLength: 200 })]),
}, { additionalProperties: false });

const IssuerView = Type.Object({ id: Uuid, name: Type.String(), regionCode: Type.String() });

export const LicenceTypeView = Type.Object({
  id: Uuid,
  code: Type.String({ description: 'GB/T 36904 type code: the defining authority\'s credit code + 3 digits' }),
  name: Type.String(),
  definingAuthorityName: Type.String(),
  holderKind: HolderKind,
  fieldsSchema: LicenceFieldsSchemaSchema,
  validity: LicenceValiditySchema,
  layout: LicenceLayoutSchema,
  producingImplementationCodes: Type.Array(Type.String()),
  issuers: Type.Array(IssuerView, { description: 'Issuing departments in my region scope' }),
  otherIssuerCount: Type.Integer({ description: 'Issuing departments outside my region scope (kept as they are when I save)' }),
  active: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type LicenceTypeView = Static<typeof LicenceTypeView>;

export const LicenceTypeSummary = Type.Object({
  id: Uuid, code: Type.String(), name: Type.String(), definingAuthorityName: Type.String(), holderKind: HolderKind,
  fieldCount: Type.Integer(), producerCount: Type.Integer(), issuerCount: Type.Integer(), active: Type.Boolean(), version: Type.Integer(), updatedAt: DateTime,
});
export type LicenceTypeSummary = Static<typeof LicenceTypeSummary>;

export const LicenceTypeListQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) });

const LicenceTypeEditable = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  definingAuthorityName: Type.String({ minLength: 1, maxLength: 100 }),
  holderKind: HolderKind,
  fieldsSchema: LicenceFieldsSchemaSchema,
  validity: LicenceValiditySchema,
  layout: LicenceLayoutSchema,
  producingImplementationCodes: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }),
  issuerDepartmentIds: Type.Array(Uuid, { maxItems: 200, description: 'Issuing departments in my region scope (others are kept)' }),
  active: Type.Optional(Type.Boolean()),
};
export const CreateLicenceTypeBody = Type.Object({ code: Type.String({ maxLength: 32 }), ...LicenceTypeEditable }, { additionalProperties: false });
export type CreateLicenceTypeBody = Static<typeof CreateLicenceTypeBody>;
export const UpdateLicenceTypeBody = Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic lock)' }), ...LicenceTypeEditable }, { additionalProperties: false });
export type UpdateLicenceTypeBody = Static<typeof UpdateLicenceTypeBody>;

export const LicenceTypeProducerView = Type.Object({
  implementationId: Uuid,
  code: Type.String(),
  name: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  resultType: Type.String(),
  listed: Type.Boolean({ description: 'Already among the type\'s producing implementations' }),
});
export type LicenceTypeProducerView = Static<typeof LicenceTypeProducerView>;

// ── Seals ──

const SealStatus = Type.Union([Type.Literal('active'), Type.Literal('retired'), Type.Literal('revoked')]);
export const SealView = Type.Object({
  id: Uuid,
  departmentId: Uuid,
  departmentName: Type.String(),
  regionCode: Type.String(),
  sealCode: Type.String({ description: '印章编码 (GB/T 38540 esID)' }),
  name: Type.String(),
  sealType: Type.Union([Type.Literal('licence'), Type.Literal('official')]),
  validFrom: DateTime,
  validUntil: DateTime,
  status: SealStatus,
  retiredAt: Type.Union([Type.Null(), DateTime]),
  replacedBy: Type.Union([Type.Null(), Uuid]),
  revokedAt: Type.Union([Type.Null(), DateTime]),
  revocationReason: Type.Union([Type.Null(), Type.String()]),
  pictureUrl: Type.String(),
  keyFingerprint: Type.String({ description: 'First 16 hex characters of the SM3 digest of the public key (hex)' }),
  createdAt: DateTime,
});
export type SealView = Static<typeof SealView>;

export const SealListQuery = Type.Object({
  departmentId: Type.Optional(Uuid),
  status: Type.Optional(SealStatus),
});
export const CreateSealBody = Type.Object({
  departmentId: Uuid,
  sealName: Type.Optional(Type.String({ minLength: 2, maxLength: 20, description: 'Text under the star, default 电子证照专用章' })),
  validYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 5 })),
}, { additionalProperties: false });
export type CreateSealBody = Static<typeof CreateSealBody>;
export const RotateSealBody = Type.Object({
  sealName: Type.Optional(Type.String({ minLength: 2, maxLength: 20 })),
  validYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 5 })),
}, { additionalProperties: false });
export type RotateSealBody = Static<typeof RotateSealBody>;
export const RevokeSealBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 500 }) }, { additionalProperties: false });
export const RotateSealResponse = Type.Object({ retired: SealView, active: SealView });

// ── Generation rate ──

export const GenerationRateQuery = Type.Object({
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
  departmentId: Type.Optional(Uuid),
});
export type GenerationRateQuery = Static<typeof GenerationRateQuery>;
const RateRow = {
  approvals: Type.Integer({ description: 'Approved cases whose result is a licence' }),
  issued: Type.Integer({ description: 'Of them, with an electronic licence issued' }),
  rate: Type.Union([Type.Null(), Type.Number()], { description: 'issued / approvals (0–1); null without approvals' }),
};
export const GenerationRateView = Type.Object({
  from: IsoDateString,
  to: IsoDateString,
  ...RateRow,
  notIssued: Type.Array(Type.Object({ reason: Type.String(), count: Type.Integer() })),
  departments: Type.Array(Type.Object({ departmentId: Uuid, departmentName: Type.String(), ...RateRow })),
});
export type GenerationRateView = Static<typeof GenerationRateView>;
