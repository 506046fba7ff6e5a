import { useTranslation } from 'react-i18next';
import { ImportErrorsTable } from '../../../../components/imports/ImportErrorsTable.tsx';
import { ImportResultCard } from '../../../../components/imports/ImportResultCard.tsx';
import { ImportStatusTag, type ImportPhase } from '../../../../components/imports/ImportStatusTag.tsx';
import { formatDateTime } from '../../../../lib/format.ts';
import { importPercent, licenceImportErrorsUrl, type LicenceImportError, type LicenceImportStatus } from '../api/licence-import-api.ts';
import { useLicenceImport } from '../hooks/useLicenceImports.ts';

const PHASES: Record<LicenceImportStatus, ImportPhase> = { running: 'running', completed: 'succeeded', failed: 'failed' };

export function LicenceImportStatusTag({ status }: { status: LicenceImportStatus }) {
  const { t } = useTranslation();
  return <ImportStatusTag phase={PHASES[status]} label={t(`licenceImport.status.${status}`)} />;
}

/** An import as it runs (polled), then its outcome: how many licences, or every problem found. */
export function LicenceImportResult({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language.startsWith('en');
  const query = useLicenceImport(id);
  const detail = query.data && query.data.id === id ? query.data : undefined;
  const finishing = detail?.status === 'running' && detail.totalRows > 0 && detail.processedRows >= detail.totalRows;
  return (
    <ImportResultCard
      title={t('licenceImport.result.title')}
      isError={query.isError}
      loadFailedText={t('licenceImport.result.loadFailed')}
      view={
        detail && {
          phase: PHASES[detail.status],
          facts: [
            { key: 'file', label: t('licenceImport.result.file'), children: detail.fileName },
            { key: 'type', label: t('licenceImport.result.type'), children: detail.licenceType.name },
            { key: 'department', label: t('licenceImport.result.department'), children: detail.department.name },
            { key: 'rows', label: t('licenceImport.result.rows'), children: detail.totalRows },
            { key: 'by', label: t('licenceImport.result.uploadedBy'), children: detail.createdBy.name },
            { key: 'at', label: t('licenceImport.result.uploadedAt'), children: formatDateTime(detail.createdAt, i18n.language) },
          ],
          progress: {
            tag: <LicenceImportStatusTag status={detail.status} />,
            rows: finishing
              ? t('licenceImport.result.finishing')
              : t('licenceImport.result.progressRows', { processed: detail.status === 'completed' ? detail.importedCount : detail.processedRows, total: detail.totalRows }),
            announceRows: true,
            percent: importPercent(detail),
            label: t('licenceImport.result.progressLabel'),
          },
          running: t('licenceImport.result.running'),
          succeeded: { title: t('licenceImport.result.completed', { count: detail.importedCount }), description: t('licenceImport.result.completedHint') },
          failed: {
            title: t('licenceImport.result.failed', { count: detail.errorCount }),
            description: t('licenceImport.result.failedHint'),
            download: { href: licenceImportErrorsUrl(detail.id), label: t('licenceImport.result.downloadErrors'), size: 'small' },
            errors: (
              <ImportErrorsTable<LicenceImportError>
                rows={detail.errors}
                rowKey={(row) => `${row.row}|${row.column ?? ''}|${row.code}|${row.message}`}
                caption={t('licenceImport.errors.caption')}
                columns={[
                  { key: 'row', title: t('licenceImport.errors.row'), render: (_, row) => (row.row === 0 ? t('licenceImport.errors.wholeFile') : row.row === 1 ? t('licenceImport.errors.header') : row.row) },
                  { key: 'column', title: t('licenceImport.errors.column'), render: (_, row) => row.column ?? '—' },
                ]}
                messageTitle={t('licenceImport.errors.message')}
                // The server's message is Chinese; English readers get the code's own text.
                message={(row) => (isEnglish ? t(`licenceImport.codes.${row.code}`, { defaultValue: row.message }) : row.message)}
                code={(row) => row.code}
              />
            ),
          },
        }
      }
    />
  );
}
