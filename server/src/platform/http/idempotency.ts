/**
 * Idempotency keys (the `Idempotency-Key` request header): a client that retries a request after a timeout or a
 * dropped connection sends the same key, and gets the answer of the first attempt instead of a second case.
 *
 * Design: ONE transaction claims the key, makes the state change and stores the response.
 *   1. INSERT the key row (status 'in_progress') as the first statement of the use-case's transaction. The primary
 *      key (principal, key, route) is the lock: a concurrent duplicate's INSERT waits on the unique index until the
 *      first transaction ends.
 *   2. Run the state change (and its audit event) in that transaction.
 *   3. UPDATE the key row to 'completed' with the response, still in that transaction; COMMIT.
 * Consequences:
 *   - A crash anywhere before COMMIT rolls back the change and the key together: a retry runs afresh. A crash after
 *     COMMIT (the answer was lost on the way) leaves both: a retry is answered from the stored response. The change
 *     can neither be lost nor happen twice.
 *   - A concurrent duplicate waits for the first to finish, then finds the completed row and replays it (or, if the
 *     first rolled back, claims the key and runs itself). 'in_progress' is never visible to another transaction; if
 *     the wait exceeds `lockTimeoutMs` (the first transaction hangs), the duplicate answers 409
 *     IDEMPOTENCY_KEY_IN_PROGRESS and the client retries later.
 *   - A use-case that fails (coded 4xx, 5xx) rolls back and stores nothing: the retry runs again, which is right,
 *     because nothing happened. Only successful answers are replayed.
 *   - The waiting duplicate holds a pooled connection while it waits; the wait lasts as long as the first transaction.
 * The alternative (claim the key in its own transaction, answer concurrent duplicates 409 at once) needs a third
 * state for "claimed but the change crashed" and a recovery rule for it; one transaction avoids both.
 *
 * Keys are per principal and route (two users' keys never collide), expire after 24 hours (a purge job deletes them;
 * an expired key still in the table counts as absent), and are bound to a SHA-256 of method, route and canonical
 * params/body: the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED.
 *
 * The stored response body is kept for 24 hours in clear: answer identifiers and numbers from idempotent routes,
 * not personal data (the client GETs details).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '@onetrip/core';
import type { Db, DbOrTx, Tx } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { RequestContext } from '../auth/principal.ts';
import { deferAudit, writeDeferredAudit } from '../audit/audit-log.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
/** PostgreSQL's SQLSTATE for lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

/** The header in a route's schema (documentation only: the value is checked here, with a coded 400). */
export const IdempotencyKeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ description: 'Unique per operation, 8–100 characters of A–Z a–z 0–9 _ -. Send the same key when you retry: the first answer is replayed (header Idempotent-Replayed: true) and nothing happens twice. Keys expire after 24 hours.' })),
});

export interface IdempotentRequest {
  /** The raw header value (undefined when absent). */
  key: string | string[] | undefined;
  method: string;
  /** The route template, e.g. '/api/cases/:id/submit'; keys are unique per principal and route. */
  route: string;
  /** What identifies the operation: path params and body (canonical JSON is hashed, so key order does not matter). */
  body: unknown;
  /** Without a key: true answers 400 IDEMPOTENCY_KEY_REQUIRED, false runs the operation unprotected. Default true. */
  required?: boolean;
}

export interface IdempotentResponse<T> {
  status: number;
  body: T;
}

export interface IdempotentResult<T> extends IdempotentResponse<T> {
  /** True when this answer was stored by an earlier request with the same key. */
  replayed: boolean;
}

export interface IdempotencyOptions {
  /** How long a concurrent duplicate waits for the first request's transaction (default 5 s), then 409. */
  lockTimeoutMs?: number;
}

