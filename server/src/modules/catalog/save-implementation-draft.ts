import { changedInheritedElements, diffContent, type ImplementationContent } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { assertConsistent, checkContextFor } from './catalog-support.ts';
import { assertReferencedFilesExist } from './files/catalog-files.ts';
import { currentContentOf, implementationDetail, loadImplementation, loadImplementationToMaintain } from './load-implementation.ts';

/**
 * Saves the working copy of the next version. Consistency rules are enforced on every save; other findings come
 * back with the result so the maintainer sees them while editing. `revision` guards against lost updates.
 */
export async function saveImplementationDraft(deps: Deps, ctx: RequestContext, id: string, input: { revision: number; content: ImplementationContent }) {
  const staff = requireStaff(ctx, 'catalog.maintain');
  const row = await loadImplementationToMaintain(deps.db, staff, id);
  if (row.publication_status === 'cancelled') throw new AppError('IMPLEMENTATION_CANCELLED');
  if (row.change_status === 'submitted') throw new AppError('IMPLEMENTATION_NOT_EDITABLE');
  if (row.draft_revision !== input.revision) throw new AppError('STALE_REVISION', { details: { currentRevision: row.draft_revision } });
  if (row.inherits_from) {
    const parent = await deps.db.selectFrom('implementations').select(['id', 'current_version']).where('id', '=', row.inherits_from).executeTakeFirstOrThrow();
    const parentContent = await currentContentOf(deps.db, parent);
    const changed = parentContent ? changedInheritedElements(parentContent, input.content) : [];
    if (changed.length > 0) {
      throw new AppError('INHERITED_ELEMENT_CHANGED', { fields: changed.map((k) => ({ path: `/content/${k}`, code: 'INHERITED_ELEMENT_CHANGED' as const })), details: { elements: changed } });
    }
  }
  const checkCtx = await checkContextFor(deps.db, { basicCode: row.basic_code, typeCode: row.type_code, basicName: row.basic_name, implementationCode: row.code, departmentCreditCode: row.department_credit_code, level: row.level });
  assertConsistent(input.content, checkCtx);
  await assertReferencedFilesExist(deps.db, input.content);
  const before = row.draft_content ?? (await currentContentOf(deps.db, row));
  await deps.db.transaction().execute(async (tx) => {
    const result = await tx.updateTable('implementations')
      .set({ draft_content: JSON.stringify(input.content), change_status: 'draft', draft_revision: input.revision + 1, name: row.publication_status === 'unpublished' ? input.content.name : row.name, updated_at: new Date() })
      .where('id', '=', id).where('draft_revision', '=', input.revision).where('change_status', '<>', 'submitted')
      .executeTakeFirst();
    // Another save or a submit won the race between our read and this write.
    if (result.numUpdatedRows === 0n) throw new AppError('STALE_REVISION');
    const changes = diffContent(before, input.content);
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'implementation.draft_saved', subjectType: 'implementation', subjectId: id,
      summary: { revision: input.revision + 1, changedPaths: changes.slice(0, 50).map((c) => c.path), changeCount: changes.length },
    });
  });
  return implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
}
