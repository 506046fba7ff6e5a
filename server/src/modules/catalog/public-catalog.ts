/**
 * The public side of the catalogue: only versions in force of published implementations are visible, without
 * login. (Full-text search with Chinese segmentation and synonyms comes with the search increment; until then `q`
 * matches names.)
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

async function listPage(deps: Deps, query: PublicListQuery, search: { tsquery: string; text: string } | null): Promise<Page<Record<string, unknown>>> {
  const { page, pageSize, offset } = pageOf(query);
  let q = publishedQuery(deps);
  if (search) q = q.where(sql<boolean>`i.search_vector @@ ${search.tsquery}::tsquery`);
  if (query.audience) q = q.where('v.content', '@>', JSON.stringify({ audiences: [query.audience] }) as never);
  if (query.theme) q = q.where('v.content', '@>', JSON.stringify({ themes: [query.theme] }) as never);
  if (query.departmentId) q = q.where('i.department_id', '=', query.departmentId);
  if (query.level) q = q.where('i.level', '=', query.level as never);
  if (query.typeCode) q = q.where('b.type_code', '=', query.typeCode as never);
  const [rows, count] = await Promise.all([
    q.select(['i.code', 'i.name', 'b.type_code', 'd.name as department_name', 'r.name as region_name', 'i.level',
      (eb) => eb.ref('v.content', '->>').key('caseKind').as('case_kind'),
      (eb) => eb.ref('v.content', '->>').key('onlineDepth').as('online_depth'),
      (eb) => eb.ref('v.content', '->>').key('tripsToSite').as('trips'),
      (eb) => eb.ref('v.content', '->').key('audiences').as('audiences'),
      (eb) => eb.ref('v.content', '->').key('themes').as('themes'),
    ])
      .$if(search !== null, (qb) => qb.orderBy(sql`ts_rank(i.search_vector, ${search!.tsquery}::tsquery)
          + CASE WHEN i.name = ${search!.text} THEN 10 WHEN i.name LIKE ${`${escapeLike(search!.text)}%`} THEN 3
                 WHEN i.name LIKE ${`%${escapeLike(search!.text)}%`} THEN 1.5 ELSE 0 END`, 'desc').orderBy(sql`length(i.name)`))
      // Ties: higher level first, then the catalogue's own order (a department numbers its primary item first).
      .orderBy('i.level').orderBy('i.basic_code').orderBy('i.name').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      code: r.code, name: r.name, typeCode: r.type_code, departmentName: r.department_name, regionName: r.region_name, level: r.level,
      caseKind: String(r.case_kind), onlineDepth: Number(r.online_depth), tripsToSite: Number(r.trips), audiences: (r.audiences ?? []), themes: (r.themes ?? []),
    })),
    total: Number(count.n), page, pageSize,
  };
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
