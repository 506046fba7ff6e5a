import { validateCreditCode, validateResidentId, type CaseKind, type CaseStatus } from '@onetrip/core';

/** What the clerk typed: a resident ID number (person), a unified social credit code (enterprise), or neither. */
export function identifierKind(input: string): 'person' | 'enterprise' | null {
  const value = input.trim().toUpperCase();
  if (value === '') return null;
  if (validateResidentId(value).valid) return 'person';
  if (validateCreditCode(value).valid) return 'enterprise';
  return null;
}

export type IntakeStep = 'applicant' | 'item' | 'form' | 'done';
export const INTAKE_STEPS: readonly IntakeStep[] = ['applicant', 'item', 'form', 'done'];

/** Where the intake stands: find/register the applicant → choose the item → form and materials → submitted. */
export function intakeStepOf(state: { applicantId: string | null; caseId: string | null; caseStatus: CaseStatus | null }): IntakeStep {
  if (state.applicantId === null) return 'applicant';
  if (state.caseId === null) return 'item';
  if (state.caseStatus === null || state.caseStatus === 'draft') return 'form';
  return 'done';
}

/** An immediate item (即办件) still in pre-review is concluded by the clerk at the window in the same sitting. */
export function canConcludeAtWindow(input: { caseKind: CaseKind; status: CaseStatus; isClerk: boolean }): boolean {
  return input.isClerk && input.caseKind === 'immediate' && input.status === 'submitted';
}

/** The material key of the applicant's signed authorisation letter (授权委托书) on an agent's case (server: case-attachments.ts). */
export const AGENT_AUTHORISATION_KEY = 'agent-authorisation';

/** Conclusion at the window: a denial needs reason and legal basis; answers the missing fields. */
export function concludeProblems(input: { outcome: 'approved' | 'denied'; reason: string; legalBasis: string }): ('reason' | 'legalBasis')[] {
  if (input.outcome === 'approved') return [];
  const problems: ('reason' | 'legalBasis')[] = [];
  if (input.reason.trim() === '') problems.push('reason');
  if (input.legalBasis.trim() === '') problems.push('legalBasis');
  return problems;
}
