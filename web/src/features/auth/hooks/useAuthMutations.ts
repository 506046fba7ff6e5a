import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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

/**
 * Logs out and goes home. The navigation happens before the session is cleared: otherwise the guard of the
 * current page (e.g. /me) would see "no principal" first and redirect to its login page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // flushSync renders the home page before the session is cleared, so no guard sees the gap.
      await navigate('/', { replace: true, flushSync: true });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<Session>(sessionQueryKey, { principal: null, csrfToken: null });
      void message.success(t('auth.loggedOut'));
    },
  });
}
