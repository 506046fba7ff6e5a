import { roleHasPermission, type StaffRole } from '@onetrip/core';
import { useSession } from '../../auth/hooks/useSession.ts';

/** The guide-check report is for the centre and for the supervisors. */
export function canSeeCheckReport(roles: readonly StaffRole[]): boolean {
  return roles.includes('center_admin') || roles.includes('supervisor');
}

/**
 * What the signed-in staff member may do in the catalogue (the server enforces the same permissions): every staff
 * role reads, item maintainers submit their department's changes (谁主管、谁填报), the centre reviews and publishes,
 * and the centre and the supervisors read the guide-check report.
 */
export function useCatalogPermissions() {
  const { principal } = useSession();
  const roles = principal?.kind === 'staff' ? principal.roles : [];
  return {
    canRead: roleHasPermission(roles, 'catalog.read'),
    canMaintain: roleHasPermission(roles, 'catalog.maintain'),
    canReview: roleHasPermission(roles, 'catalog.review'),
    canSeeReport: canSeeCheckReport(roles),
  };
}
