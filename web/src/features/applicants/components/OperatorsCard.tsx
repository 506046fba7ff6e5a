import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import type { Operator } from '../api/applicants-api.ts';
import { FormActions } from '../../shell/components/FormActions.tsx';
import { useAddOperator, useOperators, useRevokeOperator } from '../hooks/useApplicantAccount.ts';
import { normalizeCode, useIdentityRules } from '../hooks/useIdentityRules.ts';

interface OperatorValues {
  idNumber: string;
  name: string;
}

function AddOperatorForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useIdentityRules();
  const addOperator = useAddOperator();
  const [form] = Form.useForm<OperatorValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = (values: OperatorValues) => {
    setFormError(null);
    addOperator.mutate(
      { idNumber: normalizeCode(values.idNumber), name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t('me.operators.added'));
          onClose();
        },
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, ['idNumber', 'name']);
          if (rest.length > 0) setFormError(rest.join(' '));
        },
      },
    );
  };

  return (
    <Form form={form} name="add-operator" layout="vertical" onFinish={onFinish}>
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="name" label={t('me.operators.name')} rules={[rules.required(t('me.operators.name'))]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('me.operators.idNumber')}
        normalize={normalizeCode}
        validateFirst
        rules={rules.idNumber(t('me.operators.idNumber'))}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <FormActions onCancel={onClose} isSubmitting={addOperator.isPending} />
    </Form>
  );
}

/** For an enterprise: the persons authorised to act for it (经办人), with add and revoke. */
export function OperatorsCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const operators = useOperators(true);
  const revokeOperator = useRevokeOperator();
  const [isAdding, setAdding] = useState(false);
  const closeModal = () => setAdding(false);

  const revoke = (operator: Operator) =>
    revokeOperator.mutate(operator.personId, {
      onSuccess: () => void message.success(t('me.operators.revoked')),
      onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
    });

  return (
    <Card
      title={<h2 className="card-title">{t('me.operators.title')}</h2>}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('me.operators.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('me.operators.description')}</Typography.Paragraph>
      <Table<Operator>
        rowKey="personId"
        size="middle"
        loading={operators.isPending}
        dataSource={operators.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: operators.isError ? t('errors.loadFailed') : t('me.operators.empty') }}
        columns={[
          { key: 'name', title: t('me.operators.name'), dataIndex: 'name' },
          { key: 'idNumberMasked', title: t('me.idNumber'), dataIndex: 'idNumberMasked' },
          { key: 'grantedAt', title: t('me.operators.grantedAt'), render: (_, row) => formatDateTime(row.grantedAt, i18n.language) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, row) => (
              <Popconfirm
                title={t('me.operators.revokeConfirm', { name: row.name })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => revoke(row)}
              >
                <Button type="link" danger>
                  {t('me.operators.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal open={isAdding} title={t('me.operators.add')} onCancel={closeModal} footer={null} destroyOnHidden>
        <AddOperatorForm onClose={closeModal} />
      </Modal>
    </Card>
  );
}
