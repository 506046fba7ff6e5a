import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createLicenceType, createSeal, fetchGenerationRate, fetchLicenceType, fetchLicenceTypeProducers, fetchLicenceTypes, fetchSeals, licenceAdminKeys,
  revokeSeal, rotateSeal, updateLicenceType, type SealStatus,
} from '../api/licence-admin-api.ts';

export function useLicenceTypes(q: string) {
  return useQuery({ queryKey: licenceAdminKeys.typeList(q), queryFn: ({ signal }) => fetchLicenceTypes(q, signal), placeholderData: keepPreviousData });
}

export function useLicenceType(id: string | null) {
  return useQuery({ queryKey: licenceAdminKeys.type(id ?? ''), queryFn: ({ signal }) => fetchLicenceType(id!, signal), enabled: id !== null, staleTime: 0 });
}

export function useLicenceTypeProducers(id: string | null) {
  return useQuery({ queryKey: licenceAdminKeys.producers(id ?? ''), queryFn: ({ signal }) => fetchLicenceTypeProducers(id!, signal), enabled: id !== null });
}

function useInvalidate(key: readonly string[]) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useCreateLicenceType() {
  const invalidate = useInvalidate(licenceAdminKeys.types);
  return useMutation({ mutationFn: createLicenceType, onSuccess: invalidate });
}

export function useUpdateLicenceType() {
  const invalidate = useInvalidate(licenceAdminKeys.types);
  return useMutation({ mutationFn: updateLicenceType, onSuccess: invalidate });
}

export function useSeals(status: SealStatus | undefined) {
  return useQuery({ queryKey: licenceAdminKeys.sealList(status), queryFn: ({ signal }) => fetchSeals(status, signal), placeholderData: keepPreviousData });
}

export function useCreateSeal() {
  const invalidate = useInvalidate(licenceAdminKeys.seals);
  return useMutation({ mutationFn: createSeal, onSuccess: invalidate });
}

export function useRotateSeal() {
  const invalidate = useInvalidate(licenceAdminKeys.seals);
  return useMutation({ mutationFn: rotateSeal, onSuccess: invalidate });
}

export function useRevokeSeal() {
  const invalidate = useInvalidate(licenceAdminKeys.seals);
  return useMutation({ mutationFn: revokeSeal, onSuccess: invalidate });
}

export function useGenerationRate(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: licenceAdminKeys.rate(from, to),
    queryFn: ({ signal }) => fetchGenerationRate({ ...(from ? { from } : {}), ...(to ? { to } : {}) }, signal),
    placeholderData: keepPreviousData,
  });
}
