/**
 * The public side of the catalogue: only versions in force of published implementations are visible, without
 * login. Lists, search (jieba segmentation, synonyms, weighted ranking) and facets are answered from the in-process
 * search index (search/); guides are read from PostgreSQL and cached.
 */
import { fileSummaries } from './files/file-summaries.ts';
import { compressionRatio, planQuery, queryGroups, referencedFileIds } from '@onetrip/core';
import { markSearchIndexStale, searchIndexOf } from './search/catalog-search-sync.ts';
import type { IndexedDocument } from './search/catalog-search-index.ts';
import { segment } from '../../platform/search/segmenter.ts';
import type { Deps } from '../../platform/http/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';

export interface PublicListQuery {
  q?: string | undefined; audience?: string | undefined; theme?: string | undefined; departmentId?: string | undefined;
  level?: number | undefined; typeCode?: string | undefined; page?: number | undefined; pageSize?: number | undefined;
}

function publishedQuery(deps: Deps) {
  return deps.db
    .selectFrom('implementations as i')
    .innerJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .innerJoin('basic_items as b', 'b.code', 'i.basic_code')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .innerJoin('regions as r', 'r.code', 'i.region_code')
    .where('i.publication_status', '=', 'published');
}

/**
 * Published items, filtered; with `q`, ranked by relevance (rules in search/catalog-search-index.ts): every query
 * term (or one of its synonyms) must match; when nothing matches all terms, items matching any term are returned
 * instead. Served from this process's in-memory index of the published catalogue, kept in step with PostgreSQL.
 */
export async function listPublishedItems(deps: Deps, query: PublicListQuery): Promise<Page<Record<string, unknown>>> {
  const { page, pageSize, offset } = pageOf(query);
  const state = await searchIndexOf(deps.db);
  const filters = { audience: query.audience, theme: query.theme, departmentId: query.departmentId, level: query.level, typeCode: query.typeCode };
  const text = query.q?.normalize('NFKC').trim() ?? '';
  let result: { docs: IndexedDocument[]; total: number } = { docs: [], total: 0 };
  if (!text) {
    result = state.index.search({ groups: null, text, filters, offset, limit: pageSize });
  } else {
    const plan = planQuery(text, segment);
    for (const mode of ['and', 'or'] as const) {
      const groups = queryGroups(plan, mode, segment);
      if (groups.length === 0) break;
      result = state.index.search({ groups, text, filters, offset, limit: pageSize });
      if (result.total > 0) break;
    }
  }
  return {
    items: result.docs.map((d) => ({
      code: d.code, name: d.name, typeCode: d.typeCode, departmentName: state.departmentNames.get(d.departmentId) ?? '', regionName: state.regionNames.get(d.regionCode) ?? '',
      level: d.level, caseKind: d.caseKind, onlineDepth: d.onlineDepth, tripsToSite: d.tripsToSite, audiences: d.audiences, themes: d.themes,
    })),
    total: result.total, page, pageSize,
  };
}

/** Caches belong to one database (several app instances may share a process: tests, benchmarks). */
interface PublicCaches {
  /** Guides serialised and UTF-8 encoded once: a hit only copies bytes. */
  guides: Map<string, { body: Buffer; etag: string; expires: number; id: string; stamp: number; fileIds: string[] }>;
}
const cachesByDb = new WeakMap<object, PublicCaches>();
function cachesOf(db: object): PublicCaches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    caches = { guides: new Map() };
    cachesByDb.set(db, caches);
  }
  return caches;
}

/**
 * Serialised guides, by implementation code. A published version never changes, so a guide only goes stale when
 * the version in force, the publication status or the name changes — exactly what stamps the row's
 * `search_updated_at`, which the search index tracks: an entry is used only while the index holds the same stamp for
 * the implementation (this process's changes also drop it at once through invalidatePublicGuide). GUIDE_TTL_MS bounds
 * what stamps do not cover (a department renamed).
 */
