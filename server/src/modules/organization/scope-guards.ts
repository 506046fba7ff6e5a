import { isInScope, parseRegionCode } from '@onetrip/core';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';

/** Normalises a 6/12-digit region code or answers REGION_CODE_INVALID for the given field. */
export function normalizeRegionCode(code: string, field = '/regionCode'): string {
  const parsed = parseRegionCode(code);
  if (!parsed.valid) throw AppError.validation([{ path: field, code: 'REGION_CODE_INVALID' }]);
  return parsed.region.code;
}

/**
 * Out-of-scope rows answer 404, exactly like rows that do not exist, so a user cannot probe other regions.
 */
export function assertRowInScope(staff: StaffPrincipal, row: { regionCode: string; departmentId?: string | null } | undefined, what: string): asserts row {
  if (!row || !isInScope(staff.scope, row)) throw AppError.notFound(what);
}

/** Writing into a region outside one's subtree is forbidden (the region itself may be visible to others). */
export function assertRegionWritable(staff: StaffPrincipal, regionCode: string): void {
  if (!regionCode.startsWith(staff.scope.regionPrefix)) throw new AppError('FORBIDDEN', { message: 'region outside your scope' });
}
