/**
 * Which approval actions the signed-in staff member can take on a case right now, from core's state rules and the
 * case's step, worker and countersign (the server checks all of it again; this only decides which buttons to show).
 */
import { actionsAllowedIn, type CaseStatus, type ProcessStep, type SpecialProcedure, type StaffRole } from '@onetrip/core';

export const APPROVAL_ACTIONS = [
  'pass', 'return', 'transfer', 'request_countersign', 'countersign', 'decide', 'start_special_procedure', 'end_special_procedure', 'extend', 'void',
] as const;
export type ApprovalActionKey = (typeof APPROVAL_ACTIONS)[number];

export interface ApprovalSituation {
  status: CaseStatus;
  /** The case's current step (null before acceptance and after conclusion). */
  stepIndex: number | null;
  process: readonly Pick<ProcessStep, 'role' | 'countersign'>[];
  specialProcedures: readonly SpecialProcedure[];
  assigneeId: string | null;
  countersign: { requested: string[]; opinions: { userId: string }[] } | null;
  hasExtension: boolean;
  me: { id: string; roles: readonly StaffRole[] };
  /** True when the user is a step worker of the case's department (the server's colleague list names them). */
  isDepartmentWorker: boolean;
}

export type AssigneeKind = 'me' | 'colleague' | 'unassigned';

export function assigneeKindOf(assigneeId: string | null, myId: string | undefined): AssigneeKind {
  if (assigneeId === null) return 'unassigned';
  return assigneeId === myId ? 'me' : 'colleague';
}

/** The actions to offer, in the order of the panel. */
export function availableApprovalActions(s: ApprovalSituation): ApprovalActionKey[] {
  const allowed = new Set(actionsAllowedIn(s.status));
  const out = new Set<ApprovalActionKey>();
  if (allowed.has('void') && s.me.roles.includes('center_admin')) out.add('void');
  const step = s.stepIndex === null ? undefined : s.process[s.stepIndex];
  if (!step || s.stepIndex === null || !s.isDepartmentWorker || !s.me.roles.includes(step.role)) return order(out);

  const isPending = s.countersign !== null && s.countersign.opinions.length < s.countersign.requested.length;
  if (allowed.has('countersign') && s.countersign?.requested.includes(s.me.id) && !s.countersign.opinions.some((o) => o.userId === s.me.id)) out.add('countersign');
  // One worker at a time: a case assigned to a colleague is theirs; an unassigned one is the department's queue's.
  if (s.assigneeId !== null && s.assigneeId !== s.me.id) return order(out);

  const isDecisionStep = s.stepIndex === s.process.length - 1;
  if (allowed.has('pass') && !isDecisionStep && !isPending) out.add('pass');
  if (allowed.has('approve') && isDecisionStep && !isPending) out.add('decide');
  if (allowed.has('return') && s.stepIndex > 0) out.add('return');
  if (allowed.has('transfer')) out.add('transfer');
  if (allowed.has('request_countersign') && step.countersign === true && !isPending) out.add('request_countersign');
  if (allowed.has('start_special_procedure') && s.specialProcedures.length > 0) out.add('start_special_procedure');
  if (allowed.has('end_special_procedure')) out.add('end_special_procedure');
  if (allowed.has('extend') && !s.hasExtension) out.add('extend');
  return order(out);
}

function order(set: Set<ApprovalActionKey>): ApprovalActionKey[] {
  return APPROVAL_ACTIONS.filter((a) => set.has(a));
}

/** Tone of the deadline tag (AA-contrast classes in cases.css); a stopped clock keeps its colour and says so in words. */
export function clockTone(colour: 'green' | 'yellow' | 'red'): 'success' | 'warning' | 'danger' {
  return colour === 'green' ? 'success' : colour === 'yellow' ? 'warning' : 'danger';
}
