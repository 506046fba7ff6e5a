import { useState } from 'react';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { AuditEvent } from '../api/audit-api.ts';
import { useAuditEvents } from '../hooks/useAuditEvents.ts';

function formatSummary(summary: AuditEvent['summary']): string {
  if (summary === null || summary === undefined) return '—';
  if (typeof summary === 'string') return summary;
  const parts = Object.entries(summary).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** Read-only audit trail (处处留痕): who did what, when, from where. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [subjectType, setSubjectType] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const events = useAuditEvents({
    page,
    pageSize,
    ...(action ? { action } : {}),
    ...(subjectType ? { subjectType } : {}),
  });

  return (
    <div>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void events.refetch()} loading={events.isFetching}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <Input.Search
            placeholder={t('audit.actionFilter')}
            aria-label={t('audit.actionFilter')}
            allowClear
            onSearch={(value) => {
              setAction(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 280 }}
          />
          <Input.Search
            placeholder={t('audit.subjectTypeFilter')}
            aria-label={t('audit.subjectTypeFilter')}
            allowClear
            onSearch={(value) => {
              setSubjectType(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 240 }}
          />
        </Flex>
        <Table<AuditEvent>
          rowKey="id"
          size="middle"
          loading={events.isFetching}
          dataSource={events.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: events.isError ? t('errors.loadFailed') : t('common.noData') }}
          pagination={{
            current: page,
            pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextSize !== pageSize ? 1 : nextPage);
              setPageSize(nextSize);
            },
          }}
          columns={[
            { key: 'occurredAt', title: t('audit.occurredAt'), render: (_, row) => formatDateTime(row.occurredAt, i18n.language) },
            {
              key: 'actor',
              title: t('audit.actor'),
              render: (_, row) => (
                <Flex vertical>
                  <span>{row.actorName ?? row.actorId ?? '—'}</span>
                  <Typography.Text type="secondary">
                    {row.actorKind}
                    {row.actorRole ? ` · ${row.actorRole}` : ''}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, row) => (
                <Tag color="blue" className="code-tag">
                  {row.action}
                </Tag>
              ),
            },
            {
              key: 'subject',
              title: t('audit.subject'),
              render: (_, row) => (row.subjectType ? `${row.subjectType}${row.subjectId ? ` · ${row.subjectId}` : ''}` : '—'),
            },
            {
              key: 'summary',
              title: t('audit.summary'),
              render: (_, row) => <span className="audit-summary">{formatSummary(row.summary)}</span>,
            },
            { key: 'clientIp', title: t('audit.clientIp'), render: (_, row) => row.clientIp ?? '—' },
            {
              key: 'requestId',
              title: t('audit.requestId'),
              render: (_, row) => (row.requestId ? <Typography.Text code>{row.requestId}</Typography.Text> : '—'),
            },
          ]}
        />
      </Card>
    </div>
  );
}
