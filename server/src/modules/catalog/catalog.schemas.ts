import { Type, type Static } from 'typebox';
import type { ImplementationContent } from '@onetrip/core';
import { DateTime, Uuid } from '../../platform/http/common-schemas.ts';

const Text = (max = 2000) => Type.String({ maxLength: max });
const ShortText = Type.String({ minLength: 1, maxLength: 200 });

const LimitUnit = Type.Union([Type.Literal('working_days'), Type.Literal('natural_days')]);
const TimeLimit = Type.Object({ value: Type.Number({ minimum: 0, maximum: 3650, multipleOf: 0.5, description: 'Half days allowed (0.5 个工作日)' }), unit: LimitUnit, note: Type.Optional(Text(500)) }, { additionalProperties: false });

const Material = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }),
  name: ShortText,
  kind: Type.Union([Type.Literal('original'), Type.Literal('copy'), Type.Literal('original_and_copy'), Type.Literal('original_or_copy')]),
  form: Type.Union([Type.Literal('paper'), Type.Literal('electronic'), Type.Literal('both')]),
  necessity: Type.Union([Type.Literal('required'), Type.Literal('conditional'), Type.Literal('optional')]),
  condition: Type.Optional(Text(500)),
  paperCopies: Type.Integer({ minimum: 0, maximum: 99 }),
  paperSize: Type.Optional(Text(20)),
  source: Type.Union([Type.Literal('applicant'), Type.Literal('government'), Type.Literal('other')]),
  sourceNote: Type.Optional(Text(500)),
  fillingInstructions: Type.Optional(Text()),
  blankFormFile: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 200 })])),
  sampleFile: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 200 })])),
  acceptanceStandard: Type.Optional(Text()),
  legalBasis: Type.Union([Type.Null(), Text()]),
  remarks: Type.Optional(Text()),
  commonMistakes: Type.Optional(Type.Array(Text(500), { maxItems: 20 })),
  proofCode: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 40 })])),
  satisfiedByLicenseType: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 40 })])),
}, { additionalProperties: false });

const Fee = Type.Object({ item: ShortText, standard: Text(500), basis: Text(), reducible: Type.Boolean(), reductionBasis: Type.Optional(Text()) }, { additionalProperties: false });
const ProcessStep = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }),
  name: ShortText,
  role: Type.Union([Type.Literal('clerk'), Type.Literal('approver')]),
  limit: TimeLimit,
  countersign: Type.Optional(Type.Boolean()),
  reviewRules: Type.Optional(Text(5000)),
}, { additionalProperties: false });
const FormFieldUi = Type.Object({
  widget: Type.Optional(Type.Enum(['input', 'textarea', 'number', 'select', 'radio', 'checkbox', 'date', 'id_number', 'credit_code', 'phone', 'region', 'address'])),
  placeholder: Type.Optional(Text(200)),
  help: Type.Optional(Text(500)),
  prefill: Type.Optional(Type.Enum(['name', 'idNumber', 'creditCode', 'phone', 'legalRepresentative'])),
  showWhen: Type.Optional(Type.Object({ field: Type.String({ maxLength: 60 }), equals: Type.Union([Type.String(), Type.Number(), Type.Boolean()]) })),
}, { additionalProperties: false });

