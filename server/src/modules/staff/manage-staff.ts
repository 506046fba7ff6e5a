import { checkPasswordPolicy, grantableRoles, isDepartmentRole, isValidMobilePhone, maskPhone, regionPrefix, type StaffRole } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { revokeAllSessionsOf } from '../../platform/auth/sessions.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';
import { assertRegionWritable, assertRowInScope, normalizeRegionCode } from '../organization/scope-guards.ts';
import { staffRepository as repo } from './staff.repository.ts';
import type { CreateStaffBody, StaffView, UpdateStaffBody } from './staff.schemas.ts';

type StaffRow = Awaited<ReturnType<ReturnType<typeof repo.select>['execute']>>[number];

function toView(s: StaffRow): StaffView {
  return {
    id: s.id, username: s.username, displayName: s.display_name, roles: s.roles, regionCode: s.region_code, regionName: s.region_name,
    departmentId: s.department_id, departmentName: s.department_name, phoneMasked: s.phone_masked, active: s.active,
    lockedUntil: s.locked_until && s.locked_until.getTime() > Date.now() ? s.locked_until.toISOString() : null,
    lastLoginAt: s.last_login_at?.toISOString() ?? null, createdAt: s.created_at.toISOString(),
  };
}

async function findInScope(db: DbOrTx, staff: StaffPrincipal, id: string): Promise<StaffRow> {
  const row = await repo.select(repo.query(db, staff.scope).where('s.id', '=', id)).executeTakeFirst();
  assertRowInScope(staff, row && { regionCode: row.region_code, departmentId: row.department_id }, 'staff user');
  return row;
}

