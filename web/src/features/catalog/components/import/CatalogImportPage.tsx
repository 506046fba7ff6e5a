import { useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Flex, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../../lib/api-client.ts';
import { ForbiddenResult } from '../../../shell/components/ForbiddenResult.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { CATALOG_TEMPLATE_URL, IMPORT_MAX_BYTES } from '../../api/catalog-import-api.ts';
import { useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import { useUploadCatalogImport } from '../../hooks/useCatalogImports.ts';
import { CatalogImportResult } from './CatalogImportResult.tsx';
import { CatalogRecentImports } from './CatalogRecentImports.tsx';

/** 128 random bits as hex (crypto.randomUUID exists only on https and localhost; getRandomValues everywhere). */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Bulk import of implementations from the xlsx template: upload, watch the progress, then open the new drafts or
 * work through the error report. The import shown is in the URL (?id=…), so a reload or a shared link keeps it.
 */
export function CatalogImportPage() {
  const { t } = useTranslation();
  const permissions = useCatalogPermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('id') ?? undefined;
  const uploadImport = useUploadCatalogImport();
  // One key per chosen file: sending the same file again (a retry) answers the import it already started.
  const [pending, setPending] = useState<{ file: File; idempotencyKey: string } | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  if (!permissions.canImport) return <ForbiddenResult />;

  const select = (id: string) => setSearchParams({ id });
  const send = (next: { file: File; idempotencyKey: string }) => {
    setPending(next);
    uploadImport.mutate(next, { onSuccess: (created) => { setPending(null); select(created.id); } });
  };
  const choose = (file: File) => {
    setLocalError(null);
    uploadImport.reset();
    if (!file.name.toLowerCase().endsWith('.xlsx')) setLocalError(t('catalogImport.upload.notXlsx'));
    else if (file.size > IMPORT_MAX_BYTES) setLocalError(t('catalogImport.upload.tooLarge'));
    else send({ file, idempotencyKey: randomKey() });
    // The page handles the upload itself; the component keeps no file list.
    return Upload.LIST_IGNORE;
  };
  const serverError = uploadImport.error ? (isApiError(uploadImport.error) ? uploadImport.error.message : t('errors.generic')) : null;
  const error = localError ?? serverError;

  return (
    <div>
      <PageHeader
        title={t('catalogImport.title')}
        breadcrumb={
          <Breadcrumb
            className="page-breadcrumb"
            items={[
              { key: 'list', title: <Link to="/workbench/catalog">{t('catalogAdmin.list.title')}</Link> },
              { key: 'import', title: t('catalogImport.title') },
            ]}
          />
        }
        description={t('catalogImport.description')}
        extra={
          <Button href={CATALOG_TEMPLATE_URL} icon={<DownloadOutlined aria-hidden />}>
            {t('catalogImport.downloadTemplate')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card title={<h2 className="card-title">{t('catalogImport.upload.title')}</h2>}>
          <Flex vertical gap={12}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={uploadImport.isPending}
              beforeUpload={choose}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{uploadImport.isPending ? t('catalogImport.upload.uploading', { name: pending?.file.name ?? '' }) : t('catalogImport.upload.hint')}</p>
              <p className="ant-upload-hint">{t('catalogImport.upload.limits')}</p>
            </Upload.Dragger>
            {error ? (
              <Alert
                type="error"
                showIcon
                title={t('catalogImport.upload.failed')}
                description={error}
                action={
                  serverError && pending ? (
                    <Button size="small" onClick={() => send(pending)}>
                      {t('common.retry')}
                    </Button>
                  ) : null
                }
              />
            ) : null}
            <Typography.Paragraph type="secondary" className="page-description">
              {t('catalogImport.upload.rules')}
            </Typography.Paragraph>
          </Flex>
        </Card>
        {selectedId ? <CatalogImportResult key={selectedId} id={selectedId} /> : null}
        <CatalogRecentImports selectedId={selectedId} onSelect={select} />
      </Flex>
    </div>
  );
}
