import { useState } from 'react';
import { Button, Card, Drawer, Flex, Grid, Input, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import type { LicenceTypeSummary } from '../api/licence-admin-api.ts';
import { useLicenceTypes } from '../hooks/useLicenceAdmin.ts';
import { LicenceTypeEditor } from './LicenceTypeEditor.tsx';

/** `/admin/licence-types`: the licence types, a drawer to create or edit one, and the generation rate. */
export function LicenceTypesPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  /** A type's id, 'new', or null when the drawer is closed. */
  const [editing, setEditing] = useState<string | null>(null);
  const types = useLicenceTypes(q);

  return (
    <div>
      <PageHeader
        title={t('licenceAdmin.types.title')}
        description={t('licenceAdmin.types.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('licenceAdmin.types.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <Input.Search
            placeholder={t('licenceAdmin.types.search')}
            aria-label={t('licenceAdmin.types.search')}
            allowClear
            onSearch={(value) => setQ(value.trim())}
            style={{ maxWidth: 320 }}
          />
        </Flex>
        <Table<LicenceTypeSummary>
          rowKey="id"
          loading={types.isFetching}
          dataSource={types.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: types.isError ? t('errors.loadFailed') : t('common.noData') }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            { key: 'name', title: t('licenceAdmin.types.name'), dataIndex: 'name' },
            { key: 'code', title: t('licenceAdmin.types.code'), render: (_, row) => <code>{row.code}</code> },
            { key: 'authority', title: t('licenceAdmin.types.authority'), dataIndex: 'definingAuthorityName' },
            { key: 'holder', title: t('licenceAdmin.types.holderKind'), render: (_, row) => t(`licenceAdmin.types.holderKinds.${row.holderKind}`) },
            { key: 'fields', title: t('licenceAdmin.types.fieldCount'), dataIndex: 'fieldCount', align: 'right' },
            { key: 'producers', title: t('licenceAdmin.types.producerCount'), dataIndex: 'producerCount', align: 'right' },
            { key: 'issuers', title: t('licenceAdmin.types.issuerCount'), dataIndex: 'issuerCount', align: 'right' },
            {
              key: 'active',
              title: t('common.status'),
              render: (_, row) => <Tag color={row.active ? 'green' : 'default'}>{row.active ? t('licenceAdmin.types.active') : t('licenceAdmin.types.inactive')}</Tag>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: screens.md ? 'right' : undefined,
              render: (_, row) => (
                <Button type="link" onClick={() => setEditing(row.id)} aria-label={`${t('common.edit')} ${row.name}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={editing !== null}
        title={editing === 'new' ? t('licenceAdmin.types.createTitle') : t('licenceAdmin.types.editTitle')}
        onClose={() => setEditing(null)}
        size={screens.md ? 760 : '100%'}
        destroyOnHidden
      >
        {editing ? <LicenceTypeEditor typeId={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
    </div>
  );
}
