import type { StaffRole } from '@onetrip/core';
import { api, setCsrfToken } from '../../../lib/api-client.ts';

export type AppArea = 'portal' | 'workbench' | 'admin';

export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  regionName: string;
  departmentId: string | null;
  departmentName: string | null;
  areas: AppArea[];
}

export interface ApplicantPrincipal {
  kind: 'applicant';
  id: string;
  applicantKind: 'person' | 'enterprise';
  name: string;
  idNumberMasked?: string;
  creditCode?: string;
  phoneMasked: string;
  areas: AppArea[];
}

export type Principal = StaffPrincipal | ApplicantPrincipal;

export interface Session {
  principal: Principal | null;
  csrfToken: string | null;
}

export interface LoginResponse {
  principal: Principal;
  csrfToken: string;
  expiresAt: string;
}

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const session = await api.get<Session>('/auth/session', undefined, signal);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function loginStaff(input: { username: string; password: string }): Promise<LoginResponse> {
  const response = await api.post<LoginResponse>('/auth/staff/login', input);
  setCsrfToken(response.csrfToken);
  return response;
}

export async function loginApplicant(input: { identifier: string; password: string }): Promise<LoginResponse> {
  const response = await api.post<LoginResponse>('/auth/applicant/login', input);
  setCsrfToken(response.csrfToken);
  return response;
}

export async function logout(): Promise<void> {
  await api.post<undefined>('/auth/logout');
  setCsrfToken(null);
}
