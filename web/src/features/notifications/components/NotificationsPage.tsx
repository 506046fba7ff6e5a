import { useState } from 'react';
import { Alert, Button, Card, Flex, Pagination, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { useMarkAllNotificationsRead, useNotifications } from '../hooks/useNotifications.ts';
import { NotificationList } from './NotificationList.tsx';

const PAGE_SIZE = 20;

/** All my notifications (applicants at /notifications, staff at /workbench/notifications). */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { principal, isLoading: isSessionLoading } = useSession();
  const location = useLocation();
  const [page, setPage] = useState(1);
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const { data, isLoading, isError, refetch } = useNotifications({ page, pageSize: PAGE_SIZE, unreadOnly: isUnreadOnly });
  const markAll = useMarkAllNotificationsRead();
  if (isSessionLoading) return <PageLoading />;
  if (!principal) return <Navigate to={`/login?returnTo=${encodeURIComponent(location.pathname)}`} replace />;
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={data ? t('notifications.unreadSummary', { count: data.unreadCount }) : undefined}
        extra={
          <Button disabled={!data || data.unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card>
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Switch
            id="notifications-unread-only"
            checked={isUnreadOnly}
            onChange={(checked) => {
              setUnreadOnly(checked);
              setPage(1);
            }}
          />
          <Typography.Text>
            <label htmlFor="notifications-unread-only">{t('notifications.unreadOnly')}</label>
          </Typography.Text>
        </Flex>
        {isError ? (
          <Alert type="error" showIcon title={t('notifications.loadFailed')} action={<Button size="small" onClick={() => void refetch()}>{t('common.retry')}</Button>} />
        ) : isLoading ? (
          <PageLoading />
        ) : (
          <>
            <NotificationList items={data?.items ?? []} />
            {data && data.total > PAGE_SIZE ? (
              <Pagination style={{ marginTop: 16 }} current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showSizeChanger={false} />
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
