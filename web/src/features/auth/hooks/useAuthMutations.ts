import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../lib/query-client.ts';
import { loginApplicant, loginStaff, logout, type LoginResponse, type Session } from '../api/auth-api.ts';

function useStoreSession() {
  const queryClient = useQueryClient();
  return (response: LoginResponse) => {
    // Data cached under a previous principal must not leak into the new session.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData<Session>(sessionQueryKey, { principal: response.principal, csrfToken: response.csrfToken });
  };
}

export function useStaffLogin() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: loginStaff, onSuccess: storeSession });
}

export function useApplicantLogin() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: loginApplicant, onSuccess: storeSession });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<Session>(sessionQueryKey, { principal: null, csrfToken: null });
    },
  });
}
