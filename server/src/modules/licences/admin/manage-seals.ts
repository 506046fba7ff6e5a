/**
 * Managing departments' electronic seals (GB/T 38540, issue 5): a centre administrator lists, creates, rotates and
 * revokes the seals of departments in their region subtree. Rotation retires the active seal and activates a new
 * one with a new key in one transaction — licences signed by the retired seal stay valid. Revocation is for a
 * compromised key: licences that claim the seal after its revocation are forgeries (the verification checks the
 * signing time against `revoked_at`). Out-of-scope seals and departments answer 404 like missing ones.
 */
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../../platform/db/database.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../../platform/db/pg-errors.ts';
import { sm3Hex } from '../../../platform/crypto/sm3.ts';
import { createSealRecord, type SealDepartment } from '../seal-records.ts';
import type { CreateSealBody, RotateSealBody, SealView } from './licence-admin.schemas.ts';

/** First 16 hex characters of SM3 over the public key's hex text: short enough to read out, long enough to tell keys apart. */
export function keyFingerprint(publicKeyHex: string): string {
  return sm3Hex(publicKeyHex).slice(0, 16);
}

function sealsQuery(db: DbOrTx, staff: StaffPrincipal) {
  return db.selectFrom('seals as s')
    .innerJoin('departments as d', 'd.id', 's.department_id')
    .innerJoin('signing_keys as k', 'k.id', 's.signing_key_id')
    .where('d.region_code', 'like', `${staff.scope.regionPrefix}%`)
    .select([
      's.id', 's.department_id', 'd.name as department_name', 'd.region_code', 's.seal_code', 's.name', 's.seal_type', 's.valid_from', 's.valid_until',
      's.status', 's.retired_at', 's.replaced_by', 's.revoked_at', 's.revocation_reason', 's.created_at', 'k.public_key_hex',
    ]);
}
type SealListRow = Awaited<ReturnType<ReturnType<typeof sealsQuery>['executeTakeFirstOrThrow']>>;

function toView(r: SealListRow): SealView {
  return {
    id: r.id, departmentId: r.department_id, departmentName: r.department_name, regionCode: r.region_code, sealCode: r.seal_code, name: r.name,
    sealType: r.seal_type, validFrom: r.valid_from.toISOString(), validUntil: r.valid_until.toISOString(), status: r.status,
    retiredAt: r.retired_at?.toISOString() ?? null, replacedBy: r.replaced_by, revokedAt: r.revoked_at?.toISOString() ?? null,
    revocationReason: r.revocation_reason, pictureUrl: `/api/seals/${r.id}/picture.svg`, keyFingerprint: keyFingerprint(r.public_key_hex),
    createdAt: r.created_at.toISOString(),
  };
}

async function sealInScope(db: DbOrTx, staff: StaffPrincipal, id: string): Promise<SealListRow> {
  const row = await sealsQuery(db, staff).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('SEAL_NOT_FOUND');
  return row;
}

async function departmentInScope(db: DbOrTx, staff: StaffPrincipal, id: string): Promise<SealDepartment> {
  const row = await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code'])
    .where('id', '=', id).where('region_code', 'like', `${staff.scope.regionPrefix}%`).executeTakeFirst();
  if (!row) throw AppError.notFound('department');
  return row;
}

export async function listSeals(deps: Deps, ctx: RequestContext, query: { departmentId?: string | undefined; status?: 'active' | 'retired' | 'revoked' | undefined }): Promise<SealView[]> {
  const staff = requireStaff(ctx, 'licence.seals');
  let q = sealsQuery(deps.db, staff);
  if (query.departmentId) q = q.where('s.department_id', '=', query.departmentId);
  if (query.status) q = q.where('s.status', '=', query.status);
  const rows = await q.orderBy('d.region_code').orderBy('d.name').orderBy('s.created_at', 'desc').limit(1000).execute();
  return rows.map(toView);
}

export async function getSeal(deps: Deps, ctx: RequestContext, id: string): Promise<SealView> {
  const staff = requireStaff(ctx, 'licence.seals');
  return toView(await sealInScope(deps.db, staff, id));
}

export async function sealPicture(deps: Deps, ctx: RequestContext, id: string): Promise<string> {
  const staff = requireStaff(ctx, 'licence.seals');
  await sealInScope(deps.db, staff, id);
  const row = await deps.db.selectFrom('seals').select('picture_svg').where('id', '=', id).executeTakeFirstOrThrow();
  return row.picture_svg;
}

