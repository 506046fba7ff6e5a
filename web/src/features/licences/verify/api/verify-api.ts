/**
 * Licence verification (public) and the staff's licence register: types as the server answers them
 * (server/src/modules/licences/verify/verify.schemas.ts) and the calls.
 */
import type { LicenceStatus } from '@onetrip/core';
import { api, apiRequest, type Page } from '../../../../lib/api-client.ts';

/** A verification's answer: the licence's status today (licenceStatusOn), or tampered, or not found. */
export type VerificationOutcome = LicenceStatus | 'tampered' | 'not_found';

export interface LicenceVerification {
  outcome: VerificationOutcome;
  reason: string | null;
  checkedAt: string;
  licence?: {
    identifier: string;
    name: string;
    typeName: string;
    holderName: string;
    holderCode: string;
    holderKind: 'person' | 'enterprise';
    issuer: { name: string; code: string };
    issueDate: string;
    validFrom: string;
    validUntil: string | null;
  };
  seal?: { id: string; name: string; status: 'active' | 'retired' | 'revoked' };
}

export interface StaffLicenceSummary {
  id: string;
  identifier: string;
  typeId: string;
  typeName: string;
  holderName: string;
  holderCode: string;
  holderKind: 'person' | 'enterprise';
  issuer: { id: string; name: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  source: 'case' | 'stock_import';
  createdAt: string;
}

export interface StaffLicenceDetail extends StaffLicenceSummary {
  number: string | null;
  fields: Record<string, unknown>;
  relatedItem: { name: string; code: string } | null;
  caseId: string | null;
  seal: { id: string; name: string; status: string };
  statusList: { listId: number; index: number };
  revokedOn: string | null;
  revocationReason: string | null;
  suspensions: { id: string; fromDate: string; reason: string; liftedOn: string | null; createdAt: string; liftedAt: string | null }[];
  mayManageStatus: boolean;
}

export interface LicenceListFilters {
  page: number;
  pageSize: number;
  status?: LicenceStatus | undefined;
  holderName?: string | undefined;
  identifier?: string | undefined;
}

export type LicenceStatusAction = 'revoke' | 'suspend' | 'reinstate';

export const licenceKeys = {
  all: ['licences'] as const,
  list: (filters: LicenceListFilters) => ['licences', 'list', filters] as const,
  detail: (id: string) => ['licences', 'detail', id] as const,
  verify: (identifier: string) => ['licences', 'verify', identifier] as const,
};

export function verifyByIdentifier(identifier: string, signal?: AbortSignal): Promise<LicenceVerification> {
  return api.get<LicenceVerification>('/public/licences/verify', { identifier }, signal);
}

export function verifyFile(file: File): Promise<LicenceVerification> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<LicenceVerification>('/public/licences/verify', form);
}

export function fetchLicences(filters: LicenceListFilters, signal?: AbortSignal): Promise<Page<StaffLicenceSummary>> {
  return api.get<Page<StaffLicenceSummary>>('/licences', { ...filters }, signal);
}

export function fetchLicence(id: string, signal?: AbortSignal): Promise<StaffLicenceDetail> {
  return api.get<StaffLicenceDetail>(`/licences/${encodeURIComponent(id)}`, undefined, signal);
}

/** Revoke, suspend or reinstate, with an Idempotency-Key (a retry with the same key answers the first result). */
export function changeLicenceStatus(id: string, action: LicenceStatusAction, text: string, idempotencyKey: string): Promise<StaffLicenceDetail> {
  const body = action === 'reinstate' ? (text.trim() ? { note: text.trim() } : {}) : { reason: text.trim() };
  return apiRequest<StaffLicenceDetail>('POST', `/licences/${encodeURIComponent(id)}/${action}`, { body, headers: { 'Idempotency-Key': idempotencyKey } });
}
