/**
 * The append-only, hash-chained audit log. Every state change calls recordAudit() with the transaction that
 * makes the change, so the change and its event commit or roll back together.
 *
 * Chain: hash = SM3(prev_hash + canonical JSON of the event). A transaction-scoped advisory lock serialises
 * writers, so each event links to the one committed before it; removing or altering a row breaks the chain.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { maskPersonalDataInText } from '@onetrip/core';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_CHAIN_LOCK = 7_406_531_001; // arbitrary, fixed advisory lock key for the audit chain

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

/** Writes one audit event inside the caller's transaction. */
export async function recordAudit(tx: DbOrTx, ctx: AuditContext, input: AuditEventInput): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
  const last = await tx.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
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
  const hash = chainHash(prevHash, auditHashInput(row));
  await tx
    .insertInto('audit_events')
    .values({ ...row, summary: JSON.stringify(summary), prev_hash: prevHash, hash })
    .execute();
}