/** SHA-256 of method, route and the canonical JSON of what identifies the operation. */
export function requestHashOf(method: string, route: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()}\n${route}\n${canonicalJson(body ?? null)}`).digest('hex');
}

/** Reads the header: undefined when absent; a coded 400 when malformed (or repeated). */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) throw new AppError('IDEMPOTENCY_KEY_INVALID');
  return raw;
}

/** What a route passes for the common case: header, method, route template, and params + body as the operation. */
export function idempotentRequestOf(request: FastifyRequest, options: { required?: boolean } = {}): IdempotentRequest {
  return {
    key: request.headers[IDEMPOTENCY_HEADER],
    method: request.method,
    route: request.routeOptions.url ?? request.url.split('?')[0] ?? '/',
    body: { params: request.params ?? null, body: request.body ?? null },
    ...(options.required === undefined ? {} : { required: options.required }),
  };
}

/** Sets status and the replay header; the route returns the body. */
export function sendIdempotent<T>(reply: FastifyReply, result: IdempotentResult<T>): T {
  void reply.code(result.status);
  if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
  return result.body;
}

/**
 * Runs `change` (the use-case's transaction) at most once per key: claims the key, runs the change and stores its
 * response in one transaction; a retry with the same key and request gets the stored response (replayed: true).
 * Check permissions before calling; check the state inside `change` (a replay must not trip over the state that
 * the first request produced).
 */
export async function withIdempotency<T>(
  deps: { db: Db },
  ctx: RequestContext,
  request: IdempotentRequest,
  change: (tx: Tx) => Promise<IdempotentResponse<T>>,
  options: IdempotencyOptions = {},
): Promise<IdempotentResult<T>> {
  const key = parseIdempotencyKey(request.key);
  if (key === undefined) {
    if (request.required ?? true) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
    const response = await deps.db.transaction().execute(change);
    return { ...response, replayed: false };
  }
  const principal = ctx.principal;
  if (principal === null) throw new AppError(ctx.sessionProblem === 'expired' ? 'SESSION_EXPIRED' : 'AUTH_REQUIRED');
  const id = { principal_kind: principal.kind, principal_id: principal.id, key, route: request.route } as const;
  const requestHash = requestHashOf(request.method, request.route, request.body);

  try {
    return await deps.db.transaction().execute(async (tx) => {
      const claimed = await claimKey(tx, id, requestHash, options.lockTimeoutMs ?? 5000);
      if (!claimed) {
        const existing = await tx.selectFrom('idempotency_keys').select(['request_hash', 'status', 'response_status', 'response_body'])
          .where('principal_kind', '=', id.principal_kind).where('principal_id', '=', id.principal_id).where('key', '=', id.key).where('route', '=', id.route)
          .executeTakeFirstOrThrow();
        if (existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        if (existing.status !== 'completed' || existing.response_status === null) throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS');
        return { status: existing.response_status, body: existing.response_body as T, replayed: true };
      }
      // The change's audit events are appended after the stored answer, right before COMMIT: the audit chain's lock
      // (held from the append to COMMIT, see audit-log.ts) is then not held across the key's UPDATE.
      deferAudit(tx);
      const response = await change(tx);
      // The stored answer goes in the same round trip as the first audit event (see writeDeferredAudit).
      await writeDeferredAudit(tx, tx.updateTable('idempotency_keys')
        .set({ status: 'completed', response_status: response.status, response_body: response.body === undefined ? null : JSON.stringify(response.body) })
        .where('principal_kind', '=', id.principal_kind).where('principal_id', '=', id.principal_id).where('key', '=', id.key).where('route', '=', id.route));
      return { ...response, replayed: false };
    });
  } catch (error) {
    if (isLockTimeout(error)) throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', { cause: error });
    throw error;
  }
}

/**
 * Inserts the key row, or takes over an expired one. Returns false when a live row exists (possibly after waiting
 * for the transaction that inserted it). The wait is bounded by a lock timeout set for this statement only, so the
 * use-case's own locks (e.g. the audit chain's) are not affected: `idempotency_claim` (migration 0014) sets it, inserts
 * and restores it in one round trip.
 */
async function claimKey(tx: Tx, id: { principal_kind: 'staff' | 'applicant'; principal_id: string; key: string; route: string }, requestHash: string, lockTimeoutMs: number): Promise<boolean> {
  const { rows: [claim] } = await sql<{ claimed: boolean }>`SELECT idempotency_claim(${id.principal_kind}, ${id.principal_id}, ${id.key}, ${id.route}, ${requestHash},
    ${`${Math.max(1, Math.round(lockTimeoutMs))}ms`}, ${IDEMPOTENCY_TTL_HOURS}) AS claimed`.execute(tx);
  return claim?.claimed === true;
}

function isLockTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === LOCK_NOT_AVAILABLE;
}

/** Deletes expired keys (hourly job); returns how many. */
export async function purgeExpiredIdempotencyKeys(db: DbOrTx): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<=', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
