import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approvalKeys, fetchCaseColleagues, fetchStepQueue, sendApprovalAction, type ApprovalActionInputs, type ApprovalActionPath,
} from '../api/approval-api.ts';
import { caseKeys } from '../api/cases-api.ts';
import { useIdempotentMutation } from './useIdempotencyKey.ts';

export function useStepQueue(page: number, pageSize: number) {
  return useQuery({
    queryKey: approvalKeys.stepQueue(page, pageSize),
    queryFn: ({ signal }) => fetchStepQueue(page, pageSize, signal),
    placeholderData: keepPreviousData,
    // Remaining working days change with the day and colleagues take cases: keep the queue fresh while it is open.
    refetchInterval: 60_000,
  });
}

export function useCaseColleagues(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: approvalKeys.colleagues(id),
    queryFn: ({ signal }) => fetchCaseColleagues(id, signal),
    enabled: isEnabled,
    staleTime: 5 * 60_000,
    // 404 answers "not a step worker of this department": nothing to retry.
    retry: false,
  });
}

/**
 * One approval action (pass, return, decide …) of a case, sent with an Idempotency-Key: kept while a retry may be
 * needed (network error, 5xx), fresh after any answer. On success the case, its documents and the queues reload.
 */
export function useApprovalAction<P extends ApprovalActionPath>(id: string, path: P) {
  const queryClient = useQueryClient();
  return useIdempotentMutation((input: ApprovalActionInputs[P], key) => sendApprovalAction(id, path, input, key), {
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.all }),
    ]),
  });
}