export async function listStaff(deps: Deps, ctx: RequestContext, query: { q?: string | undefined; regionCode?: string | undefined; departmentId?: string | undefined; role?: StaffRole | undefined; page?: number | undefined; pageSize?: number | undefined }): Promise<Page<StaffView>> {
  const staff = requireStaff(ctx, 'staff.read');
  const { page, pageSize, offset } = pageOf(query);
  let q = repo.query(deps.db, staff.scope);
  if (query.regionCode) q = q.where('s.region_code', 'like', `${regionPrefix(normalizeRegionCode(query.regionCode))}%`);
  if (query.departmentId) q = q.where('s.department_id', '=', query.departmentId);
  if (query.role) q = q.where((eb) => eb(eb.val(query.role), '=', eb.fn.any('s.roles')));
  if (query.q?.trim()) {
    const like = repo.nameFilter(query.q.trim());
    q = q.where((eb) => eb.or([eb('s.username', 'ilike', like), eb('s.display_name', 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    repo.select(q).orderBy('s.region_code').orderBy('s.username').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n), page, pageSize };
}

export async function getStaff(deps: Deps, ctx: RequestContext, id: string): Promise<StaffView> {
  const staff = requireStaff(ctx, 'staff.read');
  return toView(await findInScope(deps.db, staff, id));
}

/**
 * The rules for a staff user's roles and placement: only grantable roles; department roles need a department;
 * a department user sits in the department's region; the region lies in the actor's subtree.
 */
async function checkPlacement(tx: DbOrTx, actor: StaffPrincipal, roles: StaffRole[], regionCode: string, departmentId: string | null): Promise<void> {
  const grantable = grantableRoles(actor.roles);
  const errors = new FieldErrors();
  if (roles.some((r) => !grantable.includes(r))) throw new AppError('ROLE_NOT_GRANTABLE');
  assertRegionWritable(actor, regionCode);
  if (roles.some(isDepartmentRole) && departmentId === null) errors.add('/departmentId', 'DEPARTMENT_REQUIRED');
  if (departmentId !== null) {
    const dept = await tx.selectFrom('departments').select(['region_code']).where('id', '=', departmentId).executeTakeFirst();
    if (!dept || !dept.region_code.startsWith(actor.scope.regionPrefix)) errors.add('/departmentId', 'NOT_FOUND');
    else if (dept.region_code !== regionCode) errors.add('/departmentId', 'DEPARTMENT_REGION_MISMATCH');
  }
  errors.throwIfAny();
}

export async function createStaff(deps: Deps, ctx: RequestContext, input: CreateStaffBody): Promise<StaffView> {
  const actor = requireStaff(ctx, 'staff.manage');
  const errors = new FieldErrors();
  if (checkPasswordPolicy(input.password) !== null) errors.add('/password', 'PASSWORD_TOO_WEAK');
  const phone = input.phone?.trim() || null;
  if (phone !== null && !isValidMobilePhone(phone)) errors.add('/phone', 'PHONE_INVALID');
  errors.throwIfAny();
  const regionCode = normalizeRegionCode(input.regionCode);
  const departmentId = input.departmentId ?? null;
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await checkPlacement(tx, actor, input.roles, regionCode, departmentId);
      const { id } = await tx.insertInto('staff_users').values({
        username: input.username.toLowerCase(), display_name: input.displayName.trim(), password_hash: passwordHash, roles: input.roles,
        region_code: regionCode, department_id: departmentId, phone_enc: phone ? deps.pii.encrypt(phone) : null, phone_masked: phone ? maskPhone(phone) : null,
      }).returning('id').executeTakeFirstOrThrow();
      const row = await findInScope(tx, actor, id);
      await recordAudit(tx, auditContextOf(ctx), { action: 'staff.created', subjectType: 'staff_user', subjectId: id, summary: { after: { username: row.username, roles: input.roles, regionCode, departmentId } } });
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('USERNAME_TAKEN', { cause: error });
    throw error;
  }
}

export async function updateStaff(deps: Deps, ctx: RequestContext, id: string, input: UpdateStaffBody): Promise<StaffView> {
  const actor = requireStaff(ctx, 'staff.manage');
  const phone = input.phone === undefined ? undefined : input.phone?.trim() || null;
  if (phone && !isValidMobilePhone(phone)) throw AppError.validation([{ path: '/phone', code: 'PHONE_INVALID' }]);
  if (id === actor.id && (input.active === false || (input.roles && !input.roles.every((r) => actor.roles.includes(r)) ) || (input.roles && input.roles.length < actor.roles.length))) {
    throw new AppError('FORBIDDEN', { message: 'you cannot deactivate yourself or change your own roles' });
  }
  return deps.db.transaction().execute(async (tx) => {
    const before = await findInScope(tx, actor, id);
    const roles = input.roles ?? (before.roles);
    const regionCode = input.regionCode ? normalizeRegionCode(input.regionCode) : before.region_code;
    const departmentId = input.departmentId !== undefined ? input.departmentId : before.department_id;
    // Managing someone who holds a role you cannot grant (e.g. a sysadmin) is as forbidden as granting it.
    if ((before.roles).some((r) => !grantableRoles(actor.roles).includes(r))) throw new AppError('ROLE_NOT_GRANTABLE');
    await checkPlacement(tx, actor, roles, regionCode, departmentId);
    await tx.updateTable('staff_users').set({
      ...(input.displayName !== undefined ? { display_name: input.displayName.trim() } : {}),
      roles, region_code: regionCode, department_id: departmentId,
      ...(phone !== undefined ? { phone_enc: phone ? deps.pii.encrypt(phone) : null, phone_masked: phone ? maskPhone(phone) : null } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: new Date(),
    }).where('id', '=', id).execute();
    if (input.active === false) await revokeAllSessionsOf(tx, 'staff', id);
    const after = await findInScope(tx, actor, id).catch(() => null);
    const afterView = after ? toView(after) : { ...toView(before), roles, regionCode, departmentId };
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'staff.updated', subjectType: 'staff_user', subjectId: id,
      summary: { before: { roles: before.roles, regionCode: before.region_code, departmentId: before.department_id, active: before.active, displayName: before.display_name }, after: { roles, regionCode, departmentId, active: afterView.active, displayName: afterView.displayName } },
    });
    return afterView;
  });
}

export async function unlockStaff(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const actor = requireStaff(ctx, 'staff.manage');
  await deps.db.transaction().execute(async (tx) => {
    const before = await findInScope(tx, actor, id);
    await tx.updateTable('staff_users').set({ locked_until: null, failed_login_count: 0, updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'staff.unlocked', subjectType: 'staff_user', subjectId: id, summary: { before: { lockedUntil: before.locked_until } } });
  });
}

/** Sets a new password chosen by an administrator and ends the user's sessions. */
export async function resetStaffPassword(deps: Deps, ctx: RequestContext, id: string, password: string): Promise<void> {
  const actor = requireStaff(ctx, 'staff.manage');
  if (checkPasswordPolicy(password) !== null) throw AppError.validation([{ path: '/password', code: 'PASSWORD_TOO_WEAK' }]);
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (tx) => {
    const before = await findInScope(tx, actor, id);
    if ((before.roles).some((r) => !grantableRoles(actor.roles).includes(r))) throw new AppError('ROLE_NOT_GRANTABLE');
    await tx.updateTable('staff_users').set({ password_hash: passwordHash, password_changed_at: new Date(), failed_login_count: 0, locked_until: null, updated_at: new Date() }).where('id', '=', id).execute();
    await revokeAllSessionsOf(tx, 'staff', id);
    await recordAudit(tx, auditContextOf(ctx), { action: 'staff.password_reset', subjectType: 'staff_user', subjectId: id, summary: {} });
  });
}
