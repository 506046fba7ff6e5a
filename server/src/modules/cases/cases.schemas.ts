import { Type, type Static } from 'typebox';
import { CASE_STATUSES } from '@onetrip/core';
import { DateTime, Uuid } from '../../platform/http/common-schemas.ts';
import { PageQuery } from '../../platform/http/pagination.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'China date, YYYY-MM-DD' });
const NullableDate = Type.Union([Type.Null(), IsoDate]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const CaseStatusSchema = Type.Enum([...CASE_STATUSES]);
export const ChannelSchema = Type.Enum(['online', 'window', 'agent', 'kiosk']);
const FormDataSchema = Type.Record(Type.String(), Type.Unknown(), { description: 'Field values keyed by the form schema\'s property names' });

export const CaseSummary = Type.Object({
  id: Uuid,
  caseNumber: Type.Union([Type.Null(), Type.String()]),
  implementationId: Uuid,
  implementationVersion: Type.Integer(),
  implementationCode: Type.String(),
  itemName: Type.String(),
  status: CaseStatusSchema,
  channel: ChannelSchema,
  receivedOn: NullableDate,
  acceptedOn: NullableDate,
  preReviewDeadline: NullableDate,
  promisedDeadline: NullableDate,
  legalDeadline: NullableDate,
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer({ description: 'Optimistic-locking version; send it back as expectedVersion when saving' }),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const AttachmentView = Type.Object({
  id: Uuid,
  materialKey: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.Union([Type.Null(), Type.String()], { description: 'SHA-256 of the uploaded bytes; null when a licence satisfies the material' }),
  reusedFromAttachmentId: Type.Union([Type.Null(), Uuid]),
  licenceId: Type.Union([Type.Null(), Uuid], { description: 'An electronic licence of the applicant attached instead of an upload (减证便民)' }),
  licence: Type.Union([Type.Null(), Type.Object({
    id: Uuid, identifier: Type.String(), name: Type.String(), issuerName: Type.String(), validUntil: Type.Union([Type.Null(), Type.String()]),
    status: Type.Enum(['valid', 'not_yet_valid', 'expired', 'suspended', 'revoked']),
    verifiedAt: DateTime,
  }, { description: 'The licence as checked against the e-licence registry when this view was made (status and validity)' })]),
  createdAt: DateTime,
});
export type AttachmentView = Static<typeof AttachmentView>;

export const MaterialView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  necessity: Type.String(),
  condition: Type.Union([Type.Null(), Type.String()]),
  /** Required for submission (necessity required; cancelled proofs are never listed at all). */
  isRequired: Type.Boolean(),
  /** A valid e-licence of this type satisfies the material instead of an upload (减证便民). */
  satisfiedByLicenceType: Type.Union([Type.Null(), Type.String()]),
  attachmentCount: Type.Integer(),
});

export const CaseEventView = Type.Object({
  at: DateTime,
  action: Type.String(),
  actorKind: Type.String(),
  unitName: Type.Union([Type.Null(), Type.String()]),
  opinion: Type.Union([Type.Null(), Type.String()]),
  /** Staff only: the acting user and the internal note. */
  actorName: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  note: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const CorrectionItem = Type.Object({ materialKey: Text(100), problem: Text(500) });

export const PreReviewStatusView = Type.Object({
  phase: Type.Enum(['open', 'warning', 'deemed_accepted']),
  deadline: IsoDate,
  warnOn: IsoDate,
  remainingWorkingDays: Type.Integer(),
  deemedAcceptedOn: NullableDate,
  fallbackYears: Type.Array(Type.Integer()),
});

export const CaseClockView = Type.Object({
  promisedDeadline: IsoDate,
  legalDeadline: IsoDate,
  stepDeadlines: Type.Array(Type.Object({ key: Type.String(), startedOn: IsoDate, deadline: IsoDate, planned: Type.Boolean() })),
  planned: Type.Object({ promisedDeadline: IsoDate, legalDeadline: IsoDate }),
  promisedWorkingDays: Type.Integer(),
  remainingWorkingDays: Type.Integer(),
  legalRemainingWorkingDays: Type.Integer(),
  suspendedWorkingDays: Type.Integer(),
  isSuspended: Type.Boolean(),
  colour: Type.Enum(['green', 'yellow', 'red']),
  /** Years without an announced holiday arrangement that were assumed Monday–Friday: deadlines may still move. */
  fallbackYears: Type.Array(Type.Integer()),
});
const DeliveryMethodSchema = Type.Enum(['window_pickup', 'post', 'electronic']);
const StepView = Type.Object({ index: Type.Integer(), key: Type.String(), name: Type.String() });

/**
 * The parts of the case's own implementation version that staff screens act on (steps, special procedures, kind):
 * a newer published version of the item must not change the buttons of a case filed under an older one.
 */
export const CaseDefinitionView = Type.Object({
  caseKind: Type.Enum(['immediate', 'promised']),
  allowsCommitment: Type.Boolean(),
  process: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), role: Type.Enum(['clerk', 'approver']), countersign: Type.Boolean() })),
  specialProcedures: Type.Array(Type.Enum(['hearing', 'expert_review', 'site_inspection', 'testing', 'public_notice'])),
});
export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  formData: FormDataSchema,
  materials: Type.Array(MaterialView),
  attachments: Type.Array(AttachmentView),
  events: Type.Array(CaseEventView),
  correctionItems: Type.Union([Type.Null(), Type.Array(CorrectionItem)]),
  closeReason: Type.Union([Type.Null(), Type.String()]),
  deficiency: Type.Union([Type.Null(), Type.Object({ materialKeys: Type.Array(Type.String()), promisedBy: IsoDate, fulfilledOn: NullableDate })]),
  commitmentText: Type.Union([Type.Null(), Type.String()]),
  deemedAccepted: Type.Boolean(),
  preReview: Type.Union([Type.Null(), PreReviewStatusView]),
  applicant: Type.Optional(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
  clock: Type.Optional(Type.Union([Type.Null(), CaseClockView])),
  definition: CaseDefinitionView,
  currentStep: Type.Optional(Type.Union([Type.Null(), Type.Object({ ...StepView.properties, startedOn: NullableDate })])),
  outcome: Type.Optional(Type.Union([Type.Null(), Type.Enum(['approved', 'denied'])])),
  concludedOn: Type.Optional(NullableDate),
  deliveryMethod: Type.Optional(DeliveryMethodSchema),
  delivery: Type.Optional(Type.Union([Type.Null(), Type.Object({ method: DeliveryMethodSchema, deliveredOn: IsoDate })])),
  extension: Type.Optional(Type.Union([Type.Null(), Type.Object({ days: Type.Integer(), reason: Type.String(), grantedOn: IsoDate })])),
  suspensions: Type.Optional(Type.Array(Type.Object({ procedure: Type.String(), reason: Type.String(), startedOn: IsoDate, plannedEnd: IsoDate, endedOn: NullableDate }))),
  /** Staff only. */
  assigneeId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  countersign: Type.Optional(Type.Union([Type.Null(), Type.Object({ requested: Type.Array(Type.String()), opinions: Type.Array(Type.Object({ userId: Type.String(), agree: Type.Boolean(), opinion: Type.String() })) })])),
});
export type CaseDetail = Static<typeof CaseDetail>;

