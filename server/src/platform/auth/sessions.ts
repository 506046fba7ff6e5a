/**
 * Sessions live in PostgreSQL. The client holds a random token; the table holds only its SHA-256, so a leaked
 * table does not yield usable tokens. Idle timeout and absolute lifetime come from configuration
 * (default 30 min / 12 h); logout sets revoked_at.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
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

export type SessionLookup = { status: 'valid'; session: Session } | { status: 'expired' | 'missing' };

/** Finds a live session for a token and slides its idle window (at most one write a minute per session). */
export async function touchSession(db: DbOrTx, token: string, policy: SessionPolicy, now = new Date()): Promise<SessionLookup> {
  const session = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!session) return { status: 'missing' };
  if (session.revoked_at !== null) return { status: 'expired' };
  const idleDeadline = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() >= session.expires_at.getTime() || now.getTime() >= idleDeadline) return { status: 'expired' };
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', session.id).execute();
  }
  return { status: 'valid', session };
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
