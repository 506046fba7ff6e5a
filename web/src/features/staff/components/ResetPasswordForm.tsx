import { useState } from 'react';
import { Alert, App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../../components/NewPasswordFields.tsx';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { FormActions } from '../../shell/components/FormActions.tsx';
import type { StaffMember } from '../api/staff-api.ts';
import { useResetStaffPassword } from '../hooks/useStaff.ts';

export function ResetPasswordForm({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; confirmPassword: string }>();
  const resetPassword = useResetStaffPassword();
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <Form
      form={form}
      name="reset-password"
      layout="vertical"
      onFinish={(values) =>
        resetPassword.mutate(
          { id: member.id, password: values.password },
          {
            onSuccess: () => {
              void message.success(t('staff.passwordReset'));
              onClose();
            },
            onError: (error) => {
              const rest = applyApiErrorToForm(form, error, ['password']);
              setFormError(rest.length > 0 ? rest.join(' ') : null);
            },
          },
        )
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <NewPasswordFields label={t('staff.newPassword')} />
      <FormActions onCancel={onClose} isSubmitting={resetPassword.isPending} />
    </Form>
  );
}
