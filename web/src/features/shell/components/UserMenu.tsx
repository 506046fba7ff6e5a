import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Principal } from '../../auth/api/auth-api.ts';
import { useLogout } from '../../auth/hooks/useAuthMutations.ts';

export function principalName(principal: Principal): string {
  return principal.kind === 'staff' ? principal.displayName : principal.name;
}

/** Logs out and goes home; shared by the dropdown and the mobile drawer. */
export function useLogoutAndLeave(): { logoutAndLeave: () => void; isPending: boolean } {
  const logout = useLogout();
  return { isPending: logout.isPending, logoutAndLeave: () => logout.mutate() };
}

export function UserMenu({ principal }: { principal: Principal }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { logoutAndLeave } = useLogoutAndLeave();
  const items: MenuProps['items'] = [
    principal.kind === 'applicant'
      ? { key: 'me', icon: <UserOutlined />, label: t('nav.myAccount'), onClick: () => void navigate('/me') }
      : { key: 'workbench', icon: <UserOutlined />, label: t('nav.workbench'), onClick: () => void navigate('/workbench') },
    ...(principal.kind === 'applicant' ? [{ key: 'licences', icon: <SafetyCertificateOutlined />, label: t('licenceWallet.nav.myLicences'), onClick: () => void navigate('/me/licences') }] : []),
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: logoutAndLeave },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="header-button" aria-label={t('nav.userMenu', { name: principalName(principal) })}>
        <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#0b57b0' }} />
        <span className="user-menu-name">{principalName(principal)}</span>
      </Button>
    </Dropdown>
  );
}
