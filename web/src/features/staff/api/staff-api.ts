import type { StaffRole } from '@onetrip/core';
import { api, type Page } from '../../../lib/api-client.ts';

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  regionName: string;
  departmentId: string | null;
  departmentName: string | null;
  phoneMasked: string | null;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface StaffFilter {
  q?: string;
  role?: StaffRole;
  departmentId?: string;
  regionCode?: string;
  page?: number;
  pageSize?: number;
}

export interface CreateStaffInput {
  username: string;
  displayName: string;
  password: string;
  roles: StaffRole[];
  regionCode: string;
  departmentId?: string;
  phone?: string;
}

export interface UpdateStaffInput {
  id: string;
  displayName?: string;
  roles?: StaffRole[];
  regionCode?: string;
  departmentId?: string | null;
  phone?: string;
  active?: boolean;
}

export const staffKeys = {
  all: ['staff'] as const,
  list: (filter: StaffFilter) => ['staff', 'list', filter] as const,
};

export function fetchStaff(filter: StaffFilter, signal?: AbortSignal): Promise<Page<StaffMember>> {
  return api.get<Page<StaffMember>>('/staff', { ...filter }, signal);
}

export function createStaff(input: CreateStaffInput): Promise<StaffMember> {
  return api.post<StaffMember>('/staff', input);
}

export function updateStaff({ id, ...input }: UpdateStaffInput): Promise<StaffMember> {
  return api.patch<StaffMember>(`/staff/${encodeURIComponent(id)}`, input);
}

export function unlockStaff(id: string): Promise<void> {
  return api.post(`/staff/${encodeURIComponent(id)}/unlock`);
}

export function resetStaffPassword(input: { id: string; password: string }): Promise<void> {
  return api.post(`/staff/${encodeURIComponent(input.id)}/reset-password`, { password: input.password });
}
