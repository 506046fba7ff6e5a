import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogImportKeys, fetchCatalogImport, fetchCatalogImports, isFinished, uploadCatalogImport } from '../api/catalog-import-api.ts';
import { implementationKeys } from '../api/implementations-api.ts';

/** How often a running import is polled for its progress. */
const POLL_MS = 1000;

export function useCatalogImports(page: number, pageSize: number, isEnabled = true) {
  return useQuery({
    queryKey: catalogImportKeys.list(page, pageSize),
    queryFn: ({ signal }) => fetchCatalogImports(page, pageSize, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
    // While any import of the page runs, keep its status fresh.
    refetchInterval: (query) => (query.state.data?.items.some((i) => !isFinished(i.status)) ? POLL_MS * 2 : false),
  });
}

/** One import, polled until it has finished; when it does, the catalogue lists are reloaded. */
export function useCatalogImport(id: string | undefined, page: number, pageSize: number) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: catalogImportKeys.detail(id ?? '', page, pageSize),
    queryFn: async ({ signal }) => {
      const detail = await fetchCatalogImport(id ?? '', page, pageSize, signal);
      if (isFinished(detail.status)) {
        // The list shows the outcome too; the catalogue has new drafts after a success.
        await queryClient.invalidateQueries({ queryKey: [...catalogImportKeys.all, 'list'] });
        if (detail.status === 'succeeded') await queryClient.invalidateQueries({ queryKey: implementationKeys.all });
      }
      return detail;
    },
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : POLL_MS),
  });
}

export function useUploadCatalogImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCatalogImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogImportKeys.all }),
  });
}
