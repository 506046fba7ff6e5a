import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Grid, Input, InputNumber, Modal, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client.ts';
import { applyApiErrorToForm } from '../../../../lib/form-errors.ts';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { FormActions } from '../../../shell/components/FormActions.tsx';
import { useDepartmentOptions } from '../../../departments/hooks/useDepartments.ts';
import { SEAL_STATUSES, type Seal, type SealStatus } from '../api/licence-admin-api.ts';
import { useCreateSeal, useRevokeSeal, useRotateSeal, useSeals } from '../hooks/useLicenceAdmin.ts';
import { GenerationRateCard } from './GenerationRateCard.tsx';

const STATUS_COLORS: Record<SealStatus, string> = { active: 'green', retired: 'default', revoked: 'red' };
const day = (iso: string) => iso.slice(0, 10);

/** `/admin/seals`: departments' electronic seals in my region with their pictures; create, rotate, revoke. */
export function SealsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<SealStatus | undefined>();
  const [isCreating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Seal | null>(null);
  const seals = useSeals(status);
  const rotate = useRotateSeal();
  const showError = (error: unknown) => void message.error(isApiError(error) ? error.message : t('errors.generic'));

  return (
    <div>
      <PageHeader
        title={t('licenceAdmin.seals.title')}
        description={t('licenceAdmin.seals.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('licenceAdmin.seals.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          <Select<SealStatus>
            allowClear
            placeholder={t('licenceAdmin.seals.filterStatus')}
            aria-label={t('licenceAdmin.seals.filterStatus')}
            value={status}
            onChange={(value) => setStatus(value)}
            options={SEAL_STATUSES.map((s) => ({ value: s, label: t(`licenceAdmin.seals.statuses.${s}`) }))}
            style={{ width: 200 }}
          />
        </Flex>
        <Table<Seal>
          rowKey="id"
          loading={seals.isFetching}
          dataSource={seals.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: seals.isError ? t('errors.loadFailed') : t('licenceAdmin.seals.empty') }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            {
              key: 'picture',
              title: t('licenceAdmin.seals.picture'),
              render: (_, row) => <img src={row.pictureUrl} alt={t('licenceAdmin.seals.pictureAlt', { name: row.name })} width={64} height={64} loading="lazy" />,
            },
            { key: 'department', title: t('licenceAdmin.seals.department'), dataIndex: 'departmentName' },
            { key: 'name', title: t('licenceAdmin.seals.name'), dataIndex: 'name' },
            { key: 'code', title: t('licenceAdmin.seals.sealCode'), render: (_, row) => <code>{row.sealCode}</code> },
            { key: 'validity', title: t('licenceAdmin.seals.validity'), render: (_, row) => `${day(row.validFrom)} – ${day(row.validUntil)}` },
            {
              key: 'fingerprint',
              title: <Tooltip title={t('licenceAdmin.seals.fingerprintHelp')}>{t('licenceAdmin.seals.fingerprint')}</Tooltip>,
              render: (_, row) => <code>{row.keyFingerprint}</code>,
            },
            {
              key: 'status',
              title: t('licenceAdmin.seals.status'),
              render: (_, row) => (
                <Flex vertical gap={2}>
                  <Tag color={STATUS_COLORS[row.status]}>{t(`licenceAdmin.seals.statuses.${row.status}`)}</Tag>
                  {row.revocationReason ? <Typography.Text type="secondary">{row.revocationReason}</Typography.Text> : null}
                </Flex>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: screens.md ? 'right' : undefined,
              render: (_, row) => (
                <Flex gap={4}>
                  {row.status === 'active' ? (
                    <Popconfirm
                      title={t('licenceAdmin.seals.rotateConfirm', { name: row.name })}
                      okText={t('licenceAdmin.seals.rotate')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => rotate.mutate(row.id, { onSuccess: () => void message.success(t('licenceAdmin.seals.rotated')), onError: showError })}
                    >
                      <Button type="link" loading={rotate.isPending && rotate.variables === row.id} aria-label={`${t('licenceAdmin.seals.rotate')} ${row.name}`}>
                        {t('licenceAdmin.seals.rotate')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {row.status !== 'revoked' ? (
                    <Button type="link" danger onClick={() => setRevoking(row)} aria-label={`${t('licenceAdmin.seals.revoke')} ${row.name}`}>
                      {t('licenceAdmin.seals.revoke')}
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <GenerationRateCard />
      <Modal open={isCreating} title={t('licenceAdmin.seals.createTitle')} onCancel={() => setCreating(false)} footer={null} destroyOnHidden>
        <CreateSealForm onClose={() => setCreating(false)} />
      </Modal>
      <Modal open={revoking !== null} title={revoking ? t('licenceAdmin.seals.revokeTitle', { name: revoking.name }) : ''} onCancel={() => setRevoking(null)} footer={null} destroyOnHidden>
        {revoking ? <RevokeSealForm seal={revoking} onClose={() => setRevoking(null)} /> : null}
      </Modal>
    </div>
  );
}

function CreateSealForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ departmentId: string; sealName?: string; validYears: number }>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateSeal();
  const departments = useDepartmentOptions();
  return (
    <Form
      form={form}
      layout="vertical"
      name="create-seal"
      initialValues={{ validYears: 5 }}
      onFinish={(values) => {
        setFormError(null);
        create.mutate({ departmentId: values.departmentId, validYears: values.validYears, ...(values.sealName?.trim() ? { sealName: values.sealName.trim() } : {}) }, {
          onSuccess: () => { void message.success(t('licenceAdmin.seals.created')); onClose(); },
          onError: (error) => { const rest = applyApiErrorToForm(form, error, ['departmentId', 'sealName', 'validYears']); setFormError(rest.length > 0 ? rest.join(' ') : null); },
        });
      }}
    >
      <Form.Item name="departmentId" label={t('licenceAdmin.seals.department')} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={departments.options} loading={departments.isLoading} />
      </Form.Item>
      <Form.Item name="sealName" label={t('licenceAdmin.seals.sealName')} extra={t('licenceAdmin.seals.sealNameHelp')} rules={[{ min: 2, max: 20 }]}>
        <Input maxLength={20} placeholder="电子证照专用章" />
      </Form.Item>
      <Form.Item name="validYears" label={t('licenceAdmin.seals.validYears')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10} precision={0} />
      </Form.Item>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <FormActions onCancel={onClose} isSubmitting={create.isPending} submitLabel={t('licenceAdmin.seals.create')} />
    </Form>
  );
}

function RevokeSealForm({ seal, onClose }: { seal: Seal; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const revoke = useRevokeSeal();
  return (
    <Form
      form={form}
      layout="vertical"
      name="revoke-seal"
      onFinish={(values) => {
        setFormError(null);
        revoke.mutate({ id: seal.id, reason: values.reason.trim() }, {
          onSuccess: () => { void message.success(t('licenceAdmin.seals.revoked')); onClose(); },
          onError: (error) => { const rest = applyApiErrorToForm(form, error, ['reason']); setFormError(rest.length > 0 ? rest.join(' ') : null); },
        });
      }}
    >
      <Alert type="warning" showIcon title={t('licenceAdmin.seals.revokeWarning')} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={t('licenceAdmin.seals.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" danger htmlType="submit" loading={revoke.isPending}>{t('licenceAdmin.seals.revoke')}</Button>
      </Flex>
    </Form>
  );
}