export const QueueItem = Type.Object({
  ...CaseSummary.properties,
  applicantName: Type.String(),
  applicantKind: Type.String(),
  preReview: PreReviewStatusView,
});

export const CreateCaseBody = Type.Object({
  implementationId: Uuid,
  /** How the result is delivered (window pickup by default; post; electronic). */
  deliveryMethod: Type.Optional(Type.Enum(['window_pickup', 'post', 'electronic'])),
  /** `kiosk` when applying at a self-service terminal; an applicant cannot claim the window or agent channels. */
  channel: Type.Optional(Type.Enum(['online', 'kiosk'])),
}, { additionalProperties: false });
export const SaveDraftBody = Type.Object({
  formData: FormDataSchema,
  expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false });
export const ReuseAttachmentBody = Type.Object({
  attachmentId: Uuid,
  /** Defaults to the source attachment's material key. */
  materialKey: Type.Optional(Text(100)),
}, { additionalProperties: false });
export const UploadQuery = Type.Object({ materialKey: Text(100) });
export const ReusableQuery = Type.Object({ materialKey: Type.Optional(Text(100)) });
export const ReusableAttachment = Type.Object({
  id: Uuid, caseId: Uuid, caseNumber: Type.Union([Type.Null(), Type.String()]), itemName: Type.String(), materialKey: Type.String(),
  fileName: Type.String(), mediaType: Type.String(), size: Type.Integer(), sha256: Type.String(), createdAt: DateTime,
});
export const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid });
export const AttachLicenceBody = Type.Object({ materialKey: Text(100), licenceId: Uuid }, { additionalProperties: false });
const HeldLicenceView = Type.Object({
  id: Uuid, identifier: Type.String(), name: Type.String(), typeCode: Type.String(), issuerName: Type.String(),
  validFrom: Type.String(), validUntil: Type.Union([Type.Null(), Type.String()]),
  status: Type.Enum(['valid', 'not_yet_valid', 'expired', 'suspended', 'revoked']), usable: Type.Boolean(),
});
export const LicenceCandidates = Type.Array(Type.Object({ materialKey: Type.String(), licenceTypeCode: Type.String(), licences: Type.Array(HeldLicenceView) }));
export const MyCasesQuery = Type.Object({ ...PageQuery.properties, status: Type.Optional(CaseStatusSchema) });

