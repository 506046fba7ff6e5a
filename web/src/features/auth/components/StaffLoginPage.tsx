import { Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../../lib/format.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { useStaffLogin } from '../hooks/useAuthMutations.ts';
import { useSession } from '../hooks/useSession.ts';
import { AuthCard } from './AuthCard.tsx';
import { LoginErrorAlert } from './LoginErrorAlert.tsx';

interface StaffLoginValues {
  username: string;
  password: string;
}

export function StaffLoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.staffLoginTitle'));
  const [form] = Form.useForm<StaffLoginValues>();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { principal } = useSession();
  const login = useStaffLogin();
  const returnTo = safeReturnTo(searchParams.get('returnTo'), '/workbench');

  if (principal?.kind === 'staff' && !login.isPending) return <Navigate to={returnTo} replace />;

  const onFinish = (values: StaffLoginValues) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: () => void navigate(returnTo, { replace: true }),
        onError: (error) => applyApiErrorToForm(form, error, ['username', 'password']),
      },
    );
  };

  return (
    <AuthCard
      title={t('auth.staffLoginTitle')}
      subtitle={t('auth.staffLoginSubtitle')}
      footer={<Link to="/login">{t('auth.applicantEntry')}</Link>}
    >
      <LoginErrorAlert error={login.error} />
      <Form form={form} name="staff-login" layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" size="large" />
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
