import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addOperator,
  applicantKeys,
  fetchMe,
  fetchMyEnterprises,
  fetchOperators,
  registerApplicant,
  revokeOperator,
} from '../api/applicants-api.ts';

export function useRegisterApplicant() {
  return useMutation({ mutationFn: registerApplicant });
}

export function useMyAccount() {
  return useQuery({ queryKey: applicantKeys.me, queryFn: ({ signal }) => fetchMe(signal) });
}

export function useOperators(isEnabled: boolean) {
  return useQuery({ queryKey: applicantKeys.operators, queryFn: ({ signal }) => fetchOperators(signal), enabled: isEnabled });
}

export function useMyEnterprises(isEnabled: boolean) {
  return useQuery({ queryKey: applicantKeys.enterprises, queryFn: ({ signal }) => fetchMyEnterprises(signal), enabled: isEnabled });
}

export function useAddOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addOperator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicantKeys.operators }),
  });
}

export function useRevokeOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOperator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicantKeys.operators }),
  });
}
