import { describe, expect, it } from 'vitest';
import { isInScope, NO_DEPARTMENT, scopeFor, type DataScope } from './data-scope.ts';
import type { StaffRole } from './roles.ts';

describe('scopeFor', () => {
  it.each<[string, { regionCode: string; departmentId: string | null; roles: StaffRole[] }, DataScope]>([
    [
      'item_admin in a department → that department only',
      { regionCode: '150402000000', departmentId: 'dept-1', roles: ['item_admin'] },
      { regionCode: '150402000000', regionPrefix: '150402', departmentId: 'dept-1' },
    ],
    [
      'approver in a department → that department only',
      { regionCode: '150400000000', departmentId: 'dept-2', roles: ['approver'] },
      { regionCode: '150400000000', regionPrefix: '1504', departmentId: 'dept-2' },
    ],
    [
      'both department roles → that department only',
      { regionCode: '150402001000', departmentId: 'dept-3', roles: ['approver', 'item_admin'] },
      { regionCode: '150402001000', regionPrefix: '150402001', departmentId: 'dept-3' },
    ],
    [
      'department role without a department → sees no department (fails closed)',
      { regionCode: '150402000000', departmentId: null, roles: ['approver'] },
      { regionCode: '150402000000', regionPrefix: '150402', departmentId: NO_DEPARTMENT },
    ],
    [
      'clerk in a department → region only',
      { regionCode: '150402000000', departmentId: 'dept-1', roles: ['clerk'] },
      { regionCode: '150402000000', regionPrefix: '150402', departmentId: null },
    ],
    [
      'supervisor in a department → region only',
      { regionCode: '150000000000', departmentId: 'dept-1', roles: ['supervisor'] },
      { regionCode: '150000000000', regionPrefix: '15', departmentId: null },
    ],
    [
      'department role mixed with clerk → region only',
      { regionCode: '150402000000', departmentId: 'dept-1', roles: ['approver', 'clerk'] },
      { regionCode: '150402000000', regionPrefix: '150402', departmentId: null },
    ],
    [
      'department role mixed with center_admin → region only',
      { regionCode: '150400000000', departmentId: 'dept-1', roles: ['item_admin', 'center_admin'] },
      { regionCode: '150400000000', regionPrefix: '1504', departmentId: null },
    ],
    [
      'sysadmin without department → region only',
      { regionCode: '150000000000', departmentId: null, roles: ['sysadmin'] },
      { regionCode: '150000000000', regionPrefix: '15', departmentId: null },
    ],
    [
      'no roles → no department restriction',
      { regionCode: '150402000000', departmentId: 'dept-1', roles: [] },
      { regionCode: '150402000000', regionPrefix: '150402', departmentId: null },
    ],
    [
      '6-digit region code',
      { regionCode: '150402', departmentId: 'dept-1', roles: ['item_admin'] },
      { regionCode: '150402', regionPrefix: '150402', departmentId: 'dept-1' },
    ],
    [
      'village-level user',
      { regionCode: '150402100201', departmentId: null, roles: ['clerk'] },
      { regionCode: '150402100201', regionPrefix: '150402100201', departmentId: null },
    ],
  ])('%s', (_name, user, expected) => {
    expect(scopeFor(user)).toEqual(expected);
  });

  it('throws on an invalid region code', () => {
    expect(() => scopeFor({ regionCode: '990000000000', departmentId: null, roles: ['clerk'] })).toThrow();
    expect(() => scopeFor({ regionCode: '1504', departmentId: null, roles: ['clerk'] })).toThrow();
  });
});

describe('isInScope', () => {
  const cityScope = scopeFor({ regionCode: '150400000000', departmentId: null, roles: ['clerk'] });
  const countyScope = scopeFor({ regionCode: '150402000000', departmentId: null, roles: ['supervisor'] });
  const deptScope = scopeFor({ regionCode: '150402000000', departmentId: 'dept-1', roles: ['approver'] });

  it.each<[string, DataScope, { regionCode: string; departmentId?: string | null }, boolean]>([
    ['city scope sees its own region', cityScope, { regionCode: '150400000000' }, true],
    ['city scope sees a county below', cityScope, { regionCode: '150402000000' }, true],
    ['city scope sees a village below', cityScope, { regionCode: '150402100201' }, true],
    ['city scope accepts a 6-digit row code', cityScope, { regionCode: '150402' }, true],
    ['city scope does not see the province', cityScope, { regionCode: '150000000000' }, false],
    ['1504 prefix does not leak into 150500', cityScope, { regionCode: '150500000000' }, false],
    ['1504 prefix does not leak into 150502 (6 digits)', cityScope, { regionCode: '150502' }, false],
    ['city scope does not see another province', cityScope, { regionCode: '110105000000' }, false],
    ['county scope does not see a sibling county', countyScope, { regionCode: '150404000000' }, false],
    ['county scope does not see the parent city', countyScope, { regionCode: '150400000000' }, false],
    ['county scope sees a township below', countyScope, { regionCode: '150402001000' }, true],
    ['region scope ignores departments', countyScope, { regionCode: '150402001000', departmentId: 'dept-9' }, true],
    ['region scope sees rows without department', countyScope, { regionCode: '150402001000', departmentId: null }, true],
    ['department scope sees its own department', deptScope, { regionCode: '150402001000', departmentId: 'dept-1' }, true],
    ['department scope does not see another department', deptScope, { regionCode: '150402001000', departmentId: 'dept-2' }, false],
    ['department scope does not see rows without a department', deptScope, { regionCode: '150402001000', departmentId: null }, false],
    ['department scope does not see its department outside the region', deptScope, { regionCode: '150404000000', departmentId: 'dept-1' }, false],
    ['department scope sees region-only rows (no departmentId field)', deptScope, { regionCode: '150402100201' }, true],
    ['department scope still checks the region of region-only rows', deptScope, { regionCode: '150500000000' }, false],
  ])('%s', (_name, scope, row, expected) => {
    expect(isInScope(scope, row)).toBe(expected);
  });
});
