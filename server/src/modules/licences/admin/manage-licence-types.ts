/**
 * Licence types (issue 5, "Licence types and seals"): a centre administrator defines the GB/T 36904 type code, name,
 * defining authority, holder kind, fields (JSON Schema), validity rule, PDF layout, the implementations that produce
 * the type and the departments that may issue it. Types are platform-wide; issuing departments are edited within
 * the administrator's region subtree (others' stay as they are). The code never changes after creation: it is part
 * of every identifier already issued.
 */
import {
  isLicenceValidity, licenceFieldsSchemaProblems, LICENCE_TYPE_CODE_LENGTH, validateCreditCode,
  type LicenceFieldsSchema, type LicenceValidity,
} from '@onetrip/core';
import type { Selectable } from 'kysely';
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../../platform/db/database.ts';
import type { LicenceLayout, LicenceTypeTable } from '../../../platform/db/schema.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../../platform/errors/app-error.ts';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../../platform/db/pg-errors.ts';
import { escapeLike } from '../../../platform/db/sql-helpers.ts';
import type {
  CreateLicenceTypeBody, LicenceTypeProducerView, LicenceTypeSummary, LicenceTypeView, UpdateLicenceTypeBody,
} from './licence-admin.schemas.ts';

type LicenceTypeRow = Selectable<LicenceTypeTable>;

/** Why a text is not a GB/T 36904 type code (an upper-case valid credit code + 3 digits), or null. */
export function licenceTypeCodeProblem(code: string): string | null {
  if (code.length !== LICENCE_TYPE_CODE_LENGTH) return 'length';
  const authority = validateCreditCode(code.slice(0, 18));
  if (!authority.valid) return authority.problem;
  if (authority.normalized !== code.slice(0, 18)) return 'alphabet';
  if (!/^\d{3}$/.test(code.slice(18))) return 'sequence';
  return null;
}

const inRegion = (staff: StaffPrincipal) => `${staff.scope.regionPrefix}%`;

async function issuersOf(db: DbOrTx, staff: StaffPrincipal, typeId: string): Promise<{ inScope: { id: string; name: string; regionCode: string }[]; others: number }> {
  const rows = await db.selectFrom('licence_type_issuers as i').innerJoin('departments as d', 'd.id', 'i.department_id')
    .select(['d.id', 'd.name', 'd.region_code']).where('i.licence_type_id', '=', typeId).orderBy('d.region_code').orderBy('d.name').execute();
  const inScope = rows.filter((r) => r.region_code.startsWith(staff.scope.regionPrefix) && (staff.scope.departmentId === null || staff.scope.departmentId === r.id));
  return { inScope: inScope.map((r) => ({ id: r.id, name: r.name, regionCode: r.region_code })), others: rows.length - inScope.length };
}

async function toView(db: DbOrTx, staff: StaffPrincipal, row: LicenceTypeRow): Promise<LicenceTypeView> {
  const issuers = await issuersOf(db, staff, row.id);
  return {
    id: row.id, code: row.code, name: row.name, definingAuthorityName: row.defining_authority_name, holderKind: row.holder_kind,
    fieldsSchema: row.fields_schema, validity: row.validity, layout: row.layout, producingImplementationCodes: row.producing_implementation_codes,
    issuers: issuers.inScope, otherIssuerCount: issuers.others, active: row.active, version: row.version,
    createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
  };
}

export async function listLicenceTypes(deps: Deps, ctx: RequestContext, query: { q?: string | undefined }): Promise<LicenceTypeSummary[]> {
  requireStaff(ctx, 'licence.types');
  let q = deps.db.selectFrom('licence_types as t')
    .select(['t.id', 't.code', 't.name', 't.defining_authority_name', 't.holder_kind', 't.fields_schema', 't.producing_implementation_codes', 't.active', 't.version', 't.updated_at'])
    .select((eb) => eb.selectFrom('licence_type_issuers as i').whereRef('i.licence_type_id', '=', 't.id').select((e) => e.fn.countAll<string>().as('n')).as('issuer_count'))
    .orderBy('t.code');
  const text = query.q?.trim();
  if (text) q = q.where((eb) => eb.or([eb('t.name', 'ilike', `%${escapeLike(text)}%`), eb('t.code', 'ilike', `%${escapeLike(text)}%`)]));
  const rows = await q.limit(500).execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, definingAuthorityName: r.defining_authority_name, holderKind: r.holder_kind,
    fieldCount: Object.keys(r.fields_schema.properties ?? {}).length, producerCount: r.producing_implementation_codes.length, issuerCount: Number(r.issuer_count ?? 0),
    active: r.active, version: r.version, updatedAt: r.updated_at.toISOString(),
  }));
}


