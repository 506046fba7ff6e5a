import { Button, Card, Flex, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FilterBar, SearchFilter } from '../../../components/ListFilters.tsx';
import { QueryTable } from '../../../components/QueryTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useListFilters } from '../../../lib/useListFilters.ts';
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
  const list = useListFilters({ action: '', subjectType: '' });
  const { action, subjectType } = list.filters;
  const events = useAuditEvents({
    page: list.page,
    pageSize: list.pageSize,
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
        <FilterBar>
          <SearchFilter label={t('audit.actionFilter')} onSearch={(value) => list.setFilter('action', value)} maxWidth={280} />
          <SearchFilter label={t('audit.subjectTypeFilter')} onSearch={(value) => list.setFilter('subjectType', value)} maxWidth={240} />
        </FilterBar>
        <QueryTable<AuditEvent>
          size="middle"
          query={events}
          paging={list}
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
