import { useState } from 'react';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../components/CreateButton.tsx';
import { EditDrawer } from '../../../components/EditDrawer.tsx';
import { FilterBar, SearchFilter } from '../../../components/ListFilters.tsx';
import { QueryTable } from '../../../components/QueryTable.tsx';
import { RecordActions } from '../../../components/RecordActions.tsx';
import { useListFilters } from '../../../lib/useListFilters.ts';
import { useMutationFeedback } from '../../../lib/useMutationFeedback.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { Department } from '../api/departments-api.ts';
import { useDeleteDepartment, useDepartments } from '../hooks/useDepartments.ts';
import { DepartmentForm } from './DepartmentForm.tsx';

/** Departments in the caller's scope: search, filter by region, create and edit in a drawer, delete. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const feedback = useMutationFeedback();
  const list = useListFilters<{ q: string; regionCode: string | undefined }>({ q: '', regionCode: undefined });
  const { q, regionCode } = list.filters;
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const departments = useDepartments({ q, page: list.page, pageSize: list.pageSize, ...(regionCode ? { regionCode } : {}) });
  const deleteDepartment = useDeleteDepartment();

  const onDelete = (department: Department) => deleteDepartment.mutate(department.id, feedback(t('common.deleted')));

  return (
    <div>
      <PageHeader
        title={t('departments.title')}
        description={t('departments.description')}
        extra={<CreateButton onClick={() => setEditing('new')}>{t('departments.create')}</CreateButton>}
      />
      <Card>
        <FilterBar>
          <SearchFilter label={t('departments.searchPlaceholder')} onSearch={(value) => list.setFilter('q', value)} maxWidth={320} />
          <RegionTreeSelect
            value={regionCode ?? null}
            onChange={(value) => list.setFilter('regionCode', value)}
            allowClear
            placeholder={t('departments.regionFilter')}
            aria-label={t('departments.regionFilter')}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </FilterBar>
        <QueryTable<Department>
          query={departments}
          paging={list}
          columns={[
            { key: 'name', title: t('departments.name'), dataIndex: 'name' },
            { key: 'shortName', title: t('departments.shortName'), render: (_, row) => row.shortName ?? '—' },
            { key: 'creditCode', title: t('departments.creditCode'), dataIndex: 'creditCode' },
            { key: 'region', title: t('departments.region'), dataIndex: 'regionName' },
            {
              key: 'kind',
              title: t('departments.kind'),
              render: (_, row) => <Tag color={row.kind === 'service_center' ? 'geekblue' : 'default'}>{t(`departments.kinds.${row.kind}`)}</Tag>,
            },
            { key: 'phone', title: t('departments.phone'), render: (_, row) => row.phone ?? '—' },
            { key: 'active', title: t('common.status'), render: (_, row) => <StatusTag active={row.active} /> },
          ]}
          actions={(row) => <RecordActions label={row.name} onEdit={() => setEditing(row)} onDelete={() => onDelete(row)} />}
        />
      </Card>
      <EditDrawer
        editing={editing}
        onClose={() => setEditing(null)}
        createTitle={t('departments.createTitle')}
        editTitle={t('departments.editTitle')}
      >
        {(department) => <DepartmentForm department={department} onClose={() => setEditing(null)} />}
      </EditDrawer>
    </div>
  );
}
