/**
 * Sessions live in PostgreSQL. The client holds a random token; the table holds only its SHA-256, so a leaked
 * table does not yield usable tokens. Idle timeout and absolute lifetime come from configuration
 * (default 30 min / 12 h); logout sets revoked_at.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { StaffRole } from '@onetrip/core';
import type { DbOrTx } from '../db/database.ts';
import type { Session } from '../db/schema.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export async function createSession(
  tx: DbOrTx,
  input: { principalKind: 'staff' | 'applicant'; principalId: string; transport: 'cookie' | 'bearer'; clientIp: string | null; userAgent: string | null },
  policy: SessionPolicy,
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = await tx
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      principal_kind: input.principalKind,
      principal_id: input.principalId,
      transport: input.transport,
      csrf_token: randomBytes(24).toString('base64url'),
      client_ip: input.clientIp,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3600_000),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, session };
}

/** The account behind a session, read in the same query as the session (one round trip per request). */
export interface SessionAccount {
  staff: { username: string; display_name: string; roles: StaffRole[]; region_code: string; department_id: string | null; active: boolean } | null;
  applicant: { kind: 'person' | 'enterprise'; name: string; active: boolean } | null;
}

export type SessionResolution = { status: 'valid'; session: Session; account: SessionAccount } | { status: 'expired' | 'missing' };

/** Finds a live session and its account, sliding the idle window (at most one write a minute per session). */
export async function resolveSession(db: DbOrTx, token: string, policy: SessionPolicy, now = new Date()): Promise<SessionResolution> {
  const row = await db
    .selectFrom('sessions as s')
    .leftJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.principal_id').on('s.principal_kind', '=', 'staff'))
    .leftJoin('applicants as a', (join) => join.onRef('a.id', '=', 's.principal_id').on('s.principal_kind', '=', 'applicant'))
    .selectAll('s')
    .select([
      'u.username', 'u.display_name', 'u.roles', 'u.region_code', 'u.department_id', 'u.active as staff_active',
      'a.kind as applicant_kind', 'a.name as applicant_name', 'a.active as applicant_active',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: 'missing' };
  if (row.revoked_at !== null) return { status: 'expired' };
  const idleDeadline = row.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() >= row.expires_at.getTime() || now.getTime() >= idleDeadline) return { status: 'expired' };
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  }
  const session: Session = {
    id: row.id, token_hash: row.token_hash, principal_kind: row.principal_kind, principal_id: row.principal_id, transport: row.transport,
    csrf_token: row.csrf_token, client_ip: row.client_ip, user_agent: row.user_agent, created_at: row.created_at, last_seen_at: row.last_seen_at,
    expires_at: row.expires_at, revoked_at: row.revoked_at,
  };
  const account: SessionAccount = {
    staff: row.username !== null && row.display_name !== null && row.roles !== null && row.region_code !== null && row.staff_active !== null
      ? { username: row.username, display_name: row.display_name, roles: row.roles, region_code: row.region_code, department_id: row.department_id, active: row.staff_active }
      : null,
    applicant: row.applicant_kind !== null && row.applicant_name !== null && row.applicant_active !== null
      ? { kind: row.applicant_kind, name: row.applicant_name, active: row.applicant_active }
      : null,
  };
  return { status: 'valid', session, account };
}

export async function revokeSession(tx: DbOrTx, sessionId: string): Promise<void> {
  await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

export async function revokeAllSessionsOf(tx: DbOrTx, principalKind: 'staff' | 'applicant', principalId: string): Promise<void> {
  await tx
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('principal_kind', '=', principalKind)
    .where('principal_id', '=', principalId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Deletes sessions that ended more than a day ago (background job). */
export async function purgeEndedSessions(db: DbOrTx): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', sql<Date>`now() - interval '1 day'`), eb('revoked_at', '<', sql<Date>`now() - interval '1 day'`)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
