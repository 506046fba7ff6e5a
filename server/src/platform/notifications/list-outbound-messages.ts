/** What the platform sent or queued by SMS and e-mail (with the sandbox: what it would have sent), masked. */
import type { Deps } from '../http/deps.ts';
import { requireStaff, type RequestContext } from '../auth/principal.ts';
import { pageOf, type Page } from '../http/pagination.ts';
import { isTemplateKey, NOTIFICATION_TEMPLATES, renderTemplate } from './notification-templates.ts';
import type { OutboundMessagesQuery, OutboundMessageView } from './notifications.schemas.ts';

/**
 * Lists outbound messages, newest first (notifications.outbound.read: sysadmins and centre administrators), in the
 * caller's data scope: messages about cases (or staff) of their region subtree — a district centre sees its district,
 * the city centre the whole city. Messages about no region (none come from the cases module) are for sysadmins only.
 */
export async function listOutboundMessages(deps: Deps, ctx: RequestContext, query: OutboundMessagesQuery): Promise<Page<OutboundMessageView>> {
  const staff = requireStaff(ctx, 'notifications.outbound.read');
  const { page, pageSize, offset } = pageOf(query);
  const { scope } = staff;
  let base = deps.db.selectFrom('outbound_messages').where((eb) => eb.or([
    eb('region_code', 'like', `${scope.regionPrefix}%`),
    ...(staff.roles.includes('sysadmin') ? [eb('region_code', 'is', null)] : []),
  ]));
  if (scope.departmentId !== null) base = base.where('department_id', '=', scope.departmentId);
  if (query.channel) base = base.where('channel', '=', query.channel);
  if (query.status) base = base.where('status', '=', query.status);
  const [rows, total] = await Promise.all([
    // Never the ciphertext: this list shows masked recipients only.
    base.select(['id', 'notification_id', 'channel', 'provider', 'recipient_masked', 'template', 'template_code', 'params', 'status', 'attempts', 'provider_message_id', 'last_error', 'delivery_status', 'delivery_reported_at', 'created_at', 'sent_at'])
      .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r): OutboundMessageView => {
    const template = isTemplateKey(r.template) ? NOTIFICATION_TEMPLATES[r.template] : null;
    const text = r.channel === 'sms' ? template?.sms : template?.email?.text;
    return {
      id: r.id, notificationId: r.notification_id, channel: r.channel, provider: r.provider, recipient: r.recipient_masked,
      template: r.template, templateCode: r.template_code, params: r.params, text: text ? renderTemplate(text, r.params) : '',
      status: r.status, attempts: r.attempts, providerMessageId: r.provider_message_id, lastError: r.last_error,
      deliveryStatus: r.delivery_status, deliveryReportedAt: r.delivery_reported_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(), sentAt: r.sent_at?.toISOString() ?? null,
    };
  });
  return { items, total: Number(total.n), page, pageSize };
}
