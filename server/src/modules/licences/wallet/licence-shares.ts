/**
 * Sharing a licence by a time-limited link (docs/licences.md "Holding and sharing"): the holder creates a link valid
 * for 1 to 720 hours, sees it once (with its QR code), lists their links with how often each was opened, and may
 * withdraw one at any time.
 *
 * - The token is 32 random bytes (base64url, 43 characters); only its SHA-256 is stored, so the table alone cannot
 *   open a licence.
 * - Whoever has the link sees the licence as the holder shares it (holder code masked, today's status) and may
 *   download its PDF; every opening counts (`view_count`, `last_viewed_at`) and is on the audit record.
 * - An expired, withdrawn or unknown token answers the same 404 LICENCE_SHARE_UNAVAILABLE; failures are throttled
 *   per address like the other public lookups, so tokens cannot be guessed at speed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type LicenceStatus } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../../platform/auth/principal.ts';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { throttleOf } from '../../../platform/auth/failure-throttle.ts';
import { publicBaseUrl } from '../issue-licence.ts';
import { licenceFileName, licencePdfOf } from '../licence-documents.ts';
import { fieldViewsOf, loadHeldLicence, statusOfRow, type LicenceFieldView } from './licence-wallet.ts';
import { suspensionsByLicence } from '../licence-status-facts.ts';
import { todayInChina } from '../../../platform/time/today.ts';

export const SHARE_MAX_HOURS = 720;
/** Unknown, expired or withdrawn tokens one address may present in the window before it is refused (429). */
export const SHARE_FAILURES_PER_ADDRESS = 20;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface LicenceShareView {
  id: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
  viewCount: number;
  lastViewedAt: string | null;
}

export interface CreatedShare extends LicenceShareView {
  /** The link to hand out; shown only now (the token is not stored). */
  url: string;
  token: string;
}

