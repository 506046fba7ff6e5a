/**
 * The staff's licence register: list and read licences in the data scope (licence.read: department roles their own
 * department's, others their region subtree), and the issuing department's status changes — revoke (final),
 * suspend, reinstate — by its approvers (licence.manage_status). A licence outside the caller's reach is 404 as if
 * it did not exist; in scope without the permission is 403 (the conventions of cases/case-access.ts).
 *
 * Each change is one transaction with its audit event (and the holder's in-app notification); the public status
 * lists read the registry, so their bits follow at once.
 */
import { isInScope, maskPersonName, roleHasPermission, type IsoDate } from '@onetrip/core';
import { sql, type Selectable } from 'kysely';
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../../platform/db/database.ts';
import type { LicenceSuspensionTable } from '../../../platform/db/schema.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { escapeLike } from '../../../platform/db/sql-helpers.ts';
import { pageOf, type Page } from '../../../platform/http/pagination.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../../platform/http/idempotency.ts';
import { notify, type NotifyDeps } from '../../../platform/notifications/notify.ts';
import type { LicenceRow } from '../issue-licence.ts';
import { statusOfLicence, suspendedOnSql } from '../licence-status-facts.ts';
import { todayInChina } from '../../../platform/time/today.ts';
import type { LicenceListQuery, StaffLicenceDetail, StaffLicenceSummary } from './verify.schemas.ts';

type SuspensionRow = Selectable<LicenceSuspensionTable>;

/** The licence row for a staff member: in their data scope, else 404. */
function inScope(staff: StaffPrincipal, row: Pick<LicenceRow, 'region_code' | 'issuer_department_id'>): boolean {
  return isInScope(staff.scope, { regionCode: row.region_code, departmentId: row.issuer_department_id });
}

/** An approver placed in the issuing department (and with it in scope) may change the licence's status. */
export function mayManageStatus(staff: StaffPrincipal, row: Pick<LicenceRow, 'region_code' | 'issuer_department_id'>): boolean {
  return roleHasPermission(staff.roles, 'licence.manage_status') && staff.departmentId !== null && staff.departmentId === row.issuer_department_id && inScope(staff, row);
}

function statusCondition(status: NonNullable<LicenceListQuery['status']>, today: IsoDate) {
  const openSuspension = suspendedOnSql(today);
  const notRevoked = sql<boolean>`l.revoked_at IS NULL`;
  const inWindow = sql<boolean>`l.valid_from <= ${today} AND (l.valid_until IS NULL OR l.valid_until >= ${today})`;
  switch (status) {
    case 'revoked': return sql<boolean>`l.revoked_at IS NOT NULL`;
    case 'expired': return sql<boolean>`${notRevoked} AND l.valid_until < ${today}`;
    case 'not_yet_valid': return sql<boolean>`${notRevoked} AND l.valid_from > ${today} AND (l.valid_until IS NULL OR l.valid_until >= ${today})`;
    case 'suspended': return sql<boolean>`${notRevoked} AND ${inWindow} AND ${openSuspension}`;
    case 'valid': return sql<boolean>`${notRevoked} AND ${inWindow} AND NOT ${openSuspension}`;
  }
}

function summaryOf(row: LicenceRow & { type_name: string; issuer_name: string }, suspensions: SuspensionRow[], today: IsoDate): StaffLicenceSummary {
  const status = statusOfLicence({ validFrom: row.valid_from, validUntil: row.valid_until, revokedOn: row.revoked_on }, suspensions, today);
  return {
    id: row.id,
    identifier: row.identifier,
    typeId: row.licence_type_id,
    typeName: row.type_name,
    holderName: row.holder_kind === 'person' ? maskPersonName(row.holder_name) : row.holder_name,
    holderCode: row.holder_code_masked,
    holderKind: row.holder_kind,
    issuer: { id: row.issuer_department_id, name: row.issuer_name },
    issueDate: row.issue_date,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status,
    source: row.source,
    createdAt: row.created_at.toISOString(),
  };
}

