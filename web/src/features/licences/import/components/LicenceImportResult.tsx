import { Alert, Button, Card, Descriptions, Flex, Progress, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import { PageLoading } from '../../../shell/components/PageLoading.tsx';
import { importPercent, licenceImportErrorsUrl, type LicenceImportDetail, type LicenceImportError, type LicenceImportStatus } from '../api/licence-import-api.ts';
import { useLicenceImport } from '../hooks/useLicenceImports.ts';

const STATUS_COLORS: Record<LicenceImportStatus, string> = { running: 'processing', completed: 'success', failed: 'error' };

export function LicenceImportStatusTag({ status }: { status: LicenceImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`licenceImport.status.${status}`)}</Tag>;
}

function ImportProgress({ detail }: { detail: LicenceImportDetail }) {
  const { t } = useTranslation();
  const isFailed = detail.status === 'failed';
  const finishing = detail.status === 'running' && detail.totalRows > 0 && detail.processedRows >= detail.totalRows;
  return (
    <div>
      <Flex justify="space-between" wrap gap={8}>
        <LicenceImportStatusTag status={detail.status} />
        <Typography.Text type="secondary" aria-live="polite">
          {finishing ? t('licenceImport.result.finishing') : t('licenceImport.result.progressRows', { processed: detail.status === 'completed' ? detail.importedCount : detail.processedRows, total: detail.totalRows })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={isFailed ? 100 : importPercent(detail)}
        status={isFailed ? 'exception' : detail.status === 'completed' ? 'success' : 'active'}
        aria-label={t('licenceImport.result.progressLabel')}
      />
    </div>
  );
}

function ErrorsTable({ errors }: { errors: LicenceImportError[] }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language.startsWith('en');
  return (
    <Table<LicenceImportError>
      rowKey={(row) => `${row.row}|${row.column ?? ''}|${row.code}|${row.message}`}
      size="small"
      dataSource={errors}
      scroll={{ x: 'max-content' }}
      caption={<span className="visually-hidden">{t('licenceImport.errors.caption')}</span>}
      pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) } : false}
      columns={[
        { key: 'row', title: t('licenceImport.errors.row'), render: (_, row) => (row.row === 0 ? t('licenceImport.errors.wholeFile') : row.row === 1 ? t('licenceImport.errors.header') : row.row) },
        { key: 'column', title: t('licenceImport.errors.column'), render: (_, row) => row.column ?? '—' },
        {
          key: 'message',
          title: t('licenceImport.errors.message'),
          render: (_, row) => (
            <div style={{ maxWidth: 560, whiteSpace: 'normal' }}>
              {/* The server's message is Chinese; English readers get the code's own text. */}
              <div>{isEnglish ? t(`licenceImport.codes.${row.code}`, { defaultValue: row.message }) : row.message}</div>
              <div className="table-secondary code-tag">{row.code}</div>
            </div>
          ),
        },
      ]}
    />
  );
}

/** An import as it runs (polled), then its outcome: how many licences, or every problem found. */
export function LicenceImportResult({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const query = useLicenceImport(id);
  const detail = query.data;
  let body;
  if (query.isError) body = <Alert type="error" showIcon title={t('licenceImport.result.loadFailed')} />;
  else if (!detail || detail.id !== id) body = <PageLoading />;
  else {
    body = (
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'file', label: t('licenceImport.result.file'), children: detail.fileName },
            { key: 'type', label: t('licenceImport.result.type'), children: detail.licenceType.name },
            { key: 'department', label: t('licenceImport.result.department'), children: detail.department.name },
            { key: 'rows', label: t('licenceImport.result.rows'), children: detail.totalRows },
            { key: 'by', label: t('licenceImport.result.uploadedBy'), children: detail.createdBy.name },
            { key: 'at', label: t('licenceImport.result.uploadedAt'), children: formatDateTime(detail.createdAt, i18n.language) },
          ]}
        />
        <ImportProgress detail={detail} />
        {detail.status === 'running' ? <Alert type="info" showIcon title={t('licenceImport.result.running')} /> : null}
        {detail.status === 'completed' ? (
          <Alert type="success" showIcon title={t('licenceImport.result.completed', { count: detail.importedCount })} description={t('licenceImport.result.completedHint')} />
        ) : null}
        {detail.status === 'failed' ? (
          <>
            <Alert
              type="error"
              showIcon
              title={t('licenceImport.result.failed', { count: detail.errorCount })}
              description={t('licenceImport.result.failedHint')}
              action={
                <Button size="small" href={licenceImportErrorsUrl(detail.id)} icon={<DownloadOutlined aria-hidden />}>
                  {t('licenceImport.result.downloadErrors')}
                </Button>
              }
            />
            <ErrorsTable errors={detail.errors} />
          </>
        ) : null}
      </Flex>
    );
  }
  return <Card title={<h2 className="card-title">{t('licenceImport.result.title')}</h2>}>{body}</Card>;
}
