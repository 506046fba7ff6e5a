import type { RegionLevel } from '@onetrip/core';
import { api } from '../../../lib/api-client.ts';

export interface Region {
  /** 12-digit code. */
  code: string;
  /** 6 digits down to county level, 12 below. */
  displayCode: string;
  name: string;
  level: RegionLevel;
  kind: string;
  parentCode: string | null;
}

export const regionKeys = { all: ['regions'] as const };

export function fetchRegions(signal?: AbortSignal): Promise<{ items: Region[] }> {
  return api.get<{ items: Region[] }>('/regions', undefined, signal);
}

export function createRegion(input: { code: string; name: string }): Promise<unknown> {
  return api.post<unknown>('/regions', input);
}

export function renameRegion(input: { code: string; name: string }): Promise<unknown> {
  return api.patch<unknown>(`/regions/${encodeURIComponent(input.code)}`, { name: input.name });
}

export function deleteRegion(code: string): Promise<void> {
  return api.delete(`/regions/${encodeURIComponent(code)}`);
}
