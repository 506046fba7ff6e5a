import { Alert, Breadcrumb, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import type { Proof } from '../api/public-catalog-api.ts';
import { useCancelledProofs } from '../hooks/usePublicCatalog.ts';

/** 减证便民: the public list of cancelled proofs, which no department may ask for again. */
export function CancelledProofsPage() {
  const { t, i18n } = useTranslation();
  const proofs = useCancelledProofs();
  useDocumentTitle(t('proofs.title'));

  return (
    <div className="services-page">
      <Breadcrumb className="guide-breadcrumb" items={[{ key: 'services', title: <Link to="/services">{t('guide.breadcrumb')}</Link> }, { key: 'proofs', title: t('proofs.title') }]} />
      <Typography.Title level={1} className="page-title">
        {t('proofs.title')}
      </Typography.Title>
      <Alert className="proofs-notice" type="success" showIcon title={t('proofs.description')} />
      <Table<Proof>
        className="proofs-table"
        rowKey="code"
        loading={proofs.isPending}
        dataSource={proofs.data ?? []}
        scroll={{ x: 760 }}
        pagination={false}
        locale={{ emptyText: proofs.isError ? t('errors.loadFailed') : t('proofs.empty') }}
        footer={proofs.data && proofs.data.length > 0 ? () => t('proofs.count', { total: proofs.data.length }) : undefined}
        columns={[
          {
            key: 'name',
            title: t('proofs.name'),
            render: (_, proof) => (
              <div>
                <strong>{proof.name}</strong>
                <div className="guide-muted code-tag">{proof.code}</div>
              </div>
            ),
          },
          { key: 'issuer', title: t('proofs.issuer'), dataIndex: 'issuer' },
          {
            key: 'reason',
            title: t('proofs.reason'),
            render: (_, proof) => (proof.reason ? <Tag color="green">{t(`catalog.proofReasons.${proof.reason}`)}</Tag> : '—'),
          },
          { key: 'note', title: t('proofs.note'), render: (_, proof) => proof.note || '—' },
          { key: 'cancelledAt', title: t('proofs.cancelledAt'), render: (_, proof) => formatDate(proof.cancelledAt, i18n.language) },
        ]}
      />
    </div>
  );
}
