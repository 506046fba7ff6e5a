import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../http/deps.ts';
import { errorResponses, IdParams } from '../http/common-schemas.ts';
import { PageOf } from '../http/pagination.ts';
import { NotificationPage, NotificationsQuery, OutboundMessagesQuery, OutboundMessageView, UnreadCountView } from './notifications.schemas.ts';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from './inbox.ts';
import { listOutboundMessages } from './list-outbound-messages.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/notifications', { schema: { tags, summary: 'My in-app notifications, newest first, with my unread count (applicants and staff)', querystring: NotificationsQuery, response: { 200: NotificationPage, ...errorResponses } } },
    (request) => listMyNotifications(deps, request.ctx, request.query));
  app.post('/notifications/:id/read', { schema: { tags, summary: 'Mark one of my notifications read', params: IdParams, response: { 200: UnreadCountView, ...errorResponses } } },
    (request) => markNotificationRead(deps, request.ctx, request.params.id));
  app.post('/notifications/read-all', { schema: { tags, summary: 'Mark all my notifications read', response: { 200: UnreadCountView, ...errorResponses } } },
    (request) => markAllNotificationsRead(deps, request.ctx));
  app.get('/admin/outbound-messages', { schema: { tags, summary: 'SMS and e-mail messages sent or queued about cases (and staff) of my region subtree, with masked recipients (notifications.outbound.read)', querystring: OutboundMessagesQuery, response: { 200: PageOf(OutboundMessageView), ...errorResponses } } },
    (request) => listOutboundMessages(deps, request.ctx, request.query));
};
