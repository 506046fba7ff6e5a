import { useState } from 'react';
import './cases.css';
import { Breadcrumb, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { CaseSummary } from '../api/cases-api.ts';
import { useMyCases } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';

const PAGE_SIZE = 20;

/** `/me/cases`: the applicant's cases, newest first. */
export function MyCasesPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const cases = useMyCases({ page, pageSize: PAGE_SIZE });
  return (
    <div className="portal-page">
      <PageHeader
        title={t('cases.mine.title')}
        description={t('cases.mine.description')}
        breadcrumb={<Breadcrumb items={[{ key: 'me', title: <Link to="/me">{t('me.title')}</Link> }, { key: 'cases', title: t('cases.mine.title') }]} />}
      />
      <CaseErrorAlert error={cases.error} />
      <Table<CaseSummary>
        rowKey="id"
        loading={cases.isFetching}
        dataSource={cases.data?.items ?? []}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('cases.mine.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: cases.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          {
            key: 'number', title: t('cases.fields.caseNumber'),
            render: (_, row) => <Link to={`/me/cases/${row.id}`} className="case-number">{row.caseNumber ?? t('cases.mine.draftNumber')}</Link>,
          },
          { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
          { key: 'status', title: t('cases.fields.status'), render: (_, row) => <CaseStatusTag status={row.status} /> },
          { key: 'received', title: t('cases.fields.receivedOn'), render: (_, row) => row.receivedOn ?? '—' },
          { key: 'updated', title: t('cases.fields.updatedAt'), render: (_, row) => formatDateTime(row.updatedAt, i18n.language) },
        ]}
      />
    </div>
  );
}
