import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStaffLogin } from '../hooks/useAuthMutations.ts';
import { LoginCard } from './LoginCard.tsx';

export function StaffLoginPage() {
  const { t } = useTranslation();
  const login = useStaffLogin();
  return (
    <LoginCard
      principalKind="staff"
      defaultReturnTo="/workbench"
      title={t('auth.staffLoginTitle')}
      subtitle={t('auth.staffLoginSubtitle')}
      footer={<Link to="/login">{t('auth.applicantEntry')}</Link>}
      formName="staff-login"
      account={{ name: 'username', label: t('auth.username'), requiredMessage: t('auth.usernameRequired'), icon: <UserOutlined aria-hidden /> }}
      login={login}
    />
  );
}
