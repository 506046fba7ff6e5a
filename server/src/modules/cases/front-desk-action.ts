import { wrongStateCode, type CaseAction, type CaseActionType, type CaseContext, type CaseEffect, type CaseState, type ImplementationContent } from '@onetrip/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { casesRepository as repo, type CaseRow, type CaseUpdate } from './cases.repository.ts';
import { caseContextOf, loadFrontDeskCase, notifyApplicantOf, toCaseSummary, transition } from './case-support.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { noticeBaseOf, noticesOf, queueNotices } from './case-documents.ts';
import { renderAfterResponse } from './case-action.ts';
import type { CaseSummary } from './cases.schemas.ts';

export interface FrontDeskStep {
  action: CaseAction;
  /** Timeline entry: what the applicant is told, and the clerk's internal note. */
  event: { action: string; opinion: string | null; note: string | null; details?: Record<string, unknown> };
  /** Extra columns derived from the next state (e.g. the deadlines on acceptance). */
  update?: (next: CaseState, context: CaseContext) => CaseUpdate;
  /** Facts the notice prints beyond the case's own (materials, reason, deadlines), from the next state. */
  noticeFacts?: (next: CaseState, context: CaseContext, saved: CaseRow) => Record<string, unknown>;
}

/**
 * Runs one front-desk action (accept, reject, correction request): clerk role (403 otherwise), the case at the
 * clerk's desk and in scope (404 otherwise), core's rules (a refusal answers its code and changes nothing), then in
 * one transaction the state, the timeline event, the audit event and the applicant's notification with its SMS job. An Idempotency-Key, when sent, makes a retry answer the first result.
 */
export async function runFrontDeskAction(
  deps: Deps, ctx: RequestContext, id: string, request: IdempotentRequest, type: CaseActionType,
  plan: (row: CaseRow, content: ImplementationContent, cancelledProofs: ReadonlySet<string>) => FrontDeskStep,
): Promise<IdempotentResult<CaseSummary>> {
  const staff = requireStaff(ctx, 'case.pre_review');
  const documents: string[] = [];
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  const result = await withIdempotency(deps, ctx, { ...request, required: false }, async (tx) => {
    const row = await loadFrontDeskCase(tx, staff, id, { forUpdate: true });
    // The state first, so that a case in the wrong state answers that, whatever else is wrong with the request.
    const wrongState = wrongStateCode(row.state.status, type);
    if (wrongState) throw new AppError(wrongState);
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const context = await caseContextOf(deps, content, calendar);
    const step = plan(row, content, await repo.cancelledProofCodesFor(tx, row));
    const { next, effects } = transition(row.state, step.action, context);
    const notices = noticesOf(effects);
    const saved = await repo.saveState(tx, row, next, step.update?.(next, context) ?? {}, {
      case_id: id, action: step.event.action, actor_kind: 'staff', actor_id: staff.id, actor_name: staff.displayName,
      unit_name: await repo.unitNameOf(tx, staff, row.hall_id, row), opinion: step.event.opinion, note: step.event.note,
      details: { ...step.event.details, notices, clock: clockChanges(effects) },
    });
    await notifyApplicantOf(deps, tx, saved, effects);
    // The notice is owed from this commit on: a pending row now, the PDF right after commit (or on the next read).
    if (notices.length > 0) {
      const base = await noticeBaseOf(deps, tx, saved, context.today);
      const facts = { submittedOn: saved.received_on ?? context.today, ...step.noticeFacts?.(next, context, saved) };
      documents.push(...(await queueNotices(tx, id, notices.map((kind) => ({ kind, data: { ...base, ...facts } })))));
    }
    // Last: where the database cannot link audit events at COMMIT, the chain's lock is held from here (audit-log.ts).
    await recordAudit(tx, auditContextOf(ctx), {
      action: `case.${step.event.action}`, subjectType: 'case', subjectId: id,
      summary: { caseNumber: row.case_number, from: row.status, to: next.status, acceptedOn: next.acceptedOn, deemedAccepted: next.deemedAccepted, ...step.event.details },
    });
    return { status: 200, body: toCaseSummary(saved) };
  });
  if (!result.replayed) renderAfterResponse(deps, documents);
  return result;
}

function clockChanges(effects: readonly CaseEffect[]): string[] {
  return effects.flatMap((e) => (e.type === 'clock' ? [e.change] : []));
}
