/**
 * The applicant's licences and share links, and a licence shared by link: types as the server answers them
 * (server/src/modules/licences/wallet/wallet.schemas.ts) and the calls.
 */
import type { LicenceStatus } from '@onetrip/core';
import { api } from '../../../../lib/api-client.ts';

export interface LicenceFieldView { name: string; title: string; value: string | number | boolean | null }

export interface WalletLicence {
  id: string;
  identifier: string;
  name: string;
  typeCode: string;
  typeName: string;
  issuer: { name: string; code: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  holderKind: 'person' | 'enterprise';
  holderName: string;
  holderCodeMasked: string;
  source: 'case' | 'stock_import';
  activeShares: number;
}

export interface WalletLicenceDetail extends WalletLicence {
  fields: LicenceFieldView[];
  number: string | null;
  relatedItem: { name: string; code: string } | null;
  revokedOn: string | null;
  revocationReason: string | null;
  suspendedFrom: string | null;
}

export interface LicenceShare {
  id: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
  viewCount: number;
  lastViewedAt: string | null;
}

export interface CreatedLicenceShare extends LicenceShare {
  url: string;
  token: string;
}

export interface SharedLicence {
  identifier: string;
  name: string;
  typeName: string;
  issuer: { name: string; code: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  holderKind: 'person' | 'enterprise';
  holderName: string;
  holderCodeMasked: string;
  fields: LicenceFieldView[];
  shareExpiresAt: string;
  checkedAt: string;
}

export const walletKeys = {
  all: ['licence-wallet'] as const,
  list: () => [...walletKeys.all, 'list'] as const,
  detail: (id: string) => [...walletKeys.all, 'detail', id] as const,
  shares: (id: string) => [...walletKeys.all, 'shares', id] as const,
  shared: (token: string) => ['licence-shared', token] as const,
};

export const fetchMyLicences = (signal?: AbortSignal) => api.get<WalletLicence[]>('/me/licences', undefined, signal);
export const fetchMyLicence = (id: string, signal?: AbortSignal) => api.get<WalletLicenceDetail>(`/me/licences/${encodeURIComponent(id)}`, undefined, signal);
export const fetchLicenceShares = (id: string, signal?: AbortSignal) => api.get<LicenceShare[]>(`/me/licences/${encodeURIComponent(id)}/shares`, undefined, signal);
export const createLicenceShare = (id: string, hours: number) => api.post<CreatedLicenceShare>(`/me/licences/${encodeURIComponent(id)}/shares`, { hours });
export const revokeLicenceShare = (id: string, shareId: string) => api.delete(`/me/licences/${encodeURIComponent(id)}/shares/${encodeURIComponent(shareId)}`);
export const fetchSharedLicence = (token: string, signal?: AbortSignal) => api.get<SharedLicence>(`/public/licence-shares/${encodeURIComponent(token)}`, undefined, signal);

/** Download addresses (same-origin GET: the session cookie authorises the holder's; a share link's token its own). */
export const licencePdfUrl = (id: string) => `/api/me/licences/${encodeURIComponent(id)}/pdf`;
export const licenceCredentialUrl = (id: string) => `/api/me/licences/${encodeURIComponent(id)}/credential`;
export const sharedLicencePdfUrl = (token: string) => `/api/public/licence-shares/${encodeURIComponent(token)}/pdf`;