async function findType(db: DbOrTx, id: string, forUpdate = false): Promise<LicenceTypeRow> {
  let q = db.selectFrom('licence_types').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('LICENCE_TYPE_NOT_FOUND');
  return row;
}

export async function getLicenceType(deps: Deps, ctx: RequestContext, id: string): Promise<LicenceTypeView> {
  const staff = requireStaff(ctx, 'licence.types');
  return toView(deps.db, staff, await findType(deps.db, id));
}

interface CheckedDefinition {
  fieldsSchema: LicenceFieldsSchema;
  validity: LicenceValidity;
  layout: LicenceLayout;
  producers: string[];
  issuerIds: string[];
}

/** Every check on the editable part that needs no database; throws LICENCE_TYPE_FIELDS_INVALID / VALIDATION_FAILED. */
function checkDefinition(input: Omit<CreateLicenceTypeBody, 'code'>): CheckedDefinition {
  const problems = licenceFieldsSchemaProblems(input.fieldsSchema);
  if (problems.length > 0) {
    throw new AppError('LICENCE_TYPE_FIELDS_INVALID', { fields: problems.map((p) => ({ path: `/fieldsSchema${p === '/' ? '' : p}`, code: 'LICENCE_TYPE_FIELDS_INVALID' as const })) });
  }
  const fieldsSchema = input.fieldsSchema as LicenceFieldsSchema;
  const errors = new FieldErrors();
  if (!isLicenceValidity(input.validity)) errors.add('/validity', 'VALIDATION_FAILED');
  const names = Object.keys(fieldsSchema.properties);
  input.layout.fieldOrder.forEach((name, i) => {
    if (!names.includes(name) || input.layout.fieldOrder.indexOf(name) !== i) errors.add(`/layout/fieldOrder/${i}`, 'VALIDATION_FAILED');
  });
  if (!/^#[0-9a-fA-F]{6}$/.test(input.layout.accentColor)) errors.add('/layout/accentColor', 'VALIDATION_FAILED');
  if (input.name.trim() === '') errors.add('/name', 'VALIDATION_FAILED');
  if (input.definingAuthorityName.trim() === '') errors.add('/definingAuthorityName', 'VALIDATION_FAILED');
  errors.throwIfAny();
  return {
    fieldsSchema: { type: 'object', properties: fieldsSchema.properties, ...(fieldsSchema.required && fieldsSchema.required.length > 0 ? { required: [...new Set(fieldsSchema.required)] } : {}) },
    validity: input.validity,
    layout: { title: input.layout.title.trim(), orientation: input.layout.orientation, fieldOrder: input.layout.fieldOrder, accentColor: input.layout.accentColor.toLowerCase(), footnote: input.layout.footnote?.trim() || null },
    producers: [...new Set(input.producingImplementationCodes.map((c) => c.trim()))],
    issuerIds: [...new Set(input.issuerDepartmentIds)],
  };
}

/** Producers must be existing implementations; issuers existing departments inside the administrator's region. */
async function checkReferences(tx: Tx, staff: StaffPrincipal, def: CheckedDefinition): Promise<void> {
  const errors = new FieldErrors();
  if (def.producers.length > 0) {
    const found = new Set((await tx.selectFrom('implementations').select('code').where('code', 'in', def.producers).execute()).map((r) => r.code));
    def.producers.forEach((code, i) => { if (!found.has(code)) errors.add(`/producingImplementationCodes/${i}`, 'NOT_FOUND'); });
  }
  if (def.issuerIds.length > 0) {
    const found = new Set((await tx.selectFrom('departments').select('id').where('id', 'in', def.issuerIds).where('region_code', 'like', inRegion(staff)).execute()).map((r) => r.id));
    def.issuerIds.forEach((id, i) => { if (!found.has(id)) errors.add(`/issuerDepartmentIds/${i}`, 'NOT_FOUND'); });
  }
  errors.throwIfAny();
}

/** Replaces the issuers inside the administrator's region with `ids`; issuers elsewhere stay. Returns added/removed. */
async function setIssuers(tx: Tx, staff: StaffPrincipal, typeId: string, ids: string[]): Promise<{ added: string[]; removed: string[] }> {
  const current = await tx.selectFrom('licence_type_issuers as i').innerJoin('departments as d', 'd.id', 'i.department_id')
    .select('i.department_id').where('i.licence_type_id', '=', typeId).where('d.region_code', 'like', inRegion(staff)).execute();
  const before = new Set(current.map((r) => r.department_id));
  const removed = [...before].filter((id) => !ids.includes(id));
  const added = ids.filter((id) => !before.has(id));
  if (removed.length > 0) await tx.deleteFrom('licence_type_issuers').where('licence_type_id', '=', typeId).where('department_id', 'in', removed).execute();
  if (added.length > 0) await tx.insertInto('licence_type_issuers').values(added.map((department_id) => ({ licence_type_id: typeId, department_id }))).execute();
  return { added, removed };
}

export async function createLicenceType(deps: Deps, ctx: RequestContext, input: CreateLicenceTypeBody): Promise<LicenceTypeView> {
  const staff = requireStaff(ctx, 'licence.types');
  const code = input.code.trim();
  const problem = licenceTypeCodeProblem(code);
  if (problem !== null) throw new AppError('LICENCE_TYPE_CODE_INVALID', { fields: [{ path: '/code', code: 'LICENCE_TYPE_CODE_INVALID' }], details: { problem } });
  const def = checkDefinition(input);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await checkReferences(tx, staff, def);
      const row = await tx.insertInto('licence_types').values({
        code, name: input.name.trim(), defining_authority_name: input.definingAuthorityName.trim(), holder_kind: input.holderKind,
        fields_schema: JSON.stringify(def.fieldsSchema), validity: JSON.stringify(def.validity), layout: JSON.stringify(def.layout),
        producing_implementation_codes: def.producers, active: input.active ?? true, created_by: staff.id, updated_at: new Date(),
      }).returningAll().executeTakeFirstOrThrow();
      await setIssuers(tx, staff, row.id, def.issuerIds);
      await recordAudit(tx, auditContextOf(ctx), {
        action: 'licence_type.created', subjectType: 'licence_type', subjectId: row.id,
        summary: { after: { code, name: row.name, fields: Object.keys(def.fieldsSchema.properties), producers: def.producers, issuers: def.issuerIds, validity: def.validity } },
      });
      return toView(tx, staff, row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('LICENCE_TYPE_EXISTS', { cause: error });
    throw error;
  }
}

export async function updateLicenceType(deps: Deps, ctx: RequestContext, id: string, input: UpdateLicenceTypeBody): Promise<LicenceTypeView> {
  const staff = requireStaff(ctx, 'licence.types');
  const def = checkDefinition(input);
  return deps.db.transaction().execute(async (tx) => {
    const before = await findType(tx, id, true);
    if (before.version !== input.version) throw new AppError('LICENCE_TYPE_STALE', { details: { currentVersion: before.version } });
    await checkReferences(tx, staff, def);
    const row = await tx.updateTable('licence_types').set({
      name: input.name.trim(), defining_authority_name: input.definingAuthorityName.trim(), holder_kind: input.holderKind,
      fields_schema: JSON.stringify(def.fieldsSchema), validity: JSON.stringify(def.validity), layout: JSON.stringify(def.layout),
      producing_implementation_codes: def.producers, active: input.active ?? before.active, updated_at: new Date(), version: before.version + 1,
    }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const issuers = await setIssuers(tx, staff, id, def.issuerIds);
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'licence_type.updated', subjectType: 'licence_type', subjectId: id,
      summary: {
        version: row.version,
        before: { name: before.name, fields: Object.keys(before.fields_schema.properties), producers: before.producing_implementation_codes, validity: before.validity, active: before.active },
        after: { name: row.name, fields: Object.keys(def.fieldsSchema.properties), producers: def.producers, validity: def.validity, active: row.active },
        issuersAdded: issuers.added, issuersRemoved: issuers.removed,
      },
    });
    return toView(tx, staff, row);
  });
}

