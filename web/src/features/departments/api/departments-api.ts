import { api, type Page } from '../../../lib/api-client.ts';

export type DepartmentKind = 'department' | 'service_center';
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['department', 'service_center'];

export interface Department {
  id: string;
  name: string;
  shortName: string | null;
  creditCode: string;
  regionCode: string;
  regionName: string;
  kind: DepartmentKind;
  phone: string | null;
  address: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DepartmentInput {
  name: string;
  shortName?: string | null;
  creditCode: string;
  regionCode: string;
  kind: DepartmentKind;
  phone?: string | null;
  address?: string | null;
  active?: boolean;
}

export interface DepartmentFilter {
  q?: string;
  regionCode?: string;
  page?: number;
  pageSize?: number;
}

export const departmentKeys = {
  all: ['departments'] as const,
  list: (filter: DepartmentFilter) => ['departments', 'list', filter] as const,
  detail: (id: string) => ['departments', 'detail', id] as const,
};

export function fetchDepartments(filter: DepartmentFilter, signal?: AbortSignal): Promise<Page<Department>> {
  return api.get<Page<Department>>('/departments', { ...filter }, signal);
}

export function fetchDepartment(id: string, signal?: AbortSignal): Promise<Department> {
  return api.get<Department>(`/departments/${encodeURIComponent(id)}`, undefined, signal);
}

export function createDepartment(input: DepartmentInput): Promise<Department> {
  return api.post<Department>('/departments', input);
}

export function updateDepartment({ id, ...input }: Partial<DepartmentInput> & { id: string }): Promise<Department> {
  return api.patch<Department>(`/departments/${encodeURIComponent(id)}`, input);
}

export function deleteDepartment(id: string): Promise<void> {
  return api.delete(`/departments/${encodeURIComponent(id)}`);
}
