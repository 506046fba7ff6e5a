/**
 * The life of a case (办件) as a pure state machine: `applyAction(state, action, context)` either answers the next
 * state and the side effects the server must carry out (notices, notifications, clock changes), or a stable error
 * code and nothing else — an illegal action never changes anything.
 *
 * ```
 * draft ─submit─► submitted ─accept / deem_accept─► in_review(step 0) ─pass─► in_review(step 1) … ─approve/deny─► concluded ─record_delivery─► delivered
 *                  │  ▲    └─conclude_at_window (immediate items: accepted and concluded in one sitting)──────────────────►┘
 *   request_correction  resubmit                     │ ▲ start/end_special_procedure (clock stopped)
 *                  ▼  │                              ▼ │
 *           correction_requested               suspended
 * submitted ─reject─► rejected;   any open state ─withdraw (applicant)─► withdrawn;   ─void (admin)─► voided
 * ```
 *
 * Who may act is decided by the server (roles, department, hall, ownership); this module only says which kind of
 * actor an action needs (`CASE_ACTION_ACTORS`) so that every route checks the same thing.
 * Dates are China dates (`IsoDate`); `today` always comes from the context, never from the system clock.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import type { SpecialProcedure } from '../catalog/catalog-codes.ts';
import type { ImplementationContent, ProcessStep } from '../catalog/implementation.ts';
import type { CaseErrorCode } from './case-errors.ts';
import { isDeemedAccepted } from './deemed-acceptance.ts';

// ---------------------------------------------------------------------------------------------------------------
// States

export const CASE_STATUSES = [
  /** Saved by the applicant, not yet submitted (resumable). */
  'draft',
  /** Received and waiting in the pre-review queue (预审). Art. 32's five working days run from `receivedOn`. */
  'submitted',
  /** A correction notice (一次性补正告知) was issued; the applicant corrects and resubmits. */
  'correction_requested',
  /** Accepted (受理); at approval step `stepIndex` of the implementation's process. The clock runs. */
  'in_review',
  /** In a special procedure (特殊环节: hearing, expert review, …) at step `stepIndex`; the clock is stopped. */
  'suspended',
  /** Decided (办结): `outcome` approved or denied; the result waits to be delivered. */
  'concluded',
  /** The result was handed over, posted or sent electronically (出件 / 送达). Final. */
  'delivered',
  /** Not accepted (不予受理), with reason and legal basis. Final. */
  'rejected',
  /** Withdrawn by the applicant before conclusion. Final. */
  'withdrawn',
  /** Voided by an administrator with a reason (作废). Final. */
  'voided',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** States in which the case can still change. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['draft', 'submitted', 'correction_requested', 'in_review', 'suspended', 'concluded'];
/** States in which the working-day clock of the legal and promised limits is running or stopped for a procedure. */
export const ACCEPTED_CASE_STATUSES: readonly CaseStatus[] = ['in_review', 'suspended'];

export const CASE_OUTCOMES = ['approved', 'denied'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const DELIVERY_METHODS = ['window_pickup', 'post', 'electronic'] as const;
/** window_pickup: signed slip (批复材料签收单); post: handed to the delivery module; electronic: download / e-licence. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface CorrectionItem {
  materialKey: string;
  /** What is missing or wrong, in words meant for the applicant. */
  problem: string;
}

/** Accept-with-deficiency (容缺受理): non-core materials accepted as missing, to be made good by a promised date. */
export interface CaseDeficiency {
  materialKeys: string[];
  promisedBy: IsoDate;
  fulfilledOn: IsoDate | null;
}

export interface CaseCountersign {
  /** Colleagues asked to countersign (会签) in the current step. */
  requested: string[];
  opinions: { userId: string; agree: boolean; opinion: string }[];
}

/** A special procedure: the clock is stopped from `startedOn` (exclusive) to `endedOn` (inclusive); see case-clock.ts. */
export interface CaseSuspension {
  procedure: SpecialProcedure;
  reason: string;
  startedOn: IsoDate;
  plannedEnd: IsoDate;
  endedOn: IsoDate | null;
}

/** The one extension a case may get (art. 42: with the head of the authority's approval, reason told to the applicant). */
export interface CaseExtension {
  /** Days added, in the unit of each limit (see case-clock.ts). */
  days: number;
  reason: string;
  grantedOn: IsoDate;
}

