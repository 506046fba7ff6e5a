import { displayRegionCode, parseRegionCode } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { Region } from '../../platform/db/schema.ts';
import { organizationRepository as repo } from './organization.repository.ts';
import { assertRegionWritable, normalizeRegionCode } from './scope-guards.ts';
import type { RegionView } from './organization.schemas.ts';

export function toRegionView(r: Region): RegionView {
  return { code: r.code, displayCode: displayRegionCode(r.code), name: r.name, level: r.level, kind: r.kind, parentCode: r.parent_code };
}

/** Every region in the caller's subtree (flat; the client builds the tree). */
export async function listRegions(deps: Deps, ctx: RequestContext, query: { parentCode?: string | undefined }): Promise<RegionView[]> {
  const staff = requireStaff(ctx, 'org.read');
  const parent = query.parentCode ? normalizeRegionCode(query.parentCode, '/parentCode') : undefined;
  const rows = await repo.listRegions(deps.db, staff.scope.regionPrefix, parent);
  return rows.map(toRegionView);
}

/** Adds a region under an existing parent (sysadmin). */
export async function createRegion(deps: Deps, ctx: RequestContext, input: { code: string; name: string }): Promise<RegionView> {
  const staff = requireStaff(ctx, 'region.manage');
  const parsed = parseRegionCode(input.code);
  if (!parsed.valid || parsed.region.parentCode === null) throw AppError.validation([{ path: '/code', code: 'REGION_CODE_INVALID' }]);
  const region = parsed.region;
  assertRegionWritable(staff, region.code);
  const parentCode = region.parentCode;
  if (parentCode === null) throw AppError.validation([{ path: '/code', code: 'REGION_CODE_INVALID' }]);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const parent = await repo.findRegion(tx, parentCode);
      if (!parent) throw AppError.validation([{ path: '/code', code: 'REGION_PARENT_MISSING' }]);
      const row = await tx.insertInto('regions').values({ code: region.code, name: input.name.trim(), level: region.level, kind: region.kind, parent_code: parentCode }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, auditContextOf(ctx), { action: 'region.created', subjectType: 'region', subjectId: row.code, summary: { after: { name: row.name, level: row.level } } });
      return toRegionView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('REGION_EXISTS', { cause: error });
    throw error;
  }
}

export async function renameRegion(deps: Deps, ctx: RequestContext, code: string, name: string): Promise<RegionView> {
  const staff = requireStaff(ctx, 'region.manage');
  const normalized = normalizeRegionCode(code, '/code');
  return deps.db.transaction().execute(async (tx) => {
    const before = await repo.findRegion(tx, normalized);
    if (!before || !before.code.startsWith(staff.scope.regionPrefix)) throw AppError.notFound('region');
    const row = await tx.updateTable('regions').set({ name: name.trim(), updated_at: new Date() }).where('code', '=', normalized).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(ctx), { action: 'region.renamed', subjectType: 'region', subjectId: normalized, summary: { before: { name: before.name }, after: { name: row.name } } });
    return toRegionView(row);
  });
}

/** Removes a region that nothing refers to (no children, departments, halls or staff). */
export async function deleteRegion(deps: Deps, ctx: RequestContext, code: string): Promise<void> {
  const staff = requireStaff(ctx, 'region.manage');
  const normalized = normalizeRegionCode(code, '/code');
  await deps.db.transaction().execute(async (tx) => {
    const before = await repo.findRegion(tx, normalized);
    if (!before || !before.code.startsWith(staff.scope.regionPrefix)) throw AppError.notFound('region');
    if (normalized === staff.regionCode) throw new AppError('IN_USE', { message: 'cannot delete your own root region' });
    if ((await repo.regionUsage(tx, normalized)) > 0) throw new AppError('IN_USE');
    await tx.deleteFrom('regions').where('code', '=', normalized).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'region.deleted', subjectType: 'region', subjectId: normalized, summary: { before: { name: before.name, level: before.level } } });
  });
}