/**
 * Published implementations whose published content says they yield this type (result.licenseTypeCode), with
 * whether each is already listed as a producer — what the editor offers to pick from.
 */
export async function licenceTypeProducers(deps: Deps, ctx: RequestContext, id: string): Promise<LicenceTypeProducerView[]> {
  requireStaff(ctx, 'licence.types');
  const type = await findType(deps.db, id);
  const rows = await deps.db.selectFrom('implementations as m')
    .innerJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'm.id').onRef('v.version', '=', 'm.current_version'))
    .innerJoin('departments as d', 'd.id', 'm.department_id')
    .select(['m.id', 'm.code', 'm.name', 'd.id as department_id', 'd.name as department_name'])
    .select((eb) => eb.ref('v.content', '->>').key('result').key('type').as('result_type'))
    .where('m.publication_status', '=', 'published')
    .where((eb) => eb(eb.ref('v.content', '->>').key('result').key('licenseTypeCode'), '=', type.code))
    .orderBy('d.region_code').orderBy('d.name').orderBy('m.code')
    .execute();
  const listed = new Set(type.producing_implementation_codes);
  return rows.map((r) => ({
    implementationId: r.id, code: r.code, name: r.name, departmentId: r.department_id, departmentName: r.department_name,
    resultType: String(r.result_type ?? ''), listed: listed.has(r.code),
  }));
}
