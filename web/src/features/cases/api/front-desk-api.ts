import { api, apiRequest, type Page } from '../../../lib/api-client.ts';
import type { CaseDetail, CaseSummary } from './cases-api.ts';

/** A walk-in applicant as the window sees them (server: modules/cases/front-desk.schemas.ts); ID and phone masked. */
export interface WalkInApplicant {
  id: string;
  kind: 'person' | 'enterprise';
  name: string;
  idNumberMasked: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  phoneMasked: string;
  hasAccount: boolean;
  verifiedAtWindow: boolean;
}

export interface RegisterWalkInInput {
  kind: 'person' | 'enterprise';
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone: string;
}

export interface ConcludeAtWindowInput {
  outcome: 'approved' | 'denied';
  opinion: string;
  reason?: string;
  legalBasis?: string;
  pickedUp?: boolean;
}

export interface FiledCase extends CaseSummary {
  applicantName: string;
}

export const frontDeskKeys = {
  filed: (page: number) => ['cases', 'filed', page] as const,
};

/** The identifier goes in the body: ID numbers stay out of URLs and access logs. */
export function findApplicant(identifier: string): Promise<{ found: boolean; applicant: WalkInApplicant | null }> {
  return api.post('/front-desk/applicants/lookup', { identifier });
}

export function registerWalkIn(input: RegisterWalkInInput): Promise<WalkInApplicant> {
  return api.post('/front-desk/applicants', input);
}

export function fileCase(applicantId: string, implementationId: string): Promise<CaseDetail> {
  return api.post('/front-desk/cases', { applicantId, implementationId });
}

export function fetchFiledCases(page: number, signal?: AbortSignal): Promise<Page<FiledCase>> {
  return api.get('/front-desk/cases', { page, pageSize: 20 }, signal);
}

export function concludeAtWindow(caseId: string, input: ConcludeAtWindowInput, idempotencyKey: string): Promise<CaseSummary> {
  return apiRequest('POST', `/cases/${encodeURIComponent(caseId)}/conclude-at-window`, { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

/**
 * Opens the browser's print dialog for a notice PDF: the bytes are fetched (same origin, session cookie) and shown in a
 * hidden frame as a blob, since the download route answers `attachment`.
 */
export async function printPdf(url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blobUrl = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'print';
  frame.src = blobUrl;
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    // Keep the frame while the dialog is open; clean up a minute later.
    window.setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(blobUrl);
    }, 60_000);
  };
  document.body.appendChild(frame);
}
