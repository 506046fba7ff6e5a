import { Badge, Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { localized, type NotificationView } from '../api/notifications-api.ts';
import { useMarkNotificationRead } from '../hooks/useNotifications.ts';

/** Notifications, newest first; opening one marks it read and follows its link. */
export function NotificationList({ items, onNavigate }: { items: NotificationView[]; onNavigate?: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  return (
    <List
      className="notification-list"
      dataSource={items}
      locale={{ emptyText: t('notifications.empty') }}
      renderItem={(item) => {
        const title = localized(item.title, i18n.language);
        const isUnread = item.readAt === null;
        return (
          <List.Item
            className={isUnread ? 'notification-unread' : undefined}
            actions={isUnread ? [
              <Button key="read" type="link" size="small" loading={markRead.isPending && markRead.variables === item.id} onClick={() => markRead.mutate(item.id)} aria-label={t('notifications.markReadOf', { title })}>
                {t('notifications.markRead')}
              </Button>,
            ] : []}
          >
            <List.Item.Meta
              title={
                <span>
                  {isUnread ? <Badge status="processing" text={<span className="visually-hidden">{t('notifications.unread')}</span>} /> : null}{' '}
                  {item.link ? (
                    <Typography.Link
                      onClick={() => {
                        if (isUnread) markRead.mutate(item.id);
                        onNavigate?.();
                        void navigate(item.link ?? '/');
                      }}
                    >
                      {title}
                    </Typography.Link>
                  ) : title}
                </span>
              }
              description={
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>{localized(item.body, i18n.language)}</Typography.Paragraph>
                  <Typography.Text type="secondary">{formatDateTime(item.createdAt, i18n.language)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
