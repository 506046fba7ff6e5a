import { useState } from 'react';
import '../wallet.css';
import { Breadcrumb, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { DownloadOutlined, FileTextOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { CaseErrorAlert } from '../../../cases/components/CaseErrorAlert.tsx';
import { licenceCredentialUrl, licencePdfUrl, type WalletLicence } from '../api/wallet-api.ts';
import { useMyLicence, useMyLicences } from '../hooks/useWallet.ts';
import { LicenceFacts } from './LicenceFacts.tsx';
import { LicenceStatusTag } from '../../components/LicenceStatusTag.tsx';
import { ShareLicenceDialog } from './ShareLicenceDialog.tsx';

function LicenceDetails({ id }: { id: string }) {
  const detail = useMyLicence(id);
  if (detail.isPending) return <Spin size="small" />;
  if (detail.error) return <CaseErrorAlert error={detail.error} />;
  return <LicenceFacts licence={detail.data} />;
}

function LicenceCard({ licence, onShare }: { licence: WalletLicence; onShare: () => void }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const headingId = `licence-${licence.id}-name`;
  const detailsId = `licence-${licence.id}-details`;
  const until = licence.validUntil ?? t('licenceWallet.fields.indefinite');
  return (
    <Card className="licence-card" data-testid="licence-card" data-identifier={licence.identifier} role="listitem" aria-labelledby={headingId}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Title level={2} id={headingId} className="licence-card-title">{licence.name}</Typography.Title>
        <LicenceStatusTag status={licence.status} />
      </Flex>
      <dl className="licence-card-facts">
        <div><dt>{t('licenceWallet.fields.issuer')}</dt><dd>{licence.issuer.name}</dd></div>
        <div><dt>{t('licenceWallet.fields.validity')}</dt><dd>{t('licenceWallet.fields.validityRange', { from: licence.validFrom, until })}</dd></div>
        <div><dt>{t('licenceWallet.fields.holder')}</dt><dd>{licence.holderName}（{licence.holderCodeMasked}）</dd></div>
        <div><dt>{t('licenceWallet.fields.identifier')}</dt><dd className="licence-identifier">{licence.identifier}</dd></div>
      </dl>
      {licence.activeShares > 0 ? <Typography.Text type="secondary">{t('licenceWallet.mine.activeShares', { count: licence.activeShares })}</Typography.Text> : null}
      <Flex wrap gap={8} className="licence-card-actions">
        <Button icon={<DownloadOutlined aria-hidden />} href={licencePdfUrl(licence.id)} download>{t('licenceWallet.mine.downloadPdf')}</Button>
        <Button icon={<FileTextOutlined aria-hidden />} href={licenceCredentialUrl(licence.id)} download>{t('licenceWallet.mine.downloadJson')}</Button>
        <Button icon={<ShareAltOutlined aria-hidden />} type="primary" ghost onClick={onShare}>{t('licenceWallet.mine.share')}</Button>
        <Button type="link" aria-expanded={expanded} aria-controls={detailsId} onClick={() => setExpanded((v) => !v)}>{t('licenceWallet.mine.showDetails')}</Button>
      </Flex>
      {expanded ? <div id={detailsId} className="licence-card-details"><LicenceDetails id={licence.id} /></div> : null}
    </Card>
  );
}

/** `/me/licences`: the applicant's electronic licences (我的证照) with downloads and share links. */
export function MyLicencesPage() {
  const { t } = useTranslation();
  const licences = useMyLicences();
  const [sharing, setSharing] = useState<WalletLicence | null>(null);
  return (
    <div className="portal-page licence-wallet">
      <PageHeader
        title={t('licenceWallet.mine.title')}
        description={t('licenceWallet.mine.description')}
        breadcrumb={<Breadcrumb items={[{ key: 'me', title: <Link to="/me">{t('me.title')}</Link> }, { key: 'licences', title: t('licenceWallet.mine.title') }]} />}
      />
      <CaseErrorAlert error={licences.error} />
      {licences.isPending ? <Spin /> : null}
      {licences.data && licences.data.length === 0 ? <Empty description={t('licenceWallet.mine.empty')} /> : null}
      {licences.data && licences.data.length > 0 ? (
        <div className="licence-card-list" role="list" aria-label={t('licenceWallet.mine.listLabel')}>
          {licences.data.map((licence) => <LicenceCard key={licence.id} licence={licence} onShare={() => setSharing(licence)} />)}
        </div>
      ) : null}
      {sharing ? <ShareLicenceDialog licence={sharing} open onClose={() => setSharing(null)} /> : null}
    </div>
  );
}
