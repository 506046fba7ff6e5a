import { api } from '../../../lib/api-client.ts';

export interface Hall {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  address: string;
  openingHours: string;
  phone: string | null;
  active: boolean;
  windowCount: number;
}

export const WINDOW_KINDS = ['comprehensive', 'enterprise', 'project', 'special', 'consultation', 'delivery'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** A service window (窗口) in a hall. Named ServiceWindow to avoid the browser's global `Window`. */
export interface ServiceWindow {
  id: string;
  hallId: string;
  number: string;
  name: string;
  kind: WindowKind;
  departmentId: string | null;
  departmentName: string | null;
  active: boolean;
}

export type HallDetail = Hall & { windows: ServiceWindow[] };

export interface HallInput {
  name: string;
  regionCode: string;
  address: string;
  openingHours: string;
  phone?: string | null;
}

/** PATCH /api/halls/:id: the region of a hall is fixed at creation. */
export type HallUpdate = Partial<Omit<HallInput, 'regionCode'>> & { active?: boolean };

export interface WindowInput {
  number: string;
  name: string;
  kind: WindowKind;
  departmentId?: string | null;
  active?: boolean;
}

export const hallKeys = {
  all: ['halls'] as const,
  list: (regionCode?: string) => ['halls', 'list', regionCode ?? null] as const,
  detail: (id: string) => ['halls', 'detail', id] as const,
};

export function fetchHalls(regionCode: string | undefined, signal?: AbortSignal): Promise<{ items: Hall[] }> {
  return api.get<{ items: Hall[] }>('/halls', regionCode ? { regionCode } : undefined, signal);
}

export async function fetchHall(id: string, signal?: AbortSignal): Promise<HallDetail> {
  const body = await api.get<HallDetail | { hall: HallDetail }>(`/halls/${encodeURIComponent(id)}`, undefined, signal);
  return 'hall' in body ? body.hall : body;
}

export function createHall(input: HallInput): Promise<Hall> {
  return api.post<Hall>('/halls', input);
}

export function updateHall({ id, ...input }: HallUpdate & { id: string }): Promise<Hall> {
  return api.patch<Hall>(`/halls/${encodeURIComponent(id)}`, input);
}

export function deleteHall(id: string): Promise<void> {
  return api.delete(`/halls/${encodeURIComponent(id)}`);
}

export function createWindow({ hallId, ...input }: WindowInput & { hallId: string }): Promise<ServiceWindow> {
  return api.post<ServiceWindow>(`/halls/${encodeURIComponent(hallId)}/windows`, input);
}

export function updateWindow({ id, ...input }: Partial<WindowInput> & { id: string }): Promise<ServiceWindow> {
  return api.patch<ServiceWindow>(`/windows/${encodeURIComponent(id)}`, input);
}

export function deleteWindow(id: string): Promise<void> {
  return api.delete(`/windows/${encodeURIComponent(id)}`);
}
