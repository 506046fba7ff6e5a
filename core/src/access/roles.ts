/** Staff roles and what each may do, shared by server (enforcement) and web (navigation). */
export const STAFF_ROLES = [
  'sysadmin',
  'center_admin',
  'item_admin',
  'clerk',
  'approver',
  'supervisor',
  'hotline_operator',
  /** 帮办代办员 at a village or community proxy point: files cases on an applicant's behalf within their region. */
  'agent',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Department roles work inside one department's data; the others work across their region subtree.
 * An item maintainer maintains only their own department's items (谁主管、谁填报) and an approver decides only
 * their own department's cases.
 */
export const DEPARTMENT_ROLES: readonly StaffRole[] = ['item_admin', 'approver'];

export function isDepartmentRole(role: StaffRole): boolean {
  return DEPARTMENT_ROLES.includes(role);
}

export type Permission =
  | 'org.read'
  | 'region.manage'
  | 'department.manage'
  | 'hall.manage'
  | 'staff.read'
  | 'staff.manage'
  | 'applicant.read'
  | 'applicant.read_personal_data'
  | 'audit.read'
  | 'catalog.read'
  | 'catalog.maintain'
  /** Bulk-load implementations from a spreadsheet: maintainers into their department, the centre into any in its region. */
  | 'catalog.import'
  | 'catalog.review'
  | 'catalog.basic_items'
  | 'catalog.proofs'
  | 'catalog.report'
  /** Enter or import a year's holidays and adjusted working days (the working-day calendar). */
  | 'calendar.manage'
  /** See the SMS and e-mail messages the platform sent or queued (masked recipients), e.g. what the sandbox gateway "sent". */
  | 'notifications.outbound.read'
  /**
   * Front desk (综合受理窗口): the pre-review queue, accept / reject / correction request. Only clerks: the window
   * accepts and the department approves (受审分离); which cases a clerk may act on is decided by hall and scope.
   */
  | 'case.pre_review'
  /**
   * File a case on an applicant's behalf: a clerk for a walk-in at the window, an agent (帮办代办) at a proxy point.
   * Includes finding the applicant by ID number / credit code (an audited read) and registering a walk-in.
   */
  | 'case.file_on_behalf'
  /** Define licence types (GB/T 36904 type code, fields, validity, layout, producers, issuers). */
  | 'licence.types'
  /** Create, rotate and revoke departments' electronic seals (GB/T 38540) in the region. */
  | 'licence.seals'
  /** List and read issued licences in the data scope (department roles: their own department's). */
  | 'licence.read'
  /** Revoke, suspend and reinstate licences — only those the user's own department issued. */
  | 'licence.manage_status'
  /** Import stock (paper) licences as sealed e-licences: a department's maintainer for it, the centre for its region. */
  | 'licence.import'
  /** The e-licence generation rate and other licence statistics. */
  | 'licence.report';

const PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  sysadmin: ['org.read', 'region.manage', 'department.manage', 'hall.manage', 'staff.read', 'staff.manage', 'applicant.read', 'audit.read', 'catalog.read', 'catalog.basic_items', 'catalog.report', 'calendar.manage', 'notifications.outbound.read'],
  // The centre reviews and publishes what departments submit (谁主管、谁填报: departments write, the centre publishes).
  center_admin: ['org.read', 'department.manage', 'hall.manage', 'staff.read', 'staff.manage', 'applicant.read', 'audit.read', 'catalog.read', 'catalog.review', 'catalog.basic_items', 'catalog.proofs', 'catalog.report', 'catalog.import', 'calendar.manage', 'notifications.outbound.read',
    'licence.types', 'licence.seals', 'licence.read', 'licence.import', 'licence.report'],
  item_admin: ['org.read', 'staff.read', 'catalog.read', 'catalog.maintain', 'catalog.import', 'licence.read', 'licence.import'],
  clerk: ['org.read', 'staff.read', 'applicant.read', 'applicant.read_personal_data', 'catalog.read', 'case.pre_review', 'case.file_on_behalf'],
  approver: ['org.read', 'staff.read', 'catalog.read', 'licence.read', 'licence.manage_status'],
  supervisor: ['org.read', 'staff.read', 'applicant.read', 'audit.read', 'catalog.read', 'catalog.report', 'licence.read', 'licence.report'],
  hotline_operator: ['org.read', 'applicant.read', 'applicant.read_personal_data', 'catalog.read'],
  // An agent files and follows the cases they filed; they neither accept nor read other applicants' records.
  agent: ['org.read', 'catalog.read', 'case.file_on_behalf'],
};

export function roleHasPermission(roles: readonly StaffRole[], permission: Permission): boolean {
  return roles.some((role) => PERMISSIONS[role].includes(permission));
}

/** Roles a user may grant: a sysadmin grants any role, a centre administrator any but sysadmin. */
export function grantableRoles(roles: readonly StaffRole[]): StaffRole[] {
  if (roles.includes('sysadmin')) return [...STAFF_ROLES];
  if (roles.includes('center_admin')) return STAFF_ROLES.filter((r) => r !== 'sysadmin');
  return [];
}

/** The three areas of the web app; navigation shows the ones a principal can enter. */
export type AppArea = 'portal' | 'workbench' | 'admin';

export function areasFor(principal: { kind: 'staff'; roles: readonly StaffRole[] } | { kind: 'applicant' } | null): AppArea[] {
  if (!principal || principal.kind === 'applicant') return ['portal'];
  const areas: AppArea[] = ['portal', 'workbench'];
  if (principal.roles.includes('sysadmin') || principal.roles.includes('center_admin')) areas.push('admin');
  return areas;
}
