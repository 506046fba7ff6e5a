import type { ExerciseLevel, Finding, ImplementationContent, ItemTypeCode } from '@onetrip/core';
import { api, type Page } from '../../../lib/api-client.ts';

export type PublicationStatus = 'unpublished' | 'published' | 'suspended' | 'cancelled';
export type ChangeStatus = 'none' | 'draft' | 'submitted';
export const PUBLICATION_STATUSES: readonly PublicationStatus[] = ['unpublished', 'published', 'suspended', 'cancelled'];
export const CHANGE_STATUSES: readonly ChangeStatus[] = ['none', 'draft', 'submitted'];

export interface ImplementationSummary {
  id: string;
  code: string;
  name: string;
  basicCode: string;
  typeCode: ItemTypeCode;
  departmentId: string;
  departmentName: string;
  regionCode: string;
  regionName: string;
  level: ExerciseLevel;
  inheritsFrom: string | null;
  publicationStatus: PublicationStatus;
  changeStatus: ChangeStatus;
  currentVersion: number | null;
  statusReason: string | null;
  reviewComment: string | null;
  updatedAt: string;
}

/** What the detail view tells about a blank form or sample file referenced by the content (by file id). */
export interface ReferencedFile {
  fileName: string;
  mediaType: string;
  size: number;
}

/** The staff view: working copy (draft), version in force (current) and the checker's findings on the draft. */
export interface ImplementationDetail extends ImplementationSummary {
  draftRevision: number;
  draft: ImplementationContent | null;
  current: ImplementationContent | null;
  findings: Finding[];
  compressionRatio: number | null;
  /** Files referenced by the version in force or the draft, by id (absent from servers that predate file uploads). */
  files?: Record<string, ReferencedFile>;
}

export interface ImplementationVersion {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  contentHash: string;
}

/** One difference between two versions; keyed arrays (materials, steps) are addressed by key. */
export interface ContentChange {
  path: string;
  op: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface CheckReport {
  totals: SeverityCounts;
  /** Findings per rule id, most frequent first. */
  byRule: Record<string, number>;
  items: (ImplementationSummary & { counts: SeverityCounts; findings: Finding[] })[];
}

export interface ImplementationFilter {
  q?: string | undefined;
  publicationStatus?: PublicationStatus | undefined;
  changeStatus?: ChangeStatus | undefined;
  departmentId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export type PublicationTransition = 'suspend' | 'resume' | 'cancel';

export const implementationKeys = {
  all: ['implementations'] as const,
  list: (filter: ImplementationFilter) => ['implementations', 'list', filter] as const,
  detail: (id: string) => ['implementations', 'detail', id] as const,
  versions: (id: string) => ['implementations', 'versions', id] as const,
  diff: (id: string, from: number | undefined, to: number | 'draft') => ['implementations', 'diff', id, from ?? 'current', to] as const,
  report: ['implementations', 'check-report'] as const,
};

const base = (id: string) => `/catalog/implementations/${encodeURIComponent(id)}`;

export function fetchImplementations(filter: ImplementationFilter, signal?: AbortSignal): Promise<Page<ImplementationSummary>> {
  return api.get<Page<ImplementationSummary>>('/catalog/implementations', { ...filter }, signal);
}

export function fetchImplementation(id: string, signal?: AbortSignal): Promise<ImplementationDetail> {
  return api.get<ImplementationDetail>(base(id), undefined, signal);
}

export async function fetchVersions(id: string, signal?: AbortSignal): Promise<ImplementationVersion[]> {
  return (await api.get<{ items: ImplementationVersion[] }>(`${base(id)}/versions`, undefined, signal)).items;
}

/** Changes from `from` (default: the version in force) to `to` ('draft' = the working copy). */
export async function fetchDiff(id: string, from: number | undefined, to: number | 'draft', signal?: AbortSignal): Promise<ContentChange[]> {
  return (await api.get<{ changes: ContentChange[] }>(`${base(id)}/diff`, { from, to }, signal)).changes;
}

export function fetchCheckReport(signal?: AbortSignal): Promise<CheckReport> {
  return api.get<CheckReport>('/catalog/check-report', undefined, signal);
}

/** Saves the working copy; `revision` is the draftRevision the edit started from (409 STALE_REVISION when older). */
export function saveImplementationDraft({ id, revision, content }: { id: string; revision: number; content: ImplementationContent }): Promise<ImplementationDetail> {
  return api.put<ImplementationDetail>(`${base(id)}/draft`, { revision, content });
}

export function submitImplementation(id: string): Promise<ImplementationDetail> {
  return api.post<ImplementationDetail>(`${base(id)}/submit`);
}

export function publishImplementation(id: string): Promise<ImplementationDetail> {
  return api.post<ImplementationDetail>(`${base(id)}/publish`);
}

export function sendBackImplementation({ id, comment }: { id: string; comment: string }): Promise<ImplementationDetail> {
  return api.post<ImplementationDetail>(`${base(id)}/send-back`, { comment });
}

export function changePublicationStatus({ id, transition, reason }: { id: string; transition: PublicationTransition; reason: string }): Promise<ImplementationDetail> {
  return api.post<ImplementationDetail>(`${base(id)}/${transition}`, { reason });
}
