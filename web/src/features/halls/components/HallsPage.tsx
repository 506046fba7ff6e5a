import { useState } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateButton } from '../../../components/CreateButton.tsx';
import { EditDrawer } from '../../../components/EditDrawer.tsx';
import { FilterBar } from '../../../components/ListFilters.tsx';
import { QueryTable } from '../../../components/QueryTable.tsx';
import { RecordActions } from '../../../components/RecordActions.tsx';
import { useMutationFeedback } from '../../../lib/useMutationFeedback.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { Hall } from '../api/halls-api.ts';
import { useDeleteHall, useHalls } from '../hooks/useHalls.ts';
import { HallForm } from './HallForm.tsx';

/** Service halls (政务服务大厅) in the caller's scope. */
export function HallsPage() {
  const { t } = useTranslation();
  const feedback = useMutationFeedback();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [editing, setEditing] = useState<Hall | 'new' | null>(null);
  const halls = useHalls(regionCode);
  const deleteHall = useDeleteHall();

  const onDelete = (hall: Hall) => deleteHall.mutate(hall.id, feedback(t('common.deleted')));

  return (
    <div>
      <PageHeader
        title={t('halls.title')}
        description={t('halls.description')}
        extra={<CreateButton onClick={() => setEditing('new')}>{t('halls.create')}</CreateButton>}
      />
      <Card>
        <FilterBar>
          <RegionTreeSelect
            value={regionCode ?? null}
            onChange={setRegionCode}
            allowClear
            placeholder={t('halls.regionFilter')}
            aria-label={t('halls.regionFilter')}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </FilterBar>
        {/* Every hall of the scope comes in one response: paged in the browser. */}
        <QueryTable<Hall>
          query={halls}
          pagination={{ hideOnSinglePage: true, pageSize: 20 }}
          columns={[
            { key: 'name', title: t('halls.name'), render: (_, row) => <Link to={`/admin/halls/${row.id}`}>{row.name}</Link> },
            { key: 'region', title: t('halls.region'), dataIndex: 'regionName' },
            { key: 'address', title: t('halls.address'), dataIndex: 'address' },
            { key: 'openingHours', title: t('halls.openingHours'), dataIndex: 'openingHours' },
            { key: 'phone', title: t('halls.phone'), render: (_, row) => row.phone ?? '—' },
            { key: 'windowCount', title: t('halls.windowCount'), dataIndex: 'windowCount', align: 'right' },
            { key: 'active', title: t('common.status'), render: (_, row) => <StatusTag active={row.active} /> },
          ]}
          actions={(row) => <RecordActions label={row.name} onEdit={() => setEditing(row)} onDelete={() => onDelete(row)} />}
        />
      </Card>
      <EditDrawer editing={editing} onClose={() => setEditing(null)} createTitle={t('halls.create')} editTitle={t('halls.edit')}>
        {(hall) => <HallForm hall={hall} onClose={() => setEditing(null)} />}
      </EditDrawer>
    </div>
  );
}
