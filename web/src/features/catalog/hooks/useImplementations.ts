import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { publicCatalogKeys } from '../api/public-catalog-api.ts';
import {
  changePublicationStatus,
  fetchCheckReport,
  fetchDiff,
  fetchImplementation,
  fetchImplementations,
  fetchVersions,
  implementationKeys,
  publishImplementation,
  saveImplementationDraft,
  sendBackImplementation,
  submitImplementation,
  type ImplementationDetail,
  type ImplementationFilter,
} from '../api/implementations-api.ts';

export function useImplementations(filter: ImplementationFilter, isEnabled = true) {
  return useQuery({
    queryKey: implementationKeys.list(filter),
    queryFn: ({ signal }) => fetchImplementations(filter, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useImplementation(id: string | undefined) {
  return useQuery({
    queryKey: implementationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchImplementation(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useImplementationVersions(id: string | undefined) {
  return useQuery({
    queryKey: implementationKeys.versions(id ?? ''),
    queryFn: ({ signal }) => fetchVersions(id ?? '', signal),
    enabled: Boolean(id),
  });
}

/** Changes between two versions; `to: 'draft'` compares the working copy with the version in force. */
export function useImplementationDiff(id: string | undefined, options: { from?: number | undefined; to: number | 'draft'; isEnabled?: boolean }) {
  const { from, to, isEnabled = true } = options;
  return useQuery({
    queryKey: implementationKeys.diff(id ?? '', from, to),
    queryFn: ({ signal }) => fetchDiff(id ?? '', from, to, signal),
    enabled: Boolean(id) && isEnabled,
  });
}

export function useCheckReport() {
  return useQuery({ queryKey: implementationKeys.report, queryFn: ({ signal }) => fetchCheckReport(signal) });
}

/** After any lifecycle action: the detail from the answer, everything else of the catalogue reloaded. */
function useOnChanged() {
  const queryClient = useQueryClient();
  return async (detail: ImplementationDetail) => {
    queryClient.setQueryData(implementationKeys.detail(detail.id), detail);
    await Promise.all([
      // Publishing a city item also refreshes the working copies of the district items that inherit it.
      queryClient.invalidateQueries({
        queryKey: implementationKeys.all,
        predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === detail.id),
      }),
      queryClient.invalidateQueries({ queryKey: publicCatalogKeys.all }),
    ]);
  };
}

export function useSaveImplementationDraft() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: saveImplementationDraft, onSuccess: onChanged });
}

export function useSubmitImplementation() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: submitImplementation, onSuccess: onChanged });
}

export function usePublishImplementation() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: publishImplementation, onSuccess: onChanged });
}

export function useSendBackImplementation() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: sendBackImplementation, onSuccess: onChanged });
}

export function useChangePublicationStatus() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: changePublicationStatus, onSuccess: onChanged });
}
