import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { AttachedLicence } from '../api/cases-api.ts';
import { LicenceStatusTag } from '../../licences/components/LicenceStatusTag.tsx';

/**
 * An e-licence attached instead of an upload (减证便民): name, status as checked against the registry when the case
 * was read, identifier and validity — what the front desk needs to accept it as verified.
 */
export function LicenceAttachment({ licence, href }: { licence: AttachedLicence; href?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="case-licence" data-testid="licence-attachment">
      <div>
        <SafetyCertificateOutlined aria-hidden /> <strong>{t('licenceReuse.attached')}：{licence.name}</strong> <LicenceStatusTag status={licence.status} />
      </div>
      <div className="case-muted">
        {licence.issuerName} · {licence.validUntil ? t('licenceReuse.validUntil', { date: licence.validUntil }) : t('licenceReuse.indefinite')}
      </div>
      <div className="case-muted case-licence-identifier">{t('licenceReuse.identifier')}：<code>{licence.identifier}</code></div>
      {href ? <a href={href} download>{t('licenceReuse.openPdf')}</a> : null}
      {licence.status === 'valid' ? (
        <div className="case-muted">{t('licenceReuse.verified', { time: formatDateTime(licence.verifiedAt, i18n.language) })}</div>
      ) : null}
    </div>
  );
}