/** An applicant submitting at a self-service terminal says so (`kiosk`); cases filed by staff keep their channel. */
export const SubmitQuery = Type.Object({ channel: Type.Optional(Type.Enum(['online', 'kiosk'])) }, { additionalProperties: false });
export const SubmitResult = Type.Object({
  id: Uuid, caseNumber: Type.String(), status: CaseStatusSchema, receivedOn: IsoDate, preReviewDeadline: IsoDate, submissionCount: Type.Integer(),
});
export type SubmitResult = Static<typeof SubmitResult>;

export const WithdrawBody = Type.Object({ reason: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 500 })])) }, { additionalProperties: false });
export const AcceptBody = Type.Object({
  /** 容缺受理: non-core materials accepted as missing, to be handed in by `promisedBy`. */
  deficiency: Type.Optional(Type.Union([Type.Null(), Type.Object({ materialKeys: Type.Array(Text(100), { minItems: 1, maxItems: 50 }), promisedBy: IsoDate }, { additionalProperties: false })])),
  /** 告知承诺: the commitment text the applicant signed (items that allow it). */
  commitmentText: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 5000 })])),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export const RejectBody = Type.Object({
  reason: Type.String({ maxLength: 2000 }),
  legalBasis: Type.String({ maxLength: 2000 }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export const CorrectionBody = Type.Object({
  /** Every missing or defective material at once (一次性告知); `form` names the application form itself. */
  items: Type.Array(CorrectionItem, { maxItems: 100 }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export type AcceptBody = Static<typeof AcceptBody>;
export type RejectBody = Static<typeof RejectBody>;
export type CorrectionBody = Static<typeof CorrectionBody>;

export const StepQueueItem = Type.Object({
  ...CaseSummary.properties,
  applicantName: Type.String(),
  step: StepView,
  assigneeId: Type.Union([Type.Null(), Type.String()]),
  clock: CaseClockView,
});
const Opinion = Type.String({ maxLength: 2000 });
const Note = Type.Optional(Type.String({ maxLength: 2000 }));
export const PassBody = Type.Object({ opinion: Opinion, note: Note, nextAssigneeId: Type.Optional(Type.Union([Type.Null(), Uuid])) }, { additionalProperties: false });
export const ReturnBody = Type.Object({ toStep: Type.Integer({ minimum: 0, maximum: 2 }), reason: Type.String({ maxLength: 2000 }), note: Note }, { additionalProperties: false });
export const TransferBody = Type.Object({ toUserId: Uuid, note: Note }, { additionalProperties: false });
export const CountersignRequestBody = Type.Object({ userIds: Type.Array(Uuid, { minItems: 1, maxItems: 20 }), note: Note }, { additionalProperties: false });
export const CountersignBody = Type.Object({ agree: Type.Boolean(), opinion: Opinion }, { additionalProperties: false });
export const DecideBody = Type.Object({
  outcome: Type.Enum(['approved', 'denied']),
  /** What the applicant reads (on the timeline and the decision letter). */
  opinion: Opinion,
  /** Denial: reason and legal basis (required by the rules). */
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  legalBasis: Type.Optional(Type.String({ maxLength: 2000 })),
  /** Internal note, never shown to the applicant. */
  note: Note,
}, { additionalProperties: false });
export const SpecialProcedureBody = Type.Object({
  procedure: Type.Enum(['hearing', 'expert_review', 'site_inspection', 'testing', 'public_notice']), reason: Type.String({ maxLength: 2000 }), plannedEnd: IsoDate,
}, { additionalProperties: false });
export const EndSpecialProcedureBody = Type.Object({ note: Note }, { additionalProperties: false });
export const ExtendBody = Type.Object({ days: Type.Integer({ minimum: 1, maximum: 60 }), reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
export const VoidBody = Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
export const DeliveryBody = Type.Object({ method: Type.Optional(DeliveryMethodSchema), note: Note }, { additionalProperties: false });
export const CaseDocumentView = Type.Object({
  id: Uuid, kind: Type.String(), title: Type.String(), status: Type.Enum(['pending', 'ready']), sha256: Type.Union([Type.Null(), Type.String()]),
  size: Type.Union([Type.Null(), Type.Integer()]), createdAt: DateTime,
});
export const DocumentParams = Type.Object({ id: Uuid, documentId: Uuid });
export const TrackQuery = Type.Object({ number: Type.String({ minLength: 1, maxLength: 60 }), check: Type.String({ minLength: 1, maxLength: 100 }) });
export const TrackResult = Type.Object({
  caseNumber: Type.String(), itemName: Type.String(), status: CaseStatusSchema, receivedOn: NullableDate, acceptedOn: NullableDate,
  promisedDeadline: NullableDate, legalDeadline: NullableDate, concludedOn: NullableDate, outcome: Type.Union([Type.Null(), Type.Enum(['approved', 'denied'])]),
  clock: Type.Union([Type.Null(), CaseClockView]),
  timeline: Type.Array(Type.Object({ at: DateTime, action: Type.String(), unitName: Type.Union([Type.Null(), Type.String()]), opinion: Type.Union([Type.Null(), Type.String()]) })),
});
