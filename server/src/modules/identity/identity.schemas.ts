import { Type, type Static } from 'typebox';
import { STAFF_ROLES } from '@onetrip/core';
import { DateTime, Uuid } from '../../platform/http/common-schemas.ts';

export const StaffRoleSchema = Type.Union([
  Type.Literal('sysadmin'), Type.Literal('center_admin'), Type.Literal('item_admin'), Type.Literal('clerk'),
  Type.Literal('approver'), Type.Literal('supervisor'), Type.Literal('hotline_operator'), Type.Literal('agent'),
], { description: `One of ${STAFF_ROLES.join(', ')}` });
const Areas = Type.Array(Type.Union([Type.Literal('portal'), Type.Literal('workbench'), Type.Literal('admin')]));

export const StaffPrincipalView = Type.Object({
  kind: Type.Literal('staff'),
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(StaffRoleSchema),
  regionCode: Type.String(),
  regionName: Type.String(),
  departmentId: Type.Union([Type.Null(), Uuid]),
  departmentName: Type.Union([Type.Null(), Type.String()]),
  areas: Areas,
});

export const ApplicantPrincipalView = Type.Object({
  kind: Type.Literal('applicant'),
  id: Uuid,
  applicantKind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  name: Type.String(),
  idNumberMasked: Type.Optional(Type.String()),
  creditCode: Type.Optional(Type.String()),
  legalRepresentative: Type.Optional(Type.String()),
  phoneMasked: Type.String(),
  areas: Areas,
});

export const PrincipalView = Type.Union([StaffPrincipalView, ApplicantPrincipalView]);
export type PrincipalView = Static<typeof PrincipalView>;

export const SessionView = Type.Object({
  principal: Type.Union([Type.Null(), PrincipalView]),
  csrfToken: Type.Union([Type.Null(), Type.String()]),
});

export const LoginResult = Type.Object({
  principal: PrincipalView,
  csrfToken: Type.Union([Type.Null(), Type.String()]),
  expiresAt: DateTime,
  token: Type.Optional(Type.String({ description: 'Only when "bearer": true was asked for' })),
});

export const StaffLoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  bearer: Type.Optional(Type.Boolean({ description: 'Return a bearer token instead of setting the session cookie' })),
}, { additionalProperties: false });

export const ApplicantLoginBody = Type.Object({
  identifier: Type.String({ minLength: 1, maxLength: 64, description: 'Resident ID number, unified social credit code or mobile phone' }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  bearer: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const Name = Type.String({ minLength: 2, maxLength: 100 });
export const RegisterBody = Type.Union([
  Type.Object({
    kind: Type.Literal('person'),
    name: Name,
    idNumber: Type.String({ maxLength: 32 }),
    phone: Type.String({ maxLength: 32 }),
    password: Type.String({ maxLength: 256 }),
  }, { additionalProperties: false, title: 'PersonRegistration' }),
  Type.Object({
    kind: Type.Literal('enterprise'),
    name: Name,
    creditCode: Type.String({ maxLength: 32 }),
    legalRepresentative: Type.String({ minLength: 2, maxLength: 50 }),
    phone: Type.String({ maxLength: 32 }),
    password: Type.String({ maxLength: 256 }),
  }, { additionalProperties: false, title: 'EnterpriseRegistration' }),
]);
export type RegisterBody = Static<typeof RegisterBody>;

export const ApplicantView = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  name: Type.String(),
  idNumberMasked: Type.Union([Type.Null(), Type.String()]),
  creditCode: Type.Union([Type.Null(), Type.String()]),
  legalRepresentative: Type.Union([Type.Null(), Type.String()]),
  phoneMasked: Type.String(),
  createdAt: DateTime,
});
export type ApplicantView = Static<typeof ApplicantView>;

export const ApplicantPersonalData = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  name: Type.String(),
  idNumber: Type.Union([Type.Null(), Type.String()]),
  creditCode: Type.Union([Type.Null(), Type.String()]),
  phone: Type.String(),
});

export const ApplicantListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 64 })),
  kind: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('enterprise')])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const OperatorView = Type.Object({ personId: Uuid, name: Type.String(), idNumberMasked: Type.String(), grantedAt: DateTime });
export const AuthorizeOperatorBody = Type.Object({
  idNumber: Type.String({ maxLength: 32 }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
}, { additionalProperties: false });
export const OperatedEnterpriseView = Type.Object({ enterpriseId: Uuid, name: Type.String(), creditCode: Type.String() });
