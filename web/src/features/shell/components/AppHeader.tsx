import { useState } from 'react';
import { Badge, Button, Divider, Drawer, Flex, Layout, Typography } from 'antd';
import { BellOutlined, LoginOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useAreaLinks, type NavLinkItem } from '../hooks/useNavigationAreas.ts';
import { BrandLogo } from './BrandLogo.tsx';
import { ButtonLink } from './ButtonLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationBell } from '../../notifications/components/NotificationBell.tsx';
import { useNotifications } from '../../notifications/hooks/useNotifications.ts';
import { UserMenu, principalName, useLogoutAndLeave } from './UserMenu.tsx';

export interface NavSection {
  title: string;
  links: NavLinkItem[];
}

/**
 * A navigation link whose target may carry a query (`/services?audience=person`): NavLink compares paths only, so
 * such a link is active only when the current query has the same values.
 */
function AreaNavLink({ link, className, onNavigate }: { link: NavLinkItem; className?: string; onNavigate?: () => void }) {
  const location = useLocation();
  const [, query = ''] = link.to.split('?');
  const current = new URLSearchParams(location.search);
  const isQueryMatch = [...new URLSearchParams(query)].every(([key, value]) => current.get(key) === value);
  return (
    <NavLink
      to={link.to}
      end={link.to === '/'}
      onClick={onNavigate}
      className={({ isActive }) => [className, isActive && isQueryMatch ? 'active' : ''].filter(Boolean).join(' ')}
    >
      {link.label}
    </NavLink>
  );
}

function DrawerLinks({ section, onNavigate }: { section: NavSection; onNavigate: () => void }) {
  if (section.links.length === 0) return null;
  return (
    <nav aria-label={section.title} className="drawer-section">
      <Typography.Text type="secondary" className="drawer-section-title">
        {section.title}
      </Typography.Text>
      <ul className="drawer-links">
        {section.links.map((link) => (
          <li key={link.key}>
            <AreaNavLink link={link} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Header of every page. On wide screens it shows the area navigation inline; below 768 px the navigation,
 * the side menu of the console (sections) and the account actions move into a drawer behind a menu button.
 */
export function AppHeader({ sections = [], extraLinks = [] }: { sections?: NavSection[]; extraLinks?: NavLinkItem[] }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const areaLinks = useAreaLinks();
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const { logoutAndLeave, isPending } = useLogoutAndLeave();
  const returnTo = encodeURIComponent(location.pathname + location.search);
  const closeDrawer = () => setDrawerOpen(false);
  const inlineLinks = [...areaLinks.slice(0, 1), ...extraLinks, ...areaLinks.slice(1)];
  // The same query as the bell's (shared cache): below 768 px the count shows on the menu button and in the drawer.
  const unreadCount = useNotifications({ pageSize: 5 }).data?.unreadCount ?? 0;
  const notificationsPath = principal?.kind === 'staff' ? '/workbench/notifications' : '/notifications';

  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap={16} className="app-header-inner">
        <BrandLogo />
        <nav aria-label={t('nav.main')} className="header-nav desktop-only">
          {inlineLinks.map((link) => (
            <AreaNavLink key={link.key} link={link} className="header-nav-link" />
          ))}
        </nav>
        <div className="header-spacer" />
        <LanguageSwitch />
        {principal ? (
          <div className="desktop-only">
            <NotificationBell listPath={notificationsPath} />
          </div>
        ) : null}
        <div className="desktop-only header-account">
          {principal ? (
            <UserMenu principal={principal} />
          ) : (
            <Flex gap={8}>
              <ButtonLink to={`/login?returnTo=${returnTo}`} type="primary" icon={<LoginOutlined aria-hidden />}>
                {t('nav.login')}
              </ButtonLink>
              <ButtonLink to="/register">{t('nav.register')}</ButtonLink>
            </Flex>
          )}
        </div>
        <Button
          className="mobile-only header-button"
          type="text"
          icon={
            <Badge dot={unreadCount > 0}>
              <MenuOutlined aria-hidden />
            </Badge>
          }
          aria-label={t('nav.openMenu')}
          aria-expanded={isDrawerOpen}
          onClick={() => setDrawerOpen(true)}
        />
      </Flex>
      <Drawer
        open={isDrawerOpen}
        onClose={closeDrawer}
        placement="right"
        size={300}
        title={principal ? principalName(principal) : t('common.appFullName')}
      >
        <DrawerLinks section={{ title: t('nav.main'), links: inlineLinks }} onNavigate={closeDrawer} />
        {sections.map((section) => (
          <DrawerLinks key={section.title} section={section} onNavigate={closeDrawer} />
        ))}
        <Divider />
        {principal ? (
          <Flex vertical gap={8}>
            <Link to={notificationsPath} onClick={closeDrawer}>
              <BellOutlined aria-hidden /> {unreadCount > 0 ? t('notifications.bellUnread', { count: unreadCount }) : t('notifications.bell')}
            </Link>
            {principal.kind === 'applicant' ? (
              <Link to="/me" onClick={closeDrawer}>
                {t('nav.myAccount')}
              </Link>
            ) : null}
            {principal.kind === 'applicant' ? (
              <Link to="/me/licences" onClick={closeDrawer}>
                {t('licenceWallet.nav.myLicences')}
              </Link>
            ) : null}
            <Button
              icon={<LogoutOutlined aria-hidden />}
              loading={isPending}
              onClick={() => {
                closeDrawer();
                logoutAndLeave();
              }}
            >
              {t('nav.logout')}
            </Button>
          </Flex>
        ) : (
          <Flex vertical gap={8}>
            <ButtonLink to={`/login?returnTo=${returnTo}`} type="primary" block onClick={closeDrawer}>
              {t('nav.login')}
            </ButtonLink>
            <ButtonLink to="/register" block onClick={closeDrawer}>
              {t('nav.register')}
            </ButtonLink>
            <Link to="/staff/login" onClick={closeDrawer}>
              {t('nav.staffLogin')}
            </Link>
          </Flex>
        )}
      </Drawer>
    </Layout.Header>
  );
}
