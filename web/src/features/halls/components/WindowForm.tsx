import { useState } from 'react';
import { Alert, App, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useDepartmentOptions } from '../../departments/hooks/useDepartments.ts';
import { FormActions } from '../../shell/components/FormActions.tsx';
import { WINDOW_KINDS, type HallDetail, type ServiceWindow, type WindowKind } from '../api/halls-api.ts';
import { useCreateWindow, useUpdateWindow } from '../hooks/useHalls.ts';

interface WindowValues {
  number: string;
  name: string;
  kind: WindowKind;
  departmentId?: string | null;
  active: boolean;
}

const FIELDS = ['number', 'name', 'kind', 'departmentId', 'active'];

export function WindowForm({ hall, window: serviceWindow, onClose }: { hall: HallDetail; window?: ServiceWindow; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WindowValues>();
  const createWindow = useCreateWindow();
  const updateWindow = useUpdateWindow();
  const departments = useDepartmentOptions(hall.regionCode);
  const [formError, setFormError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });

  const onFinish = (values: WindowValues) => {
    setFormError(null);
    const departmentId = values.departmentId ?? null;
    const input = { number: values.number.trim(), name: values.name.trim(), kind: values.kind };
    const callbacks = {
      onSuccess: () => {
        void message.success(serviceWindow ? t('common.saved') : t('common.created'));
        onClose();
      },
      onError: (error: unknown) => {
        const rest = applyApiErrorToForm(form, error, FIELDS);
        setFormError(rest.length > 0 ? rest.join(' ') : null);
      },
    };
    if (serviceWindow) updateWindow.mutate({ id: serviceWindow.id, ...input, departmentId, active: values.active }, callbacks);
    else createWindow.mutate({ hallId: hall.id, ...input, ...(departmentId ? { departmentId } : {}) }, callbacks);
  };

  return (
    <Form<WindowValues>
      form={form}
      name="window"
      layout="vertical"
      onFinish={onFinish}
      initialValues={
        serviceWindow
          ? { number: serviceWindow.number, name: serviceWindow.name, kind: serviceWindow.kind, departmentId: serviceWindow.departmentId, active: serviceWindow.active }
          : { kind: 'comprehensive', active: true }
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="number" label={t('halls.windowNumber')} rules={[required(t('halls.windowNumber')), { pattern: /^[A-Za-z0-9-]{1,10}$/, message: t('halls.windowNumberHint') }]}>
        <Input placeholder="A01" maxLength={10} />
      </Form.Item>
      <Form.Item name="name" label={t('halls.windowName')} rules={[required(t('halls.windowName')), { max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('halls.windowKind')} rules={[{ required: true }]}>
        <Select options={WINDOW_KINDS.map((kind) => ({ value: kind, label: t(`halls.windowKinds.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('halls.windowDepartment')} extra={t('halls.windowDepartmentHint')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isLoading}
          options={departments.options}
          placeholder={t('halls.noDepartment')}
        />
      </Form.Item>
      {serviceWindow ? (
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      ) : null}
      <FormActions onCancel={onClose} isSubmitting={createWindow.isPending || updateWindow.isPending} />
    </Form>
  );
}
