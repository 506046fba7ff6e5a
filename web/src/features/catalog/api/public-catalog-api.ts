import type { Audience, CaseKind, ExerciseLevel, ImplementationContent, ItemTypeCode, ProofCancellationReason, Theme } from '@onetrip/core';
import { api, type Page } from '../../../lib/api-client.ts';

/** One published item in the public list (the version in force of a published implementation). */
export interface PublicItemSummary {
  code: string;
  name: string;
  typeCode: ItemTypeCode;
  departmentName: string;
  regionName: string;
  level: ExerciseLevel;
  caseKind: CaseKind;
  onlineDepth: number;
  tripsToSite: number;
  audiences: Audience[];
  themes: Theme[];
}

/** The guide (办事指南): the version in force with every element. */
export interface PublicGuide {
  /** The implementation's id (an online application starts a draft for it). */
  implementationId: string;
  code: string;
  name: string;
  basicCode: string;
  typeCode: ItemTypeCode;
  version: number;
  publishedAt: string;
  departmentName: string;
  regionCode: string;
  regionName: string;
  level: ExerciseLevel;
  content: ImplementationContent;
  compressionRatio: number | null;
  /** Blank forms and samples the guide refers to, by file id. */
  files?: Record<string, { fileName: string; mediaType: string; size: number }>;
  /** The guide's address under the configured PUBLIC_URL; null when none is configured. */
  url?: string | null;
}

export interface Proof {
  code: string;
  name: string;
  issuer: string;
  status: 'kept' | 'cancelled';
  reason: ProofCancellationReason | null;
  note: string;
  cancelledAt: string | null;
}

/** How many published items each filter value has (only values that occur). */
export interface CatalogFacets {
  departments: { id: string; name: string; count: number }[];
  themes: { value: string; count: number }[];
  audiences: { value: string; count: number }[];
  levels: { value: number; count: number }[];
  typeCodes: { value: string; count: number }[];
}

/** Filters the server applies; `audience` and `theme` are code-table values (natural_person, birth, …). */
export interface PublicItemQuery {
  q?: string | undefined;
  audience?: Audience | undefined;
  theme?: Theme | undefined;
  departmentId?: string | undefined;
  level?: number | undefined;
  typeCode?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const publicCatalogKeys = {
  all: ['public-catalog'] as const,
  items: (query: PublicItemQuery) => ['public-catalog', 'items', query] as const,
  facets: ['public-catalog', 'facets'] as const,
  guide: (code: string) => ['public-catalog', 'guide', code] as const,
  cancelledProofs: ['public-catalog', 'proofs', 'cancelled'] as const,
};

export function fetchPublicItems(query: PublicItemQuery, signal?: AbortSignal): Promise<Page<PublicItemSummary>> {
  return api.get<Page<PublicItemSummary>>('/public/catalog/items', { ...query }, signal);
}

export function fetchFacets(signal?: AbortSignal): Promise<CatalogFacets> {
  return api.get<CatalogFacets>('/public/catalog/facets', undefined, signal);
}

export function fetchGuide(code: string, signal?: AbortSignal): Promise<PublicGuide> {
  return api.get<PublicGuide>(`/public/catalog/items/${encodeURIComponent(code)}`, undefined, signal);
}

export async function fetchCancelledProofs(signal?: AbortSignal): Promise<Proof[]> {
  const result = await api.get<{ items: Proof[] }>('/public/catalog/proofs', { status: 'cancelled' }, signal);
  return result.items;
}
