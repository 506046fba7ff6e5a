import { checkImplementation, diffContent, summarizeFindings, type DataScope, type ImplementationContent } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { pageOf, type Page } from '../../platform/http/pagination.ts';
import { escapeLike } from '../../platform/db/sql-helpers.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { ChangeStatus, PublicationStatus } from '../../platform/db/schema.ts';
import { catalogRepository as repo } from './catalog.repository.ts';
import { checkContextOf, toSummaryView, type ImplementationRow } from './catalog-support.ts';
import { currentContentOf, implementationDetail, loadImplementation } from './load-implementation.ts';

export interface ImplementationListQuery {
  q?: string | undefined;
  publicationStatus?: PublicationStatus | undefined;
  changeStatus?: ChangeStatus | undefined;
  departmentId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The workbench list's filters over the implementations in a scope; the xlsx export applies the same ones. */
export function filteredImplementations(db: DbOrTx, scope: DataScope, query: Omit<ImplementationListQuery, 'page' | 'pageSize'>) {
  let q = repo.implementations(db, scope);
  if (query.publicationStatus) q = q.where('i.publication_status', '=', query.publicationStatus);
  if (query.changeStatus) q = q.where('i.change_status', '=', query.changeStatus);
  if (query.departmentId) q = q.where('i.department_id', '=', query.departmentId);
  const text = query.q?.trim();
  if (text) {
    const like = `%${escapeLike(text)}%`;
    q = q.where((eb) => eb.or([eb('i.name', 'like', like), eb('i.code', '=', text.toUpperCase()), eb('i.basic_code', '=', text.toUpperCase())]));
  }
  return q;
}

/** Implementations in the caller's scope; item maintainers see their department's, the centre its region's. */
export async function listImplementations(deps: Deps, ctx: RequestContext, query: ImplementationListQuery): Promise<Page<ReturnType<typeof toSummaryView>>> {
  const staff = requireStaff(ctx, 'catalog.read');
  const { page, pageSize, offset } = pageOf(query);
  const q = filteredImplementations(deps.db, staff.scope, query);
  const [rows, count] = await Promise.all([
    q.select([...repo.summaryColumns]).orderBy('i.updated_at', 'desc').orderBy('i.id').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: (rows as ImplementationRow[]).map(toSummaryView), total: Number(count.n), page, pageSize };
}

export async function getImplementation(deps: Deps, ctx: RequestContext, id: string) {
  const staff = requireStaff(ctx, 'catalog.read');
  return implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
}

export async function listVersions(deps: Deps, ctx: RequestContext, id: string) {
  const staff = requireStaff(ctx, 'catalog.read');
  await loadImplementation(deps.db, staff, id);
  const rows = await deps.db.selectFrom('implementation_versions as v').leftJoin('staff_users as s', 's.id', 'v.published_by')
    .select(['v.version', 'v.published_at', 's.username', 'v.content_hash']).where('v.implementation_id', '=', id).orderBy('v.version', 'desc').execute();
  return rows.map((r) => ({ version: r.version, publishedAt: r.published_at.toISOString(), publishedBy: r.username, contentHash: r.content_hash }));
}

export async function getVersion(deps: Deps, ctx: RequestContext, id: string, version: number): Promise<ImplementationContent> {
  const staff = requireStaff(ctx, 'catalog.read');
  await loadImplementation(deps.db, staff, id);
  const row = await repo.currentContent(deps.db, id, version);
  if (!row) throw AppError.notFound('version');
  return row.content;
}

/** Changes from one version to another; `to` may be 'draft' (the working copy), `from` defaults to the version in force. */
export async function diffVersions(deps: Deps, ctx: RequestContext, id: string, from: number | undefined, to: number | 'draft') {
  const staff = requireStaff(ctx, 'catalog.read');
  const row = await loadImplementation(deps.db, staff, id);
  const fromContent = from !== undefined ? (await repo.currentContent(deps.db, id, from))?.content : await currentContentOf(deps.db, row);
  const toContent = to === 'draft' ? row.draft_content : (await repo.currentContent(deps.db, id, to))?.content;
  if ((from !== undefined && !fromContent) || !toContent) throw AppError.notFound('version');
  return { changes: diffContent(fromContent ?? {}, toContent) };
}

/**
 * The centre's report across departments: every implementation in scope checked (its working copy when there is
 * one, else the version in force), with counts per severity and per rule.
 */
export async function checkReport(deps: Deps, ctx: RequestContext) {
  const staff = requireStaff(ctx, 'catalog.report');
  const rows = await repo.implementations(deps.db, staff.scope)
    .leftJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .select([...repo.summaryColumns, 'i.draft_content', 'v.content as current_content'])
    .where('i.publication_status', '<>', 'cancelled')
    .orderBy('d.name').orderBy('i.name').execute();
  const cancelledProofCodes = await repo.cancelledProofCodes(deps.db);
  const byRule = new Map<string, number>();
  const items = [];
  for (const row of rows as (ImplementationRow & { draft_content: ImplementationContent | null; current_content: ImplementationContent | null })[]) {
    const subject = row.draft_content ?? row.current_content;
    if (!subject) continue;
    const ctxForRow = checkContextOf({ basicCode: row.basic_code, typeCode: row.type_code, basicName: row.basic_name, implementationCode: row.code, departmentCreditCode: row.department_credit_code, level: row.level }, cancelledProofCodes);
    const findings = checkImplementation(subject, ctxForRow);
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    items.push({ ...toSummaryView(row), counts: summarizeFindings(findings), findings });
  }
  const totals = items.reduce((acc, i) => ({ error: acc.error + i.counts.error, warning: acc.warning + i.counts.warning, info: acc.info + i.counts.info }), { error: 0, warning: 0, info: 0 });
  return { totals, byRule: Object.fromEntries([...byRule.entries()].sort((a, b) => b[1] - a[1])), items };
}
