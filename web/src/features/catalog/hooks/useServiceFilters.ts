import { ITEM_TYPE_CODES, THEMES, type Audience, type Theme } from '@onetrip/core';
import { useSearchParams } from 'react-router';

/** The portal speaks of individuals and businesses (个人 / 法人); the catalogue's audience codes are finer. */
export const AUDIENCE_FILTERS = ['person', 'enterprise'] as const;
export type AudienceFilter = (typeof AUDIENCE_FILTERS)[number];
const AUDIENCE_CODES: Record<AudienceFilter, Audience> = { person: 'natural_person', enterprise: 'enterprise' };

export const SERVICE_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ServiceFilters {
  q: string;
  audience: AudienceFilter | undefined;
  theme: Theme | undefined;
  departmentId: string | undefined;
  level: number | undefined;
  typeCode: string | undefined;
  page: number;
}

export type ServiceFilterPatch = Partial<Omit<ServiceFilters, 'page'>> & { page?: number };

function parseAudience(value: string | null): AudienceFilter | undefined {
  return (AUDIENCE_FILTERS as readonly string[]).includes(value ?? '') ? (value as AudienceFilter) : undefined;
}

function parseTheme(value: string | null): Theme | undefined {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : undefined;
}

function parseLevel(value: string | null): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 7 ? level : undefined;
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * The catalogue's filters live in the URL query (`/services?theme=birth&audience=person&q=…`), so every list can be
 * linked to, bookmarked and opened from the home page. Unknown values are ignored, never sent to the server.
 */
export function useServiceFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: ServiceFilters = {
    q: searchParams.get('q')?.trim() ?? '',
    audience: parseAudience(searchParams.get('audience')),
    theme: parseTheme(searchParams.get('theme')),
    departmentId: UUID.test(searchParams.get('department') ?? '') ? (searchParams.get('department') ?? undefined) : undefined,
    level: parseLevel(searchParams.get('level')),
    typeCode: (ITEM_TYPE_CODES as readonly string[]).includes(searchParams.get('type') ?? '') ? (searchParams.get('type') ?? undefined) : undefined,
    page: parsePage(searchParams.get('page')),
  };

  /** The query string after a change; any change but a page change goes back to page 1. */
  const searchFor = (patch: ServiceFilterPatch): string => {
    const next = { ...filters, page: 1, ...patch };
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.audience) params.set('audience', next.audience);
    if (next.theme) params.set('theme', next.theme);
    if (next.departmentId) params.set('department', next.departmentId);
    if (next.level) params.set('level', String(next.level));
    if (next.typeCode) params.set('type', next.typeCode);
    if (next.page > 1) params.set('page', String(next.page));
    const search = params.toString();
    return search ? `?${search}` : '';
  };

  const update = (patch: ServiceFilterPatch) => setSearchParams(new URLSearchParams(searchFor(patch)));

  const clear = () => setSearchParams(new URLSearchParams());
  const hasFilters = Boolean(filters.q || filters.audience || filters.theme || filters.departmentId || filters.level || filters.typeCode);
  return { filters, update, searchFor, clear, hasFilters, audienceCode: filters.audience ? AUDIENCE_CODES[filters.audience] : undefined };
}
