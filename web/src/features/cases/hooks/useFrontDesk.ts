import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../api/cases-api.ts';
import {
  concludeAtWindow, fetchFiledCases, fileCase, findApplicant, frontDeskKeys, registerWalkIn,
  type ConcludeAtWindowInput,
} from '../api/front-desk-api.ts';
import { useIdempotencyKey } from './useIdempotencyKey.ts';

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
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: ConcludeAtWindowInput) => concludeAtWindow(caseId, input, idempotency.current()),
    onSuccess: () => {
      idempotency.reset();
      return queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error) => idempotency.resetUnlessRetryable(error),
  });
}
