import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditEvents, type AuditFilter } from '../api/audit-api.ts';

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ signal }) => fetchAuditEvents(filter, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
