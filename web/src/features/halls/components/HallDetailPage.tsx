import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Drawer, Flex, Grid, Result, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CreateButton } from '../../../components/CreateButton.tsx';
import { EditDrawer } from '../../../components/EditDrawer.tsx';
import { RecordActions } from '../../../components/RecordActions.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useMutationFeedback } from '../../../lib/useMutationFeedback.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { ServiceWindow } from '../api/halls-api.ts';
import { useDeleteWindow, useHall } from '../hooks/useHalls.ts';
import { HallForm } from './HallForm.tsx';
import { WindowForm } from './WindowForm.tsx';

/** One hall with its windows (窗口): create, edit and delete windows. */
export function HallDetailPage() {
  const { t } = useTranslation();
  const feedback = useMutationFeedback();
  const screens = Grid.useBreakpoint();
  const { hallId = '' } = useParams();
  const hall = useHall(hallId);
  const deleteWindow = useDeleteWindow();
  const [editingWindow, setEditingWindow] = useState<ServiceWindow | 'new' | null>(null);
  const [isEditingHall, setEditingHall] = useState(false);

  if (hall.isPending) return <PageLoading />;
  if (hall.isError) {
    const notFound = isApiError(hall.error) && hall.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('halls.notFound') : t('errors.loadFailed')}
        extra={<ButtonLink to="/admin/halls">{t('halls.backToList')}</ButtonLink>}
      />
    );
  }
  const data = hall.data;

  const onDeleteWindow = (row: ServiceWindow) => deleteWindow.mutate(row.id, feedback(t('common.deleted')));

  return (
    <div>
      <PageHeader
        title={data.name}
        breadcrumb={
          <Breadcrumb
            items={[{ title: <Link to="/admin/halls">{t('halls.title')}</Link> }, { title: data.name }]}
            style={{ marginBottom: 8 }}
          />
        }
        extra={<Button onClick={() => setEditingHall(true)}>{t('halls.edit')}</Button>}
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'region', label: t('halls.region'), children: data.regionName },
              { key: 'address', label: t('halls.address'), children: data.address },
              { key: 'openingHours', label: t('halls.openingHours'), children: data.openingHours },
              { key: 'phone', label: t('halls.phone'), children: data.phone ?? '—' },
              { key: 'active', label: t('common.status'), children: <StatusTag active={data.active} /> },
            ]}
          />
        </Card>
        <Card
          title={<h2 className="card-title">{t('halls.windows')}</h2>}
          extra={<CreateButton onClick={() => setEditingWindow('new')}>{t('halls.createWindow')}</CreateButton>}
        >
          <Table<ServiceWindow>
            rowKey="id"
            dataSource={data.windows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('halls.noWindows') }}
            columns={[
              { key: 'number', title: t('halls.windowNumber'), dataIndex: 'number' },
              { key: 'name', title: t('halls.windowName'), dataIndex: 'name' },
              { key: 'kind', title: t('halls.windowKind'), render: (_, row) => <Tag color="blue">{t(`halls.windowKinds.${row.kind}`)}</Tag> },
              { key: 'department', title: t('halls.windowDepartment'), render: (_, row) => row.departmentName ?? '—' },
              { key: 'active', title: t('common.status'), render: (_, row) => <StatusTag active={row.active} /> },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, row) => (
                  <RecordActions
                    label={row.number}
                    deleteName={`${row.number} ${row.name}`}
                    onEdit={() => setEditingWindow(row)}
                    onDelete={() => onDeleteWindow(row)}
                  />
                ),
              },
            ]}
          />
        </Card>
      </Flex>
      <EditDrawer
        editing={editingWindow}
        onClose={() => setEditingWindow(null)}
        createTitle={t('halls.createWindow')}
        editTitle={t('halls.editWindow')}
      >
        {(serviceWindow) => <WindowForm hall={data} window={serviceWindow} onClose={() => setEditingWindow(null)} />}
      </EditDrawer>
      <Drawer open={isEditingHall} title={t('halls.edit')} onClose={() => setEditingHall(false)} size={screens.sm ? 480 : '100%'} destroyOnHidden>
        {isEditingHall ? <HallForm hall={data} onClose={() => setEditingHall(false)} /> : null}
      </Drawer>
    </div>
  );
}
