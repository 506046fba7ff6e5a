import { useState } from 'react';
import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_ERRORS_PAGE_SIZE, ImportErrorsTable } from '../../../../components/imports/ImportErrorsTable.tsx';
import { ImportResultCard } from '../../../../components/imports/ImportResultCard.tsx';
import { formatDateTime } from '../../../../lib/format.ts';
import { catalogImportErrorsUrl, type CatalogImportDetail, type ImportRowError } from '../../api/catalog-import-api.ts';
import { useCatalogImport } from '../../hooks/useCatalogImports.ts';
import { CATALOG_IMPORT_PHASES, CatalogImportStatusTag } from './CatalogImportStatusTag.tsx';

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

/** An import as it runs: progress, then the drafts it created, or every problem found (nothing was imported). */
export function CatalogImportResult({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language.startsWith('en');
  const [errorPage, setErrorPage] = useState(1);
  const query = useCatalogImport(id, errorPage, IMPORT_ERRORS_PAGE_SIZE);
  const detail = query.data && query.data.id === id ? query.data : undefined;
  return (
    <ImportResultCard
      title={t('catalogImport.result.title')}
      isError={query.isError}
      view={
        detail && {
          phase: CATALOG_IMPORT_PHASES[detail.status],
          facts: [
            { key: 'file', label: t('catalogImport.result.file'), children: detail.fileName },
            { key: 'by', label: t('catalogImport.result.uploadedBy'), children: detail.createdBy.name },
            { key: 'at', label: t('catalogImport.result.uploadedAt'), children: formatDateTime(detail.createdAt, i18n.language) },
            { key: 'items', label: t('catalogImport.result.items'), children: detail.itemCount },
          ],
          progress: {
            tag: <CatalogImportStatusTag status={detail.status} />,
            note: t(`catalogImport.progress.${detail.status}`),
            rows: t('catalogImport.progress.rows', { processed: detail.processedRows, total: detail.totalRows }),
            percent: percentOf(detail),
            label: t('catalogImport.progress.label'),
          },
          succeeded: {
            title: t('catalogImport.result.succeeded', { count: detail.createdCount }),
            description: t('catalogImport.result.succeededHint'),
            extra: (
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
            ),
          },
          failed: {
            title: t('catalogImport.result.failed', { count: detail.errorCount }),
            description: detail.errorCount > detail.errors.total ? t('catalogImport.result.truncated', { shown: detail.errors.total }) : t('catalogImport.result.failedHint'),
            download: { href: catalogImportErrorsUrl(detail.id), label: t('catalogImport.result.downloadErrors') },
            errors: (
              <ImportErrorsTable<ImportRowError>
                rows={detail.errors.items}
                rowKey={(row) => `${row.sheet}|${row.row ?? ''}|${row.column ?? ''}|${row.code}|${row.message.zh}`}
                serverPaging={{ current: errorPage, total: detail.errors.total, onChange: setErrorPage }}
                columns={[
                  { key: 'sheet', title: t('catalogImport.errors.sheet'), render: (_, row) => row.sheet || t('catalogImport.errors.wholeFile') },
                  { key: 'row', title: t('catalogImport.errors.row'), render: (_, row) => row.row ?? '—' },
                  { key: 'column', title: t('catalogImport.errors.column'), render: (_, row) => (row.column ? <span className="code-tag">{row.column}</span> : '—') },
                  { key: 'cell', title: t('catalogImport.errors.cell'), render: (_, row) => row.cell ?? '—' },
                ]}
                messageTitle={t('catalogImport.errors.message')}
                messageClassName="guide-text"
                message={(row) => (isEnglish ? row.message.en : row.message.zh)}
                code={(row) => row.code}
              />
            ),
          },
        }
      }
    />
  );
}
