import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecentImportsCard } from '../../../../components/imports/RecentImportsCard.tsx';
import type { CatalogImport } from '../../api/catalog-import-api.ts';
import { useCatalogImports } from '../../hooks/useCatalogImports.ts';
import { CatalogImportStatusTag } from './CatalogImportStatusTag.tsx';

const PAGE_SIZE = 10;

/** Imports by me and by uploaders in my scope, newest first; choosing one shows it above. */
export function CatalogRecentImports({ selectedId, onSelect }: { selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const imports = useCatalogImports(page, PAGE_SIZE);
  return (
    <RecentImportsCard<CatalogImport>
      title={t('catalogImport.recent.title')}
      emptyText={t('catalogImport.recent.empty')}
      fileTitle={t('catalogImport.recent.file')}
      uploadedAtTitle={t('catalogImport.recent.uploadedAt')}
      columns={[
        { key: 'status', title: t('catalogImport.recent.status'), render: (_, row) => <CatalogImportStatusTag status={row.status} /> },
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
