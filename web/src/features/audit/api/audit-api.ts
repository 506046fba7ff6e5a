import { api, type Page } from '../../../lib/api-client.ts';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  /** Structured details of the event (the server stores JSON); older events may carry plain text. */
  summary: Record<string, unknown> | string | null;
  requestId: string | null;
  clientIp: string | null;
}

export interface AuditFilter {
  action?: string;
  subjectType?: string;
  page?: number;
  pageSize?: number;
}

export const auditKeys = { list: (filter: AuditFilter) => ['audit-events', filter] as const };

export function fetchAuditEvents(filter: AuditFilter, signal?: AbortSignal): Promise<Page<AuditEvent>> {
  return api.get<Page<AuditEvent>>('/audit-events', { ...filter }, signal);
}
