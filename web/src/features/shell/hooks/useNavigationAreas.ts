import { roleHasPermission } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession.ts';
import { canSeeCheckReport } from '../../catalog/hooks/useCatalogPermissions.ts';

export interface NavLinkItem {
  key: string;
  to: string;
  label: string;
}

/** Top-level areas the signed-in principal may enter (from `principal.areas`). */
export function useAreaLinks(): NavLinkItem[] {
  const { t } = useTranslation();
  const { principal } = useSession();
  const areas = principal?.areas ?? ['portal'];
  const links: NavLinkItem[] = [{ key: 'portal', to: '/', label: t('nav.portal') }];
  if (areas.includes('workbench')) links.push({ key: 'workbench', to: '/workbench', label: t('nav.workbench') });
  if (areas.includes('admin')) links.push({ key: 'admin', to: '/admin', label: t('nav.admin') });
  return links;
}

/** Entries of the side navigation in the workbench and the admin area. */
export function useConsoleLinks(): { workbench: NavLinkItem[]; admin: NavLinkItem[] } {
  const { t } = useTranslation();
  const { principal } = useSession();
  const workbench: NavLinkItem[] = [{ key: '/workbench', to: '/workbench', label: t('nav.workbenchHome') }];
  if (principal?.kind !== 'staff') return { workbench, admin: [] };
  if (roleHasPermission(principal.roles, 'catalog.read')) {
    workbench.push({ key: '/workbench/catalog', to: '/workbench/catalog', label: t('nav.catalog') });
  }
  if (roleHasPermission(principal.roles, 'case.pre_review')) {
    workbench.push({ key: '/workbench/cases/pre-review', to: '/workbench/cases/pre-review', label: t('cases.nav.preReview') });
  }
  // Front-desk intake (clerk, window) and assisted filing (agent, 帮办代办), and the cases they filed.
  if (roleHasPermission(principal.roles, 'case.file_on_behalf')) {
    const isClerk = principal.roles.includes('clerk');
    workbench.push({ key: '/workbench/cases/intake', to: '/workbench/cases/intake', label: isClerk ? t('frontDesk.nav') : t('frontDesk.navAgent') });
    workbench.push({ key: '/workbench/cases/filed', to: '/workbench/cases/filed', label: t('frontDesk.navFiled') });
  }
  // Step workers of a department (审查、决定): their department's approval queue.
  if (principal.roles.includes('approver') && principal.departmentId !== null) {
    workbench.push({ key: '/workbench/cases/queue', to: '/workbench/cases/queue', label: t('approval.nav.stepQueue') });
  }
  if (roleHasPermission(principal.roles, 'licence.read')) {
    workbench.push({ key: '/workbench/licences', to: '/workbench/licences', label: t('licenceVerify.nav.register') });
  }
  if (roleHasPermission(principal.roles, 'licence.import')) {
    workbench.push({ key: '/workbench/licences/imports', to: '/workbench/licences/imports', label: t('licenceImport.nav') });
  }
  if (canSeeCheckReport(principal.roles)) {
    workbench.push({ key: '/workbench/catalog/report', to: '/workbench/catalog/report', label: t('nav.catalogReport') });
  }
  if (!principal.areas.includes('admin')) return { workbench, admin: [] };
  const admin: NavLinkItem[] = [
    { key: '/admin/regions', to: '/admin/regions', label: t('nav.regions') },
    { key: '/admin/departments', to: '/admin/departments', label: t('nav.departments') },
    { key: '/admin/halls', to: '/admin/halls', label: t('nav.halls') },
    { key: '/admin/staff', to: '/admin/staff', label: t('nav.staff') },
  ];
  if (roleHasPermission(principal.roles, 'audit.read')) {
    admin.push({ key: '/admin/audit', to: '/admin/audit', label: t('nav.audit') });
  }
  if (roleHasPermission(principal.roles, 'calendar.manage')) {
    admin.push({ key: '/admin/calendar', to: '/admin/calendar', label: t('calendar.nav') });
  }
  if (roleHasPermission(principal.roles, 'licence.types')) {
    admin.push({ key: '/admin/licence-types', to: '/admin/licence-types', label: t('licenceAdmin.nav.types') });
  }
  if (roleHasPermission(principal.roles, 'licence.seals')) {
    admin.push({ key: '/admin/seals', to: '/admin/seals', label: t('licenceAdmin.nav.seals') });
  }
  return { workbench, admin };
}
