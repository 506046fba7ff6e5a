import type { ReactNode } from 'react';
import { Button, Form, Input } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../../lib/format.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import type { LoginResponse, Principal } from '../api/auth-api.ts';
import { useSession } from '../hooks/useSession.ts';
import { AuthCard } from './AuthCard.tsx';
import { LoginErrorAlert } from './LoginErrorAlert.tsx';

type Credentials<Account extends string> = Record<Account, string> & { password: string };

/** The account field of a login form: `identifier` (ID number / credit code / phone) or `username`. */
export interface LoginAccountField<Account extends string> {
  name: Account;
  label: string;
  extra?: string;
  requiredMessage: string;
  icon: ReactNode;
}

/**
 * A login page: account + password in an AuthCard. A visitor already logged in as `principalKind` goes straight to
 * `?returnTo=` (or `defaultReturnTo`), and so does one who logs in; server field errors go onto the fields.
 */
export function LoginCard<Account extends string>({
  principalKind,
  defaultReturnTo,
  title,
  subtitle,
  footer,
  formName,
  account,
  login,
}: {
  principalKind: Principal['kind'];
  defaultReturnTo: string;
  title: string;
  subtitle: string;
  footer: ReactNode;
  formName: string;
  account: LoginAccountField<Account>;
  login: UseMutationResult<LoginResponse, Error, Credentials<Account>>;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [form] = Form.useForm<Credentials<Account>>();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { principal } = useSession();
  const returnTo = safeReturnTo(searchParams.get('returnTo'), defaultReturnTo);
  // antd's NamePath typing cannot follow a generic field name.
  const accountField: string = account.name;

  if (principal?.kind === principalKind && !login.isPending) return <Navigate to={returnTo} replace />;

  const onFinish = (values: Credentials<Account>) => {
    const credentials = { [account.name]: values[account.name].trim(), password: values.password } as Credentials<Account>;
    login.mutate(credentials, {
      onSuccess: () => void navigate(returnTo, { replace: true }),
      onError: (error) => applyApiErrorToForm(form, error, [account.name, 'password']),
    });
  };

  return (
    <AuthCard title={title} subtitle={subtitle} footer={footer}>
      <LoginErrorAlert error={login.error} />
      <Form form={form} name={formName} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name={accountField} label={account.label} extra={account.extra} rules={[{ required: true, whitespace: true, message: account.requiredMessage }]}>
          <Input prefix={account.icon} autoComplete="username" size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.loginSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
