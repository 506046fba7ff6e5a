import { Suspense } from 'react';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { PageLoading } from './PageLoading.tsx';
import { PortalFooter } from './PortalFooter.tsx';
import { SkipLink } from './SkipLink.tsx';
import { KioskSupervisor } from '../../kiosk/components/KioskSupervisor.tsx';

/** Public online service hall (网上办事大厅): header, content, footer. */
export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-layout">
      <SkipLink />
      <KioskSupervisor />
      <AppHeader
        extraLinks={[
          { key: 'person', to: '/services?audience=person', label: t('nav.personal') },
          { key: 'enterprise', to: '/services?audience=enterprise', label: t('nav.enterprise') },
          { key: 'verify', to: '/verify', label: t('licenceVerify.nav.verify') },
        ]}
      />
      <Layout.Content id="main-content" className="portal-content" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <PortalFooter />
    </Layout>
  );
}
