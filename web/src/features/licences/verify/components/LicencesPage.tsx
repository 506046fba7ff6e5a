import { useState } from 'react';
import './verify.css';
import { App, Button, Descriptions, Drawer, Flex, Form, Grid, Input, Modal, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LICENCE_STATUSES, type LicenceStatus } from '@onetrip/core';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { CaseErrorAlert } from '../../../cases/components/CaseErrorAlert.tsx';
import type { LicenceListFilters, LicenceStatusAction, StaffLicenceSummary } from '../api/verify-api.ts';
import { useLicence, useLicenceList, useLicenceStatusChange } from '../hooks/useLicences.ts';
import { LicenceStatusTag } from '../../components/LicenceStatusTag.tsx';
import { licenceValidityText } from '../../components/licence-text.ts';

const PAGE_SIZE = 20;

/** A licence field's value as printed (fields are JSON scalars). */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : `${value as string | number | boolean}`;
}

interface FilterValues {
  identifier?: string;
  holderName?: string;
  status?: LicenceStatus;
}

/**
 * `/workbench/licences`: the licences in the staff member's scope (holders masked) with their status today; a drawer
 * shows one licence, and approvers of the issuing department revoke, suspend or reinstate it after a confirmation.
 */
export function LicencesPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<LicenceListFilters>({ page: 1, pageSize: PAGE_SIZE });
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useLicenceList(filters);
  const search = (values: FilterValues) => setFilters({
    page: 1, pageSize: PAGE_SIZE, status: values.status, holderName: values.holderName?.trim() || undefined, identifier: values.identifier?.trim() || undefined,
  });
  return (
    <div>
      <PageHeader title={t('licenceVerify.staff.title')} description={t('licenceVerify.staff.description')} />
      <Form form={form} layout="inline" className="licence-filters" onFinish={search} aria-label={t('licenceVerify.staff.filters.search')}>
        <Form.Item name="identifier" label={t('licenceVerify.staff.filters.identifier')}>
          <Input allowClear maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="holderName" label={t('licenceVerify.staff.filters.holderName')}>
          <Input allowClear maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="status" label={t('licenceVerify.staff.filters.status')}>
          <Select allowClear style={{ minWidth: 140 }} placeholder={t('licenceVerify.staff.filters.allStatuses')}
            options={LICENCE_STATUSES.map((s) => ({ value: s, label: t(`licenceVerify.status.${s}`) }))} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">{t('licenceVerify.staff.filters.search')}</Button>
          <Button onClick={() => { form.resetFields(); search({}); }}>{t('licenceVerify.staff.filters.reset')}</Button>
        </Flex>
      </Form>
      <CaseErrorAlert error={list.error} />
      <Table<StaffLicenceSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('licenceVerify.staff.empty') }}
        pagination={{ current: filters.page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: (page) => setFilters((f) => ({ ...f, page })) }}
        columns={[
          { key: 'identifier', title: t('licenceVerify.staff.columns.identifier'), width: 280, render: (_, row) => <span className="licence-identifier">{row.identifier}</span> },
          { key: 'type', title: t('licenceVerify.staff.columns.type'), dataIndex: 'typeName' },
          { key: 'holder', title: t('licenceVerify.staff.columns.holder'), render: (_, row) => <>{row.holderName}<br /><Typography.Text type="secondary">{row.holderCode}</Typography.Text></> },
          { key: 'issuer', title: t('licenceVerify.staff.columns.issuer'), render: (_, row) => row.issuer.name },
          { key: 'issueDate', title: t('licenceVerify.staff.columns.issueDate'), dataIndex: 'issueDate' },
          { key: 'validUntil', title: t('licenceVerify.staff.columns.validUntil'), render: (_, row) => row.validUntil ?? t('licenceVerify.staff.longTerm') },
          { key: 'status', title: t('licenceVerify.staff.columns.status'), render: (_, row) => <LicenceStatusTag status={row.status} /> },
          {
            key: 'actions', title: t('licenceVerify.staff.columns.actions'), fixed: 'right',
            render: (_, row) => <Button type="link" onClick={() => setOpenId(row.id)} aria-label={`${t('licenceVerify.staff.view')} ${row.identifier}`}>{t('licenceVerify.staff.view')}</Button>,
          },
        ]}
      />
      <LicenceDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}

function LicenceDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const detail = useLicence(id);
  const licence = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={t('licenceVerify.staff.detailTitle')} size={screens.sm ? 560 : '100%'} destroyOnHidden>
      <CaseErrorAlert error={detail.error} />
      {licence ? (
        <Flex vertical gap={16} data-testid="licence-detail">
          <Flex wrap gap={8} align="center">
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>{licence.typeName}</Typography.Title>
            <LicenceStatusTag status={licence.status} />
          </Flex>
          <Descriptions
            size="small"
            bordered
            column={1}
            layout={screens.sm === false ? 'vertical' : 'horizontal'}
            items={[
              { key: 'identifier', label: t('licenceVerify.result.identifier'), children: <span className="licence-identifier">{licence.identifier}</span> },
              ...(licence.number ? [{ key: 'number', label: t('licenceVerify.staff.number'), children: licence.number }] : []),
              { key: 'holder', label: t('licenceVerify.result.holder'), children: `${licence.holderName}（${licence.holderCode}）` },
              { key: 'issuer', label: t('licenceVerify.result.issuer'), children: licence.issuer.name },
              { key: 'issueDate', label: t('licenceVerify.result.issueDate'), children: licence.issueDate },
              { key: 'validity', label: t('licenceVerify.result.validity'), children: licenceValidityText(t, licence.validFrom, licence.validUntil) },
              { key: 'source', label: t('licenceVerify.staff.source'), children: t(`licenceVerify.staff.sources.${licence.source}`) },
              { key: 'seal', label: t('licenceVerify.result.seal'), children: licence.seal.name },
              { key: 'statusList', label: t('licenceVerify.staff.statusList'), children: t('licenceVerify.staff.statusListValue', licence.statusList) },
              ...(licence.revokedOn ? [
                { key: 'revokedOn', label: t('licenceVerify.staff.revokedOn'), children: licence.revokedOn },
                { key: 'revocationReason', label: t('licenceVerify.staff.revocationReason'), children: licence.revocationReason ?? '' },
              ] : []),
              {
                key: 'suspensions', label: t('licenceVerify.staff.suspensions'),
                children: licence.suspensions.length === 0 ? t('licenceVerify.staff.noSuspensions') : (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {licence.suspensions.map((s) => (
                      <li key={s.id}>
                        {t('licenceVerify.staff.suspensionLine', { from: s.fromDate, reason: s.reason })}
                        {s.liftedOn ? t('licenceVerify.staff.suspensionLifted', { on: s.liftedOn }) : null}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          {Object.keys(licence.fields).length > 0 ? (
            <Descriptions size="small" bordered column={1} layout={screens.sm === false ? 'vertical' : 'horizontal'} title={t('licenceVerify.staff.fields')}
              items={Object.entries(licence.fields).map(([name, value]) => ({ key: name, label: name, children: fieldText(value) }))} />
          ) : null}
          <Link to={`/verify/${encodeURIComponent(licence.identifier)}`} target="_blank" rel="noopener">{t('licenceVerify.staff.openVerify')}</Link>
          {licence.mayManageStatus ? <StatusActions id={licence.id} status={licence.status} /> : <Typography.Text type="secondary">{t('licenceVerify.staff.notAllowed')}</Typography.Text>}
        </Flex>
      ) : null}
    </Drawer>
  );
}

function StatusActions({ id, status }: { id: string; status: LicenceStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useLicenceStatusChange(id);
  const [dialog, setDialog] = useState<LicenceStatusAction | null>(null);
  const [text, setText] = useState('');
  if (status === 'revoked') return null;
  const open = (action: LicenceStatusAction) => { change.reset(); setText(''); setDialog(action); };
  const needsReason = dialog !== 'reinstate';
  const send = () => {
    if (!dialog) return;
    const action = dialog;
    change.mutate({ action, text }, { onSuccess: () => { setDialog(null); void message.success(t(`licenceVerify.staff.done.${action}`)); } });
  };
  return (
    <>
      <Flex wrap gap={8}>
        {status === 'suspended'
          ? <Button onClick={() => open('reinstate')}>{t('licenceVerify.staff.actions.reinstate')}</Button>
          : <Button onClick={() => open('suspend')}>{t('licenceVerify.staff.actions.suspend')}</Button>}
        <Button danger onClick={() => open('revoke')}>{t('licenceVerify.staff.actions.revoke')}</Button>
      </Flex>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`licenceVerify.staff.confirm.${dialog}Title`) : ''}
        okText={t('licenceVerify.staff.confirm.ok')}
        cancelText={t('licenceVerify.staff.confirm.cancel')}
        okButtonProps={{ danger: dialog === 'revoke', disabled: needsReason && text.trim() === '' }}
        confirmLoading={change.isPending}
        onCancel={() => setDialog(null)}
        onOk={send}
        destroyOnHidden
      >
        {dialog ? <Typography.Paragraph>{t(`licenceVerify.staff.confirm.${dialog}Text`)}</Typography.Paragraph> : null}
        <Form layout="vertical" component="div">
          <Form.Item label={needsReason ? t('licenceVerify.staff.confirm.reason') : t('licenceVerify.staff.confirm.note')} htmlFor="licence-status-text" required={needsReason}>
            <Input.TextArea id="licence-status-text" value={text} onChange={(e) => setText(e.target.value)} maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
          </Form.Item>
        </Form>
        <CaseErrorAlert error={change.error} />
      </Modal>
    </>
  );
}
