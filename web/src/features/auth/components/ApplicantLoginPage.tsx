import { IdcardOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApplicantLogin } from '../hooks/useAuthMutations.ts';
import { LoginCard } from './LoginCard.tsx';

export function ApplicantLoginPage() {
  const { t } = useTranslation();
  const login = useApplicantLogin();
  return (
    <LoginCard
      principalKind="applicant"
      defaultReturnTo="/me"
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
      formName="applicant-login"
      account={{
        name: 'identifier',
        label: t('auth.identifier'),
        extra: t('auth.identifierHint'),
        requiredMessage: t('auth.identifierRequired'),
        icon: <IdcardOutlined aria-hidden />,
      }}
      login={login}
    />
  );
}
