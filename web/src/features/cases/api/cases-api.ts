import type { CaseStatus, LicenceStatus, SpecialProcedure } from '@onetrip/core';
import { api, apiRequest, type Page } from '../../../lib/api-client.ts';
import { isKioskMode } from '../../kiosk/kiosk-mode.ts';

/** The case as the cases API answers it (server/src/modules/cases/cases.schemas.ts). */
export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  implementationId: string;
  implementationVersion: number;
  implementationCode: string;
  itemName: string;
  status: CaseStatus;
  channel: 'online' | 'window' | 'agent' | 'kiosk';
  receivedOn: string | null;
  acceptedOn: string | null;
  preReviewDeadline: string | null;
  promisedDeadline: string | null;
  legalDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CaseAttachment {
  id: string;
  materialKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  /** Null when an e-licence satisfies the material instead of an upload. */
  sha256: string | null;
  reusedFromAttachmentId: string | null;
  licenceId: string | null;
  /** The licence as checked against the registry when the case was read. */
  licence: AttachedLicence | null;
  createdAt: string;
}

export interface AttachedLicence {
  id: string;
  identifier: string;
  name: string;
  issuerName: string;
  validUntil: string | null;
  status: LicenceStatus;
  verifiedAt: string;
}

export interface LicenceCandidate {
  materialKey: string;
  licenceTypeCode: string;
  licences: { id: string; identifier: string; name: string; issuerName: string; validFrom: string; validUntil: string | null; status: LicenceStatus; usable: boolean }[];
}

export interface CaseMaterial {
  key: string;
  name: string;
  necessity: string;
  condition: string | null;
  isRequired: boolean;
  /** A valid e-licence of this type satisfies the material (减证便民). */
  satisfiedByLicenceType: string | null;
  attachmentCount: number;
}

export interface CaseEvent {
  at: string;
  action: string;
  actorKind: string;
  unitName: string | null;
  opinion: string | null;
  actorName?: string | null;
  note?: string | null;
  details: Record<string, unknown>;
}

export interface CorrectionItem {
  materialKey: string;
  problem: string;
}

export type PreReviewPhase = 'open' | 'warning' | 'deemed_accepted';

/** Art. 32: where a submitted case stands in its five working days of pre-review. */
export interface PreReviewStatus {
  phase: PreReviewPhase;
  deadline: string;
  warnOn: string;
  remainingWorkingDays: number;
  deemedAcceptedOn: string | null;
  fallbackYears: number[];
}

export interface CaseDetail extends CaseSummary {
  formData: Record<string, unknown>;
  materials: CaseMaterial[];
  attachments: CaseAttachment[];
  events: CaseEvent[];
  correctionItems: CorrectionItem[] | null;
  closeReason: string | null;
  deficiency: { materialKeys: string[]; promisedBy: string; fulfilledOn: string | null } | null;
  commitmentText: string | null;
  deemedAccepted: boolean;
  preReview: PreReviewStatus | null;
  /** What the case's own implementation version says (a newer published version does not change an open case). */
  definition: CaseDefinition;
  /** Staff only. */
  applicant?: { id: string; name: string; kind: string };
}

export interface CaseDefinition {
  caseKind: 'immediate' | 'promised';
  allowsCommitment: boolean;
  process: { key: string; name: string; role: 'clerk' | 'approver'; countersign: boolean }[];
  specialProcedures: SpecialProcedure[];
}

export interface QueueItem extends CaseSummary {
  applicantName: string;
  applicantKind: string;
  preReview: PreReviewStatus;
}

