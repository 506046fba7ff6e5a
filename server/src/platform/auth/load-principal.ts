import { scopeFor } from '@onetrip/core';
import type { Deps } from '../http/deps.ts';
import type { Principal } from './principal.ts';

/** Loads the principal behind a session; null when the account was removed or disabled. */
export async function loadPrincipal(deps: Deps, kind: 'staff' | 'applicant', id: string, sessionId: string): Promise<Principal | null> {
  if (kind === 'staff') {
    const u = await deps.db
      .selectFrom('staff_users')
      .select(['id', 'username', 'display_name', 'roles', 'region_code', 'department_id', 'active'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!u || !u.active) return null;
    const roles = u.roles;
    return {
      kind: 'staff',
      id: u.id,
      sessionId,
      username: u.username,
      displayName: u.display_name,
      roles,
      regionCode: u.region_code,
      departmentId: u.department_id,
      scope: scopeFor({ regionCode: u.region_code, departmentId: u.department_id, roles }),
    };
  }
  const a = await deps.db.selectFrom('applicants').select(['id', 'kind', 'name', 'active']).where('id', '=', id).executeTakeFirst();
  if (!a || !a.active) return null;
  return { kind: 'applicant', id: a.id, sessionId, applicantKind: a.kind, name: a.name };
}

