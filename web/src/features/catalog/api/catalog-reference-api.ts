import { api } from '../../../lib/api-client.ts';
import type { Proof } from './public-catalog-api.ts';

/** A basic catalogue item (基本目录) as the staff API lists it. */
export interface BasicItem {
  code: string;
  typeCode: string;
  name: string;
  parentCode: string | null;
  legalBasis: string;
  level: number;
}

export const catalogReferenceKeys = {
  proofs: ['catalog-reference', 'proofs'] as const,
  basicItems: ['catalog-reference', 'basic-items'] as const,
};

/** The whole proof catalogue (kept and cancelled): maintainers pick a material's proof from it. */
export async function fetchProofCatalogue(signal?: AbortSignal): Promise<Proof[]> {
  return (await api.get<{ items: Proof[] }>('/public/catalog/proofs', undefined, signal)).items;
}

export async function fetchBasicItems(signal?: AbortSignal): Promise<BasicItem[]> {
  return (await api.get<{ items: BasicItem[] }>('/catalog/basic-items', undefined, signal)).items;
}
