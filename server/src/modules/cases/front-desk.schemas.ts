import { Type, type Static } from 'typebox';
import { Uuid } from '../../platform/http/common-schemas.ts';
import { CaseSummary } from './cases.schemas.ts';

/** Filing at the window and assisted filing (帮办代办): request and response schemas. */

export const FindApplicantBody = Type.Object({
  /** A resident ID number (GB 11643) or a unified social credit code (GB 32100); sent in the body so it stays out of URLs and logs. */
  identifier: Type.String({ minLength: 1, maxLength: 30 }),
}, { additionalProperties: false });

export const WalkInApplicant = Type.Object({
  id: Uuid,
  kind: Type.Enum(['person', 'enterprise']),
  name: Type.String(),
  idNumberMasked: Type.Union([Type.Null(), Type.String()]),
  creditCode: Type.Union([Type.Null(), Type.String()]),
  legalRepresentative: Type.Union([Type.Null(), Type.String()]),
  phoneMasked: Type.String(),
  /** False for a walk-in registered at a window who has not claimed the account yet. */
  hasAccount: Type.Boolean(),
  /** The ID card was checked at a window or proxy point. */
  verifiedAtWindow: Type.Boolean(),
});
export type WalkInApplicant = Static<typeof WalkInApplicant>;

export const FindApplicantResult = Type.Object({ found: Type.Boolean(), applicant: Type.Union([Type.Null(), WalkInApplicant]) });

export const RegisterWalkInBody = Type.Object({
  kind: Type.Enum(['person', 'enterprise']),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  idNumber: Type.Optional(Type.String({ maxLength: 30 })),
  creditCode: Type.Optional(Type.String({ maxLength: 30 })),
  legalRepresentative: Type.Optional(Type.String({ maxLength: 50 })),
  phone: Type.String({ maxLength: 20 }),
}, { additionalProperties: false });
export type RegisterWalkInBody = Static<typeof RegisterWalkInBody>;

export const FileCaseBody = Type.Object({
  applicantId: Uuid,
  implementationId: Uuid,
  deliveryMethod: Type.Optional(Type.Enum(['window_pickup', 'post', 'electronic'])),
}, { additionalProperties: false });

export const FiledCase = Type.Object({ ...CaseSummary.properties, applicantName: Type.String() });
export type FiledCase = Static<typeof FiledCase>;

export const ConcludeAtWindowBody = Type.Object({
  outcome: Type.Enum(['approved', 'denied']),
  /** What the applicant reads (timeline and decision letter). */
  opinion: Type.String({ maxLength: 2000 }),
  /** Denial: reason and legal basis (required by the rules). */
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  legalBasis: Type.Optional(Type.String({ maxLength: 2000 })),
  /** The applicant takes the result now: delivery recorded as window pickup, with the sign-off slip. */
  pickedUp: Type.Optional(Type.Boolean()),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export type ConcludeAtWindowBody = Static<typeof ConcludeAtWindowBody>;