function registryQuery(db: DbOrTx) {
  return db.selectFrom('licences as l').innerJoin('licence_types as t', 't.id', 'l.licence_type_id').innerJoin('departments as d', 'd.id', 'l.issuer_department_id')
    .selectAll('l').select(['t.name as type_name', 'd.name as issuer_name']);
}

async function suspensionsOf(db: DbOrTx, ids: string[]): Promise<Map<string, SuspensionRow[]>> {
  const out = new Map<string, SuspensionRow[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('licence_suspensions').selectAll().where('licence_id', 'in', ids).orderBy('created_at').execute();
  for (const row of rows) out.set(row.licence_id, [...(out.get(row.licence_id) ?? []), row]);
  return out;
}

/** GET /licences — the licences in the caller's scope, newest first, holders masked. */
export async function listLicences(deps: Pick<Deps, 'db'>, ctx: RequestContext, query: LicenceListQuery): Promise<Page<StaffLicenceSummary>> {
  const staff = requireStaff(ctx, 'licence.read');
  const { page, pageSize, offset } = pageOf(query);
  const today = todayInChina();
  let q = registryQuery(deps.db).where('l.region_code', 'like', `${staff.scope.regionPrefix}%`);
  if (staff.scope.departmentId !== null) q = q.where('l.issuer_department_id', '=', staff.scope.departmentId);
  if (query.typeId) q = q.where('l.licence_type_id', '=', query.typeId);
  if (query.holderName) q = q.where('l.holder_name', 'like', `%${escapeLike(query.holderName.trim())}%`);
  if (query.identifier) q = q.where('l.identifier', 'like', `${escapeLike(query.identifier.replace(/\s+/g, '').toUpperCase())}%`);
  if (query.status) q = q.where(statusCondition(query.status, today));
  const [rows, total] = await Promise.all([
    q.orderBy('l.created_at', 'desc').orderBy('l.id').limit(pageSize).offset(offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const suspensions = await suspensionsOf(deps.db, rows.map((r) => r.id));
  return { items: rows.map((r) => summaryOf(r, suspensions.get(r.id) ?? [], today)), total: Number(total.n), page, pageSize };
}

async function loadScoped(db: DbOrTx, staff: StaffPrincipal, id: string, forUpdate = false) {
  let q = registryQuery(db).where('l.id', '=', id);
  if (forUpdate) q = q.forUpdate('l');
  const row = await q.executeTakeFirst();
  if (!row || !inScope(staff, row)) throw new AppError('LICENCE_NOT_FOUND');
  return row;
}

async function detailOf(deps: Pick<Deps, 'db' | 'pii'>, db: DbOrTx, staff: StaffPrincipal, row: Awaited<ReturnType<typeof loadScoped>>): Promise<StaffLicenceDetail> {
  const [suspensions, seal] = await Promise.all([
    suspensionsOf(db, [row.id]).then((m) => m.get(row.id) ?? []),
    db.selectFrom('seals').select(['id', 'name', 'status']).where('id', '=', row.seal_id).executeTakeFirstOrThrow(),
  ]);
  const stored = row.metadata as unknown as { number?: string | null; fields?: Record<string, unknown>; relatedItem?: { name: string; code: string } | null };
  return {
    ...summaryOf(row, suspensions, todayInChina()),
    number: stored.number ?? null,
    fields: stored.fields ?? {},
    relatedItem: stored.relatedItem ?? null,
    caseId: row.case_id,
    seal,
    statusList: { listId: row.status_list_id, index: row.status_list_index },
    revokedOn: row.revoked_on,
    revocationReason: row.revocation_reason,
    suspensions: suspensions.map((s) => ({ id: s.id, fromDate: s.from_date, reason: s.reason, liftedOn: s.lifted_on, createdAt: s.created_at.toISOString(), liftedAt: s.lifted_at?.toISOString() ?? null })),
    mayManageStatus: mayManageStatus(staff, row),
  };
}

/** GET /licences/:id — one licence in scope (the holder stays masked: the register needs no more). */
export async function readLicence(deps: Pick<Deps, 'db' | 'pii'>, ctx: RequestContext, id: string): Promise<StaffLicenceDetail> {
  const staff = requireStaff(ctx, 'licence.read');
  return detailOf(deps, deps.db, staff, await loadScoped(deps.db, staff, id));
}

export type LicenceStatusAction = { kind: 'revoke'; reason: string } | { kind: 'suspend'; reason: string } | { kind: 'reinstate'; note?: string | undefined };

const AUDIT_ACTIONS = { revoke: 'licence.revoked', suspend: 'licence.suspended', reinstate: 'licence.reinstated' } as const;
const HOLDER_WORDS = { revoke: '已注销', suspend: '已中止使用', reinstate: '已恢复有效' } as const;

/**
 * POST /licences/:id/revoke | suspend | reinstate. Permission first (403), then the licence within reach of an
 * approver of the issuing department (404), then the state (409), all in one transaction with the audit event.
 */
export async function changeLicenceStatus(
  deps: Pick<Deps, 'db' | 'pii' | 'config'>, ctx: RequestContext, id: string, action: LicenceStatusAction, request: IdempotentRequest,
): Promise<IdempotentResult<StaffLicenceDetail>> {
  const staff = requireStaff(ctx, 'licence.manage_status');
  return withIdempotency(deps, ctx, { ...request, required: false }, async (tx) => {
    const row = await loadScoped(tx, staff, id, true);
    if (!mayManageStatus(staff, row)) throw new AppError('LICENCE_NOT_FOUND');
    const today = todayInChina();
    const open = await tx.selectFrom('licence_suspensions').selectAll().where('licence_id', '=', row.id).where('lifted_on', 'is', null).executeTakeFirst();
    if (row.revoked_at !== null) throw new AppError('LICENCE_ALREADY_REVOKED');
    const reason = action.kind === 'reinstate' ? (action.note?.trim() || null) : action.reason.trim();
    if (action.kind !== 'reinstate' && !reason) throw AppError.validation([{ path: '/reason', code: 'VALIDATION_FAILED' }]);
    switch (action.kind) {
      case 'revoke':
        await tx.updateTable('licences').set({ revoked_on: today, revoked_at: new Date(), revocation_reason: reason, revoked_by: staff.id }).where('id', '=', row.id).execute();
        break;
      case 'suspend':
        if (open) throw new AppError('LICENCE_ALREADY_SUSPENDED');
        await tx.insertInto('licence_suspensions').values({ licence_id: row.id, from_date: today, reason: reason!, suspended_by: staff.id }).execute();
        break;
      case 'reinstate':
        if (!open) throw new AppError('LICENCE_NOT_SUSPENDED');
        // A suspension that starts later than today (none are made so) would violate lifted_on >= from_date.
        await tx.updateTable('licence_suspensions').set({ lifted_on: open.from_date > today ? open.from_date : today, lifted_by: staff.id, lifted_at: new Date() })
          .where('id', '=', open.id).execute();
        break;
    }
    await recordAudit(tx, auditContextOf(ctx), {
      action: AUDIT_ACTIONS[action.kind], subjectType: 'licence', subjectId: row.id,
      summary: { identifier: row.identifier, reason, on: today, statusList: { listId: row.status_list_id, index: row.status_list_index } },
    });
    await notifyHolder(deps, tx, row, action.kind);
    const fresh = await loadScoped(tx, staff, id);
    return { status: 200, body: await detailOf(deps, tx, staff, fresh) };
  });
}

/** The holder's in-app notification (applicants with an account only; stock licences may have none). */
async function notifyHolder(deps: NotifyDeps, tx: Tx, row: LicenceRow & { type_name: string }, kind: LicenceStatusAction['kind']): Promise<void> {
  if (row.holder_applicant_id === null) return;
  await notify(deps, tx, {
    recipient: { kind: 'applicant', id: row.holder_applicant_id },
    template: 'licence.status_changed',
    params: { licenceName: row.type_name, change: HOLDER_WORDS[kind] },
    link: `/me/licences/${row.id}`,
    about: { caseId: row.case_id, regionCode: row.region_code, departmentId: row.issuer_department_id },
  });
}
