import { useState } from 'react';
import './cases.css';
import './approval.css';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { StepQueueItem } from '../api/approval-api.ts';
import { assigneeKindOf } from '../approval.ts';
import { useStepQueue } from '../hooks/useApproval.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { ClockTag } from './CaseClock.tsx';

const PAGE_SIZE = 20;

/**
 * `/workbench/cases/queue`: the approver's queue — the department's cases at the steps they work, waiting in the
 * queue or assigned to them, in the server's order (red, yellow, green, then fewest working days left).
 */
export function StepQueuePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  const [page, setPage] = useState(1);
  const queue = useStepQueue(page, PAGE_SIZE);
  const myId = principal?.kind === 'staff' ? principal.id : undefined;
  return (
    <div>
      <PageHeader title={t('approval.queue.title')} description={t('approval.queue.description')} />
      <CaseErrorAlert error={queue.error} />
      <Table<StepQueueItem>
        rowKey="id"
        loading={queue.isFetching}
        dataSource={queue.data?.items ?? []}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('approval.queue.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: queue.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { key: 'number', title: t('cases.fields.caseNumber'), render: (_, row) => <Link to={`/workbench/cases/${row.id}`} className="case-number">{row.caseNumber}</Link> },
          { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
          { key: 'applicant', title: t('cases.fields.applicant'), dataIndex: 'applicantName' },
          { key: 'step', title: t('approval.queue.step'), render: (_, row) => row.step.name },
          { key: 'assignee', title: t('approval.queue.assignee'), render: (_, row) => <span data-testid="queue-assignee">{t(`approval.assignee.${assigneeKindOf(row.assigneeId, myId)}`)}</span> },
          { key: 'clock', title: t('approval.queue.deadline'), render: (_, row) => <ClockTag clock={row.clock} /> },
          { key: 'stepDeadline', title: t('approval.queue.stepDeadline'), render: (_, row) => <span className="approval-nowrap">{row.clock.stepDeadlines[row.step.index]?.deadline ?? '—'}</span> },
          { key: 'promised', title: t('cases.fields.promisedDeadline'), render: (_, row) => <span className="approval-nowrap">{row.clock.promisedDeadline}</span> },
        ]}
      />
    </div>
  );
}
