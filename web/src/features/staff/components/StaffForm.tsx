import { useState } from 'react';
import { Alert, App, Form, Input, Select, Switch } from 'antd';
import { grantableRoles, isDepartmentRole, STAFF_ROLES, type StaffRole } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../../components/NewPasswordFields.tsx';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useIdentityRules } from '../../applicants/hooks/useIdentityRules.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useDepartmentOptions } from '../../departments/hooks/useDepartments.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { FormActions } from '../../shell/components/FormActions.tsx';
import type { StaffMember } from '../api/staff-api.ts';
import { useCreateStaff, useUpdateStaff } from '../hooks/useStaff.ts';
import { useDefaultRegionCode } from '../../regions/hooks/useDefaultRegionCode.ts';

interface StaffValues {
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
  roles: StaffRole[];
  regionCode: string;
  departmentId?: string | null;
  phone?: string;
  active: boolean;
}

const FIELDS = ['username', 'displayName', 'password', 'roles', 'regionCode', 'departmentId', 'phone', 'active'];

/** Roles the current user may grant; roles a member already holds stay visible but cannot be changed. */
export function useRoleOptions(current: readonly StaffRole[] = []) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const grantable = grantableRoles(principal?.kind === 'staff' ? principal.roles : []);
  return STAFF_ROLES.filter((role) => grantable.includes(role) || current.includes(role)).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
    disabled: !grantable.includes(role),
  }));
}

export function StaffForm({ member, onClose }: { member?: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useIdentityRules();
  const [form] = Form.useForm<StaffValues>();
  const createStaff = useCreateStaff();
  const updateStaff = useUpdateStaff();
  const [formError, setFormError] = useState<string | null>(null);
  const regionCode = Form.useWatch('regionCode', form) ?? member?.regionCode;
  const departments = useDepartmentOptions(regionCode);
  const roleOptions = useRoleOptions(member?.roles);
  const defaultRegionCode = useDefaultRegionCode();

  const onFinish = (values: StaffValues) => {
    setFormError(null);
    const phone = values.phone?.trim();
    const callbacks = {
      onSuccess: () => {
        void message.success(member ? t('common.saved') : t('common.created'));
        onClose();
      },
      onError: (error: unknown) => {
        const rest = applyApiErrorToForm(form, error, FIELDS);
        setFormError(rest.length > 0 ? rest.join(' ') : null);
      },
    };
    if (member) {
      updateStaff.mutate(
        {
          id: member.id,
          displayName: values.displayName.trim(),
          roles: values.roles,
          regionCode: values.regionCode,
          departmentId: values.departmentId ?? null,
          active: values.active,
          ...(phone ? { phone } : {}),
        },
        callbacks,
      );
    } else {
      createStaff.mutate(
        {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          roles: values.roles,
          regionCode: values.regionCode,
          ...(values.departmentId ? { departmentId: values.departmentId } : {}),
          ...(phone ? { phone } : {}),
        },
        callbacks,
      );
    }
  };

  return (
    <Form<StaffValues>
      form={form}
      name="staff"
      layout="vertical"
      onFinish={onFinish}
      initialValues={
        member
          ? { displayName: member.displayName, roles: member.roles, regionCode: member.regionCode, departmentId: member.departmentId, active: member.active }
          : { roles: [], active: true, ...(defaultRegionCode ? { regionCode: defaultRegionCode } : {}) }
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      {member ? null : (
        <Form.Item
          name="username"
          label={t('staff.username')}
          extra={t('staff.usernameHint')}
          rules={[rules.required(t('staff.username')), { pattern: /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$/, message: t('staff.usernameHint') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('staff.displayName')} rules={[rules.required(t('staff.displayName')), { max: 50 }]}>
        <Input />
      </Form.Item>
      {member ? null : <NewPasswordFields label={t('staff.initialPassword')} />}
      <Form.Item
        name="roles"
        label={t('staff.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('validation.required', { field: t('staff.roles') }) }]}
      >
        <Select mode="multiple" options={roleOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('staff.region')} rules={[{ required: true, message: t('validation.required', { field: t('staff.region') }) }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label={t('staff.department')}
        dependencies={['roles']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) => {
              const roles = (getFieldValue('roles') as StaffRole[] | undefined) ?? [];
              return roles.some(isDepartmentRole) && !value
                ? Promise.reject(new Error(t('staff.departmentRequired')))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={departments.isLoading} options={departments.options} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('staff.phone')}
        extra={member?.phoneMasked ? t('staff.phoneKeep', { phone: member.phoneMasked }) : undefined}
        rules={rules.optionalPhone()}
      >
        <Input inputMode="numeric" maxLength={11} autoComplete="off" />
      </Form.Item>
      {member ? (
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      ) : null}
      <FormActions onCancel={onClose} isSubmitting={createStaff.isPending || updateStaff.isPending} />
    </Form>
  );
}
