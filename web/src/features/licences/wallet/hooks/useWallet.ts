import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createLicenceShare, fetchLicenceShares, fetchMyLicence, fetchMyLicences, fetchSharedLicence, revokeLicenceShare, walletKeys,
} from '../api/wallet-api.ts';

export function useMyLicences() {
  return useQuery({ queryKey: walletKeys.list(), queryFn: ({ signal }) => fetchMyLicences(signal) });
}

export function useMyLicence(id: string | null) {
  return useQuery({ queryKey: walletKeys.detail(id ?? ''), queryFn: ({ signal }) => fetchMyLicence(id ?? '', signal), enabled: id !== null });
}

export function useLicenceShares(id: string | null) {
  return useQuery({ queryKey: walletKeys.shares(id ?? ''), queryFn: ({ signal }) => fetchLicenceShares(id ?? '', signal), enabled: id !== null });
}

export function useCreateLicenceShare(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hours: number) => createLicenceShare(id, hours),
    onSuccess: () => client.invalidateQueries({ queryKey: walletKeys.all }),
  });
}

export function useRevokeLicenceShare(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (shareId: string) => revokeLicenceShare(id, shareId),
    onSuccess: () => client.invalidateQueries({ queryKey: walletKeys.all }),
  });
}

/** A shared licence: opening counts a view, so it is read once per visit (no refetch on focus, no retry). */
export function useSharedLicence(token: string) {
  return useQuery({
    queryKey: walletKeys.shared(token), queryFn: ({ signal }) => fetchSharedLicence(token, signal),
    retry: false, refetchOnWindowFocus: false, staleTime: Infinity,
  });
}
