import type { Deps } from '../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';

export interface AuditEventView {
  id: string; occurredAt: string; actorKind: string; actorId: string | null; actorName: string | null; actorRole: string | null;
  action: string; subjectType: string; subjectId: string | null; summary: Record<string, unknown>; requestId: string | null; clientIp: string | null;
}

/**
 * The audit log for auditors. A sysadmin sees everything; others see events by staff in their region subtree.
 */
export async function listAuditEvents(deps: Deps, ctx: RequestContext, query: { action?: string | undefined; subjectType?: string | undefined; subjectId?: string | undefined; page?: number | undefined; pageSize?: number | undefined }): Promise<Page<AuditEventView>> {
  const staff = requireStaff(ctx, 'audit.read');
  const { page, pageSize, offset } = pageOf(query);
  let q = deps.db.selectFrom('audit_events as a');
  if (!staff.roles.includes('sysadmin')) {
    q = q.where((eb) => eb.exists(eb.selectFrom('staff_users as s').select('s.id').whereRef('s.id', '=', 'a.actor_id').where('s.region_code', 'like', `${staff.scope.regionPrefix}%`)));
  }
  if (query.action) q = q.where('a.action', '=', query.action);
  if (query.subjectType) q = q.where('a.subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('a.subject_id', '=', query.subjectId);
  const [rows, count] = await Promise.all([
    q.selectAll('a').orderBy('a.id', 'desc').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id, occurredAt: r.occurred_at.toISOString(), actorKind: r.actor_kind, actorId: r.actor_id, actorName: r.actor_name, actorRole: r.actor_role,
      action: r.action, subjectType: r.subject_type, subjectId: r.subject_id, summary: r.summary, requestId: r.request_id, clientIp: r.client_ip,
    })),
    total: Number(count.n), page, pageSize,
  };
}
