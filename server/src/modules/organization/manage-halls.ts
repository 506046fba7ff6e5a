import { regionPrefix } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { WindowKind } from '../../platform/db/schema.ts';
import { organizationRepository as repo } from './organization.repository.ts';
import { assertRegionWritable, assertRowInScope, normalizeRegionCode } from './scope-guards.ts';
import type { HallView, WindowView } from './organization.schemas.ts';

type HallRow = Awaited<ReturnType<ReturnType<typeof repo.hallsQuery>['execute']>>[number];

function toHallView(h: HallRow): HallView {
  return {
    id: h.id, name: h.name, regionCode: h.region_code, regionName: h.region_name, address: h.address, openingHours: h.opening_hours,
    phone: h.phone, active: h.active, windowCount: Number(h.window_count ?? 0),
  };
}

function toWindowView(w: { id: string; hall_id: string; number: string; name: string; kind: string; department_id: string | null; department_name: string | null; active: boolean }): WindowView {
  return { id: w.id, hallId: w.hall_id, number: w.number, name: w.name, kind: w.kind, departmentId: w.department_id, departmentName: w.department_name, active: w.active };
}

async function findHallInScope(db: DbOrTx, staff: StaffPrincipal, id: string): Promise<HallRow> {
  const hall = await repo.hallsQuery(db, staff.scope.regionPrefix).where('h.id', '=', id).executeTakeFirst();
  assertRowInScope(staff, hall && { regionCode: hall.region_code }, 'hall');
  return hall;
}

export async function listHalls(deps: Deps, ctx: RequestContext, query: { regionCode?: string | undefined }): Promise<HallView[]> {
  const staff = requireStaff(ctx, 'org.read');
  let q = repo.hallsQuery(deps.db, staff.scope.regionPrefix);
  if (query.regionCode) q = q.where('h.region_code', 'like', `${regionPrefix(normalizeRegionCode(query.regionCode))}%`);
  return (await q.orderBy('h.region_code').orderBy('h.name').execute()).map(toHallView);
}

export async function getHall(deps: Deps, ctx: RequestContext, id: string): Promise<HallView & { windows: WindowView[] }> {
  const staff = requireStaff(ctx, 'org.read');
  const hall = await findHallInScope(deps.db, staff, id);
  const windows = await repo.listWindows(deps.db, id);
  return { ...toHallView(hall), windows: windows.map(toWindowView) };
}

export async function createHall(deps: Deps, ctx: RequestContext, input: { name: string; regionCode: string; address: string; openingHours: string; phone?: string | null | undefined }): Promise<HallView> {
  const staff = requireStaff(ctx, 'hall.manage');
  const regionCode = normalizeRegionCode(input.regionCode);
  assertRegionWritable(staff, regionCode);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const { id } = await tx.insertInto('halls').values({ name: input.name.trim(), region_code: regionCode, address: input.address.trim(), opening_hours: input.openingHours.trim(), phone: input.phone?.trim() || null }).returning('id').executeTakeFirstOrThrow();
      const hall = await findHallInScope(tx, staff, id);
      await recordAudit(tx, auditContextOf(ctx), { action: 'hall.created', subjectType: 'hall', subjectId: id, summary: { after: { name: hall.name, regionCode } } });
      return toHallView(hall);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('HALL_NAME_TAKEN', { cause: error });
    if (isForeignKeyViolation(error)) throw AppError.validation([{ path: '/regionCode', code: 'REGION_CODE_INVALID' }]);
    throw error;
  }
}

export async function updateHall(deps: Deps, ctx: RequestContext, id: string, input: { name?: string | undefined; address?: string | undefined; openingHours?: string | undefined; phone?: string | null | undefined; active?: boolean | undefined }): Promise<HallView> {
  const staff = requireStaff(ctx, 'hall.manage');
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const before = await findHallInScope(tx, staff, id);
      await tx.updateTable('halls').set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.address !== undefined ? { address: input.address.trim() } : {}),
        ...(input.openingHours !== undefined ? { opening_hours: input.openingHours.trim() } : {}),
        ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updated_at: new Date(),
      }).where('id', '=', id).execute();
      const after = await findHallInScope(tx, staff, id);
      await recordAudit(tx, auditContextOf(ctx), { action: 'hall.updated', subjectType: 'hall', subjectId: id, summary: { before: { name: before.name, active: before.active }, after: { name: after.name, active: after.active } } });
      return toHallView(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('HALL_NAME_TAKEN', { cause: error });
    throw error;
  }
}

