import type { DataScope } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';
import { escapeLike } from '../../platform/db/sql-helpers.ts';

/** All SQL of the organisation module. Scope filters are applied here, from the scope the use-case passes. */
export const organizationRepository = {
  listRegions(db: DbOrTx, prefix: string, parentCode?: string) {
    let q = db.selectFrom('regions').selectAll().where('code', 'like', `${prefix}%`);
    if (parentCode) q = q.where('parent_code', '=', parentCode);
    return q.orderBy('code').execute();
  },
  findRegion(db: DbOrTx, code: string) {
    return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  },
  async regionUsage(db: DbOrTx, code: string): Promise<number> {
    const row = await db
      .selectNoFrom((eb) => [
        eb.selectFrom('regions').select(eb.fn.countAll<string>().as('n')).where('parent_code', '=', code).as('children'),
        eb.selectFrom('departments').select(eb.fn.countAll<string>().as('n')).where('region_code', '=', code).as('departments'),
        eb.selectFrom('halls').select(eb.fn.countAll<string>().as('n')).where('region_code', '=', code).as('halls'),
        eb.selectFrom('staff_users').select(eb.fn.countAll<string>().as('n')).where('region_code', '=', code).as('staff'),
      ])
      .executeTakeFirstOrThrow();
    return Number(row.children) + Number(row.departments) + Number(row.halls) + Number(row.staff);
  },

  departmentsQuery(db: DbOrTx, scope: DataScope, filter: { regionPrefix?: string; q?: string }) {
    let q = db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code').where('d.region_code', 'like', `${scope.regionPrefix}%`);
    if (scope.departmentId) q = q.where('d.id', '=', scope.departmentId);
    if (filter.regionPrefix) q = q.where('d.region_code', 'like', `${filter.regionPrefix}%`);
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      q = q.where((eb) => eb.or([eb('d.name', 'like', like), eb('d.short_name', 'like', like), eb('d.credit_code', '=', filter.q!.toUpperCase())]));
    }
    return q;
  },
  findDepartment(db: DbOrTx, id: string) {
    return db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code').selectAll('d').select('r.name as region_name').where('d.id', '=', id).executeTakeFirst();
  },

  hallsQuery(db: DbOrTx, prefix: string) {
    return db
      .selectFrom('halls as h')
      .innerJoin('regions as r', 'r.code', 'h.region_code')
      .selectAll('h')
      .select('r.name as region_name')
      .select((eb) => eb.selectFrom('service_windows as w').whereRef('w.hall_id', '=', 'h.id').select(eb.fn.countAll<string>().as('n')).as('window_count'))
      .where('h.region_code', 'like', `${prefix}%`);
  },
  listWindows(db: DbOrTx, hallId: string) {
    return db
      .selectFrom('service_windows as w')
      .leftJoin('departments as d', 'd.id', 'w.department_id')
      .selectAll('w')
      .select('d.name as department_name')
      .where('w.hall_id', '=', hallId)
      .orderBy('w.number')
      .execute();
  },
  findWindow(db: DbOrTx, id: string) {
    return db
      .selectFrom('service_windows as w')
      .innerJoin('halls as h', 'h.id', 'w.hall_id')
      .leftJoin('departments as d', 'd.id', 'w.department_id')
      .selectAll('w')
      .select(['h.region_code', 'd.name as department_name'])
      .where('w.id', '=', id)
      .executeTakeFirst();
  },
};
