import type { DataScope } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';
import { escapeLike } from '../../platform/db/sql-helpers.ts';

/** Staff users visible in a scope, joined with their region and department names. */
function query(db: DbOrTx, scope: DataScope) {
  let q = db
    .selectFrom('staff_users as s')
    .innerJoin('regions as r', 'r.code', 's.region_code')
    .leftJoin('departments as d', 'd.id', 's.department_id')
    .where('s.region_code', 'like', `${scope.regionPrefix}%`);
  if (scope.departmentId) q = q.where('s.department_id', '=', scope.departmentId);
  return q;
}

function select(q: ReturnType<typeof query>) {
  return q.select([
    's.id', 's.username', 's.display_name', 's.roles', 's.region_code', 's.department_id', 's.phone_masked', 's.active', 's.locked_until',
    's.last_login_at', 's.created_at', 'r.name as region_name', 'd.name as department_name',
  ]);
}

export const staffRepository = {
  query,
  select,
  nameFilter: (text: string) => `%${escapeLike(text)}%`,
};
