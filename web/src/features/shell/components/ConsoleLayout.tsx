import { Suspense } from 'react';
import { Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useConsoleLinks, type NavLinkItem } from '../hooks/useNavigationAreas.ts';
import { AppHeader, type NavSection } from './AppHeader.tsx';
import { PageLoading } from './PageLoading.tsx';
import { SkipLink } from './SkipLink.tsx';

function toMenuItems(links: NavLinkItem[]): NonNullable<MenuProps['items']> {
  return links.map((link) => ({ key: link.key, label: <Link to={link.to}>{link.label}</Link> }));
}

/** Staff console (workbench and admin): side navigation on wide screens, a drawer on phones. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { workbench, admin } = useConsoleLinks();
  const sections: NavSection[] = [
    { title: t('nav.workbench'), links: workbench },
    { title: t('nav.admin'), links: admin },
  ];
  const allLinks = [...workbench, ...admin];
  // The most specific entry is selected: /workbench/catalog/report selects the report, not also the catalogue or home.
  const selected = allLinks
    .filter((link) => location.pathname === link.key || location.pathname.startsWith(`${link.key}/`))
    .map((link) => link.key)
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const items: MenuProps['items'] = [
    { type: 'group', key: 'workbench', label: t('nav.workbench'), children: toMenuItems(workbench) },
    ...(admin.length > 0 ? [{ type: 'group' as const, key: 'admin', label: t('nav.admin'), children: toMenuItems(admin) }] : []),
  ];

  return (
    <Layout className="app-layout">
      <SkipLink />
      <AppHeader sections={sections} />
      <Layout hasSider className="console-body">
        <Layout.Sider width={220} className="console-sider desktop-only" theme="light">
          <nav aria-label={t('nav.console')}>
            <Menu mode="inline" items={items} selectedKeys={selected} className="console-menu" />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main-content" className="console-content" tabIndex={-1}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
