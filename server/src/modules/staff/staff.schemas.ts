import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../platform/http/common-schemas.ts';
import { StaffRoleSchema } from '../identity/identity.schemas.ts';

export const StaffView = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(StaffRoleSchema),
  regionCode: Type.String(),
  regionName: Type.String(),
  departmentId: Type.Union([Type.Null(), Uuid]),
  departmentName: Type.Union([Type.Null(), Type.String()]),
  phoneMasked: Type.Union([Type.Null(), Type.String()]),
  active: Type.Boolean(),
  lockedUntil: Type.Union([Type.Null(), DateTime]),
  lastLoginAt: Type.Union([Type.Null(), DateTime]),
  createdAt: DateTime,
});
export type StaffView = Static<typeof StaffView>;

export const StaffListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 50 })),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })),
  departmentId: Type.Optional(Uuid),
  role: Type.Optional(StaffRoleSchema),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const CreateStaffBody = Type.Object({
  username: Type.String({ pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$', description: '3–32 letters, digits, dot, dash, underscore' }),
  displayName: Type.String({ minLength: 1, maxLength: 50 }),
  password: Type.String({ maxLength: 256 }),
  roles: Type.Array(StaffRoleSchema, { minItems: 1, uniqueItems: true }),
  regionCode: Type.String({ pattern: '^(\\d{6}|\\d{12})$' }),
  departmentId: Type.Optional(Type.Union([Type.Null(), Uuid])),
  phone: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 20 })])),
}, { additionalProperties: false });
export type CreateStaffBody = Static<typeof CreateStaffBody>;

export const UpdateStaffBody = Type.Object({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  roles: Type.Optional(Type.Array(StaffRoleSchema, { minItems: 1, uniqueItems: true })),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })),
  departmentId: Type.Optional(Type.Union([Type.Null(), Uuid])),
  phone: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 20 })])),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;

export const ResetPasswordBody = Type.Object({ password: Type.String({ maxLength: 256 }) }, { additionalProperties: false });
