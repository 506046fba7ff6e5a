/**
 * Approval (审批) of an accepted case by the competent department's step workers, its conclusion (办结), voiding by a
 * centre administrator and delivery (出件 / 送达). Each is one core action run by `runCaseAction`.
 */
import type { CaseOutcome, DeliveryMethod, IsoDate, SpecialProcedure } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { IdempotentRequest, IdempotentResult } from '../../platform/http/idempotency.ts';
import { runCaseAction } from './case-action.ts';
import { NOTICE_TITLES } from './case-documents.ts';
import { PROCEDURE_LABELS } from './case-notifications.ts';
import { requestElectronicDelivery } from './deliver-electronically.ts';
import type { CaseRow } from './cases.repository.ts';
import type { CaseSummary } from './cases.schemas.ts';

type Result = Promise<IdempotentResult<CaseSummary>>;
const trim = (s: string | undefined | null) => s?.trim() ?? '';

/** Active staff of the case's department holding `role`; answers the ids that are not. */
async function notColleagues(db: DbOrTx, row: CaseRow, ids: readonly string[], role: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('staff_users').select('id').where('id', 'in', [...ids]).where('department_id', '=', row.department_id)
    .where('active', '=', true).where((eb) => eb(eb.val(role), '=', eb.fn.any('roles'))).execute();
  const ok = new Set(found.map((f) => f.id));
  return ids.filter((id) => !ok.has(id));
}


/** Step worker: passes the case to the next step (审查 → 决定) with the opinion, optionally to a named colleague. */
export function passCase(deps: Deps, ctx: RequestContext, id: string, input: { opinion: string; note?: string | undefined; nextAssigneeId?: string | null | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'pass', 'step_worker', async ({ row, content, tx }) => {
    const nextStep = content.process[(row.state.stepIndex ?? 0) + 1];
    if (input.nextAssigneeId && nextStep && (await notColleagues(tx, row, [input.nextAssigneeId], nextStep.role)).length > 0) throw new AppError('CASE_TRANSFER_INVALID');
    return {
      action: { type: 'pass', opinion: trim(input.opinion), nextAssigneeId: input.nextAssigneeId ?? null },
      event: { action: 'passed', opinion: null, note: combine(input.opinion, input.note), details: { toStep: nextStep?.key ?? null } },
    };
  });
}

/** Step worker: returns the case to an earlier step, with the reason (recorded for staff). */
export function returnCase(deps: Deps, ctx: RequestContext, id: string, input: { toStep: number; reason: string; note?: string | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'return', 'step_worker', ({ content }) => ({
    action: { type: 'return', toStep: input.toStep, reason: trim(input.reason) },
    event: { action: 'returned', opinion: null, note: combine(input.reason, input.note), details: { toStep: content.process[input.toStep]?.key ?? input.toStep, reason: trim(input.reason) } },
  }));
}

/** Step worker: hands the case to a colleague of the same department holding the step's role. */
export function transferCase(deps: Deps, ctx: RequestContext, id: string, input: { toUserId: string; note?: string | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'transfer', 'step_worker', async ({ row, content, tx, staff }) => {
    const role = content.process[row.state.stepIndex ?? 0]?.role ?? 'approver';
    if (input.toUserId === staff.id || (await notColleagues(tx, row, [input.toUserId], role)).length > 0) throw new AppError('CASE_TRANSFER_INVALID');
    return { action: { type: 'transfer', toUserId: input.toUserId }, event: { action: 'transferred', opinion: null, note: input.note ?? null, details: { toUserId: input.toUserId } } };
  });
}

/** Step worker: asks colleagues of the department to countersign (会签) where the step has it. */
export function requestCountersign(deps: Deps, ctx: RequestContext, id: string, input: { userIds: string[]; note?: string | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'request_countersign', 'step_worker', async ({ row, tx, staff }) => {
    const ids = [...new Set(input.userIds)];
    if (ids.includes(staff.id) || (await notColleagues(tx, row, ids, 'approver')).length > 0) throw new AppError('CASE_COUNTERSIGNERS_REQUIRED');
    return { action: { type: 'request_countersign', userIds: ids }, event: { action: 'countersign_requested', opinion: null, note: input.note ?? null, details: { userIds: ids } } };
  });
}

/** A colleague asked to countersign gives their opinion. */
export function countersignCase(deps: Deps, ctx: RequestContext, id: string, input: { agree: boolean; opinion: string }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'countersign', 'step_worker', ({ staff }) => ({
    action: { type: 'countersign', userId: staff.id, agree: input.agree, opinion: trim(input.opinion) },
    event: { action: 'countersigned', opinion: null, note: trim(input.opinion), details: { agree: input.agree } },
  }));
}

/**
 * Decision step: approves (准予) or denies (不予, with reason and legal basis; the letter tells the remedies). The
 * opinion is what the applicant reads; the note stays internal. Concludes the case: decision letter, notification,
 * licence hook. Delivery is recorded afterwards by the front desk (`recordDelivery`), or by the system when the
 * applicant chose electronic delivery.
 */
