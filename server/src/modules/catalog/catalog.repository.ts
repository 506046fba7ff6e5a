import type { DataScope } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';

/** All SQL of the catalogue module. */
export const catalogRepository = {
  /** Implementations joined with their item, department and region, limited to a staff scope when one is given. */
  implementations(db: DbOrTx, scope: DataScope | null) {
    let q = db
      .selectFrom('implementations as i')
      .innerJoin('basic_items as b', 'b.code', 'i.basic_code')
      .innerJoin('departments as d', 'd.id', 'i.department_id')
      .innerJoin('regions as r', 'r.code', 'i.region_code');
    if (scope) {
      q = q.where('i.region_code', 'like', `${scope.regionPrefix}%`);
      if (scope.departmentId) q = q.where('i.department_id', '=', scope.departmentId);
    }
    return q;
  },
  summaryColumns: [
    'i.id', 'i.code', 'i.name', 'i.basic_code', 'b.type_code', 'i.department_id', 'd.name as department_name', 'd.credit_code as department_credit_code',
    'i.region_code', 'r.name as region_name', 'i.level', 'i.inherits_from', 'i.publication_status', 'i.change_status', 'i.current_version',
    'i.status_reason', 'i.review_comment', 'i.updated_at', 'i.draft_revision', 'b.name as basic_name',
  ] as const,
  currentContent(db: DbOrTx, implementationId: string, version: number) {
    return db.selectFrom('implementation_versions').select(['content', 'published_at']).where('implementation_id', '=', implementationId).where('version', '=', version).executeTakeFirst();
  },
  async cancelledProofCodes(db: DbOrTx): Promise<Set<string>> {
    const rows = await db.selectFrom('proofs').select('code').where('status', '=', 'cancelled').execute();
    return new Set(rows.map((r) => r.code));
  },
  findBasicItem(db: DbOrTx, code: string) {
    return db.selectFrom('basic_items').selectAll().where('code', '=', code).executeTakeFirst();
  },
};
