import { Button, Form, Input } from 'antd';
import { IdcardOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../../lib/format.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { useApplicantLogin } from '../hooks/useAuthMutations.ts';
import { useSession } from '../hooks/useSession.ts';
import { AuthCard } from './AuthCard.tsx';
import { LoginErrorAlert } from './LoginErrorAlert.tsx';

interface ApplicantLoginValues {
  identifier: string;
  password: string;
}

export function ApplicantLoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.applicantLoginTitle'));
  const [form] = Form.useForm<ApplicantLoginValues>();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { principal } = useSession();
  const login = useApplicantLogin();
  const returnTo = safeReturnTo(searchParams.get('returnTo'), '/me');

  if (principal?.kind === 'applicant' && !login.isPending) return <Navigate to={returnTo} replace />;

  const onFinish = (values: ApplicantLoginValues) => {
    login.mutate(
      { identifier: values.identifier.trim(), password: values.password },
      {
        onSuccess: () => void navigate(returnTo, { replace: true }),
        onError: (error) => applyApiErrorToForm(form, error, ['identifier', 'password']),
      },
    );
  };

  return (
    <AuthCard
      title={t('auth.applicantLoginTitle')}
      subtitle={t('auth.applicantLoginSubtitle')}
      footer={
        <>
          <span>
            {t('auth.noAccount')} <Link to="/register">{t('auth.registerNow')}</Link>
          </span>
          <Link to="/staff/login">{t('auth.staffEntry')}</Link>
        </>
      }
    >
      <LoginErrorAlert error={login.error} />
      <Form form={form} name="applicant-login" layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="identifier"
          label={t('auth.identifier')}
          extra={t('auth.identifierHint')}
          rules={[{ required: true, whitespace: true, message: t('auth.identifierRequired') }]}
        >
          <Input prefix={<IdcardOutlined aria-hidden />} autoComplete="username" size="large" />
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
