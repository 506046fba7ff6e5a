import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../http/common-schemas.ts';

const Text = Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() });

export const NotificationView = Type.Object({
  id: Uuid,
  template: Type.String({ description: 'What happened, e.g. case.accepted' }),
  params: Type.Record(Type.String(), Type.String()),
  title: Text,
  body: Text,
  link: Type.Union([Type.Null(), Type.String()]),
  readAt: Type.Union([Type.Null(), DateTime]),
  createdAt: DateTime,
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationsQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  unreadOnly: Type.Optional(Type.Boolean({ default: false })),
});
export type NotificationsQuery = Static<typeof NotificationsQuery>;

export const NotificationPage = Type.Object({
  items: Type.Array(NotificationView),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  unreadCount: Type.Integer({ description: 'All unread notifications of the caller, whatever the page' }),
});

export const UnreadCountView = Type.Object({ unreadCount: Type.Integer() });

export const OutboundMessagesQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  channel: Type.Optional(Type.Enum(['sms', 'email'])),
  status: Type.Optional(Type.Enum(['queued', 'sending', 'sent', 'failed'])),
});
export type OutboundMessagesQuery = Static<typeof OutboundMessagesQuery>;

export const OutboundMessageView = Type.Object({
  id: Uuid,
  notificationId: Type.Union([Type.Null(), Uuid]),
  channel: Type.Enum(['sms', 'email']),
  provider: Type.String(),
  recipient: Type.String({ description: 'Masked phone (3 + 4 digits) or e-mail address' }),
  template: Type.String(),
  templateCode: Type.String(),
  params: Type.Record(Type.String(), Type.String()),
  text: Type.String({ description: 'The message as rendered from its template (SMS without the signature)' }),
  status: Type.Enum(['queued', 'sending', 'sent', 'failed']),
  attempts: Type.Integer(),
  providerMessageId: Type.Union([Type.Null(), Type.String()]),
  lastError: Type.Union([Type.Null(), Type.String()]),
  deliveryStatus: Type.Union([Type.Null(), Type.Enum(['delivered', 'undelivered'])]),
  deliveryReportedAt: Type.Union([Type.Null(), DateTime]),
  createdAt: DateTime,
  sentAt: Type.Union([Type.Null(), DateTime]),
});
export type OutboundMessageView = Static<typeof OutboundMessageView>;
