/**
 * The review cycle: the owning department's item maintainer submits the working copy; a centre administrator
 * sends it back with comments or publishes it as the next immutable version. Publishing a city item refreshes the
 * working copies of the district implementations that inherit it.
 */
import { canonicalJson, mergeInherited, type ImplementationContent } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Tx } from '../../platform/db/database.ts';
import { assertConsistent, checkContextFor } from './catalog-support.ts';
import { refreshSearchVector } from './search-index.ts';
import { invalidatePublicGuide } from './public-catalog.ts';
import { currentContentOf, implementationDetail, loadImplementation, loadImplementationToMaintain } from './load-implementation.ts';

export async function submitImplementation(deps: Deps, ctx: RequestContext, id: string) {
  const staff = requireStaff(ctx, 'catalog.maintain');
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadImplementationToMaintain(tx, staff, id, { forUpdate: true });
    if (row.publication_status === 'cancelled') throw new AppError('IMPLEMENTATION_CANCELLED');
    if (row.change_status === 'submitted') throw new AppError('IMPLEMENTATION_NOT_EDITABLE');
    if (row.change_status !== 'draft' || !row.draft_content) throw new AppError('NO_PENDING_CHANGE');
    // The proof catalogue may have changed since the last save.
    assertConsistent(row.draft_content, await checkContextFor(tx, { basicCode: row.basic_code, typeCode: row.type_code, basicName: row.basic_name, implementationCode: row.code, departmentCreditCode: row.department_credit_code, level: row.level }));
    await tx.updateTable('implementations').set({ change_status: 'submitted', updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'implementation.submitted', subjectType: 'implementation', subjectId: id, summary: { revision: row.draft_revision } });
  });
  return implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
}

export async function sendBackImplementation(deps: Deps, ctx: RequestContext, id: string, comment: string) {
  const staff = requireStaff(ctx, 'catalog.review');
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadImplementation(tx, staff, id, { forUpdate: true });
    if (row.change_status !== 'submitted') throw new AppError('IMPLEMENTATION_NOT_SUBMITTED');
    await tx.updateTable('implementations').set({ change_status: 'draft', review_comment: comment.trim(), draft_revision: row.draft_revision + 1, updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'implementation.sent_back', subjectType: 'implementation', subjectId: id, summary: { comment: comment.trim() } });
  });
  return implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
}

export async function publishImplementation(deps: Deps, ctx: RequestContext, id: string) {
  const staff = requireStaff(ctx, 'catalog.review');
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadImplementation(tx, staff, id, { forUpdate: true });
    if (row.change_status !== 'submitted' || !row.draft_content) throw new AppError('IMPLEMENTATION_NOT_SUBMITTED');
    const content = row.draft_content;
    assertConsistent(content, await checkContextFor(tx, { basicCode: row.basic_code, typeCode: row.type_code, basicName: row.basic_name, implementationCode: row.code, departmentCreditCode: row.department_credit_code, level: row.level }));
    const version = (row.current_version ?? 0) + 1;
    await tx.insertInto('implementation_versions').values({ implementation_id: id, version, content: JSON.stringify(content), content_hash: sm3Hex(canonicalJson(content)), published_by: staff.id }).execute();
    await tx.updateTable('implementations').set({
      current_version: version, publication_status: row.publication_status === 'unpublished' ? 'published' : row.publication_status,
      change_status: 'none', draft_content: null, review_comment: null, name: content.name, draft_revision: row.draft_revision + 1, updated_at: new Date(),
    }).where('id', '=', id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'implementation.published', subjectType: 'implementation', subjectId: id, summary: { version, name: content.name } });
    await refreshSearchVector(tx, id);
    invalidatePublicGuide(deps.db, row.code);
    await refreshInheritors(tx, ctx, id, version, content);
  });
  const detail = await implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
  // Again after commit: a read between the first invalidation and the commit may have cached the old version.
  invalidatePublicGuide(deps.db, detail.code);
  return detail;
}

/** Gives every inheriting implementation a working copy with the new city content and its own local elements. */
async function refreshInheritors(tx: Tx, ctx: RequestContext, parentId: string, version: number, parentContent: ImplementationContent): Promise<void> {
  const children = await tx.selectFrom('implementations').select(['id', 'draft_content', 'current_version', 'change_status', 'draft_revision'])
    .where('inherits_from', '=', parentId).where('publication_status', '<>', 'cancelled').forUpdate().execute();
  for (const child of children) {
    const base = child.draft_content ?? (await currentContentOf(tx, child));
    if (!base) continue;
    const merged = mergeInherited(parentContent, base);
    await tx.updateTable('implementations').set({
      draft_content: JSON.stringify(merged), change_status: child.change_status === 'submitted' ? 'submitted' : 'draft', draft_revision: child.draft_revision + 1,
      review_comment: `上级事项已发布第 ${version} 版，请核对本地要素后提交 / The city published version ${version}; check the local elements and submit`, updated_at: new Date(),
    }).where('id', '=', child.id).execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'implementation.inherited_update', subjectType: 'implementation', subjectId: child.id, summary: { parentId, parentVersion: version } });
  }
}
