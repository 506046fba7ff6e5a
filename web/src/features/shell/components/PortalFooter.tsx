import { Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function PortalFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className="portal-footer">
      <Flex wrap gap={24} justify="space-between" className="portal-footer-inner">
        <div>
          <p className="portal-footer-title">{t('footer.sponsor')}</p>
          <p>{t('footer.license')}</p>
          <p>{t('footer.disclaimer')}</p>
        </div>
        <div>
          <p className="portal-footer-title">{t('footer.hotline')}</p>
          <p>{t('footer.promise')}</p>
          <p>
            <Link to="/verify">{t('licenceVerify.nav.verify')}</Link>
          </p>
          <p>
            <Link to="/staff/login">{t('nav.staffLogin')}</Link>
          </p>
        </div>
      </Flex>
    </Layout.Footer>
  );
}
