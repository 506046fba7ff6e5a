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
    canImport: roleHasPermission(roles, 'catalog.import'),
    canReview: roleHasPermission(roles, 'catalog.review'),
    canSeeReport: canSeeCheckReport(roles),
    /** The department whose items this user maintains (谁主管、谁填报); null for users outside a department. */
    departmentId: principal?.kind === 'staff' ? principal.departmentId : null,
  };
}

/**
 * Whether the maintainer may open the editor, as the server decides a save: item maintainers (catalog.maintain) of
 * their own department's implementation (the server answers 404 for any other, even when another role lets the user
 * read it), not cancelled and not under review (a submitted change is locked until the centre sends it back or
 * publishes it).
 */
export function canEditImplementation(
  implementation: { publicationStatus: string; changeStatus: string; departmentId: string },
  permissions: { canMaintain: boolean; departmentId: string | null },
): boolean {
  return permissions.canMaintain && permissions.departmentId === implementation.departmentId
    && implementation.publicationStatus !== 'cancelled' && implementation.changeStatus !== 'submitted';
}