export const ImplementationContentSchema = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 200 }),
  legalBasis: Text(5000),
  conditions: Type.Array(Text(1000), { maxItems: 50 }),
  materials: Type.Array(Material, { maxItems: 100 }),
  fees: Type.Array(Fee, { maxItems: 30 }),
  legalLimit: TimeLimit,
  promisedLimit: TimeLimit,
  caseKind: Type.Union([Type.Literal('immediate'), Type.Literal('promised')]),
  process: Type.Array(ProcessStep, { maxItems: 10 }),
  specialProcedures: Type.Array(Type.Enum(['hearing', 'expert_review', 'site_inspection', 'testing', 'public_notice'])),
  result: Type.Object({
    name: Type.String({ maxLength: 200 }),
    type: Type.Enum(['license', 'approval_document', 'certificate', 'filing', 'other', 'none']),
    sampleFile: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 200 })])),
    licenseTypeCode: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 40 })])),
  }, { additionalProperties: false }),
  onlineDepth: Type.Integer({ minimum: 1, maximum: 7 }),
  tripsToSite: Type.Integer({ minimum: 0, maximum: 10 }),
  visitReason: Type.Union([Type.Null(), Text(1000)]),
  channels: Type.Array(Type.Enum(['hall', 'online', 'mobile', 'post', 'appointment', 'payment', 'self_service']), { uniqueItems: true }),
  crossRegionScope: Type.Enum(['none', 'cross_county', 'cross_city', 'cross_province', 'nationwide']),
  audiences: Type.Array(Type.Enum(['natural_person', 'enterprise', 'public_institution', 'social_organization', 'government_organ', 'other_organization']), { uniqueItems: true }),
  themes: Type.Array(Type.String({ maxLength: 40 }), { uniqueItems: true, maxItems: 20 }),
  place: Text(500),
  officeHours: Text(500),
  consultationPhone: Text(100),
  complaintPhone: Text(100),
  faq: Type.Array(Type.Object({ question: Text(500), answer: Text(5000) }, { additionalProperties: false }), { maxItems: 50 }),
  form: Type.Object({
    schema: Type.Object({ type: Type.Literal('object'), properties: Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown())), required: Type.Optional(Type.Array(Type.String())) }, { additionalProperties: true }),
    ui: Type.Object({ order: Type.Array(Type.String({ maxLength: 60 })), fields: Type.Record(Type.String(), FormFieldUi) }, { additionalProperties: false }),
  }, { additionalProperties: false }),
  allowsCommitment: Type.Optional(Type.Boolean()),
  quantityLimit: Type.Optional(Text(500)),
  intermediaryServices: Type.Optional(Type.Array(Text(200), { maxItems: 20 })),
  jointDepartments: Type.Optional(Type.Array(Text(200), { maxItems: 20 })),
}, { additionalProperties: false, $id: 'ImplementationContent', description: 'Every element of an implementation (实施清单); see shared/STANDARDS.md' });

/**
 * The schema checks the shape of core's ImplementationContent (types, lengths, enumerations); the semantic rules
 * (limits, trips, materials, proofs, form consistency) are the guide checker's. Themes are free strings here so
 * that a new theme needs no API change; the checker flags unknown ones.
 */
export function asContent(value: Static<typeof ImplementationContentSchema>): ImplementationContent {
  return value as unknown as ImplementationContent;
}

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
export const FindingView = Type.Object({
  rule: Type.String(), severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]), blocksSave: Type.Boolean(),
  path: Type.String(), message: Bilingual, hint: Bilingual,
});

