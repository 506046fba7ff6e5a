import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Grid, Input, Popconfirm, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { Department } from '../api/departments-api.ts';
import { useDeleteDepartment, useDepartments } from '../hooks/useDepartments.ts';
import { DepartmentForm } from './DepartmentForm.tsx';

/** Departments in the caller's scope: search, filter by region, create and edit in a drawer, delete. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const departments = useDepartments({ q, page, pageSize, ...(regionCode ? { regionCode } : {}) });
  const deleteDepartment = useDeleteDepartment();

  const onDelete = (department: Department) =>
    deleteDepartment.mutate(department.id, {
      onSuccess: () => void message.success(t('common.deleted')),
      onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
    });

  return (
    <div>
      <PageHeader
        title={t('departments.title')}
        description={t('departments.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('departments.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <Input.Search
            placeholder={t('departments.searchPlaceholder')}
            aria-label={t('departments.searchPlaceholder')}
            allowClear
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 320 }}
          />
          <RegionTreeSelect
            value={regionCode ?? null}
            onChange={(value) => {
              setRegionCode(value);
              setPage(1);
            }}
            allowClear
            placeholder={t('departments.regionFilter')}
            aria-label={t('departments.regionFilter')}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </Flex>
        <Table<Department>
          rowKey="id"
          loading={departments.isFetching}
          dataSource={departments.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: departments.isError ? t('errors.loadFailed') : t('common.noData') }}
          pagination={{
            current: page,
            pageSize,
            total: departments.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextSize !== pageSize ? 1 : nextPage);
              setPageSize(nextSize);
            },
          }}
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
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: screens.md ? 'right' : undefined,
              render: (_, row) => (
                <Flex gap={4}>
                  <Button type="link" onClick={() => setEditing(row)} aria-label={`${t('common.edit')} ${row.name}`}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('common.deleteConfirm', { name: row.name })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onDelete(row)}
                  >
                    <Button type="link" danger aria-label={`${t('common.delete')} ${row.name}`}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={editing !== null}
        title={editing === 'new' ? t('departments.createTitle') : t('departments.editTitle')}
        onClose={() => setEditing(null)}
        size={screens.sm ? 480 : '100%'}
        destroyOnHidden
      >
        {editing ? <DepartmentForm department={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
    </div>
  );
}
