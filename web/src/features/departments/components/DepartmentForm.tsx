import { useState } from 'react';
import { Alert, App, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { normalizeCode, useIdentityRules } from '../../applicants/hooks/useIdentityRules.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { FormActions } from '../../shell/components/FormActions.tsx';
import { DEPARTMENT_KINDS, type Department, type DepartmentInput, type DepartmentKind } from '../api/departments-api.ts';
import { useCreateDepartment, useUpdateDepartment } from '../hooks/useDepartments.ts';
import { useDefaultRegionCode } from '../../regions/hooks/useDefaultRegionCode.ts';

interface DepartmentValues {
  name: string;
  shortName?: string;
  creditCode: string;
  regionCode: string;
  kind: DepartmentKind;
  phone?: string;
  address?: string;
  active: boolean;
}

const FIELDS = ['name', 'shortName', 'creditCode', 'regionCode', 'kind', 'phone', 'address', 'active'];

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** On create, empty optional fields are left out; on edit they are sent as null, which clears them. */
function toInput(values: DepartmentValues, isEdit: boolean): DepartmentInput {
  const shortName = optional(values.shortName);
  const phone = optional(values.phone);
  const address = optional(values.address);
  const absent = isEdit ? null : undefined;
  return {
    name: values.name.trim(),
    creditCode: normalizeCode(values.creditCode),
    regionCode: values.regionCode,
    kind: values.kind,
    shortName: shortName ?? absent,
    phone: phone ?? absent,
    address: address ?? absent,
  };
}

/** Create or edit a department; the credit code is checked in the browser with the GB 32100 rules. */
export function DepartmentForm({ department, onClose }: { department?: Department; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useIdentityRules();
  const [form] = Form.useForm<DepartmentValues>();
  const createDepartment = useCreateDepartment();
  const updateDepartment = useUpdateDepartment();
  const [formError, setFormError] = useState<string | null>(null);
  const isSubmitting = createDepartment.isPending || updateDepartment.isPending;
  const defaultRegionCode = useDefaultRegionCode();

  const onError = (error: unknown) => {
    const rest = applyApiErrorToForm(form, error, FIELDS);
    setFormError(rest.length > 0 ? rest.join(' ') : null);
  };
  const onSuccess = () => {
    void message.success(department ? t('common.saved') : t('common.created'));
    onClose();
  };
  const onFinish = (values: DepartmentValues) => {
    setFormError(null);
    const input = toInput(values, Boolean(department));
    if (department) updateDepartment.mutate({ id: department.id, ...input, active: values.active }, { onSuccess, onError });
    else createDepartment.mutate(input, { onSuccess, onError });
  };

  return (
    <Form<DepartmentValues>
      form={form}
      name="department"
      layout="vertical"
      onFinish={onFinish}
      initialValues={
        department
          ? {
              name: department.name,
              shortName: department.shortName ?? '',
              creditCode: department.creditCode,
              regionCode: department.regionCode,
              kind: department.kind,
              phone: department.phone ?? '',
              address: department.address ?? '',
              active: department.active,
            }
          : { kind: 'department', active: true, ...(defaultRegionCode ? { regionCode: defaultRegionCode } : {}) }
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="name" label={t('departments.name')} rules={[rules.required(t('departments.name')), { min: 2, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label={t('departments.shortName')} rules={[{ max: 30 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('departments.creditCode')}
        normalize={normalizeCode}
        validateFirst
        rules={rules.creditCode(t('departments.creditCode'))}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="regionCode" label={t('departments.region')} rules={[{ required: true, message: t('validation.required', { field: t('departments.region') }) }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item name="kind" label={t('departments.kind')} rules={[{ required: true }]}>
        <Select options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`departments.kinds.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="phone" label={t('departments.phone')} rules={[{ max: 40 }]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="address" label={t('departments.address')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      {department ? (
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      ) : null}
      <FormActions onCancel={onClose} isSubmitting={isSubmitting} />
    </Form>
  );
}
