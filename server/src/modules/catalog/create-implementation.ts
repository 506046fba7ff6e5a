import { buildImplementationCode, regionPrefix, type ExerciseLevel, type ImplementationContent } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import { catalogRepository as repo } from './catalog.repository.ts';
import { assertReferencedFilesExist } from './files/catalog-files.ts';
import { assertConsistent, checkContextFor, levelOfRegion } from './catalog-support.ts';
import { currentContentOf, implementationDetail, loadImplementation } from './load-implementation.ts';

/**
 * A department's item maintainer files a new implementation of a basic catalogue item (谁主管、谁填报): with its
 * own content, or by inheriting a published implementation of the same item from a higher level, after which only
 * local elements may differ.
 */
export async function createImplementation(deps: Deps, ctx: RequestContext, input: { basicCode: string; content?: ImplementationContent | undefined; inheritsFrom?: string | undefined }) {
  const staff = requireStaff(ctx, 'catalog.maintain');
  if (!staff.departmentId) throw new AppError('NOT_A_DEPARTMENT_USER');
  if (!input.content === !input.inheritsFrom) {
    throw AppError.validation([{ path: '/content', code: 'VALIDATION_FAILED', messages: { zh: '请提供事项内容，或选择要承接的上级事项（二选一）', en: 'Give either content or inheritsFrom (one of them)' } }]);
  }
  const basic = await repo.findBasicItem(deps.db, input.basicCode);
  if (!basic) throw AppError.validation([{ path: '/basicCode', code: 'BASIC_ITEM_NOT_FOUND' }]);
  const dept = await deps.db
    .selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code')
    .select(['d.id', 'd.credit_code', 'd.region_code', 'r.level']).where('d.id', '=', staff.departmentId).executeTakeFirstOrThrow();
  const level = levelOfRegion(dept.level);
  const code = buildImplementationCode(dept.credit_code, level, basic.code);

  let content = input.content;
  let inheritsFrom: string | null = null;
  if (input.inheritsFrom) {
    const parent = await deps.db.selectFrom('implementations').select(['id', 'basic_code', 'level', 'region_code', 'publication_status', 'current_version']).where('id', '=', input.inheritsFrom).executeTakeFirst();
    const valid = parent && parent.publication_status === 'published' && parent.basic_code === basic.code && parent.level < level
      && dept.region_code.startsWith(regionPrefix(parent.region_code));
    if (!parent || !valid) throw AppError.validation([{ path: '/inheritsFrom', code: 'INHERIT_SOURCE_INVALID' }]);
    content = (await currentContentOf(deps.db, parent))!;
    inheritsFrom = parent.id;
  }
  const checkCtx = await checkContextFor(deps.db, { basicCode: basic.code, typeCode: basic.type_code, basicName: basic.name, implementationCode: code, departmentCreditCode: dept.credit_code, level });
  assertConsistent(content!, checkCtx);
  await assertReferencedFilesExist(deps.db, content!);
  try {
    const id = await deps.db.transaction().execute((tx) => insertImplementation(tx, auditContextOf(ctx), {
      code, basicCode: basic.code, departmentId: dept.id, regionCode: dept.region_code, level, inheritsFrom, content: content!,
    }));
    return implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('IMPLEMENTATION_EXISTS', { cause: error });
    throw error;
  }
}

export interface NewImplementation {
  code: string;
  basicCode: string;
  departmentId: string;
  regionCode: string;
  level: ExerciseLevel;
  inheritsFrom: string | null;
  content: ImplementationContent;
}

/**
 * Stores a new implementation as a draft with its `implementation.created` audit event, inside the caller's
 * transaction. Callers have already checked it (consistency rules, file references); the spreadsheet import adds
 * its import id to the audit summary.
 */
export async function insertImplementation(tx: DbOrTx, audit: AuditContext, input: NewImplementation, summary: Record<string, unknown> = {}): Promise<string> {
  const { code, content, inheritsFrom } = input;
  const row = await tx.insertInto('implementations').values({
    code, basic_code: input.basicCode, department_id: input.departmentId, region_code: input.regionCode, level: input.level, inherits_from: inheritsFrom,
    draft_content: JSON.stringify(content), name: content.name, current_version: null,
  }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(tx, audit, { action: 'implementation.created', subjectType: 'implementation', subjectId: row.id, summary: { after: { code, name: content.name, inheritsFrom }, ...summary } });
  return row.id;
}