const GUIDE_TTL_MS = 10 * 60_000;
const GUIDE_CACHE_MAX = 5_000;

/** Called by every use-case that changes what the public sees (publication, suspension, cancellation). */
export function invalidatePublicGuide(db: object, code: string): void {
  cachesOf(db).guides.delete(code);
  markSearchIndexStale(db);
}

/** The guide as a JSON string with an ETag (implementation code + version + content hash). */
export async function getPublicGuideJson(deps: Deps, code: string): Promise<{ body: Buffer; etag: string; fileIds: string[] }> {
  const guides = cachesOf(deps.db).guides;
  const { stamps } = await searchIndexOf(deps.db);
  const cached = guides.get(code);
  if (cached && cached.expires > Date.now() && stamps.get(cached.id) === cached.stamp) return cached;
  const { guide, contentHash, id, stamp } = await loadPublicGuide(deps, code);
  const entry = {
    body: Buffer.from(JSON.stringify(guide)), etag: `"${code}-${guide.version}-${contentHash.slice(0, 16)}"`, expires: Date.now() + GUIDE_TTL_MS, id, stamp,
    fileIds: referencedFileIds(guide.content),
  };
  if (guides.size >= GUIDE_CACHE_MAX) guides.delete(guides.keys().next().value!);
  guides.set(code, entry);
  return entry;
}

/** The public guide of an implementation: the version in force, every element. */
async function loadPublicGuide(deps: Deps, code: string) {
  const row = await publishedQuery(deps)
    .select(['i.id', 'i.search_updated_at', 'i.code', 'i.name', 'i.basic_code', 'b.type_code', 'i.current_version', 'v.published_at', 'v.content', 'v.content_hash', 'd.name as department_name', 'i.region_code', 'r.name as region_name', 'i.level'])
    .where('i.code', '=', code).executeTakeFirst();
  if (!row) throw AppError.notFound('guide');
  const guide = {
    // Applicants start an online application (POST /api/cases) with it.
    implementationId: row.id,
    code: row.code, name: row.name, basicCode: row.basic_code, typeCode: row.type_code, version: row.current_version!, publishedAt: row.published_at.toISOString(),
    departmentName: row.department_name, regionCode: row.region_code, regionName: row.region_name, level: row.level, content: row.content, compressionRatio: compressionRatio(row.content),
    files: await fileSummaries(deps.db, [row.content]),
    // What the QR code encodes: the guide's address under PUBLIC_URL, so a printed code works from any phone.
    url: deps.config.publicUrl ? new URL(`/services/${row.code}`, deps.config.publicUrl).toString() : null,
  };
  return { guide, contentHash: row.content_hash, id: row.id, stamp: row.search_updated_at.getTime() };
}

/** Counts of published items per department, theme, audience, level and item type, for the browse filters. */
export async function publishedFacets(deps: Deps) {
  // Counted from the in-memory index, like the list itself (no scan of every published version's content).
  const state = await searchIndexOf(deps.db);
  const departments = new Map<string, number>();
  const themes = new Map<string, number>();
  const audiences = new Map<string, number>();
  const levels = new Map<number, number>();
  const types = new Map<string, number>();
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const doc of state.index.all()) {
    add(departments, doc.departmentId);
    for (const theme of new Set(doc.themes)) add(themes, theme);
    for (const audience of new Set(doc.audiences)) add(audiences, audience);
    add(levels, doc.level);
    add(types, doc.typeCode);
  }
  const byValue = <K extends string | number>(counts: Map<K, number>) =>
    [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, count]) => ({ value, count }));
  return {
    departments: [...departments]
      .map(([id, count]) => ({ id, name: state.departmentNames.get(id) ?? '', count }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)),
    themes: byValue(themes),
    audiences: byValue(audiences),
    levels: byValue(levels),
    typeCodes: byValue(types),
  };
}
