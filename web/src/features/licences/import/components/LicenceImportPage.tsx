import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Select, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { roleHasPermission } from '@onetrip/core';
import { RecentImportsCard } from '../../../../components/imports/RecentImportsCard.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { useSession } from '../../../auth/hooks/useSession.ts';
import { ForbiddenResult } from '../../../shell/components/ForbiddenResult.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { LICENCE_IMPORT_MAX_BYTES, licenceImportTemplateUrl, type LicenceImport } from '../api/licence-import-api.ts';
import { useLicenceImportChoices, useLicenceImports, useUploadLicenceImport } from '../hooks/useLicenceImports.ts';
import { LicenceImportResult, LicenceImportStatusTag } from './LicenceImportResult.tsx';

const PAGE_SIZE = 10;

function RecentImports({ selectedId, onSelect }: { selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const imports = useLicenceImports(page, PAGE_SIZE);
  return (
    <RecentImportsCard<LicenceImport>
      title={t('licenceImport.recent.title')}
      emptyText={t('licenceImport.recent.empty')}
      fileTitle={t('licenceImport.recent.file')}
      uploadedAtTitle={t('licenceImport.recent.at')}
      columns={[
        { key: 'type', title: t('licenceImport.recent.type'), render: (_, row) => row.licenceType.name },
        { key: 'department', title: t('licenceImport.recent.department'), render: (_, row) => row.department.name },
        { key: 'status', title: t('licenceImport.recent.status'), render: (_, row) => <LicenceImportStatusTag status={row.status} /> },
        {
          key: 'outcome',
          title: t('licenceImport.recent.outcome'),
          render: (_, row) => (row.status === 'failed'
            ? t('licenceImport.recent.problems', { count: row.errorCount })
            : t('licenceImport.recent.imported', { count: row.status === 'completed' ? row.importedCount : row.processedRows })),
        },
      ]}
      imports={imports}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}

/**
 * Stock licences (存量证照): choose the type and the issuing department, download the template, upload the filled-in
 * file, watch the progress, then read the outcome or the row-by-row report. The import shown is in the URL (?id=…).
 */
export function LicenceImportPage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('id') ?? undefined;
  const canImport = principal?.kind === 'staff' && roleHasPermission(principal.roles, 'licence.import');
  const choices = useLicenceImportChoices(canImport);
  const upload = useUploadLicenceImport();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [typeId, setTypeId] = useState<string | undefined>();
  const [localError, setLocalError] = useState<string | null>(null);
  if (!canImport) return <ForbiddenResult />;

  const departments = choices.data?.departments ?? [];
  // One department (an item administrator's own): chosen already.
  const department = departments.find((d) => d.id === departmentId) ?? (departments.length === 1 ? departments[0] : undefined);
  const types = department?.licenceTypes ?? [];
  const type = types.find((x) => x.id === typeId) ?? (types.length === 1 ? types[0] : undefined);
  const ready = Boolean(department && type && department.hasActiveSeal);

  const choose = (file: File) => {
    setLocalError(null);
    upload.reset();
    const name = file.name.toLowerCase();
    if (!department || !type) setLocalError(t('licenceImport.upload.chooseFirst'));
    else if (!name.endsWith('.xlsx') && !name.endsWith('.csv')) setLocalError(t('licenceImport.upload.notSupported'));
    else if (file.size > LICENCE_IMPORT_MAX_BYTES) setLocalError(t('licenceImport.upload.tooLarge'));
    else upload.mutate({ licenceTypeId: type.id, departmentId: department.id, file }, { onSuccess: (detail) => setSearchParams({ id: detail.id }) });
    // The page handles the upload itself; the component keeps no file list.
    return Upload.LIST_IGNORE;
  };
  const serverError = upload.error ? (isApiError(upload.error) ? upload.error.message : t('errors.generic')) : null;
  const error = localError ?? serverError;

  return (
    <div>
      <PageHeader title={t('licenceImport.title')} description={t('licenceImport.description')} />
      <Flex vertical gap={16}>
        <Card title={<h2 className="card-title">{t('licenceImport.choose.title')}</h2>}>
          {choices.isError ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : null}
          {choices.data && departments.length === 0 ? <Alert type="info" showIcon title={t('licenceImport.choose.none')} /> : null}
          {departments.length > 0 ? (
            <Form layout="vertical" requiredMark={false}>
              <Flex wrap gap={16}>
                <Form.Item label={t('licenceImport.choose.department')} htmlFor="licence-import-department" style={{ minWidth: 240, flex: '1 1 240px' }}>
                  <Select
                    id="licence-import-department"
                    value={department?.id}
                    placeholder={t('licenceImport.choose.departmentPlaceholder')}
                    options={departments.map((d) => ({ value: d.id, label: d.name }))}
                    onChange={(value: string) => { setDepartmentId(value); setTypeId(undefined); }}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                </Form.Item>
                <Form.Item label={t('licenceImport.choose.type')} htmlFor="licence-import-type" style={{ minWidth: 240, flex: '1 1 240px' }}>
                  <Select
                    id="licence-import-type"
                    value={type?.id}
                    disabled={!department}
                    placeholder={t('licenceImport.choose.typePlaceholder')}
                    options={types.map((x) => ({ value: x.id, label: `${x.name}（${x.code}）` }))}
                    onChange={(value: string) => setTypeId(value)}
                  />
                </Form.Item>
              </Flex>
              {department && !department.hasActiveSeal ? <Alert type="warning" showIcon title={t('licenceImport.choose.noSeal')} /> : null}
              <Flex wrap gap={8} style={{ marginTop: 8 }}>
                <Button href={type ? licenceImportTemplateUrl(type.id, 'xlsx') : undefined} disabled={!type} icon={<DownloadOutlined aria-hidden />}>
                  {t('licenceImport.choose.templateXlsx')}
                </Button>
                <Button href={type ? licenceImportTemplateUrl(type.id, 'csv') : undefined} disabled={!type} icon={<DownloadOutlined aria-hidden />}>
                  {t('licenceImport.choose.templateCsv')}
                </Button>
              </Flex>
              <Typography.Paragraph type="secondary" className="page-description" style={{ marginTop: 12 }}>
                {t('licenceImport.choose.templateHint')}
              </Typography.Paragraph>
            </Form>
          ) : null}
        </Card>
        <Card title={<h2 className="card-title">{t('licenceImport.upload.title')}</h2>}>
          <Flex vertical gap={12}>
            <Upload.Dragger
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={!ready || upload.isPending}
              beforeUpload={choose}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{upload.isPending ? t('licenceImport.upload.uploading', { name: upload.variables.file.name }) : ready ? t('licenceImport.upload.hint') : t('licenceImport.upload.chooseFirst')}</p>
              <p className="ant-upload-hint">{t('licenceImport.upload.limits')}</p>
            </Upload.Dragger>
            {error ? <Alert type="error" showIcon title={t('licenceImport.upload.failed')} description={error} /> : null}
          </Flex>
        </Card>
        {selectedId ? <LicenceImportResult key={selectedId} id={selectedId} /> : null}
        <RecentImports selectedId={selectedId} onSelect={(id) => setSearchParams({ id })} />
      </Flex>
    </div>
  );
}
