import type { CaseOutcome, SpecialProcedure, StaffRole } from '@onetrip/core';
import { api, apiRequest, type Page } from '../../../lib/api-client.ts';
import type { CaseDetail, CaseSummary } from './cases-api.ts';

/** The statutory clock of an accepted case, as core computes it on the server (CaseClockView). */
export interface CaseClock {
  promisedDeadline: string;
  legalDeadline: string;
  stepDeadlines: { key: string; startedOn: string; deadline: string; planned: boolean }[];
  /** Deadlines if the open special procedure ends on its planned end (equal to the above when none is open). */
  planned: { promisedDeadline: string; legalDeadline: string };
  promisedWorkingDays: number;
  remainingWorkingDays: number;
  legalRemainingWorkingDays: number;
  suspendedWorkingDays: number;
  isSuspended: boolean;
  colour: 'green' | 'yellow' | 'red';
  /** Years whose holiday arrangement is not announced yet: Monday–Friday was assumed, deadlines may still move. */
  fallbackYears: number[];
}

export interface CaseStepRef {
  index: number;
  key: string;
  name: string;
}

export interface CaseSuspension {
  procedure: SpecialProcedure;
  reason: string;
  startedOn: string;
  plannedEnd: string;
  endedOn: string | null;
}

/** The parts of the case detail that approval adds (cases.schemas.ts CaseDetail). */
export interface ApprovalCaseDetail extends CaseDetail {
  clock?: CaseClock | null;
  currentStep?: (CaseStepRef & { startedOn: string | null }) | null;
  outcome?: CaseOutcome | null;
  concludedOn?: string | null;
  deliveryMethod?: 'window_pickup' | 'post' | 'electronic';
  delivery?: { method: 'window_pickup' | 'post' | 'electronic'; deliveredOn: string } | null;
  extension?: { days: number; reason: string; grantedOn: string } | null;
  suspensions?: CaseSuspension[];
  /** Staff only: the step's worker (null: waiting in the department's queue). */
  assigneeId?: string | null;
  /** Staff only. */
  countersign?: { requested: string[]; opinions: { userId: string; agree: boolean; opinion: string }[] } | null;
}

export interface StepQueueItem extends CaseSummary {
  applicantName: string;
  step: CaseStepRef;
  assigneeId: string | null;
  clock: CaseClock;
}

export interface CaseColleague {
  id: string;
  displayName: string;
  roles: StaffRole[];
}

export interface PassInput { opinion: string; note?: string; nextAssigneeId?: string | null }
export interface ReturnInput { toStep: number; reason: string; note?: string }
export interface TransferInput { toUserId: string; note?: string }
export interface CountersignRequestInput { userIds: string[]; note?: string }
export interface CountersignInput { agree: boolean; opinion: string }
export interface DecideInput { outcome: CaseOutcome; opinion: string; reason?: string; legalBasis?: string; note?: string }
export interface SpecialProcedureInput { procedure: SpecialProcedure; reason: string; plannedEnd: string }
export interface ExtendInput { days: number; reason: string }
export interface VoidInput { reason: string }

/** Every approval action with its body; the path is `/cases/:id/<path>`. */
export interface ApprovalActionInputs {
  pass: PassInput;
  return: ReturnInput;
  transfer: TransferInput;
  'request-countersign': CountersignRequestInput;
  countersign: CountersignInput;
  decide: DecideInput;
  'special-procedure/start': SpecialProcedureInput;
  'special-procedure/end': { note?: string };
  extend: ExtendInput;
  void: VoidInput;
}
export type ApprovalActionPath = keyof ApprovalActionInputs;

export const approvalKeys = {
  stepQueue: (page: number, pageSize: number) => ['cases', 'step-queue', page, pageSize] as const,
  colleagues: (id: string) => ['cases', 'colleagues', id] as const,
};

export function fetchStepQueue(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<StepQueueItem>> {
  return api.get<Page<StepQueueItem>>('/cases/step-queue', { page, pageSize }, signal);
}

export function fetchCaseColleagues(id: string, signal?: AbortSignal): Promise<CaseColleague[]> {
  return api.get<CaseColleague[]>(`/cases/${encodeURIComponent(id)}/colleagues`, undefined, signal);
}

/** Sends one approval action with its Idempotency-Key (a retry with the same key answers the first result). */
export function sendApprovalAction<P extends ApprovalActionPath>(id: string, path: P, input: ApprovalActionInputs[P], idempotencyKey: string): Promise<CaseSummary> {
  return apiRequest<CaseSummary>('POST', `/cases/${encodeURIComponent(id)}/${path}`, { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}