function validUntilOf(from: Date, years: number): Date {
  return new Date(Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth(), from.getUTCDate(), from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds()));
}

async function newSeal(deps: Deps, tx: Tx, staff: StaffPrincipal, department: SealDepartment, options: { sealName?: string | undefined; validYears?: number | undefined }) {
  const validFrom = new Date();
  return createSealRecord(deps, tx, {
    department, ...(options.sealName ? { sealName: options.sealName.trim() } : {}), validFrom,
    validUntil: validUntilOf(validFrom, options.validYears ?? 5), createdBy: staff.id,
  });
}

export async function createSeal(deps: Deps, ctx: RequestContext, input: CreateSealBody): Promise<SealView> {
  const staff = requireStaff(ctx, 'licence.seals');
  const department = await departmentInScope(deps.db, staff, input.departmentId);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      // Serialise creators of the same department's seal; the unique index is the last word.
      await tx.selectFrom('departments').select('id').where('id', '=', department.id).forUpdate().execute();
      const active = await tx.selectFrom('seals').select('id').where('department_id', '=', department.id).where('status', '=', 'active').executeTakeFirst();
      if (active) throw new AppError('SEAL_EXISTS', { details: { sealId: active.id } });
      const seal = await newSeal(deps, tx, staff, department, input);
      await recordAudit(tx, auditContextOf(ctx), {
        action: 'seal.created', subjectType: 'seal', subjectId: seal.id,
        summary: { departmentId: department.id, sealCode: seal.seal_code, name: seal.name, validUntil: seal.valid_until.toISOString(), signingKeyId: seal.signing_key_id },
      });
      return toView(await sealInScope(tx, staff, seal.id));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('SEAL_EXISTS', { cause: error });
    throw error;
  }
}

/** Retires the active seal and activates a new one (new key, new code) for the same department, in one transaction. */
export async function rotateSeal(deps: Deps, ctx: RequestContext, id: string, input: RotateSealBody): Promise<{ retired: SealView; active: SealView }> {
  const staff = requireStaff(ctx, 'licence.seals');
  return deps.db.transaction().execute(async (tx) => {
    const old = await sealInScope(tx, staff, id);
    const locked = await tx.selectFrom('seals').select(['status', 'department_id']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (locked.status !== 'active') throw new AppError('SEAL_NOT_ACTIVE');
    const department = await departmentInScope(tx, staff, locked.department_id);
    const now = new Date();
    await tx.updateTable('seals').set({ status: 'retired', retired_at: now }).where('id', '=', id).execute();
    const seal = await newSeal(deps, tx, staff, department, { sealName: input.sealName, validYears: input.validYears });
    await tx.updateTable('seals').set({ replaced_by: seal.id }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'seal.rotated', subjectType: 'seal', subjectId: id,
      summary: { departmentId: department.id, retired: { id, sealCode: old.seal_code }, active: { id: seal.id, sealCode: seal.seal_code, signingKeyId: seal.signing_key_id } },
    });
    return { retired: toView(await sealInScope(tx, staff, id)), active: toView(await sealInScope(tx, staff, seal.id)) };
  });
}

/** Revokes an active or retired seal (a compromised key). The department then has no active seal until one is created. */
export async function revokeSeal(deps: Deps, ctx: RequestContext, id: string, reason: string): Promise<SealView> {
  const staff = requireStaff(ctx, 'licence.seals');
  const text = reason.trim();
  if (text.length < 2) throw AppError.validation([{ path: '/reason', code: 'VALIDATION_FAILED' }]);
  return deps.db.transaction().execute(async (tx) => {
    await sealInScope(tx, staff, id);
    const locked = await tx.selectFrom('seals').select(['status', 'seal_code', 'department_id']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (locked.status === 'revoked') throw new AppError('SEAL_NOT_ACTIVE');
    await tx.updateTable('seals').set({ status: 'revoked', revoked_at: new Date(), revocation_reason: text }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'seal.revoked', subjectType: 'seal', subjectId: id,
      summary: { departmentId: locked.department_id, sealCode: locked.seal_code, statusBefore: locked.status, reason: text },
    });
    return toView(await sealInScope(tx, staff, id));
  });
}
