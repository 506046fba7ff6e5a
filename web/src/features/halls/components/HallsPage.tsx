import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Grid, Popconfirm, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { Hall } from '../api/halls-api.ts';
import { useDeleteHall, useHalls } from '../hooks/useHalls.ts';
import { HallForm } from './HallForm.tsx';

/** Service halls (政务服务大厅) in the caller's scope. */
export function HallsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [editing, setEditing] = useState<Hall | 'new' | null>(null);
  const halls = useHalls(regionCode);
  const deleteHall = useDeleteHall();

  const onDelete = (hall: Hall) =>
    deleteHall.mutate(hall.id, {
      onSuccess: () => void message.success(t('common.deleted')),
      onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
    });

  return (
    <div>
      <PageHeader
        title={t('halls.title')}
        description={t('halls.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('halls.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <RegionTreeSelect
            value={regionCode ?? null}
            onChange={setRegionCode}
            allowClear
            placeholder={t('halls.regionFilter')}
            aria-label={t('halls.regionFilter')}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </Flex>
        <Table<Hall>
          rowKey="id"
          loading={halls.isFetching}
          dataSource={halls.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ hideOnSinglePage: true, pageSize: 20 }}
          locale={{ emptyText: halls.isError ? t('errors.loadFailed') : t('common.noData') }}
          columns={[
            { key: 'name', title: t('halls.name'), render: (_, row) => <Link to={`/admin/halls/${row.id}`}>{row.name}</Link> },
            { key: 'region', title: t('halls.region'), dataIndex: 'regionName' },
            { key: 'address', title: t('halls.address'), dataIndex: 'address' },
            { key: 'openingHours', title: t('halls.openingHours'), dataIndex: 'openingHours' },
            { key: 'phone', title: t('halls.phone'), render: (_, row) => row.phone ?? '—' },
            { key: 'windowCount', title: t('halls.windowCount'), dataIndex: 'windowCount', align: 'right' },
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
        title={editing === 'new' ? t('halls.create') : t('halls.edit')}
        onClose={() => setEditing(null)}
        size={screens.sm ? 480 : '100%'}
        destroyOnHidden
      >
        {editing ? <HallForm hall={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
    </div>
  );
}
