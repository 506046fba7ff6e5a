/**
 * The public side of the catalogue: only versions in force of published implementations are visible, without
 * login. Search segments Chinese with jieba, expands synonyms, and ranks with weighted full-text search.
 */
import { sql } from 'kysely';
import { compressionRatio, planQuery, toTsQueryText } from '@onetrip/core';
import { segment } from '../../platform/search/segmenter.ts';
import type { Deps } from '../../platform/http/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';
import { escapeLike } from '../../platform/db/sql-helpers.ts';

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
 * Published items, filtered; with `q`, ranked by relevance: every query term (or one of its synonyms) must match,
 * weighted by where it matched (name ≫ item/department/result ≫ conditions ≫ materials), with a boost when the
 * name contains the query as typed; shorter, higher-level names first on ties. When nothing matches all terms,
 * items matching any term are returned instead.
 */
export async function listPublishedItems(deps: Deps, query: PublicListQuery): Promise<Page<Record<string, unknown>>> {
  if (!deps.config.searchCacheEnabled) return listPublishedItemsUncached(deps, query);
  const key = JSON.stringify([query.q?.trim() ?? '', query.audience, query.theme, query.departmentId, query.level, query.typeCode, query.page ?? 1, query.pageSize ?? 20]);
  const caches = cachesOf(deps.db);
  const cached = caches.lists.get(key);
  if (cached && cached.generation === caches.generation && cached.expires > Date.now()) return cached.page;
  const generation = caches.generation;
  const result = await listPublishedItemsUncached(deps, query);
  if (caches.lists.size >= LIST_CACHE_MAX) caches.lists.delete(caches.lists.keys().next().value!);
  caches.lists.set(key, { page: result, generation, expires: Date.now() + LIST_TTL_MS });
  return result;
}

/**
 * Result pages of popular queries, dropped as a whole whenever anything published changes in this process
 * (its generation), and after LIST_TTL_MS for changes made by other processes. Citizens' queries repeat
 * heavily (社保, 护照, 公积金…), and ranking a broad term over tens of thousands of items costs tens of ms.
 */
const LIST_TTL_MS = 30_000;
const LIST_CACHE_MAX = 2_000;

/** Caches belong to one database (several app instances may share a process: tests, benchmarks). */
interface PublicCaches {
  lists: Map<string, { page: Page<Record<string, unknown>>; generation: number; expires: number }>;
  guides: Map<string, { body: string; etag: string; expires: number }>;
  generation: number;
}
const cachesByDb = new WeakMap<object, PublicCaches>();
function cachesOf(db: object): PublicCaches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    caches = { lists: new Map(), guides: new Map(), generation: 0 };
    cachesByDb.set(db, caches);
  }
  return caches;
}

async function listPublishedItemsUncached(deps: Deps, query: PublicListQuery): Promise<Page<Record<string, unknown>>> {
  const text = query.q?.trim() ?? '';
  if (text) {
    const plan = planQuery(text, segment);
    for (const mode of ['and', 'or'] as const) {
      const tsquery = toTsQueryText(plan, mode, segment);
      if (tsquery === null) break;
      const result = await listPage(deps, query, { tsquery, text });
      if (result.total > 0 || mode === 'or') return result;
    }
    return { items: [], total: 0, ...pageOf(query) };
  }
  return listPage(deps, query, null);
}

/** Counting stops here: "1000+" is as useful to a citizen as an exact figure, and much cheaper. */
export const MAX_COUNTED = 1000;

/**
 * Two steps, so that only the rows of one page are joined with their (large) version content: first the ids in
 * order, from the implementations row alone (search vector, name, level, codes); then the page's details.
 */
