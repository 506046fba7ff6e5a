import '../wallet.css';
import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../lib/api-client.ts';
import { formatDateTime } from '../../../../lib/format.ts';
import { useDocumentTitle } from '../../../shell/hooks/useDocumentTitle.ts';
import { sharedLicencePdfUrl } from '../api/wallet-api.ts';
import { useSharedLicence } from '../hooks/useWallet.ts';
import { LicenceFacts } from './LicenceFacts.tsx';

/** `/licences/shared/:token`: a licence its holder shared by a time-limited link (read-only, no login). */
export function SharedLicencePage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? '';
  const shared = useSharedLicence(token);
  useDocumentTitle(t('licenceWallet.shared.title'));
  const licence = shared.data;
  const errorText = shared.error
    ? isApiError(shared.error, 'LICENCE_SHARE_UNAVAILABLE') || isApiError(shared.error, 'NOT_FOUND') ? t('licenceWallet.shared.unavailable')
      : isApiError(shared.error, 'RATE_LIMITED') ? t('licenceWallet.shared.rateLimited')
      : t('licenceWallet.shared.loadFailed')
    : null;
  return (
    <article className="services-page licence-shared" aria-labelledby="licence-shared-title">
      <Typography.Title level={1} id="licence-shared-title">{t('licenceWallet.shared.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licenceWallet.shared.intro')}</Typography.Paragraph>
      {shared.isPending ? <Spin /> : null}
      {errorText ? <Alert type="warning" showIcon role="alert" data-testid="licence-share-unavailable" title={errorText} /> : null}
      {licence ? (
        <Card>
          <Flex vertical gap={12}>
            <Typography.Title level={2} className="licence-card-title">{licence.name}</Typography.Title>
            <LicenceFacts licence={licence} />
            <Typography.Text type="secondary">
              {t('licenceWallet.shared.checkedAt', { time: formatDateTime(licence.checkedAt, i18n.language) })}
              {' · '}
              {t('licenceWallet.shared.linkValidUntil', { time: formatDateTime(licence.shareExpiresAt, i18n.language) })}
            </Typography.Text>
            <Flex wrap gap={8}>
              <Button type="primary" icon={<DownloadOutlined aria-hidden />} href={sharedLicencePdfUrl(token)} download>{t('licenceWallet.mine.downloadPdf')}</Button>
              <Link to="/verify" className="licence-verify-link">{t('licenceWallet.shared.verifyLink')}</Link>
            </Flex>
          </Flex>
        </Card>
      ) : null}
    </article>
  );
}
