import { api } from '../../../lib/api-client.ts';

export interface PersonRegistration {
  kind: 'person';
  name: string;
  idNumber: string;
  phone: string;
  password: string;
}

export interface EnterpriseRegistration {
  kind: 'enterprise';
  name: string;
  creditCode: string;
  legalRepresentative: string;
  phone: string;
  password: string;
}

export type ApplicantRegistration = PersonRegistration | EnterpriseRegistration;

/** The applicant's own account as the server shows it: personal data masked. */
export interface ApplicantView {
  id: string;
  kind: 'person' | 'enterprise';
  name: string;
  idNumberMasked?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  phoneMasked?: string | null;
  createdAt?: string | null;
}

export interface Operator {
  personId: string;
  name: string;
  idNumberMasked: string;
  grantedAt: string;
}

export interface OperatedEnterprise {
  enterpriseId: string;
  name: string;
  creditCode: string;
}

export const applicantKeys = {
  me: ['applicants', 'me'] as const,
  operators: ['applicants', 'me', 'operators'] as const,
  enterprises: ['applicants', 'me', 'enterprises'] as const,
};

export function registerApplicant(input: ApplicantRegistration): Promise<{ applicant: ApplicantView }> {
  return api.post<{ applicant: ApplicantView }>('/applicants/register', input);
}

export async function fetchMe(signal?: AbortSignal): Promise<ApplicantView> {
  const body = await api.get<ApplicantView | { applicant: ApplicantView }>('/applicants/me', undefined, signal);
  // Tolerates both `{ applicant }` and the bare view.
  return 'applicant' in body ? body.applicant : body;
}

export function fetchOperators(signal?: AbortSignal): Promise<{ items: Operator[] }> {
  return api.get<{ items: Operator[] }>('/applicants/me/operators', undefined, signal);
}

export function addOperator(input: { idNumber: string; name: string }): Promise<unknown> {
  return api.post<unknown>('/applicants/me/operators', input);
}

export function revokeOperator(personId: string): Promise<void> {
  return api.delete(`/applicants/me/operators/${encodeURIComponent(personId)}`);
}

export function fetchMyEnterprises(signal?: AbortSignal): Promise<{ items: OperatedEnterprise[] }> {
  return api.get<{ items: OperatedEnterprise[] }>('/applicants/me/enterprises', undefined, signal);
}
