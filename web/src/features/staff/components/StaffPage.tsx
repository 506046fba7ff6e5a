import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Grid, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLES, type StaffRole } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
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
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<StaffRole | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const staff = useStaffList({ q, page, pageSize, ...(role ? { role } : {}), ...(departmentId ? { departmentId } : {}) });
  const departments = useDepartmentOptions();
  const unlock = useUnlockStaff();

  const onUnlock = (member: StaffMember) =>
    unlock.mutate(member.id, {
      onSuccess: () => void message.success(t('staff.unlocked')),
      onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
    });

  return (
    <div>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('staff.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <Input.Search
            placeholder={t('staff.searchPlaceholder')}
            aria-label={t('staff.searchPlaceholder')}
            allowClear
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 280 }}
          />
          <Select<StaffRole>
            allowClear
            placeholder={t('staff.roleFilter')}
            aria-label={t('staff.roleFilter')}
            value={role}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
            options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            style={{ width: 200 }}
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('staff.departmentFilter')}
            aria-label={t('staff.departmentFilter')}
            value={departmentId}
            onChange={(value) => {
              setDepartmentId(value);
              setPage(1);
            }}
            loading={departments.isLoading}
            options={departments.options}
            style={{ width: 240, maxWidth: '100%' }}
          />
        </Flex>
        <Table<StaffMember>
          rowKey="id"
          loading={staff.isFetching}
          dataSource={staff.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: staff.isError ? t('errors.loadFailed') : t('common.noData') }}
          pagination={{
            current: page,
            pageSize,
            total: staff.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextSize !== pageSize ? 1 : nextPage);
              setPageSize(nextSize);
            },
          }}
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
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: screens.md ? 'right' : undefined,
              render: (_, row) => (
                <Flex gap={4}>
                  <Button type="link" onClick={() => setEditing(row)} aria-label={`${t('common.edit')} ${row.username}`}>
                    {t('common.edit')}
                  </Button>
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
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={editing !== null}
        title={editing === 'new' ? t('staff.create') : t('staff.edit')}
        onClose={() => setEditing(null)}
        size={screens.sm ? 480 : '100%'}
        destroyOnHidden
      >
        {editing ? <StaffForm member={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
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
