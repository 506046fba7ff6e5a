import { useState } from 'react';
import './cases.css';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { QueueItem } from '../api/cases-api.ts';
import { usePreReviewQueue } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag, PreReviewTag } from './CaseStatusTag.tsx';

const PAGE_SIZE = 20;

/** `/workbench/cases/pre-review`: the clerk's pre-review queue (预审), in the server's order (most urgent art. 32 deadline first). */
export function PreReviewQueuePage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const queue = usePreReviewQueue(page, PAGE_SIZE);
  return (
    <div>
      <PageHeader title={t('cases.queue.title')} description={t('cases.queue.description')} />
      <CaseErrorAlert error={queue.error} />
      <Table<QueueItem>
        rowKey="id"
        loading={queue.isFetching}
        dataSource={queue.data?.items ?? []}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('cases.queue.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: queue.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { key: 'number', title: t('cases.fields.caseNumber'), render: (_, row) => <Link to={`/workbench/cases/${row.id}`} className="case-number">{row.caseNumber}</Link> },
          { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
          { key: 'applicant', title: t('cases.fields.applicant'), dataIndex: 'applicantName' },
          { key: 'status', title: t('cases.fields.status'), render: (_, row) => <CaseStatusTag status={row.status} /> },
          { key: 'received', title: t('cases.fields.receivedOn'), dataIndex: 'receivedOn' },
          { key: 'art32', title: t('cases.fields.preReviewDeadline'), render: (_, row) => <PreReviewTag preReview={row.preReview} /> },
        ]}
      />
    </div>
  );
}