export async function decideCase(
  deps: Deps, ctx: RequestContext, id: string,
  input: { outcome: CaseOutcome; opinion: string; reason?: string | undefined; legalBasis?: string | undefined; note?: string | undefined },
  request: IdempotentRequest,
): Result {
  let isElectronic = false;
  const result = await runCaseAction(deps, ctx, id, request, input.outcome === 'approved' ? 'approve' : 'deny', 'step_worker', ({ row, content }) => {
    isElectronic = row.delivery_method === 'electronic';
    const opinion = trim(input.opinion);
    const decision = input.outcome === 'approved'
      ? { result: 'approved', content: opinion || `准予${content.name}。`, ...(content.result ? { licence: { name: content.result.name } } : {}), delivery: DELIVERY_LABELS[row.delivery_method] }
      : { result: 'denied', reason: trim(input.reason), legalBasis: trim(input.legalBasis) };
    return {
      action: input.outcome === 'approved' ? { type: 'approve', opinion } : { type: 'deny', opinion, reason: trim(input.reason), legalBasis: trim(input.legalBasis) },
      event: {
        action: input.outcome, opinion: input.outcome === 'approved' ? opinion : `${opinion ? `${opinion}\n` : ''}理由：${trim(input.reason)}；依据：${trim(input.legalBasis)}`,
        note: input.note ?? null, details: { outcome: input.outcome },
      },
      noticeFacts: { decision_letter: { decision }, denial_letter: { decision } },
    };
  });
  // Electronic delivery needs no clerk: queued after commit (deliver-electronically.ts).
  if (!result.replayed && isElectronic && result.body.status === 'concluded') await requestElectronicDelivery(deps, id);
  return result;
}

export const DELIVERY_LABELS: Record<DeliveryMethod, string> = { window_pickup: '窗口领取', post: '邮寄送达', electronic: '电子送达' };

/** Step worker: starts a special procedure (特殊环节); the clock stops until it ends. */
export function startSpecialProcedure(deps: Deps, ctx: RequestContext, id: string, input: { procedure: SpecialProcedure; reason: string; plannedEnd: IsoDate }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'start_special_procedure', 'step_worker', () => ({
    action: { type: 'start_special_procedure', procedure: input.procedure, reason: trim(input.reason), plannedEnd: input.plannedEnd },
    // Art. 45: the applicant is told in writing of the time the procedure takes.
    event: { action: 'special_procedure_started', opinion: `${PROCEDURE_LABELS[input.procedure]}：${trim(input.reason)}（预计${input.plannedEnd}结束，期间不计入办理时限）`, note: null, details: { procedure: input.procedure, plannedEnd: input.plannedEnd } },
  }));
}

export function endSpecialProcedure(deps: Deps, ctx: RequestContext, id: string, input: { note?: string | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'end_special_procedure', 'step_worker', () => ({
    action: { type: 'end_special_procedure' },
    event: { action: 'special_procedure_ended', opinion: '特殊环节结束，恢复计时。', note: input.note ?? null },
  }));
}

/** Step worker: the one extension (art. 42), its reason told to the applicant. */
export function extendCase(deps: Deps, ctx: RequestContext, id: string, input: { days: number; reason: string }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'extend', 'step_worker', () => ({
    action: { type: 'extend', days: input.days, reason: trim(input.reason) },
    event: { action: 'extended', opinion: `延长办理期限${input.days}日。理由：${trim(input.reason)}`, note: null, details: { days: input.days } },
  }));
}

/** Centre administrator: voids an open case (作废) with the reason. */
export function voidCase(deps: Deps, ctx: RequestContext, id: string, input: { reason: string }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'void', 'admin', () => ({
    action: { type: 'void', reason: trim(input.reason) },
    event: { action: 'voided', opinion: `办件已作废。理由：${trim(input.reason)}`, note: null, details: { reason: trim(input.reason) } },
  }));
}

/**
 * Front desk: records the delivery of the result, by the method chosen at application unless the clerk names another
 * (window pickup → sign-off slip 批复材料签收单; post → recorded for the delivery module).
 */
export function recordDelivery(deps: Deps, ctx: RequestContext, id: string, input: { method?: DeliveryMethod | undefined; note?: string | undefined }, request: IdempotentRequest): Result {
  return runCaseAction(deps, ctx, id, request, 'record_delivery', 'front_desk', ({ row, staff }) => {
    const method = input.method ?? row.delivery_method;
    const letter = row.state.outcome === 'denied' ? NOTICE_TITLES.denial_letter : NOTICE_TITLES.decision_letter;
    return {
      action: { type: 'record_delivery', method },
      event: { action: 'delivered', opinion: `办理结果已${DELIVERY_LABELS[method]}。`, note: input.note ?? null, details: { method } },
      noticeFacts: { delivery_slip: { documents: [{ name: letter, copies: 1 }], clerkName: staff.displayName } },
    };
  });
}

function combine(opinion: string | undefined, note: string | undefined): string | null {
  return [trim(opinion), trim(note)].filter((s) => s !== '').join('\n') || null;
}
