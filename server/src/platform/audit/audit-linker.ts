/**
 * The audit chain's tail (migration 0016): an audited transaction that commits while another is linking leaves its
 * events in `audit_pending` — committed with the change, so never lost — and the next transaction that gets the
 * chain's lock links them. Under steady work that is milliseconds later; after the last change of a burst nobody
 * comes, so each server process asks the database every second (`audit_link_now()`: try the lock, link what is
 * pending, in order). Several processes may do so at once: the lock lets one link and the others return.
 *
 * Where the database has no SM3 (0013's fallback) the server links each event itself at COMMIT and nothing is ever
 * pending; the linker then does nothing.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Links what is pending now, if the chain's lock is free; how many events it linked (0 when another process is linking). */
export async function linkPendingAuditEvents(db: Db): Promise<number> {
  const { rows } = await sql<{ linked: number }>`SELECT audit_link_now() AS linked`.execute(db);
  return rows[0]?.linked ?? 0;
}

/** Events committed but not yet in the chain (0 where the database links nothing later). */
export async function pendingAuditEventCount(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT CASE WHEN to_regclass('audit_pending') IS NULL THEN 0 ELSE (SELECT count(*)::int FROM audit_pending) END AS n`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface AuditLinker {
  stop: () => Promise<void>;
}

/**
 * Calls `audit_link_now()` every `intervalMs` (one call at a time; the timer never keeps the process alive).
 * Errors (the database restarting, say) are reported and the next round tries again.
 */
export async function startAuditLinker(db: Db, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Promise<AuditLinker> {
  const { rows } = await sql<{ installed: boolean }>`SELECT to_regprocedure('audit_link_now()') IS NOT NULL AS installed`.execute(db);
  if (!rows[0]?.installed) return { stop: () => Promise.resolve() };
  const intervalMs = options.intervalMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = linkPendingAuditEvents(db).then(() => undefined, (error: unknown) => options.onError?.(error)).finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
