import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIdentityRules } from '../features/applicants/hooks/useIdentityRules.ts';

/**
 * A new password (checked against the password policy, with the policy as hint) and its confirmation, as the form
 * fields `password` and `confirmPassword`. `label` names the first field ("Password", "Initial password", …).
 */
export function NewPasswordFields({ label }: { label: string }) {
  const { t } = useTranslation();
  const rules = useIdentityRules();
  return (
    <>
      <Form.Item name="password" label={label} extra={t('register.passwordHint')} validateFirst rules={rules.password(label)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('register.confirmPassword')}
        dependencies={['password']}
        validateFirst
        rules={rules.confirmPassword(t('register.confirmPassword'))}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
