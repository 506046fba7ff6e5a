import { useState } from 'react';
import { Badge, Button, Flex, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkAllNotificationsRead, useNotifications } from '../hooks/useNotifications.ts';
import { NotificationList } from './NotificationList.tsx';

/** The header's bell: my unread count, and the latest notifications in a popover. */
export function NotificationBell({ listPath }: { listPath: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const { data } = useNotifications({ pageSize: 5 });
  const markAll = useMarkAllNotificationsRead();
  const unread = data?.unreadCount ?? 0;
  const close = () => setOpen(false);
  const content = (
    <div className="notification-popover">
      <NotificationList items={data?.items ?? []} onNavigate={close} />
      <Flex justify="space-between" gap={8}>
        <Button size="small" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
        <Link to={listPath} onClick={close}>
          {t('notifications.viewAll')}
        </Link>
      </Flex>
    </div>
  );
  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" placement="bottomRight" open={isOpen} onOpenChange={setOpen}>
      <Button
        type="text"
        className="header-button notification-bell"
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
