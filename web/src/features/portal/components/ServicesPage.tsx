import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { isAudience, isThemeKey } from '../themes.ts';
import { ServiceSearch } from './ServiceSearch.tsx';

/** Placeholder for the service catalogue: honest about what is not there yet, and where to get help. */
export function ServicesPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const theme = searchParams.get('theme');
  const audience = searchParams.get('audience');
  const heading = isAudience(audience) ? t(`home.audience.${audience}.title`) : t('services.title');
  useDocumentTitle(heading);

  return (
    <div className="services-page">
      <Typography.Title level={1} className="page-title">
        {heading}
      </Typography.Title>
      <ServiceSearch defaultValue={q} size="middle" />
      <Card className="services-empty">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={8} align="center">
              <Typography.Title level={2} className="services-empty-title">
                {t('services.comingSoonTitle')}
              </Typography.Title>
              {q ? <Typography.Text>{t('services.youSearched', { q })}</Typography.Text> : null}
              {isThemeKey(theme) ? (
                <Typography.Text>{t('services.theme', { theme: t(`home.themes.${theme}.title`) })}</Typography.Text>
              ) : null}
              <Typography.Paragraph type="secondary" style={{ maxWidth: 520 }}>
                {t('services.comingSoonDescription')}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('services.hotline')}</Typography.Paragraph>
            </Flex>
          }
        >
          <Flex gap={8} justify="center" wrap>
            <ButtonLink to="/" type="primary">
              {t('common.backHome')}
            </ButtonLink>
            <Link to="/register" className="services-register-link">
              {t('services.registerFirst')}
            </Link>
          </Flex>
        </Empty>
      </Card>
    </div>
  );
}
