import type { Db } from '../db/database.ts';
import { auditHashInput, chainHash, GENESIS_HASH } from './audit-log.ts';

export type ChainVerification =
  | { ok: true; checked: number; headHash: string }
  | { ok: false; checked: number; brokenAtId: string; reason: 'altered' | 'link_broken'; detail: string };

/**
 * Walks the audit chain in id order and recomputes every hash.
 * 'altered': a row's content no longer matches its hash. 'link_broken': a row's prev_hash is not the previous
 * row's hash (a row before it was removed, or rows were reordered).
 */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let afterId = '0';
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked, headHash: prevHash };
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, brokenAtId: row.id, reason: 'link_broken', detail: `event ${row.id} links to ${row.prev_hash.slice(0, 12)}…, but the previous event's hash is ${prevHash.slice(0, 12)}…` };
      }
      const expected = chainHash(row.prev_hash, auditHashInput(row));
      if (expected !== row.hash) {
        return { ok: false, checked, brokenAtId: row.id, reason: 'altered', detail: `event ${row.id} (${row.action}) does not match its hash` };
      }
      prevHash = row.hash;
      checked += 1;
      afterId = row.id;
    }
  }
}
