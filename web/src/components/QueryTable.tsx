import type { ReactNode } from 'react';
import { Grid, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListPaging } from '../lib/useListFilters.ts';

/** The parts of a TanStack list query the table shows: its rows, whether it is loading and whether it failed. */
export interface ListQuery<T> {
  data?: { items: T[]; total?: number } | undefined;
  isFetching: boolean;
  isError: boolean;
}

type QueryTableProps<T> = Omit<TableProps<T>, 'rowKey' | 'loading' | 'dataSource' | 'locale'> & {
  query: ListQuery<T>;
  /** Server-side paging (from `useListFilters`): the pager shows the query's total and a page-size changer. */
  paging?: ListPaging;
  /** Renders a trailing "actions" column, kept at the right edge on wide screens. */
  actions?: (row: T) => ReactNode;
};

/**
 * The table of a console list page: rows keyed by id, a loading state while the query fetches, "load failed" instead of
 * "no data" when it failed, horizontal scrolling on narrow screens.
 */
export function QueryTable<T extends { id: string }>({ query, paging, actions, columns = [], pagination, ...rest }: QueryTableProps<T>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Table<T>
      scroll={{ x: 'max-content' }}
      {...rest}
      rowKey="id"
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: query.isError ? t('errors.loadFailed') : t('common.noData') }}
      pagination={
        paging
          ? {
              current: paging.page,
              pageSize: paging.pageSize,
              total: query.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: paging.changePage,
            }
          : pagination
      }
      columns={
        actions
          ? [...columns, { key: 'actions', title: t('common.actions'), fixed: screens.md ? 'right' : undefined, render: (_, row) => actions(row) }]
          : columns
      }
    />
  );
}