export interface SharedLicence {
  identifier: string;
  name: string;
  typeName: string;
  issuer: { name: string; code: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  holderKind: 'person' | 'enterprise';
  holderName: string;
  holderCodeMasked: string;
  fields: LicenceFieldView[];
  /** When the link stops working. */
  shareExpiresAt: string;
  checkedAt: string;
}

export function shareTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function shareUrlOf(deps: Pick<Deps, 'config'>, token: string): string {
  return `${publicBaseUrl(deps)}/licences/shared/${token}`;
}

function viewOf(row: { id: string; created_at: Date; expires_at: Date; revoked_at: Date | null; view_count: number; last_viewed_at: Date | null }, now = new Date()): LicenceShareView {
  return {
    id: row.id, createdAt: row.created_at.toISOString(), expiresAt: row.expires_at.toISOString(), revokedAt: row.revoked_at?.toISOString() ?? null,
    active: row.revoked_at === null && row.expires_at > now, viewCount: row.view_count, lastViewedAt: row.last_viewed_at?.toISOString() ?? null,
  };
}

export async function createLicenceShare(deps: Deps, ctx: RequestContext, licenceId: string, input: { hours: number }): Promise<CreatedShare> {
  const applicant = requireApplicant(ctx);
  if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > SHARE_MAX_HOURS) {
    throw AppError.validation([{ path: '/hours', code: 'VALIDATION_FAILED', messages: { zh: `有效时长须为 1 至 ${SHARE_MAX_HOURS} 小时`, en: `hours must be 1 to ${SHARE_MAX_HOURS}` } }]);
  }
  const licence = await loadHeldLicence(deps, ctx, licenceId);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + input.hours * 3_600_000);
  const row = await deps.db.transaction().execute(async (tx) => {
    const created = await tx.insertInto('licence_shares').values({
      licence_id: licence.id, token_hash: shareTokenHash(token), created_by_applicant_id: applicant.id, expires_at: expiresAt, revoked_at: null, last_viewed_at: null,
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'licence.share_created', subjectType: 'licence', subjectId: licence.id, summary: { identifier: licence.identifier, shareId: created.id, hours: input.hours, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { ...viewOf(row), url: shareUrlOf(deps, token), token };
}

export async function listLicenceShares(deps: Deps, ctx: RequestContext, licenceId: string): Promise<LicenceShareView[]> {
  const licence = await loadHeldLicence(deps, ctx, licenceId);
  const rows = await deps.db.selectFrom('licence_shares').selectAll().where('licence_id', '=', licence.id).orderBy('created_at', 'desc').limit(200).execute();
  const now = new Date();
  return rows.map((r) => viewOf(r, now));
}

/** Withdraws a share link; withdrawing one already withdrawn (or expired) changes nothing. */
export async function revokeLicenceShare(deps: Deps, ctx: RequestContext, licenceId: string, shareId: string): Promise<void> {
  const licence = await loadHeldLicence(deps, ctx, licenceId);
  await deps.db.transaction().execute(async (tx) => {
    const share = await tx.selectFrom('licence_shares').select(['id', 'revoked_at']).where('id', '=', shareId).where('licence_id', '=', licence.id).forUpdate().executeTakeFirst();
    if (!share) throw new AppError('LICENCE_SHARE_UNAVAILABLE');
    if (share.revoked_at !== null) return;
    await tx.updateTable('licence_shares').set({ revoked_at: new Date() }).where('id', '=', share.id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'licence.share_revoked', subjectType: 'licence', subjectId: licence.id, summary: { identifier: licence.identifier, shareId } });
  });
}

/**
 * Opens a share link: counts the view and records it (who opened it: the address; which document), in one
 * transaction; then answers the licence row. Unavailable links and throttled addresses change nothing.
 */
async function openShare(deps: Deps, ctx: RequestContext, token: string, document: 'view' | 'pdf') {
  const throttle = throttleOf(deps.db, 'licences.share', SHARE_FAILURES_PER_ADDRESS, 15 * 60_000);
  throttle.refuseIfThrottled(ctx.clientIp);
  const unavailable = () => {
    throttle.recordFailure(ctx.clientIp);
    return new AppError('LICENCE_SHARE_UNAVAILABLE');
  };
  if (!TOKEN_PATTERN.test(token)) throw unavailable();
  const opened = await deps.db.transaction().execute(async (tx) => {
    const share = await tx.updateTable('licence_shares').set((eb) => ({ view_count: eb('view_count', '+', 1), last_viewed_at: new Date() }))
      .where('token_hash', '=', shareTokenHash(token)).where('revoked_at', 'is', null).where('expires_at', '>', new Date())
      .returning(['id', 'licence_id', 'expires_at', 'view_count']).executeTakeFirst();
    if (!share) return null;
    const licence = await tx.selectFrom('licences as l').innerJoin('licence_types as t', 't.id', 'l.licence_type_id')
      .selectAll('l').select('t.name as type_name').where('l.id', '=', share.licence_id).executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'licence.shared_read', subjectType: 'licence', subjectId: licence.id,
      summary: { identifier: licence.identifier, shareId: share.id, document, viewCount: share.view_count },
    });
    return { share, licence };
  });
  if (!opened) throw unavailable();
  return opened;
}

export async function readSharedLicence(deps: Deps, ctx: RequestContext, token: string): Promise<SharedLicence> {
  const { share, licence } = await openShare(deps, ctx, token, 'view');
  const suspensions = (await suspensionsByLicence(deps.db, [licence.id])).get(licence.id) ?? [];
  const metadata = licence.metadata as { name?: string; issuer?: { name: string; code: string } };
  return {
    identifier: licence.identifier, name: metadata.name ?? licence.type_name, typeName: licence.type_name, issuer: metadata.issuer ?? { name: '', code: '' },
    issueDate: licence.issue_date, validFrom: licence.valid_from, validUntil: licence.valid_until, status: statusOfRow(licence, suspensions, todayInChina()),
    holderKind: licence.holder_kind, holderName: licence.holder_name, holderCodeMasked: licence.holder_code_masked,
    fields: await fieldViewsOf(deps.db, licence), shareExpiresAt: share.expires_at.toISOString(), checkedAt: new Date().toISOString(),
  };
}

export async function readSharedLicencePdf(deps: Deps, ctx: RequestContext, token: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { licence } = await openShare(deps, ctx, token, 'pdf');
  return { fileName: licenceFileName(licence, 'pdf'), bytes: await licencePdfOf(deps, licence) };
}