export interface CaseDelivery {
  method: DeliveryMethod;
  deliveredOn: IsoDate;
}

/** Everything the rules need to know about a case. Stored by the server as columns of the case row. */
export interface CaseState {
  status: CaseStatus;
  /** 1 after the first submission, +1 for each resubmission after a correction request. */
  submissionCount: number;
  /** Day of the latest (re)submission: art. 32's period runs from it. */
  receivedOn: IsoDate | null;
  /** The outstanding correction request (cleared on resubmission). */
  correctionItems: CorrectionItem[] | null;
  /** The day the clock starts from (the acceptance day itself does not count). */
  acceptedOn: IsoDate | null;
  /** Accepted by operation of art. 32 (no correction request within five working days): `acceptedOn = receivedOn`. */
  deemedAccepted: boolean;
  deficiency: CaseDeficiency | null;
  /** Commitment-based approval (告知承诺): the commitment text the applicant signed. */
  commitmentText: string | null;
  /** Index into the implementation's process; null before acceptance and after conclusion. */
  stepIndex: number | null;
  stepStartedOn: IsoDate | null;
  /** The step's worker; null = waiting in the queue of the step's role in the competent department. */
  assigneeId: string | null;
  countersign: CaseCountersign | null;
  suspensions: CaseSuspension[];
  extension: CaseExtension | null;
  outcome: CaseOutcome | null;
  concludedOn: IsoDate | null;
  /** For rejected, withdrawn and voided cases. */
  closedOn: IsoDate | null;
  closeReason: string | null;
  delivery: CaseDelivery | null;
}

