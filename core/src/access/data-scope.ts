import { regionPrefix } from '../region/region-code.ts';
import { isDepartmentRole, type StaffRole } from './roles.ts';

/**
 * What a staff user may see: rows in their region subtree and, for users whose every role is a department
 * role, rows of their own department only. Enforced by every use-case that reads or changes scoped data.
 */
export interface DataScope {
  /** 12-digit region code at the root of the visible subtree. */
  regionCode: string;
  /** Subtree prefix of regionCode, for `LIKE prefix%` queries. */
  regionPrefix: string;
  /** When set, only this department's rows are visible. */
  departmentId: string | null;
}

/** A department id no row has: the scope of a department-role user who has no department sees nothing. */
export const NO_DEPARTMENT = '00000000-0000-0000-0000-000000000000';

export function scopeFor(user: { regionCode: string; departmentId: string | null; roles: readonly StaffRole[] }): DataScope {
  const departmentOnly = user.roles.length > 0 && user.roles.every(isDepartmentRole);
  return {
    regionCode: user.regionCode,
    regionPrefix: regionPrefix(user.regionCode),
    // Fail closed: a department role without a department must not widen to the whole region.
    departmentId: departmentOnly ? (user.departmentId ?? NO_DEPARTMENT) : null,
  };
}

/** True when a row with this region (and department) is visible in the scope. */
export function isInScope(scope: DataScope, row: { regionCode: string; departmentId?: string | null }): boolean {
  if (!row.regionCode.padEnd(12, '0').startsWith(scope.regionPrefix)) return false;
  if (scope.departmentId !== null && row.departmentId !== undefined && row.departmentId !== scope.departmentId) return false;
  return true;
}
