import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchLicenceImport, fetchLicenceImportChoices, fetchLicenceImports, isImportFinished, licenceImportKeys, uploadLicenceImport,
} from '../api/licence-import-api.ts';

/** How often a running import is polled for its progress. */
const POLL_MS = 700;

export function useLicenceImportChoices(isEnabled = true) {
  return useQuery({ queryKey: licenceImportKeys.choices, queryFn: ({ signal }) => fetchLicenceImportChoices(signal), enabled: isEnabled });
}

export function useLicenceImports(page: number, pageSize: number) {
  return useQuery({
    queryKey: licenceImportKeys.list(page, pageSize),
    queryFn: ({ signal }) => fetchLicenceImports(page, pageSize, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((i) => !isImportFinished(i.status)) ? POLL_MS * 3 : false),
  });
}

/** One import, polled while it runs; when it ends the list is reloaded. */
export function useLicenceImport(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: licenceImportKeys.detail(id ?? ''),
    queryFn: async ({ signal }) => {
      const detail = await fetchLicenceImport(id ?? '', signal);
      if (isImportFinished(detail.status)) await queryClient.invalidateQueries({ queryKey: [...licenceImportKeys.all, 'list'] });
      return detail;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && isImportFinished(query.state.data.status) ? false : POLL_MS),
  });
}

export function useUploadLicenceImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadLicenceImport,
    onSuccess: async (detail) => {
      queryClient.setQueryData(licenceImportKeys.detail(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: [...licenceImportKeys.all, 'list'] });
    },
  });
}
