import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CaseStatus } from '@onetrip/core';
import {
  acceptCase, caseKeys, createCaseDraft, fetchCase, fetchCaseDocuments, fetchMyCases, fetchPreReviewQueue, fetchReusableAttachments, rejectCase, requestCaseCorrection,
  attachCaseLicence, fetchLicenceCandidates, removeCaseAttachment, reuseCaseAttachment, saveCaseDraft, submitCase, uploadCaseAttachment, withdrawCase,
  type AcceptInput, type CorrectionInput, type RejectInput,
} from '../api/cases-api.ts';
import { useIdempotentMutation } from './useIdempotencyKey.ts';

export function useMyCases(query: { status?: CaseStatus | undefined; page: number; pageSize: number }) {
  return useQuery({
    queryKey: caseKeys.mine(query),
    queryFn: ({ signal }) => fetchMyCases(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({ queryKey: caseKeys.detail(id ?? ''), queryFn: ({ signal }) => fetchCase(id ?? '', signal), enabled: Boolean(id), retry: false });
}

export function usePreReviewQueue(page: number, pageSize: number) {
  return useQuery({
    queryKey: caseKeys.preReview(page, pageSize),
    queryFn: ({ signal }) => fetchPreReviewQueue(page, pageSize, signal),
    placeholderData: keepPreviousData,
    // Art. 32 phases change with the day and new cases arrive: keep the queue fresh while it is open.
    refetchInterval: 60_000,
  });
}

/**
 * Every upload of the applicant's other cases this case can reuse, for all its materials at once: for staff filing at
 * the window each read is an audit event, so it is read once per visit, not per material or on focus.
 */
export function useReusableAttachments(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: caseKeys.reusable(id),
    queryFn: ({ signal }) => fetchReusableAttachments(id, signal),
    enabled: isEnabled,
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The notices of a case; a notice is rendered just after the action that owes it, so polled while one is pending. */
export function useCaseDocuments(id: string | undefined, isEnabled = true) {
  return useQuery({
    queryKey: caseKeys.documents(id ?? ''),
    queryFn: ({ signal }) => fetchCaseDocuments(id ?? '', signal),
    enabled: Boolean(id) && isEnabled,
    refetchInterval: (query) => (query.state.data?.some((d) => d.status === 'pending') ? 2_000 : false),
  });
}

export function useCreateCaseDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCaseDraft,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      return queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'mine'] });
    },
  });
}

export function useSaveCaseDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (formData: Record<string, unknown>) => saveCaseDraft(id, formData),
    onSuccess: (detail) => queryClient.setQueryData(caseKeys.detail(id), detail),
  });
}

export function useUploadCaseAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ materialKey, file }: { materialKey: string; file: File }) => uploadCaseAttachment(id, materialKey, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });
}

/** The applicant's e-licences for the materials a licence satisfies (only while the case takes materials). */
export function useLicenceCandidates(id: string, enabled: boolean) {
  return useQuery({ queryKey: caseKeys.licenceCandidates(id), queryFn: ({ signal }) => fetchLicenceCandidates(id, signal), enabled });
}

/** Attaching or removing a licence changes which candidates are still free for the case's other materials. */
function invalidateDetailAndCandidates(queryClient: QueryClient, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
    queryClient.invalidateQueries({ queryKey: caseKeys.licenceCandidates(id) }),
  ]);
}

export function useAttachCaseLicence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ materialKey, licenceId }: { materialKey: string; licenceId: string }) => attachCaseLicence(id, materialKey, licenceId),
    onSuccess: () => invalidateDetailAndCandidates(queryClient, id),
  });
}

export function useRemoveCaseAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => removeCaseAttachment(id, attachmentId),
    onSuccess: () => invalidateDetailAndCandidates(queryClient, id),
  });
}

export function useReuseCaseAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId, materialKey }: { attachmentId: string; materialKey: string }) => reuseCaseAttachment(id, attachmentId, materialKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });
}

/**
 * A state-changing case action sent with an Idempotency-Key: one key per attempt, kept when the request may not have
 * reached the server (network error, 5xx) so that the retry is answered with the first result, fresh after an answer.
 */
function useKeyedCaseAction<TInput, TResult>(id: string, send: (input: TInput, key: string) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useIdempotentMutation(send, { onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }) });
}

export function useSubmitCase(id: string) {
  return useKeyedCaseAction(id, (_: void, key) => submitCase(id, key));
}

export function useWithdrawCase(id: string) {
  return useKeyedCaseAction(id, (reason: string | null, key) => withdrawCase(id, reason, key));
}

export function useAcceptCase(id: string) {
  return useKeyedCaseAction(id, (input: AcceptInput, key) => acceptCase(id, input, key));
}

export function useRejectCase(id: string) {
  return useKeyedCaseAction(id, (input: RejectInput, key) => rejectCase(id, input, key));
}

export function useRequestCaseCorrection(id: string) {
  return useKeyedCaseAction(id, (input: CorrectionInput, key) => requestCaseCorrection(id, input, key));
}