export interface ReusableAttachment {
  id: string;
  caseId: string;
  caseNumber: string | null;
  itemName: string;
  materialKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface SubmitResult {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  receivedOn: string;
  preReviewDeadline: string;
  submissionCount: number;
}

export interface AcceptInput {
  deficiency?: { materialKeys: string[]; promisedBy: string } | null;
  commitmentText?: string | null;
  note?: string;
}

export interface RejectInput {
  reason: string;
  legalBasis: string;
  note?: string;
}

export interface CorrectionInput {
  items: CorrectionItem[];
  note?: string;
}

/** The correction-request key that names the application form itself rather than a material. */
export const FORM_MATERIAL_KEY = 'form';
/** The server refuses larger files with CASE_ATTACHMENT_TOO_LARGE; checking first saves a long upload. */
export const CASE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** PDF, OFD (the national layout format), JPEG and PNG, as the server accepts (checked there from the content). */
export const CASE_ATTACHMENT_ACCEPT = '.pdf,.ofd,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export const caseKeys = {
  all: ['cases'] as const,
  mine: (query: { status?: CaseStatus | undefined; page: number; pageSize: number }) => ['cases', 'mine', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  /** Not under detail: uploads and reuses refresh the case, not the applicant's licences. */
  licenceCandidates: (id: string) => ['cases', 'licence-candidates', id] as const,
  /** The applicant's uploads in their other cases that this case can reuse (staff reads are on record: fetched once). */
  reusable: (id: string) => ['cases', 'reusable', id] as const,
  preReview: (page: number, pageSize: number) => ['cases', 'pre-review', page, pageSize] as const,
  /** The case's notices (PDFs), for the applicant, the front desk and the approvers alike. */
  documents: (id: string) => ['cases', 'documents', id] as const,
};

/** A notice of the case as a PDF (受理通知书, 决定书 …); `pending` while it is being rendered. */
export interface CaseDocument {
  id: string;
  kind: string;
  title: string;
  status: 'pending' | 'ready';
  sha256: string | null;
  size: number | null;
  createdAt: string;
}

export function fetchCaseDocuments(id: string, signal?: AbortSignal): Promise<CaseDocument[]> {
  return api.get<CaseDocument[]>(`/cases/${encodeURIComponent(id)}/documents`, undefined, signal);
}

/** Where the browser downloads a notice (same-origin; the session cookie authorises it; staff reads are audited). */
export function caseDocumentUrl(caseId: string, documentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
}

export function fetchMyCases(query: { status?: CaseStatus | undefined; page: number; pageSize: number }, signal?: AbortSignal): Promise<Page<CaseSummary>> {
  return api.get<Page<CaseSummary>>('/cases', { ...query }, signal);
}

export function fetchCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`, undefined, signal);
}

/** On a self-service terminal the case records the kiosk channel (the server accepts only online or kiosk from an applicant). */
export function createCaseDraft(implementationId: string): Promise<CaseDetail> {
  return api.post<CaseDetail>('/cases', { implementationId, ...(isKioskMode() ? { channel: 'kiosk' } : {}) });
}

export function saveCaseDraft(id: string, formData: Record<string, unknown>, expectedVersion?: number): Promise<CaseDetail> {
  return api.patch<CaseDetail>(`/cases/${encodeURIComponent(id)}`, { formData, ...(expectedVersion ? { expectedVersion } : {}) });
}

export function uploadCaseAttachment(id: string, materialKey: string, file: File): Promise<CaseAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<CaseAttachment>(`/cases/${encodeURIComponent(id)}/attachments?materialKey=${encodeURIComponent(materialKey)}`, form);
}

export function fetchReusableAttachments(id: string, signal?: AbortSignal): Promise<ReusableAttachment[]> {
  return api.get<ReusableAttachment[]>(`/cases/${encodeURIComponent(id)}/reusable-attachments`, {}, signal);
}

export function fetchLicenceCandidates(id: string, signal?: AbortSignal): Promise<LicenceCandidate[]> {
  return api.get<LicenceCandidate[]>(`/cases/${encodeURIComponent(id)}/licence-candidates`, undefined, signal);
}

export function attachCaseLicence(id: string, materialKey: string, licenceId: string): Promise<CaseAttachment> {
  return api.post<CaseAttachment>(`/cases/${encodeURIComponent(id)}/attachments/licence`, { materialKey, licenceId });
}

export function removeCaseAttachment(id: string, attachmentId: string): Promise<void> {
  return api.delete(`/cases/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`);
}

export function reuseCaseAttachment(id: string, attachmentId: string, materialKey: string): Promise<CaseAttachment> {
  return api.post<CaseAttachment>(`/cases/${encodeURIComponent(id)}/attachments/reuse`, { attachmentId, materialKey });
}

/** Submit or resubmit; the same key on a retry makes the server answer the first result instead of a second case. */
export function submitCase(id: string, idempotencyKey: string): Promise<SubmitResult> {
  return apiWithKey<SubmitResult>(`/cases/${encodeURIComponent(id)}/submit${isKioskMode() ? '?channel=kiosk' : ''}`, {}, idempotencyKey);
}

export function withdrawCase(id: string, reason: string | null, idempotencyKey: string): Promise<CaseSummary> {
  return apiWithKey<CaseSummary>(`/cases/${encodeURIComponent(id)}/withdraw`, { reason }, idempotencyKey);
}

export function fetchPreReviewQueue(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<QueueItem>> {
  return api.get<Page<QueueItem>>('/cases/pre-review', { page, pageSize }, signal);
}

export function acceptCase(id: string, input: AcceptInput, idempotencyKey: string): Promise<CaseSummary> {
  return apiWithKey<CaseSummary>(`/cases/${encodeURIComponent(id)}/accept`, input, idempotencyKey);
}

export function rejectCase(id: string, input: RejectInput, idempotencyKey: string): Promise<CaseSummary> {
  return apiWithKey<CaseSummary>(`/cases/${encodeURIComponent(id)}/reject`, input, idempotencyKey);
}

export function requestCaseCorrection(id: string, input: CorrectionInput, idempotencyKey: string): Promise<CaseSummary> {
  return apiWithKey<CaseSummary>(`/cases/${encodeURIComponent(id)}/request-correction`, input, idempotencyKey);
}

/** Where the browser reads an attachment's bytes (same-origin; the session cookie authorises it). */
export function attachmentContentUrl(caseId: string, attachmentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(attachmentId)}/content`;
}

function apiWithKey<T>(path: string, body: unknown, idempotencyKey: string): Promise<T> {
  return apiRequest<T>('POST', path, { body, headers: { 'Idempotency-Key': idempotencyKey } });
}
