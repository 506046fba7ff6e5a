import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../platform/http/common-schemas.ts';

export const RegionLevelSchema = Type.Union([Type.Literal('province'), Type.Literal('city'), Type.Literal('county'), Type.Literal('township'), Type.Literal('village')]);
export const RegionView = Type.Object({
  code: Type.String({ description: '12-digit statistical code' }),
  displayCode: Type.String({ description: '6 digits down to county level, 12 below' }),
  name: Type.String(),
  level: RegionLevelSchema,
  kind: Type.String(),
  parentCode: Type.Union([Type.Null(), Type.String()]),
});
export type RegionView = Static<typeof RegionView>;
export const RegionCodeParams = Type.Object({ code: Type.String({ pattern: '^(\\d{6}|\\d{12})$' }) });
export const CreateRegionBody = Type.Object({
  code: Type.String({ pattern: '^(\\d{6}|\\d{12})$', description: 'GB/T 2260 6-digit or statistical 12-digit code' }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
}, { additionalProperties: false });
export const RenameRegionBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const RegionListQuery = Type.Object({ parentCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })) });

const DepartmentKind = Type.Union([Type.Literal('department'), Type.Literal('service_center')]);
export const DepartmentView = Type.Object({
  id: Uuid,
  name: Type.String(),
  shortName: Type.Union([Type.Null(), Type.String()]),
  creditCode: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  kind: DepartmentKind,
  phone: Type.Union([Type.Null(), Type.String()]),
  address: Type.Union([Type.Null(), Type.String()]),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type DepartmentView = Static<typeof DepartmentView>;
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: max })]));
export const CreateDepartmentBody = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  shortName: OptionalText(30),
  creditCode: Type.String({ maxLength: 32 }),
  regionCode: Type.String({ pattern: '^(\\d{6}|\\d{12})$' }),
  kind: Type.Optional(DepartmentKind),
  phone: OptionalText(40),
  address: OptionalText(200),
}, { additionalProperties: false });
export type CreateDepartmentBody = Static<typeof CreateDepartmentBody>;
export const UpdateDepartmentBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
  shortName: OptionalText(30),
  creditCode: Type.Optional(Type.String({ maxLength: 32 })),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })),
  kind: Type.Optional(DepartmentKind),
  phone: OptionalText(40),
  address: OptionalText(200),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
export type UpdateDepartmentBody = Static<typeof UpdateDepartmentBody>;
export const DepartmentListQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const WindowKindSchema = Type.Union([
  Type.Literal('comprehensive'), Type.Literal('enterprise'), Type.Literal('project'), Type.Literal('special'), Type.Literal('consultation'), Type.Literal('delivery'),
]);
export const WindowView = Type.Object({
  id: Uuid,
  hallId: Uuid,
  number: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  departmentId: Type.Union([Type.Null(), Uuid]),
  departmentName: Type.Union([Type.Null(), Type.String()]),
  active: Type.Boolean(),
});
export type WindowView = Static<typeof WindowView>;
export const HallView = Type.Object({
  id: Uuid,
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  address: Type.String(),
  openingHours: Type.String(),
  phone: Type.Union([Type.Null(), Type.String()]),
  active: Type.Boolean(),
  windowCount: Type.Integer(),
});
export type HallView = Static<typeof HallView>;
export const HallDetailView = Type.Intersect([HallView, Type.Object({ windows: Type.Array(WindowView) })]);
export const CreateHallBody = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  regionCode: Type.String({ pattern: '^(\\d{6}|\\d{12})$' }),
  address: Type.String({ minLength: 2, maxLength: 200 }),
  openingHours: Type.String({ minLength: 2, maxLength: 200 }),
  phone: OptionalText(40),
}, { additionalProperties: false });
export const UpdateHallBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
  address: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
  openingHours: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
  phone: OptionalText(40),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
export const HallListQuery = Type.Object({ regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{12})$' })) });
export const CreateWindowBody = Type.Object({
  number: Type.String({ pattern: '^[A-Za-z0-9-]{1,10}$' }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: WindowKindSchema,
  departmentId: Type.Optional(Type.Union([Type.Null(), Uuid])),
}, { additionalProperties: false });
export const UpdateWindowBody = Type.Object({
  number: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,10}$' })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  kind: Type.Optional(WindowKindSchema),
  departmentId: Type.Optional(Type.Union([Type.Null(), Uuid])),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
