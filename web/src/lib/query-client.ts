import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';

export const sessionQueryKey = ['auth', 'session'] as const;

function handleAuthError(error: unknown): void {
  // A 401 anywhere means the session ended (expired or logged out elsewhere): reload it so the route
  // guards send the user to the login page with a return URL.
  if (isApiError(error) && error.status === 401) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleAuthError }),
  mutationCache: new MutationCache({ onError: handleAuthError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status > 0 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
  },
});