async function listPage(deps: Deps, query: PublicListQuery, search: { tsquery: string; text: string } | null): Promise<Page<Record<string, unknown>>> {
  const { page, pageSize, offset } = pageOf(query);
  let q = deps.db.selectFrom('implementations as i').where('i.publication_status', '=', 'published');
  if (search) q = q.where(sql<boolean>`i.search_vector @@ ${search.tsquery}::tsquery`);
  if (query.audience || query.theme) {
    const containment = JSON.stringify({ ...(query.audience ? { audiences: [query.audience] } : {}), ...(query.theme ? { themes: [query.theme] } : {}) });
    q = q.where((eb) => eb.exists(eb.selectFrom('implementation_versions as v').select(sql`1`.as('one'))
      .whereRef('v.implementation_id', '=', 'i.id').whereRef('v.version', '=', 'i.current_version').where('v.content', '@>', containment as never)));
  }
  if (query.departmentId) q = q.where('i.department_id', '=', query.departmentId);
  if (query.level) q = q.where('i.level', '=', query.level as never);
  if (query.typeCode) q = q.where((eb) => eb.exists(eb.selectFrom('basic_items as b').select(sql`1`.as('one')).whereRef('b.code', '=', 'i.basic_code').where('b.type_code', '=', query.typeCode as never)));
  const [ids, count] = await Promise.all([
    q.select('i.id')
      .$if(search !== null, (qb) => qb.orderBy(sql`ts_rank(i.search_vector, ${search!.tsquery}::tsquery)
          + CASE WHEN i.name = ${search!.text} THEN 10 WHEN i.name LIKE ${`${escapeLike(search!.text)}%`} THEN 3
                 WHEN i.name LIKE ${`%${escapeLike(search!.text)}%`} THEN 1.5 ELSE 0 END`, 'desc').orderBy(sql`length(i.name)`))
      // Ties: higher level first, then the catalogue's own order (a department numbers its primary item first).
      .orderBy('i.level').orderBy('i.basic_code').orderBy('i.name').limit(pageSize).offset(offset).execute(),
    deps.db.selectFrom(q.select(sql`1`.as('one')).limit(MAX_COUNTED).as('matches')).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const order = new Map(ids.map((r, index) => [r.id, index]));
  const rows = ids.length === 0 ? [] : await publishedQuery(deps)
    .select(['i.id', 'i.code', 'i.name', 'b.type_code', 'd.name as department_name', 'r.name as region_name', 'i.level',
      (eb) => eb.ref('v.content', '->>').key('caseKind').as('case_kind'),
      (eb) => eb.ref('v.content', '->>').key('onlineDepth').as('online_depth'),
      (eb) => eb.ref('v.content', '->>').key('tripsToSite').as('trips'),
      (eb) => eb.ref('v.content', '->').key('audiences').as('audiences'),
      (eb) => eb.ref('v.content', '->').key('themes').as('themes'),
    ])
    .where('i.id', 'in', ids.map((r) => r.id)).execute();
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    items: rows.map((r) => ({
      code: r.code, name: r.name, typeCode: r.type_code, departmentName: r.department_name, regionName: r.region_name, level: r.level,
      caseKind: String(r.case_kind), onlineDepth: Number(r.online_depth), tripsToSite: Number(r.trips), audiences: (r.audiences ?? []), themes: (r.themes ?? []),
    })),
    total: Number(count.n), page, pageSize,
  };
}

/**
 * Serialised guides, by implementation code. A published version never changes, so a guide only goes stale when
 * the version in force or the publication status changes: the use-cases doing that call invalidatePublicGuide().
 * Other server processes see the change within GUIDE_TTL_MS.
 */
const GUIDE_TTL_MS = 30_000;
const GUIDE_CACHE_MAX = 5_000;

/** Called by every use-case that changes what the public sees (publication, suspension, cancellation). */
export function invalidatePublicGuide(db: object, code: string): void {
  const caches = cachesOf(db);
  caches.guides.delete(code);
  caches.generation += 1;
}

/** The guide as a JSON string with an ETag (implementation code + version + content hash). */
export async function getPublicGuideJson(deps: Deps, code: string): Promise<{ body: string; etag: string }> {
  const guides = cachesOf(deps.db).guides;
  const cached = guides.get(code);
  if (cached && cached.expires > Date.now()) return cached;
  const guide = await getPublicGuide(deps, code);
  const hash = await deps.db.selectFrom('implementation_versions as v').innerJoin('implementations as i', 'i.id', 'v.implementation_id')
    .select('v.content_hash').where('i.code', '=', code).whereRef('v.version', '=', 'i.current_version').executeTakeFirstOrThrow();
  const entry = { body: JSON.stringify(guide), etag: `"${code}-${guide.version}-${hash.content_hash.slice(0, 16)}"`, expires: Date.now() + GUIDE_TTL_MS };
  if (guides.size >= GUIDE_CACHE_MAX) guides.delete(guides.keys().next().value!);
  guides.set(code, entry);
  return entry;
}

/** The public guide of an implementation: the version in force, every element. */
export async function getPublicGuide(deps: Deps, code: string) {
  const row = await publishedQuery(deps)
    .select(['i.code', 'i.name', 'i.basic_code', 'b.type_code', 'i.current_version', 'v.published_at', 'v.content', 'd.name as department_name', 'i.region_code', 'r.name as region_name', 'i.level'])
    .where('i.code', '=', code).executeTakeFirst();
  if (!row) throw AppError.notFound('guide');
  return {
    code: row.code, name: row.name, basicCode: row.basic_code, typeCode: row.type_code, version: row.current_version!, publishedAt: row.published_at.toISOString(),
    departmentName: row.department_name, regionCode: row.region_code, regionName: row.region_name, level: row.level, content: row.content, compressionRatio: compressionRatio(row.content),
  };
}

/** Counts of published items per department, theme, audience, level and item type, for the browse filters. */
export async function publishedFacets(deps: Deps) {
  const base = publishedQuery(deps);
  const [departments, themes, audiences, levels, types] = await Promise.all([
    base.select(['d.id', 'd.name', (eb) => eb.fn.countAll<string>().as('n')]).groupBy(['d.id', 'd.name']).orderBy('d.name').execute(),
    base.innerJoin(sql<{ value: string }>`jsonb_array_elements_text(v.content -> 'themes')`.as('t'), (join) => join.onTrue())
      .select(['t.value', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('t.value').orderBy('t.value').execute(),
    base.innerJoin(sql<{ value: string }>`jsonb_array_elements_text(v.content -> 'audiences')`.as('a'), (join) => join.onTrue())
      .select(['a.value', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('a.value').orderBy('a.value').execute(),
    base.select(['i.level', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('i.level').orderBy('i.level').execute(),
    base.select(['b.type_code', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('b.type_code').orderBy('b.type_code').execute(),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, name: d.name, count: Number(d.n) })),
    themes: themes.map((t) => ({ value: t.value, count: Number(t.n) })),
    audiences: audiences.map((a) => ({ value: a.value, count: Number(a.n) })),
    levels: levels.map((l) => ({ value: l.level, count: Number(l.n) })),
    typeCodes: types.map((t) => ({ value: t.type_code, count: Number(t.n) })),
  };
}
