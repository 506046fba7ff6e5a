import { useState } from 'react';
import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import type { CatalogImport } from '../../api/catalog-import-api.ts';
import { useCatalogImports } from '../../hooks/useCatalogImports.ts';
import { ImportStatusTag } from './ImportStatusTag.tsx';

const PAGE_SIZE = 10;

/** Imports by me and by uploaders in my scope, newest first; choosing one shows it above. */
export function RecentImportsCard({ selectedId, onSelect }: { selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const imports = useCatalogImports(page, PAGE_SIZE);
  return (
    <Card title={<h2 className="card-title">{t('catalogImport.recent.title')}</h2>}>
      <Table<CatalogImport>
        rowKey="id"
        size="small"
        loading={imports.isFetching && !imports.data}
        dataSource={imports.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.id === selectedId ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: imports.isError ? t('errors.loadFailed') : t('catalogImport.recent.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: imports.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            key: 'file',
            title: t('catalogImport.recent.file'),
            render: (_, row) => (
              <Button type="link" className="link-button" onClick={() => onSelect(row.id)} aria-current={row.id === selectedId ? 'true' : undefined}>
                {row.fileName}
              </Button>
            ),
          },
          { key: 'status', title: t('catalogImport.recent.status'), render: (_, row) => <ImportStatusTag status={row.status} /> },
          {
            key: 'outcome',
            title: t('catalogImport.recent.outcome'),
            render: (_, row) =>
              row.status === 'succeeded'
                ? t('catalogImport.recent.created', { count: row.createdCount })
                : row.status === 'failed'
                  ? t('catalogImport.recent.problems', { count: row.errorCount })
                  : '—',
          },
          { key: 'by', title: t('catalogImport.recent.uploadedBy'), render: (_, row) => row.createdBy.name },
          { key: 'at', title: t('catalogImport.recent.uploadedAt'), render: (_, row) => formatDateTime(row.createdAt, i18n.language) },
        ]}
      />
    </Card>
  );
}