/** A new, unsubmitted case. */
export function newCaseState(): CaseState {
  return {
    status: 'draft', submissionCount: 0, receivedOn: null, correctionItems: null, acceptedOn: null, deemedAccepted: false,
    deficiency: null, commitmentText: null, stepIndex: null, stepStartedOn: null, assigneeId: null, countersign: null,
    suspensions: [], extension: null, outcome: null, concludedOn: null, closedOn: null, closeReason: null, delivery: null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

export type CaseAction =
  | { type: 'submit' }
  | { type: 'request_correction'; items: CorrectionItem[] }
  | { type: 'resubmit' }
  | {
      type: 'accept';
      /** Accept-with-deficiency (容缺受理). */
      deficiency?: { materialKeys: string[]; promisedBy: IsoDate } | null;
      /** Commitment-based acceptance (告知承诺), where the item allows it. */
      commitmentText?: string | null;
      assigneeId?: string | null;
    }
  | { type: 'reject'; reason: string; legalBasis: string }
  | { type: 'deem_accept' }
  | { type: 'conclude_at_window'; outcome: CaseOutcome; opinion: string; reason?: string; legalBasis?: string }
  | { type: 'transfer'; toUserId: string }
  | { type: 'request_countersign'; userIds: string[] }
  | { type: 'countersign'; userId: string; agree: boolean; opinion: string }
  | { type: 'pass'; opinion: string; nextAssigneeId?: string | null }
  | { type: 'return'; toStep: number; reason: string }
  | { type: 'approve'; opinion: string }
  | { type: 'deny'; opinion: string; reason: string; legalBasis: string }
  | { type: 'start_special_procedure'; procedure: SpecialProcedure; reason: string; plannedEnd: IsoDate }
  | { type: 'end_special_procedure' }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'fulfill_deficiency' }
  | { type: 'withdraw'; reason?: string | null }
  | { type: 'void'; reason: string }
  | { type: 'record_delivery'; method: DeliveryMethod };

export type CaseActionType = CaseAction['type'];

export const CASE_ACTION_TYPES = [
  'submit', 'request_correction', 'resubmit', 'accept', 'reject', 'deem_accept', 'conclude_at_window', 'transfer',
  'request_countersign', 'countersign', 'pass', 'return', 'approve', 'deny', 'start_special_procedure',
  'end_special_procedure', 'extend', 'fulfill_deficiency', 'withdraw', 'void', 'record_delivery',
] as const satisfies readonly CaseActionType[];
// Fails to compile when an action type is missing from the list above.
const everyActionListed: [Exclude<CaseActionType, (typeof CASE_ACTION_TYPES)[number]>] extends [never] ? true : false = true;
void everyActionListed;

export const CASE_ACTOR_KINDS = ['applicant', 'front_desk', 'step_worker', 'admin', 'system'] as const;
/**
 * applicant: the applicant or their authorised agent (帮办代办); front_desk: the accepting window's clerk (or the
 * department, where it accepts itself); step_worker: a holder of the current step's role in the competent department
 * (for `countersign`, the colleague named in `userId`); admin: a centre administrator; system: a scheduled job.
 */
export type CaseActorKind = (typeof CASE_ACTOR_KINDS)[number];

/** Which kinds of actor may take each action; the server checks the concrete user against it. */
export const CASE_ACTION_ACTORS: Record<CaseActionType, readonly CaseActorKind[]> = {
  // A walk-in applicant's case is created and submitted at the window by the clerk.
  submit: ['applicant', 'front_desk'],
  resubmit: ['applicant', 'front_desk'],
  request_correction: ['front_desk'],
  accept: ['front_desk'],
  reject: ['front_desk'],
  conclude_at_window: ['front_desk'],
  deem_accept: ['system'],
  transfer: ['step_worker'],
  request_countersign: ['step_worker'],
  countersign: ['step_worker'],
  pass: ['step_worker'],
  return: ['step_worker'],
  approve: ['step_worker'],
  deny: ['step_worker'],
  start_special_procedure: ['step_worker'],
  end_special_procedure: ['step_worker'],
  extend: ['step_worker'],
  // The missing material may be handed in at the window or checked by the step's worker.
  fulfill_deficiency: ['front_desk', 'step_worker'],
  withdraw: ['applicant'],
  void: ['admin'],
  // Electronic delivery is recorded by the system when the result is sent.
  record_delivery: ['front_desk', 'system'],
};

/** The states each action may start from. */
export const CASE_ACTION_SOURCES: Record<CaseActionType, readonly CaseStatus[]> = {
  submit: ['draft'],
  request_correction: ['submitted'],
  resubmit: ['correction_requested'],
  accept: ['submitted'],
  reject: ['submitted'],
  deem_accept: ['submitted'],
  conclude_at_window: ['submitted'],
  transfer: ['in_review', 'suspended'],
  request_countersign: ['in_review'],
  countersign: ['in_review'],
  pass: ['in_review'],
  return: ['in_review'],
  approve: ['in_review'],
  deny: ['in_review'],
  start_special_procedure: ['in_review'],
  end_special_procedure: ['suspended'],
  extend: ['in_review', 'suspended'],
  fulfill_deficiency: ['in_review', 'suspended'],
  withdraw: ['submitted', 'correction_requested', 'in_review', 'suspended'],
  void: ['submitted', 'correction_requested', 'in_review', 'suspended'],
  record_delivery: ['concluded'],
};

/** The code answered when an action is tried from a state it does not start from (after the final-state codes). */
const WRONG_STATE_CODES: Record<CaseActionType, CaseErrorCode> = {
  submit: 'CASE_NOT_DRAFT',
  request_correction: 'CASE_NOT_IN_PRE_REVIEW',
  resubmit: 'CASE_NOT_AWAITING_CORRECTION',
  accept: 'CASE_NOT_IN_PRE_REVIEW',
  reject: 'CASE_NOT_IN_PRE_REVIEW',
  deem_accept: 'CASE_NOT_IN_PRE_REVIEW',
  conclude_at_window: 'CASE_NOT_IN_PRE_REVIEW',
  transfer: 'CASE_NOT_IN_REVIEW',
  request_countersign: 'CASE_NOT_IN_REVIEW',
  countersign: 'CASE_NOT_IN_REVIEW',
  pass: 'CASE_NOT_IN_REVIEW',
  return: 'CASE_NOT_IN_REVIEW',
  approve: 'CASE_NOT_IN_REVIEW',
  deny: 'CASE_NOT_IN_REVIEW',
  start_special_procedure: 'CASE_NOT_IN_REVIEW',
  end_special_procedure: 'CASE_NOT_SUSPENDED',
  extend: 'CASE_NOT_IN_REVIEW',
  fulfill_deficiency: 'CASE_NOT_IN_REVIEW',
  withdraw: 'CASE_NOT_SUBMITTED',
  void: 'CASE_NOT_SUBMITTED',
  record_delivery: 'CASE_NOT_CONCLUDED',
};

/**
 * The code for an action tried in a state it cannot start from, or null when the state allows it (the action's own
 * rules may still refuse it). Final states answer first: closed cases `CASE_CLOSED`, concluded ones
 * `CASE_ALREADY_CONCLUDED` (`CASE_ALREADY_DELIVERED` for a second delivery); step actions on a suspended case
 * `CASE_SUSPENDED`.
 */
export function wrongStateCode(status: CaseStatus, type: CaseActionType): CaseErrorCode | null {
  if (CASE_ACTION_SOURCES[type].includes(status)) return null;
  switch (status) {
    case 'rejected':
    case 'withdrawn':
    case 'voided':
      return 'CASE_CLOSED';
    case 'delivered':
      return type === 'record_delivery' ? 'CASE_ALREADY_DELIVERED' : 'CASE_ALREADY_CONCLUDED';
    case 'concluded':
      return 'CASE_ALREADY_CONCLUDED';
    case 'suspended':
      return CASE_ACTION_SOURCES[type].includes('in_review') ? 'CASE_SUSPENDED' : WRONG_STATE_CODES[type];
    case 'draft':
    case 'submitted':
    case 'correction_requested':
    case 'in_review':
      return WRONG_STATE_CODES[type];
  }
}

/** Action types whose state rule allows them in `status` (for showing buttons; the action's own rules still apply). */
export function actionsAllowedIn(status: CaseStatus): CaseActionType[] {
  return CASE_ACTION_TYPES.filter((type) => CASE_ACTION_SOURCES[type].includes(status));
}

// ---------------------------------------------------------------------------------------------------------------
// Context and result

/** The parts of the case's implementation version the rules read. */
export type CaseImplementation = Pick<ImplementationContent, 'caseKind' | 'process' | 'specialProcedures' | 'allowsCommitment'>;

/** Art. 42 (1): a decision not possible within 20 days may, with the head's approval, be extended by 10 days. */
export const DEFAULT_EXTENSION_ALLOWANCE = 10;
/** Most approval steps a process may have [003]. */
export const MAX_CASE_STEPS = 3;

export interface CaseContext {
  today: IsoDate;
  calendar: WorkingDayCalendar;
  implementation: CaseImplementation;
  /** Most days one extension may add (default 10, art. 42 (1); e.g. 15 for joint handling under art. 42 (2)). */
  extensionAllowance?: number;
}

export type CaseNotice =
  | 'acceptance_notice' // 受理通知书
  | 'rejection_notice' // 不予受理通知书
  | 'correction_notice' // 一次性补正告知书
  | 'decision_letter' // 准予许可决定书
  | 'denial_letter' // 不予许可决定书, with the rights to reconsideration and litigation
  | 'delivery_slip'; // 批复材料签收单

export type CaseNotification = 'accepted' | 'correction_requested' | 'rejected' | 'extended' | 'concluded' | 'voided';

export type ClockChange = 'pre_review_started' | 'started' | 'suspended' | 'resumed' | 'extended' | 'stopped';

/** Work the server does after committing the transition. */
export type CaseEffect =
  | { type: 'notice'; notice: CaseNotice }
  | { type: 'notify_applicant'; about: CaseNotification }
  | { type: 'clock'; change: ClockChange }
  /** Produce the result (licence, approval document): the licences module takes over for licence results. */
  | { type: 'issue_result' };

export type CaseTransition = { ok: true; next: CaseState; effects: CaseEffect[] } | { ok: false; code: CaseErrorCode };

// ---------------------------------------------------------------------------------------------------------------
// The machine

/** Applies one action to a case; never mutates `state`. See the file comment. */
export function applyAction(state: CaseState, action: CaseAction, context: CaseContext): CaseTransition {
  const wrong = wrongStateCode(state.status, action.type);
  if (wrong) return refuse(wrong);
  const { today } = context;
  switch (action.type) {
    case 'submit':
      return go({ ...state, status: 'submitted', submissionCount: 1, receivedOn: today }, [{ type: 'clock', change: 'pre_review_started' }]);

    case 'resubmit':
      return go({ ...state, status: 'submitted', submissionCount: state.submissionCount + 1, receivedOn: today, correctionItems: null }, [
        { type: 'clock', change: 'pre_review_started' },
      ]);

    case 'request_correction': {
      if (preReviewPassed(state, context)) return refuse('CASE_PRE_REVIEW_PERIOD_PASSED');
      if (action.items.length === 0 || action.items.some((i) => isBlank(i.materialKey) || isBlank(i.problem))) return refuse('CASE_CORRECTION_ITEMS_REQUIRED');
      return go({ ...state, status: 'correction_requested', correctionItems: action.items.map((i) => ({ ...i })) }, [
        { type: 'notice', notice: 'correction_notice' },
        { type: 'notify_applicant', about: 'correction_requested' },
      ]);
    }

    case 'reject':
      if (preReviewPassed(state, context)) return refuse('CASE_PRE_REVIEW_PERIOD_PASSED');
      if (isBlank(action.reason)) return refuse('CASE_REASON_REQUIRED');
      if (isBlank(action.legalBasis)) return refuse('CASE_LEGAL_BASIS_REQUIRED');
      return go({ ...state, status: 'rejected', closedOn: today, closeReason: action.reason }, [
        { type: 'notice', notice: 'rejection_notice' },
        { type: 'notify_applicant', about: 'rejected' },
      ]);

    case 'accept': {
      const processProblem = checkProcess(context.implementation);
      if (processProblem) return refuse(processProblem);
      const commitmentText = action.commitmentText ?? null;
      if (commitmentText !== null) {
        if (context.implementation.allowsCommitment !== true) return refuse('CASE_COMMITMENT_NOT_ALLOWED');
        if (isBlank(commitmentText)) return refuse('CASE_COMMITMENT_TEXT_REQUIRED');
      }
      const deficiency = action.deficiency ?? null;
      if (deficiency !== null) {
        const keysOk = deficiency.materialKeys.length > 0 && deficiency.materialKeys.every((k) => !isBlank(k));
        if (!keysOk || !isIsoDate(deficiency.promisedBy) || deficiency.promisedBy < today) return refuse('CASE_DEFICIENCY_INVALID');
      }
      return go(
        startClock(state, context, {
          deficiency: deficiency && { materialKeys: [...deficiency.materialKeys], promisedBy: deficiency.promisedBy, fulfilledOn: null },
          commitmentText,
          assigneeId: action.assigneeId ?? null,
        }),
        acceptanceEffects(),
      );
    }

    case 'deem_accept': {
      if (!preReviewPassed(state, context)) return refuse('CASE_PRE_REVIEW_PERIOD_NOT_OVER');
      const processProblem = checkProcess(context.implementation);
      if (processProblem) return refuse(processProblem);
      return go(startClock(state, context, { deficiency: null, commitmentText: null, assigneeId: null }), acceptanceEffects());
    }

    case 'conclude_at_window': {
      if (context.implementation.caseKind !== 'immediate') return refuse('CASE_NOT_IMMEDIATE');
      const decisionProblem = checkDecision(action.outcome, action.reason, action.legalBasis);
      if (decisionProblem) return refuse(decisionProblem);
      const accepted = startClock(state, context, { deficiency: null, commitmentText: null, assigneeId: null });
      // Accepted and concluded in one sitting: the clock never runs, so no clock effects.
      return go(conclude(accepted, action.outcome, today), [
        { type: 'notice', notice: 'acceptance_notice' },
        ...conclusionEffects(action.outcome).filter((e) => e.type !== 'clock'),
      ]);
    }

    case 'transfer':
      if (isBlank(action.toUserId) || action.toUserId === state.assigneeId) return refuse('CASE_TRANSFER_INVALID');
      return go({ ...state, assigneeId: action.toUserId }, []);

    case 'request_countersign': {
      const step = currentStep(state, context.implementation);
      if (step?.countersign !== true) return refuse('CASE_COUNTERSIGN_NOT_ALLOWED');
      if (isCountersignPending(state)) return refuse('CASE_COUNTERSIGN_PENDING');
      const userIds = [...new Set(action.userIds)];
      if (userIds.length === 0 || userIds.some((id) => isBlank(id) || id === state.assigneeId)) return refuse('CASE_COUNTERSIGNERS_REQUIRED');
      return go({ ...state, countersign: { requested: userIds, opinions: [] } }, []);
    }

    case 'countersign': {
      const cs = state.countersign;
      if (!cs || !cs.requested.includes(action.userId) || cs.opinions.some((o) => o.userId === action.userId)) return refuse('CASE_COUNTERSIGN_NOT_REQUESTED');
      return go({ ...state, countersign: { requested: cs.requested, opinions: [...cs.opinions, { userId: action.userId, agree: action.agree, opinion: action.opinion }] } }, []);
    }

    case 'pass': {
      const index = state.stepIndex ?? 0;
      if (index >= context.implementation.process.length - 1) return refuse('CASE_AT_DECISION_STEP');
      if (isCountersignPending(state)) return refuse('CASE_COUNTERSIGN_PENDING');
      return go(enterStep(state, index + 1, today, action.nextAssigneeId ?? null), []);
    }

    case 'return': {
      const index = state.stepIndex ?? 0;
      if (!Number.isInteger(action.toStep) || action.toStep < 0 || action.toStep >= index) return refuse('CASE_STEP_RETURN_INVALID');
      if (isBlank(action.reason)) return refuse('CASE_REASON_REQUIRED');
      return go(enterStep(state, action.toStep, today, null), []);
    }

    case 'approve':
    case 'deny': {
      if ((state.stepIndex ?? 0) < context.implementation.process.length - 1) return refuse('CASE_NOT_AT_DECISION_STEP');
      if (isCountersignPending(state)) return refuse('CASE_COUNTERSIGN_PENDING');
      const outcome: CaseOutcome = action.type === 'approve' ? 'approved' : 'denied';
      const problem = action.type === 'deny' ? checkDecision(outcome, action.reason, action.legalBasis) : null;
      if (problem) return refuse(problem);
      // 容缺受理: the missing material must be in before a positive decision is issued (容缺后补).
      if (outcome === 'approved' && state.deficiency && state.deficiency.fulfilledOn === null) return refuse('CASE_DEFICIENCY_OUTSTANDING');
      return go(conclude(state, outcome, today), conclusionEffects(outcome));
    }

    case 'start_special_procedure':
      if (!context.implementation.specialProcedures.includes(action.procedure)) return refuse('CASE_SPECIAL_PROCEDURE_NOT_ALLOWED');
      if (isBlank(action.reason)) return refuse('CASE_REASON_REQUIRED');
      if (!isIsoDate(action.plannedEnd) || action.plannedEnd < today) return refuse('CASE_SPECIAL_PROCEDURE_DATE_INVALID');
      return go(
        {
          ...state,
          status: 'suspended',
          suspensions: [...state.suspensions, { procedure: action.procedure, reason: action.reason, startedOn: today, plannedEnd: action.plannedEnd, endedOn: null }],
        },
        [{ type: 'clock', change: 'suspended' }],
      );

    case 'end_special_procedure':
      return go(
        {
          ...state,
          status: 'in_review',
          suspensions: state.suspensions.map((s) => (s.endedOn === null ? { ...s, endedOn: today < s.startedOn ? s.startedOn : today } : s)),
        },
        [{ type: 'clock', change: 'resumed' }],
      );

    case 'extend': {
      if (state.extension) return refuse('CASE_EXTENSION_USED');
      const allowance = context.extensionAllowance ?? DEFAULT_EXTENSION_ALLOWANCE;
      if (!Number.isInteger(action.days) || action.days < 1 || action.days > allowance) return refuse('CASE_EXTENSION_INVALID');
      if (isBlank(action.reason)) return refuse('CASE_REASON_REQUIRED');
      // Art. 42: the reason for the extension must be told to the applicant.
      return go({ ...state, extension: { days: action.days, reason: action.reason, grantedOn: today } }, [
        { type: 'clock', change: 'extended' },
        { type: 'notify_applicant', about: 'extended' },
      ]);
    }

    case 'fulfill_deficiency':
      if (!state.deficiency || state.deficiency.fulfilledOn !== null) return refuse('CASE_NO_DEFICIENCY');
      return go({ ...state, deficiency: { ...state.deficiency, fulfilledOn: today } }, []);

    case 'withdraw':
      return go(close(state, 'withdrawn', today, action.reason ?? null), isAccepted(state) ? [{ type: 'clock', change: 'stopped' }] : []);

    case 'void':
      if (isBlank(action.reason)) return refuse('CASE_REASON_REQUIRED');
      return go(close(state, 'voided', today, action.reason), [
        ...(isAccepted(state) ? [{ type: 'clock', change: 'stopped' } as const] : []),
        { type: 'notify_applicant', about: 'voided' },
      ]);

    case 'record_delivery':
      if (!DELIVERY_METHODS.includes(action.method)) return refuse('CASE_DELIVERY_METHOD_INVALID');
      return go({ ...state, status: 'delivered', delivery: { method: action.method, deliveredOn: today } }, action.method === 'window_pickup' ? [{ type: 'notice', notice: 'delivery_slip' }] : []);
  }
}

/** The process step the case is at, or null when it is not at one. */
export function currentStep(state: CaseState, implementation: Pick<CaseImplementation, 'process'>): ProcessStep | null {
  return state.stepIndex === null ? null : (implementation.process[state.stepIndex] ?? null);
}

/** True at the last step of the process, where the case is approved or denied (决定). */
export function isAtDecisionStep(state: CaseState, implementation: Pick<CaseImplementation, 'process'>): boolean {
  return state.stepIndex !== null && state.stepIndex === implementation.process.length - 1;
}

export function isCountersignPending(state: CaseState): boolean {
  const cs = state.countersign;
  return cs !== null && cs.opinions.length < cs.requested.length;
}

function isAccepted(state: CaseState): boolean {
  return ACCEPTED_CASE_STATUSES.includes(state.status);
}

function preReviewPassed(state: CaseState, context: CaseContext): boolean {
  return state.receivedOn !== null && isDeemedAccepted(context.calendar, state.receivedOn, context.today);
}

function checkProcess(implementation: CaseImplementation): CaseErrorCode | null {
  const n = implementation.process.length;
  return n >= 1 && n <= MAX_CASE_STEPS ? null : 'CASE_PROCESS_INVALID';
}

function checkDecision(outcome: CaseOutcome, reason: string | undefined, legalBasis: string | undefined): CaseErrorCode | null {
  if (outcome === 'approved') return null;
  // Art. 38 (2): a denial states the reason and tells the applicant of the right to reconsideration and litigation.
  if (isBlank(reason)) return 'CASE_REASON_REQUIRED';
  if (isBlank(legalBasis)) return 'CASE_LEGAL_BASIS_REQUIRED';
  return null;
}

/** Acceptance: by the window, or by operation of art. 32 — then the acceptance date is the day of receipt. */
function startClock(state: CaseState, context: CaseContext, extra: Pick<CaseState, 'deficiency' | 'commitmentText' | 'assigneeId'>): CaseState {
  const deemed = preReviewPassed(state, context);
  const acceptedOn = deemed && state.receivedOn !== null ? state.receivedOn : context.today;
  return {
    ...state,
    ...extra,
    status: 'in_review',
    acceptedOn,
    deemedAccepted: deemed,
    correctionItems: null,
    stepIndex: 0,
    stepStartedOn: acceptedOn,
    countersign: null,
  };
}

function enterStep(state: CaseState, index: number, today: IsoDate, assigneeId: string | null): CaseState {
  return { ...state, stepIndex: index, stepStartedOn: today, assigneeId, countersign: null };
}

function conclude(state: CaseState, outcome: CaseOutcome, today: IsoDate): CaseState {
  return { ...state, status: 'concluded', outcome, concludedOn: today, stepIndex: null, stepStartedOn: null, assigneeId: null, countersign: null };
}

function close(state: CaseState, status: 'withdrawn' | 'voided', today: IsoDate, reason: string | null): CaseState {
  return {
    ...state,
    status,
    closedOn: today,
    closeReason: reason,
    stepIndex: null,
    stepStartedOn: null,
    assigneeId: null,
    countersign: null,
    // A special procedure open at withdrawal or voiding ends with the case.
    suspensions: state.suspensions.map((s) => (s.endedOn === null ? { ...s, endedOn: today } : s)),
  };
}

function acceptanceEffects(): CaseEffect[] {
  return [
    { type: 'notice', notice: 'acceptance_notice' },
    { type: 'notify_applicant', about: 'accepted' },
    { type: 'clock', change: 'started' },
  ];
}

function conclusionEffects(outcome: CaseOutcome): CaseEffect[] {
  return outcome === 'approved'
    ? [{ type: 'notice', notice: 'decision_letter' }, { type: 'issue_result' }, { type: 'notify_applicant', about: 'concluded' }, { type: 'clock', change: 'stopped' }]
    : [{ type: 'notice', notice: 'denial_letter' }, { type: 'notify_applicant', about: 'concluded' }, { type: 'clock', change: 'stopped' }];
}

function go(next: CaseState, effects: CaseEffect[]): CaseTransition {
  return { ok: true, next, effects };
}

function refuse(code: CaseErrorCode): CaseTransition {
  return { ok: false, code };
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}
