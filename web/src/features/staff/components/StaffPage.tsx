import { useState } from 'react';
import { Button, Card, Flex, Modal, Popconfirm, Select, Tag } from 'antd';
import { STAFF_ROLES, type StaffRole } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../components/CreateButton.tsx';
import { EditDrawer } from '../../../components/EditDrawer.tsx';
import { FilterBar, SearchFilter } from '../../../components/ListFilters.tsx';
import { QueryTable } from '../../../components/QueryTable.tsx';
import { RecordActions } from '../../../components/RecordActions.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useListFilters } from '../../../lib/useListFilters.ts';
import { useMutationFeedback } from '../../../lib/useMutationFeedback.ts';
import { useDepartmentOptions } from '../../departments/hooks/useDepartments.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { StatusTag } from '../../shell/components/StatusTag.tsx';
import type { StaffMember } from '../api/staff-api.ts';
import { useStaffList, useUnlockStaff } from '../hooks/useStaff.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { StaffForm } from './StaffForm.tsx';

function isLocked(member: StaffMember): boolean {
  return member.lockedUntil !== null && new Date(member.lockedUntil).getTime() > Date.now();
}

/** Staff accounts in the caller's scope: filter, create, edit roles, unlock, reset password. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const feedback = useMutationFeedback();
  const list = useListFilters<{ q: string; role: StaffRole | undefined; departmentId: string | undefined }>({
    q: '',
    role: undefined,
    departmentId: undefined,
  });
  const { q, role, departmentId } = list.filters;
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const staff = useStaffList({
    q,
    page: list.page,
    pageSize: list.pageSize,
    ...(role ? { role } : {}),
    ...(departmentId ? { departmentId } : {}),
  });
  const departments = useDepartmentOptions();
  const unlock = useUnlockStaff();

  const onUnlock = (member: StaffMember) => unlock.mutate(member.id, feedback(t('staff.unlocked')));

  return (
    <div>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.description')}
        extra={<CreateButton onClick={() => setEditing('new')}>{t('staff.create')}</CreateButton>}
      />
      <Card>
        <FilterBar>
          <SearchFilter label={t('staff.searchPlaceholder')} onSearch={(value) => list.setFilter('q', value)} maxWidth={280} />
          <Select<StaffRole>
            allowClear
            placeholder={t('staff.roleFilter')}
            aria-label={t('staff.roleFilter')}
            value={role}
            onChange={(value) => list.setFilter('role', value)}
            options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            style={{ width: 200 }}
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('staff.departmentFilter')}
            aria-label={t('staff.departmentFilter')}
            value={departmentId}
            onChange={(value) => list.setFilter('departmentId', value)}
            loading={departments.isLoading}
            options={departments.options}
            style={{ width: 240, maxWidth: '100%' }}
          />
        </FilterBar>
        <QueryTable<StaffMember>
          query={staff}
          paging={list}
          columns={[
            { key: 'username', title: t('staff.username'), dataIndex: 'username' },
            { key: 'displayName', title: t('staff.displayName'), dataIndex: 'displayName' },
            {
              key: 'roles',
              title: t('staff.roles'),
              render: (_, row) => (
                <Flex wrap gap={4}>
                  {row.roles.map((value) => (
                    <Tag key={value} color="blue">
                      {t(`roles.${value}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'region', title: t('staff.region'), dataIndex: 'regionName' },
            { key: 'department', title: t('staff.department'), render: (_, row) => row.departmentName ?? '—' },
            { key: 'phone', title: t('staff.phone'), render: (_, row) => row.phoneMasked ?? '—' },
            {
              key: 'status',
              title: t('common.status'),
              render: (_, row) => (
                <Flex wrap gap={4}>
                  <StatusTag active={row.active} />
                  {isLocked(row) ? <Tag color="red">{t('staff.lockedUntil', { time: formatDateTime(row.lockedUntil, i18n.language) })}</Tag> : null}
                </Flex>
              ),
            },
            { key: 'lastLoginAt', title: t('staff.lastLogin'), render: (_, row) => formatDateTime(row.lastLoginAt, i18n.language) },
          ]}
          actions={(row) => (
            <RecordActions label={row.username} onEdit={() => setEditing(row)}>
              {isLocked(row) ? (
                <Popconfirm
                  title={t('staff.unlockConfirm', { name: row.displayName })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onUnlock(row)}
                >
                  <Button type="link">{t('staff.unlock')}</Button>
                </Popconfirm>
              ) : null}
              <Button type="link" onClick={() => setResetting(row)} aria-label={`${t('staff.resetPassword')} ${row.username}`}>
                {t('staff.resetPassword')}
              </Button>
            </RecordActions>
          )}
        />
      </Card>
      <EditDrawer editing={editing} onClose={() => setEditing(null)} createTitle={t('staff.create')} editTitle={t('staff.edit')}>
        {(member) => <StaffForm member={member} onClose={() => setEditing(null)} />}
      </EditDrawer>
      <Modal
        open={resetting !== null}
        title={resetting ? t('staff.resetPasswordTitle', { name: resetting.displayName }) : ''}
        onCancel={() => setResetting(null)}
        footer={null}
        destroyOnHidden
      >
        {resetting ? <ResetPasswordForm member={resetting} onClose={() => setResetting(null)} /> : null}
      </Modal>
    </div>
  );
}
