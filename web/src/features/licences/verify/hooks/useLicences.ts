import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIdempotentMutation } from '../../../cases/hooks/useIdempotencyKey.ts';
import {
  changeLicenceStatus, fetchLicence, fetchLicences, licenceKeys, verifyByIdentifier, verifyFile, type LicenceListFilters, type LicenceStatusAction,
} from '../api/verify-api.ts';

/** Verification by identifier; null = nothing asked yet. Never cached: the status is as of now. */
export function useVerifyIdentifier(identifier: string | null) {
  return useQuery({
    queryKey: licenceKeys.verify(identifier ?? ''),
    queryFn: ({ signal }) => verifyByIdentifier(identifier ?? '', signal),
    enabled: identifier !== null && identifier.trim() !== '',
    retry: false,
    gcTime: 0,
    staleTime: 0,
  });
}

export function useVerifyFile() {
  return useMutation({ mutationFn: (file: File) => verifyFile(file) });
}

export function useLicenceList(filters: LicenceListFilters) {
  return useQuery({
    queryKey: licenceKeys.list(filters),
    queryFn: ({ signal }) => fetchLicences(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLicence(id: string | null) {
  return useQuery({
    queryKey: licenceKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchLicence(id ?? '', signal),
    enabled: id !== null,
    retry: false,
  });
}

/** Revoke / suspend / reinstate; on success the list and the detail reload. */
export function useLicenceStatusChange(id: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation(
    ({ action, text }: { action: LicenceStatusAction; text: string }, key) => changeLicenceStatus(id, action, text, key),
    {
      onSuccess: (detail) => {
        queryClient.setQueryData(licenceKeys.detail(id), detail);
        return queryClient.invalidateQueries({ queryKey: licenceKeys.all });
      },
    },
  );
}