export const BasicItemView = Type.Object({
  code: Type.String(), typeCode: Type.String(), name: Type.String(), parentCode: Type.Union([Type.Null(), Type.String()]), legalBasis: Type.String(), level: Type.Integer(),
});
export const CreateBasicItemBody = Type.Object({
  typeCode: Type.Enum(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20']),
  mainNumber: Type.Integer({ minimum: 1, maximum: 999 }),
  subNumber: Type.Optional(Type.Integer({ minimum: 0, maximum: 999 })),
  name: Type.String({ minLength: 2, maxLength: 200 }),
  parentCode: Type.Optional(Type.Union([Type.Null(), Type.String({ pattern: '^[0-9A-Z]{12}$' })])),
  legalBasis: Type.String({ minLength: 2, maxLength: 5000 }),
  level: Type.Integer({ minimum: 1, maximum: 7 }),
}, { additionalProperties: false });
export type CreateBasicItemBody = Static<typeof CreateBasicItemBody>;

const PublicationStatus = Type.Enum(['unpublished', 'published', 'suspended', 'cancelled']);
const ChangeStatus = Type.Enum(['none', 'draft', 'submitted']);
export const ImplementationSummaryView = Type.Object({
  id: Uuid, code: Type.String(), name: Type.String(), basicCode: Type.String(), typeCode: Type.String(),
  departmentId: Uuid, departmentName: Type.String(), regionCode: Type.String(), regionName: Type.String(), level: Type.Integer(),
  inheritsFrom: Type.Union([Type.Null(), Uuid]), publicationStatus: PublicationStatus, changeStatus: ChangeStatus, currentVersion: Type.Union([Type.Null(), Type.Integer()]),
  statusReason: Type.Union([Type.Null(), Type.String()]), reviewComment: Type.Union([Type.Null(), Type.String()]), updatedAt: DateTime,
});
/** Name, media type and size of every blank form / sample the content refers to, by file id. */
export const FileSummaries = Type.Record(Type.String(), Type.Object({ fileName: Type.String(), mediaType: Type.String(), size: Type.Integer() }));
export const ImplementationDetailView = Type.Intersect([ImplementationSummaryView, Type.Object({
  draftRevision: Type.Integer(),
  draft: Type.Union([Type.Null(), Type.Ref('ImplementationContent')]),
  current: Type.Union([Type.Null(), Type.Ref('ImplementationContent')]),
  findings: Type.Array(FindingView),
  compressionRatio: Type.Union([Type.Null(), Type.Number()]),
  files: FileSummaries,
})]);
export const SaveResultView = Type.Object({ implementation: ImplementationDetailView });

export const CreateImplementationBody = Type.Object({
  basicCode: Type.String({ pattern: '^[0-9A-Z]{12}$' }),
  content: Type.Optional(Type.Ref('ImplementationContent')),
  inheritsFrom: Type.Optional(Uuid),
}, { additionalProperties: false, description: 'Either content, or inheritsFrom (a published city implementation whose content is copied)' });
export const SaveDraftBody = Type.Object({
  revision: Type.Integer({ minimum: 1, description: 'The draftRevision you edited; a newer one on the server answers 409 STALE_REVISION' }),
  content: Type.Ref('ImplementationContent'),
}, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 1000 }) }, { additionalProperties: false });
export const CommentBody = Type.Object({ comment: Type.String({ minLength: 2, maxLength: 2000 }) }, { additionalProperties: false });

export const VersionView = Type.Object({ version: Type.Integer(), publishedAt: DateTime, publishedBy: Type.Union([Type.Null(), Type.String()]), contentHash: Type.String() });
export const ChangeView = Type.Object({ path: Type.String(), op: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]), before: Type.Optional(Type.Unknown()), after: Type.Optional(Type.Unknown()) });

export const ProofView = Type.Object({
  code: Type.String(), name: Type.String(), issuer: Type.String(), status: Type.Union([Type.Literal('kept'), Type.Literal('cancelled')]),
  reason: Type.Union([Type.Null(), Type.String()]), note: Type.String(), cancelledAt: Type.Union([Type.Null(), DateTime]),
});
export const CreateProofBody = Type.Object({
  code: Type.String({ pattern: '^[A-Z0-9-]{2,40}$' }), name: Type.String({ minLength: 2, maxLength: 200 }), issuer: Type.String({ minLength: 2, maxLength: 200 }), note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export const CancelProofBody = Type.Object({
  reason: Type.Enum(['no_legal_basis', 'license_lookup', 'data_sharing', 'commitment']),
  note: Type.String({ minLength: 2, maxLength: 2000 }),
}, { additionalProperties: false });

export const PublicGuideView = Type.Object({
  implementationId: Uuid,
  code: Type.String(), name: Type.String(), basicCode: Type.String(), typeCode: Type.String(), version: Type.Integer(), publishedAt: DateTime,
  departmentName: Type.String(), regionCode: Type.String(), regionName: Type.String(), level: Type.Integer(),
  content: Type.Ref('ImplementationContent'),
  compressionRatio: Type.Union([Type.Null(), Type.Number()]),
  files: FileSummaries,
  url: Type.Union([Type.Null(), Type.String({ description: 'Absolute address of the guide page under PUBLIC_URL (null when PUBLIC_URL is not set): what the QR code encodes' })]),
});
export const PublicItemSummaryView = Type.Object({
  code: Type.String(), name: Type.String(), typeCode: Type.String(), departmentName: Type.String(), regionName: Type.String(), level: Type.Integer(),
  caseKind: Type.String(), onlineDepth: Type.Integer(), tripsToSite: Type.Integer(), audiences: Type.Array(Type.String()), themes: Type.Array(Type.String()),
});
