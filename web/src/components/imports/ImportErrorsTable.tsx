import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

/** Problems shown per page of the report, whether the server or the browser pages it. */
export const IMPORT_ERRORS_PAGE_SIZE = 20;

export interface ImportErrorsTableProps<E> {
  rows: E[];
  rowKey: (row: E) => string;
  /** Where each problem is (sheet, row, column…): the columns before the message. */
  columns: TableColumnsType<E>;
  /** Heading of the last column: the message in the reader's language above its code. */
  messageTitle: string;
  message: (row: E) => string;
  code: (row: E) => string;
  messageClassName?: string;
  /** The table's name for screen readers (a visually hidden caption). */
  caption?: string;
  /** When the server pages the report: the page shown and the total. Without it every row is here, paged only past one page. */
  serverPaging?: { current: number; total: number; onChange: (page: number) => void };
}

/** An import's report: one row per problem found in the file. */
export function ImportErrorsTable<E>({ rows, rowKey, columns, messageTitle, message, code, messageClassName, caption, serverPaging }: ImportErrorsTableProps<E>) {
  const { t } = useTranslation();
  const paging = { pageSize: IMPORT_ERRORS_PAGE_SIZE, showSizeChanger: false, showTotal: (total: number) => t('common.total', { total }) };
  return (
    <Table<E>
      rowKey={rowKey}
      size="small"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      caption={caption ? <span className="visually-hidden">{caption}</span> : undefined}
      pagination={serverPaging ? { ...paging, ...serverPaging } : rows.length > IMPORT_ERRORS_PAGE_SIZE ? paging : false}
      columns={[
        ...columns,
        {
          key: 'message',
          title: messageTitle,
          render: (_, row) => (
            <div style={{ maxWidth: 560, whiteSpace: 'normal' }}>
              <div className={messageClassName}>{message(row)}</div>
              <div className="table-secondary code-tag">{code(row)}</div>
            </div>
          ),
        },
      ]}
    />
  );
}
