import { regionPrefix, validateCreditCode } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { constraintOf, isForeignKeyViolation, isUniqueViolation } from '../../platform/db/pg-errors.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';
import { organizationRepository as repo } from './organization.repository.ts';
import { assertRegionWritable, assertRowInScope, normalizeRegionCode } from './scope-guards.ts';
import type { CreateDepartmentBody, DepartmentView, UpdateDepartmentBody } from './organization.schemas.ts';
import type { Department } from '../../platform/db/schema.ts';

function toView(d: Department & { region_name: string }): DepartmentView {
  return {
    id: d.id, name: d.name, shortName: d.short_name, creditCode: d.credit_code, regionCode: d.region_code, regionName: d.region_name,
    kind: d.kind, phone: d.phone, address: d.address, active: d.active, createdAt: d.created_at.toISOString(), updatedAt: d.updated_at.toISOString(),
  };
}

function conflictError(error: unknown): AppError | null {
  if (isUniqueViolation(error)) {
    return constraintOf(error)?.includes('credit_code') ? new AppError('DEPARTMENT_CREDIT_CODE_TAKEN', { cause: error }) : new AppError('DEPARTMENT_NAME_TAKEN', { cause: error });
  }
  if (isForeignKeyViolation(error)) return AppError.validation([{ path: '/regionCode', code: 'REGION_CODE_INVALID' }]);
  return null;
}

export async function listDepartments(deps: Deps, ctx: RequestContext, query: { regionCode?: string | undefined; q?: string | undefined; page?: number | undefined; pageSize?: number | undefined }): Promise<Page<DepartmentView>> {
  const staff = requireStaff(ctx, 'org.read');
  const { page, pageSize, offset } = pageOf(query);
  const filterPrefix = query.regionCode ? regionPrefix(normalizeRegionCode(query.regionCode)) : undefined;
  const base = repo.departmentsQuery(deps.db, staff.scope, { ...(filterPrefix ? { regionPrefix: filterPrefix } : {}), ...(query.q?.trim() ? { q: query.q.trim() } : {}) });
  const [rows, count] = await Promise.all([
    base.selectAll('d').select('r.name as region_name').orderBy('d.region_code').orderBy('d.name').limit(pageSize).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n), page, pageSize };
}

export async function getDepartment(deps: Deps, ctx: RequestContext, id: string): Promise<DepartmentView> {
  const staff = requireStaff(ctx, 'org.read');
  const row = await repo.findDepartment(deps.db, id);
  assertRowInScope(staff, row && { regionCode: row.region_code, departmentId: row.id }, 'department');
  return toView(row);
}

function checkCreditCode(errors: FieldErrors, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const result = validateCreditCode(code);
  if (!result.valid) {
    errors.add('/creditCode', 'CREDIT_CODE_INVALID');
    return undefined;
  }
  return result.normalized;
}

export async function createDepartment(deps: Deps, ctx: RequestContext, input: CreateDepartmentBody): Promise<DepartmentView> {
  const staff = requireStaff(ctx, 'department.manage');
  const errors = new FieldErrors();
  const creditCode = checkCreditCode(errors, input.creditCode);
  errors.throwIfAny();
  const regionCode = normalizeRegionCode(input.regionCode);
  assertRegionWritable(staff, regionCode);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const inserted = await tx.insertInto('departments').values({
        name: input.name.trim(), short_name: input.shortName?.trim() || null, credit_code: creditCode!, region_code: regionCode,
        kind: input.kind ?? 'department', phone: input.phone?.trim() || null, address: input.address?.trim() || null,
      }).returning('id').executeTakeFirstOrThrow();
      const row = (await repo.findDepartment(tx, inserted.id))!;
      await recordAudit(tx, auditContextOf(ctx), { action: 'department.created', subjectType: 'department', subjectId: row.id, summary: { after: { name: row.name, creditCode: row.credit_code, regionCode } } });
      return toView(row);
    });
  } catch (error) {
    throw conflictError(error) ?? error;
  }
}

export async function updateDepartment(deps: Deps, ctx: RequestContext, id: string, input: UpdateDepartmentBody): Promise<DepartmentView> {
  const staff = requireStaff(ctx, 'department.manage');
  const errors = new FieldErrors();
  const creditCode = checkCreditCode(errors, input.creditCode);
  errors.throwIfAny();
  const regionCode = input.regionCode ? normalizeRegionCode(input.regionCode) : undefined;
  if (regionCode) assertRegionWritable(staff, regionCode);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const before = await repo.findDepartment(tx, id);
      assertRowInScope(staff, before && { regionCode: before.region_code, departmentId: before.id }, 'department');
      await tx.updateTable('departments').set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.shortName !== undefined ? { short_name: input.shortName?.trim() || null } : {}),
        ...(creditCode !== undefined ? { credit_code: creditCode } : {}),
        ...(regionCode !== undefined ? { region_code: regionCode } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
        ...(input.address !== undefined ? { address: input.address?.trim() || null } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updated_at: new Date(),
      }).where('id', '=', id).execute();
      const after = (await repo.findDepartment(tx, id))!;
      await recordAudit(tx, auditContextOf(ctx), {
        action: 'department.updated', subjectType: 'department', subjectId: id,
        summary: { before: { name: before.name, creditCode: before.credit_code, regionCode: before.region_code, active: before.active }, after: { name: after.name, creditCode: after.credit_code, regionCode: after.region_code, active: after.active } },
      });
      return toView(after);
    });
  } catch (error) {
    throw conflictError(error) ?? error;
  }
}

/** Deletes a department nobody refers to; otherwise IN_USE (deactivate it instead). */
export async function deleteDepartment(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const staff = requireStaff(ctx, 'department.manage');
  try {
    await deps.db.transaction().execute(async (tx) => {
      const before = await repo.findDepartment(tx, id);
      assertRowInScope(staff, before && { regionCode: before.region_code, departmentId: before.id }, 'department');
      await tx.deleteFrom('departments').where('id', '=', id).execute();
      await recordAudit(tx, auditContextOf(ctx), { action: 'department.deleted', subjectType: 'department', subjectId: id, summary: { before: { name: before.name, creditCode: before.credit_code } } });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError('IN_USE', { cause: error });
    throw error;
  }
}
