import { Button, Card, Flex, Input, Segmented, Select, Table } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../../lib/format.ts';
import { ButtonLink } from '../../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import {
  CHANGE_STATUSES,
  PUBLICATION_STATUSES,
  type ChangeStatus,
  type ImplementationFilter,
  type ImplementationSummary,
  type PublicationStatus,
} from '../../api/implementations-api.ts';
import { CATALOG_TEMPLATE_URL, catalogExportUrl } from '../../api/catalog-import-api.ts';
import { useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import { useImplementations } from '../../hooks/useImplementations.ts';
import { ChangeStatusTag, PublicationStatusTag } from './StatusTags.tsx';

function pick<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** The implementations in the caller's scope (department for maintainers, region for the centre). Filters are in the URL. */
export function ImplementationsPage() {
  const { t, i18n } = useTranslation();
  const permissions = useCatalogPermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const pageSize = [10, 20, 50, 100].includes(Number(searchParams.get('pageSize'))) ? Number(searchParams.get('pageSize')) : 20;
  const filter: ImplementationFilter = {
    q: searchParams.get('q') ?? undefined,
    publicationStatus: pick(PUBLICATION_STATUSES, searchParams.get('publicationStatus')),
    changeStatus: pick(CHANGE_STATUSES, searchParams.get('changeStatus')),
    page,
    pageSize,
  };
  const implementations = useImplementations(filter);
  // The centre's to-do count, shown on the quick filter.
  const pending = useImplementations({ changeStatus: 'submitted', pageSize: 1 }, permissions.canReview);

  const setParams = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(searchParams);
    if (!('page' in patch)) next.delete('page');
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
      else next.set(key, String(value));
    }
    setSearchParams(next);
  };

  return (
    <div>
      <PageHeader
        title={t('catalogAdmin.list.title')}
        description={t('catalogAdmin.list.description')}
        extra={
          <>
            {permissions.canSeeReport ? (
              <ButtonLink to="/workbench/catalog/report" icon={<FileSearchOutlined aria-hidden />}>
                {t('catalogAdmin.list.report')}
              </ButtonLink>
            ) : null}
            {permissions.canImport ? (
              <ButtonLink to="/workbench/catalog/import" icon={<UploadOutlined aria-hidden />}>
                {t('catalogImport.import')}
              </ButtonLink>
            ) : null}
            {/* The export takes the list's filters; the template is for anyone filling in a list. */}
            <Button href={catalogExportUrl(filter)} icon={<DownloadOutlined aria-hidden />}>
              {t('catalogImport.export')}
            </Button>
            <Button href={CATALOG_TEMPLATE_URL} type="text" icon={<FileExcelOutlined aria-hidden />}>
              {t('catalogImport.downloadTemplate')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex wrap gap={12} className="table-filters">
          {permissions.canReview ? (
            <Segmented<'all' | 'submitted'>
              aria-label={t('catalogAdmin.list.changeFilter')}
              value={filter.changeStatus === 'submitted' ? 'submitted' : 'all'}
              onChange={(value) => setParams({ changeStatus: value === 'submitted' ? 'submitted' : undefined })}
              options={[
                { value: 'all', label: t('catalogAdmin.list.allItems') },
                {
                  value: 'submitted',
                  label: pending.data ? `${t('catalogAdmin.list.pendingReview')} (${pending.data.total})` : t('catalogAdmin.list.pendingReview'),
                },
              ]}
            />
          ) : null}
          <Input.Search
            key={filter.q ?? ''}
            defaultValue={filter.q}
            placeholder={t('catalogAdmin.list.searchPlaceholder')}
            aria-label={t('catalogAdmin.list.searchPlaceholder')}
            allowClear
            onSearch={(value) => setParams({ q: value.trim() })}
            style={{ maxWidth: 320 }}
          />
          <Select<PublicationStatus>
            aria-label={t('catalogAdmin.list.publicationFilter')}
            placeholder={t('catalogAdmin.list.publicationFilter')}
            allowClear
            value={filter.publicationStatus}
            onChange={(value?: PublicationStatus) => setParams({ publicationStatus: value })}
            options={PUBLICATION_STATUSES.map((status) => ({ value: status, label: t(`catalog.publicationStatus.${status}`) }))}
            style={{ width: 160 }}
          />
          <Select<ChangeStatus>
            aria-label={t('catalogAdmin.list.changeFilter')}
            placeholder={t('catalogAdmin.list.changeFilter')}
            allowClear
            value={filter.changeStatus}
            onChange={(value?: ChangeStatus) => setParams({ changeStatus: value })}
            options={CHANGE_STATUSES.map((status) => ({ value: status, label: t(`catalog.changeStatus.${status}`) }))}
            style={{ width: 160 }}
          />
        </Flex>
        <Table<ImplementationSummary>
          rowKey="id"
          loading={implementations.isFetching}
          dataSource={implementations.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: implementations.isError ? t('errors.loadFailed') : t('common.noData') }}
          pagination={{
            current: page,
            pageSize,
            total: implementations.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => setParams({ page: nextSize !== pageSize ? 1 : nextPage, pageSize: nextSize }),
          }}
          columns={[
            {
              key: 'name',
              title: t('catalogAdmin.list.name'),
              render: (_, row) => (
                <div>
                  <Link to={`/workbench/catalog/${row.id}`}>{row.name}</Link>
                  <div className="code-tag table-secondary">{row.code}</div>
                </div>
              ),
            },
            {
              key: 'department',
              title: t('catalogAdmin.list.department'),
              render: (_, row) => (
                <div>
                  {row.departmentName}
                  <div className="table-secondary">{row.regionName}</div>
                </div>
              ),
            },
            { key: 'publication', title: t('catalogAdmin.list.publicationStatus'), render: (_, row) => <PublicationStatusTag status={row.publicationStatus} /> },
            { key: 'change', title: t('catalogAdmin.list.changeStatus'), render: (_, row) => <ChangeStatusTag status={row.changeStatus} /> },
            {
              key: 'version',
              title: t('catalogAdmin.list.version'),
              render: (_, row) =>
                row.currentVersion === null ? t('catalogAdmin.list.noVersion') : t('catalogAdmin.list.versionValue', { version: row.currentVersion }),
            },
            { key: 'updatedAt', title: t('catalogAdmin.list.updatedAt'), render: (_, row) => formatDateTime(row.updatedAt, i18n.language) },
          ]}
        />
      </Card>
    </div>
  );
}
