import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';

/** What every import listed has: the file's name (the link that opens it) and when it was uploaded. */
export interface ListedImport {
  id: string;
  fileName: string;
  createdAt: string;
}

export interface RecentImportsCardProps<T extends ListedImport> {
  /** The card's heading. */
  title: string;
  /** The table's text when there are no imports (a failed load says errors.loadFailed instead). */
  emptyText: string;
  /** Heading of the first column: the file's name, which selects the import. */
  fileTitle: string;
  /** Heading of the last column: when the import was uploaded. */
  uploadedAtTitle: string;
  /** The page's own columns, between the file and the upload time. */
  columns: TableColumnsType<T>;
  /** The list query of the page shown. */
  imports: { data: Page<T> | undefined; isFetching: boolean; isError: boolean };
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The import shown above the list: its row is highlighted and its link is aria-current. */
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** An import page's list of recent imports, newest first; choosing one shows it above. The page keeps the paging. */
export function RecentImportsCard<T extends ListedImport>({
  title, emptyText, fileTitle, uploadedAtTitle, columns, imports, page, pageSize, onPageChange, selectedId, onSelect,
}: RecentImportsCardProps<T>) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      <Table<T>
        rowKey="id"
        size="small"
        loading={imports.isFetching && !imports.data}
        dataSource={imports.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.id === selectedId ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: imports.isError ? t('errors.loadFailed') : emptyText }}
        pagination={{ current: page, pageSize, total: imports.data?.total ?? 0, showSizeChanger: false, onChange: onPageChange }}
        columns={[
          {
            key: 'file',
            title: fileTitle,
            render: (_, row) => (
              <Button type="link" className="link-button" onClick={() => onSelect(row.id)} aria-current={row.id === selectedId ? 'true' : undefined}>
                {row.fileName}
              </Button>
            ),
          },
          ...columns,
          { key: 'at', title: uploadedAtTitle, render: (_, row) => formatDateTime(row.createdAt, i18n.language) },
        ]}
      />
    </Card>
  );
}
