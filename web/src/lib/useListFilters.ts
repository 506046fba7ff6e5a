import { useState } from 'react';

export interface Paging {
  page: number;
  pageSize: number;
}

/** The page to show after the table's pager changed: a new page size starts again at page 1. */
export function nextPaging(current: Paging, nextPage: number, nextSize: number): Paging {
  return { page: nextSize !== current.pageSize ? 1 : nextPage, pageSize: nextSize };
}

/**
 * Filter and paging state of a server-paged list page (kept in component state, not in the URL):
 * changing a filter goes back to page 1, and so does changing the page size.
 */
export function useListFilters<F extends object>(initialFilters: F, initialPageSize = 20) {
  const [filters, setFilters] = useState<F>(initialFilters);
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: initialPageSize });

  const setFilter = <K extends keyof F>(key: K, value: F[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const changePage = (nextPage: number, nextSize: number) => setPaging((current) => nextPaging(current, nextPage, nextSize));

  return { filters, setFilter, page: paging.page, pageSize: paging.pageSize, changePage };
}

/** What `useListFilters` hands to a server-paged table. */
export type ListPaging = Pick<ReturnType<typeof useListFilters>, 'page' | 'pageSize' | 'changePage'>;
