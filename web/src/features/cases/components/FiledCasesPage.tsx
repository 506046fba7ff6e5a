import { useState } from 'react';
import './cases.css';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import type { FiledCase } from '../api/front-desk-api.ts';
import { useFiledCases } from '../hooks/useFrontDesk.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';

/** `/workbench/cases/filed`: the cases the clerk or agent filed on applicants' behalf, newest first. */
export function FiledCasesPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const cases = useFiledCases(page);
  return (
    <div>
      <PageHeader title={t('frontDesk.filed.title')} extra={<ButtonLink type="primary" to="/workbench/cases/intake">{t('frontDesk.nav')}</ButtonLink>} />
      <CaseErrorAlert error={cases.error} />
      <Table<FiledCase>
        rowKey="id"
        loading={cases.isFetching}
        dataSource={cases.data?.items ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('frontDesk.filed.empty') }}
        pagination={{ current: page, pageSize: 20, total: cases.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { key: 'number', title: t('cases.fields.caseNumber'), render: (_, row) => <Link to={`/workbench/cases/${row.id}`} className="case-number">{row.caseNumber ?? t('cases.status.draft')}</Link> },
          { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
          { key: 'applicant', title: t('frontDesk.filed.applicant'), dataIndex: 'applicantName' },
          { key: 'channel', title: t('frontDesk.done.channel'), render: (_, row) => t(`frontDesk.done.channels.${row.channel}`) },
          { key: 'status', title: t('cases.fields.status'), render: (_, row) => <CaseStatusTag status={row.status} /> },
          { key: 'created', title: t('frontDesk.filed.created'), render: (_, row) => formatDateTime(row.createdAt, i18n.language) },
        ]}
      />
    </div>
  );
}
