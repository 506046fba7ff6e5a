import { useQuery } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../lib/query-client.ts';
import { fetchSession, type Principal } from '../api/auth-api.ts';

export interface SessionState {
  principal: Principal | null;
  isLoading: boolean;
  isError: boolean;
}

/** The signed-in principal (staff or applicant) or null; shared by the header, guards and pages. */
export function useSession(): SessionState {
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
  return { principal: query.data?.principal ?? null, isLoading: query.isPending, isError: query.isError };
}
