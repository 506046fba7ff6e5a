import type { StaffRole } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { loadStepCase } from './case-access.ts';

export interface CaseColleague {
  id: string;
  displayName: string;
  /** The roles of the case's process the colleague holds (to pick a worker for a given step). */
  roles: StaffRole[];
}

/**
 * Step worker: the active staff of the case's competent department who may work its steps — whom the worker may
 * transfer the case to, name as the next step's worker or ask to countersign. Names only (no phones): the list exists
 * to pick a colleague. Anyone but a step worker of that department gets 404, as for the case itself.
 */
export async function listCaseColleagues(deps: Deps, ctx: RequestContext, caseId: string): Promise<CaseColleague[]> {
  const staff = requireStaff(ctx);
  const { row, content } = await loadStepCase(deps.db, staff, caseId);
  const stepRoles: StaffRole[] = [...new Set(content.process.map((s) => s.role))];
  if (stepRoles.length === 0) return [];
  const rows = await deps.db.selectFrom('staff_users').select(['id', 'display_name', 'roles'])
    .where('department_id', '=', row.department_id).where('active', '=', true)
    .where((eb) => eb.or(stepRoles.map((role) => eb(eb.val(role), '=', eb.fn.any('roles')))))
    .orderBy('display_name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, roles: r.roles.filter((role) => stepRoles.includes(role)) }));
}
