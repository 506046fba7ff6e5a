import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../api/cases-api.ts';
import {
  concludeAtWindow, fetchFiledCases, fileCase, findApplicant, frontDeskKeys, registerWalkIn,
  type ConcludeAtWindowInput,
} from '../api/front-desk-api.ts';
import { useIdempotentMutation } from './useIdempotencyKey.ts';

export function useFindApplicant() {
  return useMutation({ mutationFn: findApplicant });
}

export function useRegisterWalkIn() {
  return useMutation({ mutationFn: registerWalkIn });
}

export function useFileCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicantId, implementationId }: { applicantId: string; implementationId: string }) => fileCase(applicantId, implementationId),
    onSuccess: (detail) => queryClient.setQueryData(caseKeys.detail(detail.id), detail),
  });
}

export function useFiledCases(page: number) {
  return useQuery({ queryKey: frontDeskKeys.filed(page), queryFn: ({ signal }) => fetchFiledCases(page, signal), placeholderData: keepPreviousData });
}

export function useConcludeAtWindow(caseId: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation((input: ConcludeAtWindowInput, key) => concludeAtWindow(caseId, input, key), {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
