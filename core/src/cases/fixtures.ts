/**
 * Test data for the case rules: the real 2026 working-day arrangement and a three-step implementation. Used by the
 * tests only (not exported from the package).
 */
import type { CaseImplementation } from './case-state.ts';

export { ARRANGEMENT_2026, CALENDAR_2026 } from '../calendar/fixtures.ts';

/** A promised item: review (clerk) → check with countersigning (approver) → decide (approver); two special procedures. */
export function promisedImplementation(): CaseImplementation {
  return {
    caseKind: 'promised',
    process: [
      { key: 'review', name: '审查', role: 'clerk', limit: { value: 3, unit: 'working_days' } },
      { key: 'check', name: '审核', role: 'approver', limit: { value: 2, unit: 'working_days' }, countersign: true },
      { key: 'decide', name: '决定', role: 'approver', limit: { value: 2, unit: 'working_days' } },
    ],
    specialProcedures: ['site_inspection', 'expert_review'],
    allowsCommitment: true,
  };
}

/** An immediate item (即办件): one decision step, concluded at the window. */
export function immediateImplementation(): CaseImplementation {
  return {
    caseKind: 'immediate',
    process: [{ key: 'decide', name: '决定', role: 'clerk', limit: { value: 0, unit: 'working_days' } }],
    specialProcedures: [],
    allowsCommitment: false,
  };
}
