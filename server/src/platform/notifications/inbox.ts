/**
 * The in-app inbox: every logged-in applicant and staff user reads and marks only their own notifications; someone
 * else's notification answers 404 exactly like a missing one.
 */
import { sql } from 'kysely';
import type { Deps } from '../http/deps.ts';
import type { DbOrTx } from '../db/database.ts';
import { requirePrincipal, type Principal, type RequestContext } from '../auth/principal.ts';
import { AppError } from '../errors/app-error.ts';
import { pageOf } from '../http/pagination.ts';
import type { NotificationsQuery, NotificationView } from './notifications.schemas.ts';

function mine(db: DbOrTx, principal: Principal) {
  return db.selectFrom('notifications').where('recipient_kind', '=', principal.kind).where('recipient_id', '=', principal.id);
}

async function unreadCountOf(db: DbOrTx, principal: Principal): Promise<number> {
  const row = await mine(db, principal).where('read_at', 'is', null).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** My notifications, newest first, with my unread count. */
export async function listMyNotifications(deps: Deps, ctx: RequestContext, query: NotificationsQuery) {
  const principal = requirePrincipal(ctx);
  const { page, pageSize, offset } = pageOf(query);
  let base = mine(deps.db, principal);
  if (query.unreadOnly) base = base.where('read_at', 'is', null);
  const [rows, total, unreadCount] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    unreadCountOf(deps.db, principal),
  ]);
  const items: NotificationView[] = rows.map((r) => ({
    id: r.id, template: r.template, params: r.params,
    title: { 'zh-CN': r.title_zh, 'en-US': r.title_en }, body: { 'zh-CN': r.body_zh, 'en-US': r.body_en },
    link: r.link, readAt: r.read_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
  }));
  return { items, total: Number(total.n), page, pageSize, unreadCount };
}

/** Marks one of my notifications read (again is harmless); answers my unread count. */
export async function markNotificationRead(deps: Deps, ctx: RequestContext, id: string): Promise<{ unreadCount: number }> {
  const principal = requirePrincipal(ctx);
  const found = await deps.db.updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id).where('recipient_kind', '=', principal.kind).where('recipient_id', '=', principal.id)
    .returning('id').executeTakeFirst();
  if (!found) throw AppError.notFound('notification');
  return { unreadCount: await unreadCountOf(deps.db, principal) };
}

/** Marks all my notifications read. */
export async function markAllNotificationsRead(deps: Deps, ctx: RequestContext): Promise<{ unreadCount: number }> {
  const principal = requirePrincipal(ctx);
  await deps.db.updateTable('notifications').set({ read_at: sql<Date>`now()` })
    .where('recipient_kind', '=', principal.kind).where('recipient_id', '=', principal.id).where('read_at', 'is', null).execute();
  return { unreadCount: 0 };
}
