import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client.ts';
import { fetchCancelledProofs, fetchFacets, fetchGuide, fetchPublicItems, publicCatalogKeys, type PublicItemQuery } from '../api/public-catalog-api.ts';

/** How long public catalogue data stays fresh: it changes only when the centre publishes. */
const PUBLIC_STALE_TIME = 5 * 60_000;

/** One page of published items matching the filters. */
export function useServiceItems(query: PublicItemQuery) {
  return useQuery({
    queryKey: publicCatalogKeys.items(query),
    queryFn: ({ signal }) => fetchPublicItems(query, signal),
    placeholderData: keepPreviousData,
    staleTime: PUBLIC_STALE_TIME,
  });
}

/** Departments, themes, audiences, levels and item types that occur among published items, with counts. */
export function useCatalogFacets() {
  return useQuery({ queryKey: publicCatalogKeys.facets, queryFn: ({ signal }) => fetchFacets(signal), staleTime: PUBLIC_STALE_TIME });
}

export function useGuide(code: string | undefined) {
  return useQuery({
    queryKey: publicCatalogKeys.guide(code ?? ''),
    queryFn: ({ signal }) => fetchGuide(code ?? '', signal),
    enabled: Boolean(code),
    staleTime: PUBLIC_STALE_TIME,
    retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
  });
}

export function useCancelledProofs() {
  return useQuery({
    queryKey: publicCatalogKeys.cancelledProofs,
    queryFn: ({ signal }) => fetchCancelledProofs(signal),
    staleTime: PUBLIC_STALE_TIME,
  });
}
