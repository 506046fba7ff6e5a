import type { ImplementationContent } from '@onetrip/core';
import { compressionRatio, checkImplementation } from '@onetrip/core';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { catalogRepository as repo } from './catalog.repository.ts';
import { checkContextFor, toSummaryView, type ImplementationRow } from './catalog-support.ts';
import { fileSummaries } from './files/file-summaries.ts';

/** An implementation in the caller's scope (department scope for item maintainers), or 404. */
export async function loadImplementation(db: DbOrTx, staff: StaffPrincipal, id: string, options: { forUpdate?: boolean } = {}): Promise<ImplementationRow & { draft_content: ImplementationContent | null }> {
  let q = repo.implementations(db, staff.scope).select([...repo.summaryColumns, 'i.draft_content']).where('i.id', '=', id);
  if (options.forUpdate) q = q.forUpdate('i');
  const row = await q.executeTakeFirst();
  if (!row) throw AppError.notFound('implementation');
  return row;
}

/**
 * An implementation the caller may maintain: only its own department's (谁主管、谁填报), even when another role of
 * the same user widens what they may read. Anything else is "not found", like an item out of scope.
 */
export async function loadImplementationToMaintain(db: DbOrTx, staff: StaffPrincipal, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await loadImplementation(db, staff, id, options);
  if (staff.departmentId === null || row.department_id !== staff.departmentId) throw AppError.notFound('implementation');
  return row;
}

export async function currentContentOf(db: DbOrTx, row: { id: string; current_version: number | null }): Promise<ImplementationContent | null> {
  if (row.current_version === null) return null;
  return (await repo.currentContent(db, row.id, row.current_version))?.content ?? null;
}

/** Staff detail view: the working copy, the version in force, and the checker's findings on what is being edited. */
export async function implementationDetail(db: DbOrTx, row: ImplementationRow & { draft_content: ImplementationContent | null }) {
  const current = await currentContentOf(db, row);
  const subject = row.draft_content ?? current;
  const ctx = await checkContextFor(db, { basicCode: row.basic_code, typeCode: row.type_code, basicName: row.basic_name, implementationCode: row.code, departmentCreditCode: row.department_credit_code, level: row.level });
  return {
    ...toSummaryView(row),
    draftRevision: row.draft_revision,
    draft: row.draft_content,
    current,
    findings: subject ? checkImplementation(subject, ctx) : [],
    compressionRatio: subject ? compressionRatio(subject) : null,
    files: await fileSummaries(db, [row.draft_content, current]),
  };
}
