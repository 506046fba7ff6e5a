import { describe, expect, it } from 'vitest';
import { DEPARTMENT_ROLES, STAFF_ROLES, areasFor, grantableRoles, isDepartmentRole, roleHasPermission, type Permission, type StaffRole } from './roles.ts';

const ALL_PERMISSIONS: readonly Permission[] = [
  'org.read',
  'region.manage',
  'department.manage',
  'hall.manage',
  'staff.read',
  'staff.manage',
  'applicant.read',
  'applicant.read_personal_data',
  'audit.read',
];

describe('roleHasPermission', () => {
  it.each<[StaffRole[], Permission, boolean]>([
    [['sysadmin'], 'region.manage', true],
    [['sysadmin'], 'staff.manage', true],
    [['sysadmin'], 'audit.read', true],
    [['sysadmin'], 'applicant.read_personal_data', false], // administrators do not read personal data
    [['center_admin'], 'region.manage', false],
    [['center_admin'], 'department.manage', true],
    [['center_admin'], 'hall.manage', true],
    [['center_admin'], 'staff.manage', true],
    [['center_admin'], 'applicant.read_personal_data', false],
    [['item_admin'], 'org.read', true],
    [['item_admin'], 'staff.manage', false],
    [['item_admin'], 'applicant.read', false],
    [['clerk'], 'applicant.read', true],
    [['clerk'], 'applicant.read_personal_data', true],
    [['clerk'], 'staff.manage', false],
    [['clerk'], 'audit.read', false],
    [['approver'], 'applicant.read_personal_data', false],
    [['approver'], 'hall.manage', false],
    [['supervisor'], 'audit.read', true],
    [['supervisor'], 'applicant.read', true],
    [['supervisor'], 'applicant.read_personal_data', false],
    [['supervisor'], 'staff.manage', false],
    [['hotline_operator'], 'applicant.read_personal_data', true],
    [['hotline_operator'], 'staff.read', false],
    [['hotline_operator'], 'audit.read', false],
    // Several roles: the union of their permissions.
    [['item_admin', 'clerk'], 'applicant.read_personal_data', true],
    [['approver', 'supervisor'], 'audit.read', true],
    [['clerk', 'approver'], 'staff.manage', false],
    [['center_admin', 'clerk'], 'region.manage', false],
    [[], 'org.read', false],
  ])('%j has %s → %s', (roles, permission, expected) => {
    expect(roleHasPermission(roles, permission)).toBe(expected);
  });

  it.each(STAFF_ROLES)('%s can read the organisation', (role) => {
    expect(roleHasPermission([role], 'org.read')).toBe(true);
  });

  it('only sysadmin manages regions', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'region.manage'))).toEqual(['sysadmin']);
  });

  it('only clerks and hotline operators read personal data', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'applicant.read_personal_data'))).toEqual(['clerk', 'hotline_operator']);
  });

  it('item maintainers and the centre import catalogue spreadsheets', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'catalog.import'))).toEqual(['center_admin', 'item_admin']);
  });

  it('only sysadmin and center_admin manage the working-day calendar', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'calendar.manage'))).toEqual(['sysadmin', 'center_admin']);
  });

  it('only sysadmin and center_admin manage staff', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'staff.manage'))).toEqual(['sysadmin', 'center_admin']);
  });

  it('only clerks work the pre-review queue (受审分离: approvers do not accept)', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'case.pre_review'))).toEqual(['clerk']);
  });

  it('clerks and agents file cases on an applicant\'s behalf; agents do not accept', () => {
    expect(STAFF_ROLES.filter((role) => roleHasPermission([role], 'case.file_on_behalf'))).toEqual(['clerk', 'agent']);
    expect(roleHasPermission(['agent'], 'applicant.read_personal_data')).toBe(false);
  });

  it('nobody without roles has any permission', () => {
    for (const permission of ALL_PERMISSIONS) expect(roleHasPermission([], permission)).toBe(false);
  });
});

describe('grantableRoles', () => {
  it.each<[StaffRole[], StaffRole[]]>([
    [['sysadmin'], [...STAFF_ROLES]],
    [['sysadmin', 'clerk'], [...STAFF_ROLES]],
    [['center_admin', 'sysadmin'], [...STAFF_ROLES]],
    [['center_admin'], ['center_admin', 'item_admin', 'clerk', 'approver', 'supervisor', 'hotline_operator', 'agent']],
    [['clerk', 'center_admin'], ['center_admin', 'item_admin', 'clerk', 'approver', 'supervisor', 'hotline_operator', 'agent']],
    [['clerk'], []],
    [['item_admin'], []],
    [['approver'], []],
    [['supervisor'], []],
    [['hotline_operator'], []],
    [['agent'], []],
    [['clerk', 'approver', 'supervisor'], []],
    [[], []],
  ])('%j may grant %j', (roles, expected) => {
    expect(grantableRoles(roles)).toEqual(expected);
  });

  it('sysadmin grants all eight roles', () => {
    expect(grantableRoles(['sysadmin'])).toHaveLength(8);
  });

  it('returns a fresh array that callers may change without affecting STAFF_ROLES', () => {
    const roles = grantableRoles(['sysadmin']);
    roles.pop();
    expect(STAFF_ROLES).toHaveLength(8);
    expect(grantableRoles(['sysadmin'])).toHaveLength(8);
  });
});

describe('isDepartmentRole', () => {
  it.each<[StaffRole, boolean]>([
    ['item_admin', true],
    ['approver', true],
    ['sysadmin', false],
    ['center_admin', false],
    ['clerk', false],
    ['supervisor', false],
    ['hotline_operator', false],
    ['agent', false],
  ])('%s → %s', (role, expected) => {
    expect(isDepartmentRole(role)).toBe(expected);
  });

  it('DEPARTMENT_ROLES are item_admin and approver', () => {
    expect([...DEPARTMENT_ROLES].sort()).toEqual(['approver', 'item_admin']);
  });
});

describe('areasFor', () => {
  it.each<[Parameters<typeof areasFor>[0], string[]]>([
    [null, ['portal']],
    [{ kind: 'applicant' }, ['portal']],
    [{ kind: 'staff', roles: ['clerk'] }, ['portal', 'workbench']],
    [{ kind: 'staff', roles: ['approver', 'supervisor'] }, ['portal', 'workbench']],
    [{ kind: 'staff', roles: ['hotline_operator'] }, ['portal', 'workbench']],
    [{ kind: 'staff', roles: ['item_admin'] }, ['portal', 'workbench']],
    [{ kind: 'staff', roles: ['sysadmin'] }, ['portal', 'workbench', 'admin']],
    [{ kind: 'staff', roles: ['center_admin'] }, ['portal', 'workbench', 'admin']],
    [{ kind: 'staff', roles: ['clerk', 'center_admin'] }, ['portal', 'workbench', 'admin']],
  ])('%j → %j', (principal, expected) => {
    expect(areasFor(principal)).toEqual(expected);
  });
});
