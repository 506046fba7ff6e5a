import { lazy, Suspense } from 'react';
import { Alert, Breadcrumb, Button, Flex, Result, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { useCodeLabels } from '../hooks/useCodeLabels.ts';
import { useFormatLimit } from '../hooks/useFormatLimit.ts';
import { useGuide } from '../hooks/usePublicCatalog.ts';
import { ServiceBadges } from './ServiceBadges.tsx';
import { GuideContent } from './guide/GuideContent.tsx';

const GuideQrCode = lazy(() => import('./guide/GuideQrCode.tsx').then((m) => ({ default: m.GuideQrCode })));

/** The public guide (办事指南) of one item: every element, printable, with a QR code that opens it on a phone. */
export function GuidePage() {
  const { t, i18n } = useTranslation();
  const { code } = useParams();
  const guide = useGuide(code);
  const labels = useCodeLabels();
  const formatLimit = useFormatLimit();
  useDocumentTitle(guide.data?.name ?? t('guide.title'));

  if (guide.isPending) return <PageLoading />;
  if (guide.isError || !guide.data) {
    const isMissing = isApiError(guide.error) && (guide.error.status === 404 || guide.error.status === 400);
    return (
      <div className="services-page">
        <Result
          status={isMissing ? '404' : 'error'}
          title={<h1 className="result-title">{isMissing ? t('guide.notFoundTitle') : t('errors.loadFailed')}</h1>}
          subTitle={isMissing ? t('guide.notFoundDescription') : t('errors.pageFailedDescription')}
          extra={
            <ButtonLink to="/services" type="primary">
              {t('guide.backToList')}
            </ButtonLink>
          }
        />
      </div>
    );
  }

  const { content } = guide.data;
  // PUBLIC_URL when the server has one (a code printed from an intranet address would not open on a phone).
  const guideUrl = guide.data.url ?? `${window.location.origin}/services/${guide.data.code}`;
  const hasFees = (content.fees ?? []).length > 0;
  return (
    <article className="services-page guide-page" aria-labelledby="guide-title">
      <Breadcrumb
        className="no-print guide-breadcrumb"
        items={[{ key: 'services', title: <Link to="/services">{t('guide.breadcrumb')}</Link> }, { key: 'guide', title: guide.data.name }]}
      />
      <header className="guide-header">
        <div className="guide-header-main">
          <Typography.Text type="secondary" className="guide-kicker">
            {t('guide.title')}
          </Typography.Text>
          <Typography.Title level={1} id="guide-title" className="page-title guide-title">
            {guide.data.name}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="guide-header-meta">
            {guide.data.departmentName} · {guide.data.regionName} · {labels.itemType(guide.data.typeCode)}
          </Typography.Paragraph>
          <ServiceBadges
            size="large"
            caseKind={content.caseKind}
            onlineDepth={content.onlineDepth}
            tripsToSite={content.tripsToSite}
            allowsCommitment={content.allowsCommitment}
          />
          <dl className="guide-facts">
            <div>
              <dt>{t('guide.fields.promisedLimit')}</dt>
              <dd>{formatLimit(content.promisedLimit, { withNote: false })}</dd>
            </div>
            <div>
              <dt>{t('guide.fields.legalLimit')}</dt>
              <dd>{formatLimit(content.legalLimit, { withNote: false })}</dd>
            </div>
            <div>
              <dt>{t('guide.sections.fees')}</dt>
              <dd>{hasFees ? (content.fees ?? []).map((fee) => fee.standard).join('；') : t('guide.noFees')}</dd>
            </div>
            <div>
              <dt>{t('guide.fields.consultationPhone')}</dt>
              <dd>{content.consultationPhone || '—'}</dd>
            </div>
          </dl>
          <Flex gap={8} wrap className="no-print guide-actions">
            {content.channels.includes('online') ? (
              <ButtonLink type="primary" to={`/apply/${guide.data.code}`} data-testid="apply-online">
                {t('cases.apply.button')}
              </ButtonLink>
            ) : null}
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('guide.print')}
            </Button>
          </Flex>
        </div>
        <aside className="guide-qr-card" aria-label={t('guide.qrTitle')}>
          <Suspense fallback={<div className="guide-qr-placeholder" />}>
            <GuideQrCode url={guideUrl} label={t('guide.qrLabel')} />
          </Suspense>
          <div>
            <strong className="guide-qr-title">{t('guide.qrTitle')}</strong>
            <div className="guide-muted">{t('guide.qrHint')}</div>
          </div>
        </aside>
      </header>

      {content.tripsToSite > 0 && content.visitReason ? (
        <Alert className="guide-visit-reason" type="info" showIcon title={`${t('guide.fields.visitReason')}${t('catalog.colon')}${content.visitReason}`} />
      ) : null}

      <GuideContent
        content={content}
        compressionRatio={guide.data.compressionRatio}
        files={{ summaries: guide.data.files ?? {}, href: (id) => `/api/public/catalog/items/${encodeURIComponent(guide.data.code)}/files/${id}` }}
        meta={{
          code: guide.data.code,
          basicCode: guide.data.basicCode,
          typeCode: guide.data.typeCode,
          level: guide.data.level,
          departmentName: guide.data.departmentName,
          regionName: guide.data.regionName,
          version: guide.data.version,
          publishedAt: guide.data.publishedAt,
        }}
      />
      <footer className="guide-footer">
        <Typography.Text type="secondary">
          {t('guide.versionLine', { version: guide.data.version, date: formatDate(guide.data.publishedAt, i18n.language) })}
        </Typography.Text>
        <div className="print-only">{t('guide.printedFrom', { url: guideUrl })}</div>
      </footer>
    </article>
  );
}
