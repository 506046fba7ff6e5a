import { describe, expect, it } from 'vitest';
import { assigneeKindOf, availableApprovalActions, clockTone, type ApprovalSituation } from './approval.ts';

const ME = 'u-me';
const OTHER = 'u-other';
const twoSteps = [{ role: 'approver' as const }, { role: 'approver' as const }];

function situation(overrides: Partial<ApprovalSituation> = {}): ApprovalSituation {
  return {
    status: 'in_review', stepIndex: 0, process: twoSteps, specialProcedures: [], assigneeId: null, countersign: null, hasExtension: false,
    me: { id: ME, roles: ['approver'] }, isDepartmentWorker: true, ...overrides,
  };
}

describe('availableApprovalActions', () => {
  it.each<[string, Partial<ApprovalSituation>, string[]]>([
    ['review step, unassigned: pass, transfer, extend', {}, ['pass', 'transfer', 'extend']],
    ['review step, mine', { assigneeId: ME }, ['pass', 'transfer', 'extend']],
    ['decision step: decide and return instead of pass', { stepIndex: 1 }, ['return', 'transfer', 'decide', 'extend']],
    ['item with special procedures: start one', { specialProcedures: ['site_inspection'] }, ['pass', 'transfer', 'start_special_procedure', 'extend']],
    ['suspended: end it, transfer, extend; no pass', { status: 'suspended', specialProcedures: ['site_inspection'] }, ['transfer', 'end_special_procedure', 'extend']],
    ['extension used: no second one', { hasExtension: true }, ['pass', 'transfer']],
    ['countersign step: ask colleagues', { process: [{ role: 'approver', countersign: true }, { role: 'approver' }] }, ['pass', 'transfer', 'request_countersign', 'extend']],
    ['assigned to a colleague: nothing', { assigneeId: OTHER }, []],
    ['not a worker of the department: nothing', { isDepartmentWorker: false }, []],
    ['without the step role: nothing', { me: { id: ME, roles: ['clerk'] } }, []],
    ['concluded: nothing', { status: 'concluded', stepIndex: null }, []],
    ['centre administrator on an open case: void only', { me: { id: ME, roles: ['center_admin'] }, isDepartmentWorker: false }, ['void']],
    ['centre administrator on a concluded case: nothing', { status: 'concluded', stepIndex: null, me: { id: ME, roles: ['center_admin'] }, isDepartmentWorker: false }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(availableApprovalActions(situation(overrides))).toEqual(expected);
  });

  it('a pending countersign blocks pass, decide and a new request; the asked colleague countersigns even when not the worker', () => {
    const pending = { requested: [OTHER, ME], opinions: [{ userId: OTHER }] };
    const process = [{ role: 'approver' as const, countersign: true }, { role: 'approver' as const }];
    expect(availableApprovalActions(situation({ process, countersign: pending, assigneeId: OTHER }))).toEqual(['countersign']);
    expect(availableApprovalActions(situation({ process, countersign: { requested: [OTHER], opinions: [] }, assigneeId: ME }))).toEqual(['transfer', 'extend']);
    // Once given, the opinion is not asked again; when all are in, the worker passes.
    expect(availableApprovalActions(situation({ process, countersign: { requested: [OTHER], opinions: [{ userId: OTHER }] }, assigneeId: ME }))).toEqual(['pass', 'transfer', 'request_countersign', 'extend']);
    expect(availableApprovalActions(situation({ process, countersign: { requested: [ME], opinions: [{ userId: ME }] }, assigneeId: OTHER }))).toEqual([]);
  });
});

describe('assigneeKindOf and clockTone', () => {
  it('names the worker from my point of view', () => {
    expect(assigneeKindOf(null, ME)).toBe('unassigned');
    expect(assigneeKindOf(ME, ME)).toBe('me');
    expect(assigneeKindOf(OTHER, ME)).toBe('colleague');
    expect(assigneeKindOf(OTHER, undefined)).toBe('colleague');
  });

  it('maps the clock colour to a tag tone', () => {
    expect([clockTone('green'), clockTone('yellow'), clockTone('red')]).toEqual(['success', 'warning', 'danger']);
  });
});
