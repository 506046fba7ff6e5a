import type { LicenceFieldsSchema, LicenceValidity } from '@onetrip/core';
import { api } from '../../../../lib/api-client.ts';

export type HolderKind = 'person' | 'enterprise' | 'any';
export const HOLDER_KINDS: readonly HolderKind[] = ['person', 'enterprise', 'any'];

export interface LicenceLayout {
  title: string;
  orientation: 'portrait' | 'landscape';
  fieldOrder: string[];
  accentColor: string;
  footnote: string | null;
}

export interface LicenceTypeSummary {
  id: string;
  code: string;
  name: string;
  definingAuthorityName: string;
  holderKind: HolderKind;
  fieldCount: number;
  producerCount: number;
  issuerCount: number;
  active: boolean;
  version: number;
  updatedAt: string;
}

export interface LicenceType {
  id: string;
  code: string;
  name: string;
  definingAuthorityName: string;
  holderKind: HolderKind;
  fieldsSchema: LicenceFieldsSchema;
  validity: LicenceValidity;
  layout: LicenceLayout;
  producingImplementationCodes: string[];
  issuers: { id: string; name: string; regionCode: string }[];
  otherIssuerCount: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LicenceTypeInput {
  name: string;
  definingAuthorityName: string;
  holderKind: HolderKind;
  fieldsSchema: LicenceFieldsSchema;
  validity: LicenceValidity;
  layout: LicenceLayout;
  producingImplementationCodes: string[];
  issuerDepartmentIds: string[];
  active: boolean;
}

export interface LicenceTypeProducer {
  implementationId: string;
  code: string;
  name: string;
  departmentId: string;
  departmentName: string;
  resultType: string;
  listed: boolean;
}

export type SealStatus = 'active' | 'retired' | 'revoked';
export const SEAL_STATUSES: readonly SealStatus[] = ['active', 'retired', 'revoked'];

export interface Seal {
  id: string;
  departmentId: string;
  departmentName: string;
  regionCode: string;
  sealCode: string;
  name: string;
  sealType: 'licence' | 'official';
  validFrom: string;
  validUntil: string;
  status: SealStatus;
  retiredAt: string | null;
  replacedBy: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  pictureUrl: string;
  keyFingerprint: string;
  createdAt: string;
}

export interface GenerationRate {
  from: string;
  to: string;
  approvals: number;
  issued: number;
  rate: number | null;
  notIssued: { reason: string; count: number }[];
  departments: { departmentId: string; departmentName: string; approvals: number; issued: number; rate: number | null }[];
}

export const licenceAdminKeys = {
  types: ['licence-types'] as const,
  typeList: (q: string) => ['licence-types', 'list', q] as const,
  type: (id: string) => ['licence-types', 'detail', id] as const,
  producers: (id: string) => ['licence-types', 'producers', id] as const,
  seals: ['seals'] as const,
  sealList: (status: SealStatus | undefined) => ['seals', 'list', status ?? 'all'] as const,
  rate: (from: string | undefined, to: string | undefined) => ['licence-generation-rate', from ?? '', to ?? ''] as const,
};

export const fetchLicenceTypes = (q: string, signal?: AbortSignal) =>
  api.get<{ items: LicenceTypeSummary[] }>('/licence-types', q ? { q } : undefined, signal);
export const fetchLicenceType = (id: string, signal?: AbortSignal) => api.get<LicenceType>(`/licence-types/${encodeURIComponent(id)}`, undefined, signal);
export const fetchLicenceTypeProducers = (id: string, signal?: AbortSignal) =>
  api.get<{ items: LicenceTypeProducer[] }>(`/licence-types/${encodeURIComponent(id)}/producers`, undefined, signal);
export const createLicenceType = (input: LicenceTypeInput & { code: string }) => api.post<LicenceType>('/licence-types', input);
export const updateLicenceType = ({ id, ...input }: LicenceTypeInput & { id: string; version: number }) =>
  api.put<LicenceType>(`/licence-types/${encodeURIComponent(id)}`, input);

export const fetchSeals = (status: SealStatus | undefined, signal?: AbortSignal) =>
  api.get<{ items: Seal[] }>('/seals', status ? { status } : undefined, signal);
export const createSeal = (input: { departmentId: string; sealName?: string; validYears?: number }) => api.post<Seal>('/seals', input);
export const rotateSeal = (id: string) => api.post<{ retired: Seal; active: Seal }>(`/seals/${encodeURIComponent(id)}/rotate`, {});
export const revokeSeal = ({ id, reason }: { id: string; reason: string }) => api.post<Seal>(`/seals/${encodeURIComponent(id)}/revoke`, { reason });

export const fetchGenerationRate = (query: { from?: string; to?: string }, signal?: AbortSignal) =>
  api.get<GenerationRate>('/licences/generation-rate', { ...query }, signal);