/** Deletes a hall with no windows. */
export async function deleteHall(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const staff = requireStaff(ctx, 'hall.manage');
  await deps.db.transaction().execute(async (tx) => {
    const before = await findHallInScope(tx, staff, id);
    if (Number(before.window_count ?? 0) > 0) throw new AppError('IN_USE', { message: 'hall still has windows' });
    await tx.deleteFrom('halls').where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'hall.deleted', subjectType: 'hall', subjectId: id, summary: { before: { name: before.name } } });
  });
}

/** A window's department must be visible to the caller and lie in the hall's region subtree or above it. */
async function checkWindowDepartment(tx: DbOrTx, staff: StaffPrincipal, departmentId: string | null | undefined): Promise<void> {
  if (!departmentId) return;
  const dept = await repo.findDepartment(tx, departmentId);
  if (!dept || !dept.region_code.startsWith(staff.scope.regionPrefix)) throw AppError.validation([{ path: '/departmentId', code: 'NOT_FOUND' }]);
}

function windowConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError('WINDOW_NUMBER_TAKEN', { cause: error });
  throw error;
}

export async function createWindow(deps: Deps, ctx: RequestContext, hallId: string, input: { number: string; name: string; kind: string; departmentId?: string | null | undefined }): Promise<WindowView> {
  const staff = requireStaff(ctx, 'hall.manage');
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const hall = await findHallInScope(tx, staff, hallId);
      assertRegionWritable(staff, hall.region_code);
      await checkWindowDepartment(tx, staff, input.departmentId);
      const { id } = await tx.insertInto('service_windows').values({ hall_id: hallId, number: input.number.toUpperCase(), name: input.name.trim(), kind: input.kind as WindowKind, department_id: input.departmentId ?? null }).returning('id').executeTakeFirstOrThrow();
      const row = (await repo.findWindow(tx, id))!;
      await recordAudit(tx, auditContextOf(ctx), { action: 'window.created', subjectType: 'window', subjectId: id, summary: { after: { hallId, number: row.number, name: row.name, kind: row.kind } } });
      return toWindowView(row);
    });
  } catch (error) {
    return windowConflict(error);
  }
}

export async function updateWindow(deps: Deps, ctx: RequestContext, id: string, input: { number?: string | undefined; name?: string | undefined; kind?: string | undefined; departmentId?: string | null | undefined; active?: boolean | undefined }): Promise<WindowView> {
  const staff = requireStaff(ctx, 'hall.manage');
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const before = await repo.findWindow(tx, id);
      assertRowInScope(staff, before && { regionCode: before.region_code }, 'window');
      await checkWindowDepartment(tx, staff, input.departmentId);
      await tx.updateTable('service_windows').set({
        ...(input.number !== undefined ? { number: input.number.toUpperCase() } : {}),
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.kind !== undefined ? { kind: input.kind as WindowKind } : {}),
        ...(input.departmentId !== undefined ? { department_id: input.departmentId } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updated_at: new Date(),
      }).where('id', '=', id).execute();
      const after = (await repo.findWindow(tx, id))!;
      await recordAudit(tx, auditContextOf(ctx), { action: 'window.updated', subjectType: 'window', subjectId: id, summary: { before: { number: before.number, name: before.name, kind: before.kind, departmentId: before.department_id, active: before.active }, after: { number: after.number, name: after.name, kind: after.kind, departmentId: after.department_id, active: after.active } } });
      return toWindowView(after);
    });
  } catch (error) {
    return windowConflict(error);
  }
}

export async function deleteWindow(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const staff = requireStaff(ctx, 'hall.manage');
  await deps.db.transaction().execute(async (tx) => {
    const before = await repo.findWindow(tx, id);
    assertRowInScope(staff, before && { regionCode: before.region_code }, 'window');
    await tx.deleteFrom('service_windows').where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'window.deleted', subjectType: 'window', subjectId: id, summary: { before: { number: before.number, name: before.name } } });
  });
}
