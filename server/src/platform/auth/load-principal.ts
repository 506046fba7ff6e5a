import { scopeFor } from '@onetrip/core';
import type { Deps } from '../http/deps.ts';
import type { Principal } from './principal.ts';
import type { SessionAccount } from './sessions.ts';

/** Builds the principal from a session's account row; null when the account is gone or disabled. */
export function principalOf(kind: 'staff' | 'applicant', id: string, sessionId: string, account: SessionAccount): Principal | null {
  if (kind === 'staff') {
    const u = account.staff;
    if (!u || !u.active) return null;
    return {
      kind: 'staff', id, sessionId, username: u.username, displayName: u.display_name, roles: u.roles,
      regionCode: u.region_code, departmentId: u.department_id,
      scope: scopeFor({ regionCode: u.region_code, departmentId: u.department_id, roles: u.roles }),
    };
  }
  const a = account.applicant;
  if (!a || !a.active) return null;
  return { kind: 'applicant', id, sessionId, applicantKind: a.kind, name: a.name };
}

/** Loads the principal of a principal id (used right after login, when no request context exists yet). */
export async function loadPrincipal(deps: Deps, kind: 'staff' | 'applicant', id: string, sessionId: string): Promise<Principal | null> {
  const staff = kind === 'staff'
    ? await deps.db.selectFrom('staff_users').select(['username', 'display_name', 'roles', 'region_code', 'department_id', 'active']).where('id', '=', id).executeTakeFirst()
    : undefined;
  const applicant = kind === 'applicant'
    ? await deps.db.selectFrom('applicants').select(['kind', 'name', 'active']).where('id', '=', id).executeTakeFirst()
    : undefined;
  return principalOf(kind, id, sessionId, { staff: staff ?? null, applicant: applicant ?? null });
}
