import { api } from '../../../lib/api-client.ts';

export interface NotificationView {
  id: string;
  template: string;
  params: Record<string, string>;
  title: { 'zh-CN': string; 'en-US': string };
  body: { 'zh-CN': string; 'en-US': string };
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
  unreadCount: number;
}

export interface NotificationsQuery {
  page?: number;
  pageSize?: number;
  unreadOnly?: boolean;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: NotificationsQuery) => ['notifications', 'list', query] as const,
};

export function fetchNotifications(query: NotificationsQuery, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/notifications', { ...query }, signal);
}

export function markNotificationRead(id: string): Promise<{ unreadCount: number }> {
  return api.post<{ unreadCount: number }>(`/notifications/${id}/read`);
}

export function markAllNotificationsRead(): Promise<{ unreadCount: number }> {
  return api.post<{ unreadCount: number }>('/notifications/read-all');
}

/** The text in the interface language (Chinese unless English is chosen). */
export function localized(text: { 'zh-CN': string; 'en-US': string }, language: string): string {
  return language.startsWith('en') ? text['en-US'] : text['zh-CN'];
}
