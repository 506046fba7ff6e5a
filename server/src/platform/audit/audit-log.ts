/**
 * The append-only, hash-chained audit log. Every state change calls recordAudit() with the transaction that
 * makes the change, so the change and its event commit or roll back together.
 *
 * Chain: hash = SM3(prev_hash + canonical JSON of the event). A transaction-scoped advisory lock serialises
 * writers, so each event links to the one committed before it; removing or altering a row breaks the chain.
 */
import { sql, type OperationNodeSource } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { maskPersonalDataInText } from '@onetrip/core';

export const GENESIS_HASH = '0'.repeat(64);
/** Arbitrary, fixed advisory lock key for the audit chain (taken by the SQL functions of migration 0013). */
export const AUDIT_CHAIN_LOCK = 7_406_531_001;

export interface AuditActor {
  kind: 'staff' | 'applicant' | 'system' | 'anonymous';
  id: string | null;
  name: string | null;
  role: string | null;
}

export interface AuditContext {
  actor: AuditActor;
  requestId: string | null;
  clientIp: string | null;
}

export interface AuditEventInput {
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Before/after summary. Never put unmasked personal data here. */
  summary?: Record<string, unknown>;
}

export const SYSTEM_CONTEXT: AuditContext = {
  actor: { kind: 'system', id: null, name: 'system', role: null },
  requestId: null,
  clientIp: null,
};

/** The fields that the hash covers, in the form verification recomputes. */
export function auditHashInput(event: {
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: unknown;
  request_id: string | null;
  client_ip: string | null;
}): string {
  return canonicalJson({
    occurredAt: event.occurred_at.toISOString(),
    actorKind: event.actor_kind,
    actorId: event.actor_id,
    actorName: event.actor_name,
    actorRole: event.actor_role,
    action: event.action,
    subjectType: event.subject_type,
    subjectId: event.subject_id,
    summary: event.summary,
    requestId: event.request_id,
    clientIp: event.client_ip,
  });
}

export function chainHash(prevHash: string, hashInput: string): string {
  return sm3Hex(prevHash + hashInput);
}

/**
 * Writes one audit event inside the caller's transaction. Where the database has SM3 (pgcrypto; migration 0013)
 * `audit_append` stores the event with its hash input, and a deferred trigger links it into the chain at COMMIT
 * (lock, last hash, SM3, insert), without a round trip. Otherwise the database takes the chain's lock and answers
 * the last hash, and the event is linked and inserted here; the lock is then held until COMMIT and every audited
 * change of the system queues on it: call this last in a transaction.
 */
export async function recordAudit(tx: DbOrTx, ctx: AuditContext, input: AuditEventInput): Promise<void> {
  const deferred = deferredAudits.get(tx);
  if (deferred) {
    // A copy as of now: the caller may reuse its objects before the event is written.
    deferred.push({ ctx: { ...ctx, actor: { ...ctx.actor } }, input: { ...input, summary: JSON.parse(JSON.stringify(input.summary ?? {})) as Record<string, unknown> } });
    return;
  }
  await appendAudit(tx, ctx, input);
}

/** Audit events of transactions whose last statements are known to their runner (withIdempotency), written by it. */
const deferredAudits = new WeakMap<DbOrTx, { ctx: AuditContext; input: AuditEventInput }[]>();

/**
 * For a transaction runner that writes its own last statements (the idempotency key's stored answer): events
 * recorded in `tx` from now on wait, and `writeDeferredAudit(tx)` appends them right before COMMIT, so the chain's
 * lock is not held across the runner's statements. Same transaction, same events, same order.
 */
export function deferAudit(tx: DbOrTx): void {
  if (!deferredAudits.has(tx)) deferredAudits.set(tx, []);
}

/**
 * `alongWith`: the runner's last data-modifying statement (an UPDATE or INSERT without RETURNING), sent in the same
 * round trip as the first event's append (`WITH … SELECT audit_append(…)`: the WITH part runs exactly once, before
 * the append is answered), or alone when there is no event.
 */
export async function writeDeferredAudit(tx: DbOrTx, alongWith?: OperationNodeSource): Promise<void> {
  const events = deferredAudits.get(tx) ?? [];
  deferredAudits.delete(tx);
  let statement = alongWith;
  for (const event of events) {
    await appendAudit(tx, event.ctx, event.input, statement);
    statement = undefined;
  }
  if (statement) await sql`${statement}`.execute(tx);
}

async function appendAudit(tx: DbOrTx, ctx: AuditContext, input: AuditEventInput, alongWith?: OperationNodeSource): Promise<void> {
  // Millisecond precision: what PostgreSQL stores is what the hash covers.
  const occurredAt = new Date(Math.floor(Date.now()));
  // Summaries are for people reading the log; a masked copy keeps personal data out of it even by mistake.
  const summary = JSON.parse(maskPersonalDataInText(JSON.stringify(input.summary ?? {}))) as Record<string, unknown>;
  const row = {
    occurred_at: occurredAt,
    actor_kind: ctx.actor.kind,
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    actor_role: ctx.actor.role,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    summary,
    request_id: ctx.requestId,
    client_ip: ctx.clientIp,
  };
  const hashInput = auditHashInput(row);
  const head = alongWith ? sql`WITH along_with AS (${alongWith}) ` : sql``;
  const { rows: [appended] } = await sql<{ prev: string | null }>`${head}SELECT audit_append(${hashInput}, ${occurredAt}, ${row.actor_kind}, ${row.actor_id}, ${row.actor_name},
    ${row.actor_role}, ${row.action}, ${row.subject_type}, ${row.subject_id}, ${JSON.stringify(summary)}::jsonb, ${row.request_id}, ${row.client_ip}) AS prev`.execute(tx);
  const prevHash = appended?.prev ?? null;
  if (prevHash === null) return; // pending: the database links it at COMMIT
  await tx
    .insertInto('audit_events')
    .values({ ...row, summary: JSON.stringify(summary), prev_hash: prevHash, hash: chainHash(prevHash, hashInput) })
    .execute();
}
