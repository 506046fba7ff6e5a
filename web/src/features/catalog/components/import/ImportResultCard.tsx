import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, List, Progress, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format.ts';
import { PageLoading } from '../../../shell/components/PageLoading.tsx';
import { catalogImportErrorsUrl, type CatalogImportDetail, type ImportRowError } from '../../api/catalog-import-api.ts';
import { useCatalogImport } from '../../hooks/useCatalogImports.ts';
import { ImportStatusTag } from './ImportStatusTag.tsx';

const ERROR_PAGE_SIZE = 20;

/**
 * Checking and storing are two passes over the rows, so the bar runs 0–50 % while rows are checked and 50–100 %
 * while they are stored.
 */
function percentOf(detail: CatalogImportDetail): number {
  if (detail.status === 'succeeded') return 100;
  if (detail.status === 'queued' || detail.totalRows === 0) return 0;
  const share = Math.min(1, detail.processedRows / detail.totalRows) * 50;
  return Math.floor(detail.status === 'importing' ? 50 + share : share);
}

function ImportProgress({ detail }: { detail: CatalogImportDetail }) {
  const { t } = useTranslation();
  const isFailed = detail.status === 'failed';
  return (
    <div>
      <Flex justify="space-between" wrap gap={8}>
        <Flex align="center" gap={8}>
          <ImportStatusTag status={detail.status} />
          <span>{t(`catalogImport.progress.${detail.status}`)}</span>
        </Flex>
        <Typography.Text type="secondary">{t('catalogImport.progress.rows', { processed: detail.processedRows, total: detail.totalRows })}</Typography.Text>
      </Flex>
      <Progress
        percent={isFailed ? 100 : percentOf(detail)}
        status={isFailed ? 'exception' : detail.status === 'succeeded' ? 'success' : 'active'}
        aria-label={t('catalogImport.progress.label')}
      />
    </div>
  );
}

function ErrorsTable({ detail, page, onPage }: { detail: CatalogImportDetail; page: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language.startsWith('en');
  return (
    <Table<ImportRowError>
      rowKey={(row) => `${row.sheet}|${row.row ?? ''}|${row.column ?? ''}|${row.code}|${row.message.zh}`}
      size="small"
      dataSource={detail.errors.items}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize: ERROR_PAGE_SIZE, total: detail.errors.total, showSizeChanger: false, showTotal: (total) => t('common.total', { total }), onChange: onPage }}
      columns={[
        { key: 'sheet', title: t('catalogImport.errors.sheet'), render: (_, row) => row.sheet || t('catalogImport.errors.wholeFile') },
        { key: 'row', title: t('catalogImport.errors.row'), render: (_, row) => row.row ?? '—' },
        {
          key: 'column',
          title: t('catalogImport.errors.column'),
          render: (_, row) => (row.column ? <span className="code-tag">{row.column}</span> : '—'),
        },
        { key: 'cell', title: t('catalogImport.errors.cell'), render: (_, row) => row.cell ?? '—' },
        {
          key: 'message',
          title: t('catalogImport.errors.message'),
          render: (_, row) => (
            <div style={{ maxWidth: 560, whiteSpace: 'normal' }}>
              <div className="guide-text">{isEnglish ? row.message.en : row.message.zh}</div>
              <div className="table-secondary code-tag">{row.code}</div>
            </div>
          ),
        },
      ]}
    />
  );
}

/** An import as it runs: progress, then the drafts it created, or every problem found (nothing was imported). */
export function ImportResultCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [errorPage, setErrorPage] = useState(1);
  const query = useCatalogImport(id, errorPage, ERROR_PAGE_SIZE);
  const detail = query.data;
  let body;
  if (query.isError) body = <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  else if (!detail || detail.id !== id) body = <PageLoading />;
  else {
    body = (
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'file', label: t('catalogImport.result.file'), children: detail.fileName },
            { key: 'by', label: t('catalogImport.result.uploadedBy'), children: detail.createdBy.name },
            { key: 'at', label: t('catalogImport.result.uploadedAt'), children: formatDateTime(detail.createdAt, i18n.language) },
            { key: 'items', label: t('catalogImport.result.items'), children: detail.itemCount },
          ]}
        />
        <ImportProgress detail={detail} />
        {detail.status === 'succeeded' ? (
          <>
            <Alert type="success" showIcon title={t('catalogImport.result.succeeded', { count: detail.createdCount })} description={t('catalogImport.result.succeededHint')} />
            <List
              size="small"
              header={<strong>{t('catalogImport.result.created')}</strong>}
              dataSource={detail.createdImplementations}
              pagination={detail.createdImplementations.length > 10 ? { pageSize: 10, size: 'small' } : false}
              renderItem={(item) => (
                <List.Item>
                  <Link to={`/workbench/catalog/${item.id}`}>{item.name}</Link>
                  <span className="code-tag table-secondary">{item.code}</span>
                </List.Item>
              )}
            />
          </>
        ) : null}
        {detail.status === 'failed' ? (
          <>
            <Alert
              type="error"
              showIcon
              title={t('catalogImport.result.failed', { count: detail.errorCount })}
              description={detail.errorCount > detail.errors.total ? t('catalogImport.result.truncated', { shown: detail.errors.total }) : t('catalogImport.result.failedHint')}
              action={
                <Button href={catalogImportErrorsUrl(detail.id)} icon={<DownloadOutlined aria-hidden />}>
                  {t('catalogImport.result.downloadErrors')}
                </Button>
              }
            />
            <ErrorsTable detail={detail} page={errorPage} onPage={setErrorPage} />
          </>
        ) : null}
      </Flex>
    );
  }
  return <Card title={<h2 className="card-title">{t('catalogImport.result.title')}</h2>}>{body}</Card>;
}
