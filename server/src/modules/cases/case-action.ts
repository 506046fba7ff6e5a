/**
 * Runs one action of an accepted case (approval steps, conclusion, void, delivery) through core's `applyAction`: the
 * actor (step worker of the competent department, centre administrator, or front desk; out of scope 404, without the
 * role 403), the state (a refusal answers its code and changes nothing), then in one transaction the state, the
 * timeline event, the audit event, the applicant's notification with its SMS job and the pending notice documents.
 * After commit: the notice PDFs. An Idempotency-Key, when sent, makes a retry answer the first result.
 */
import {
  computeCaseClock, wrongStateCode, type CaseAction, type CaseActionType, type CaseContext, type CaseEffect, type CaseNotice, type CaseState, type ImplementationContent,
} from '@onetrip/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Deps } from '../../platform/http/deps.ts';
import type { Tx } from '../../platform/db/database.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { casesRepository as repo, type CaseRow, type CaseUpdate } from './cases.repository.ts';
import { caseContextOf, loadFrontDeskCase, notifyApplicantOf, toCaseSummary, transition } from './case-support.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { loadAdminCase, loadStepCase } from './case-access.ts';
import { noticeBaseOf, noticesOf, queueNotices, renderPendingDocuments } from './case-documents.ts';
import type { CaseSummary } from './cases.schemas.ts';
import { DEFAULT_WORKER_POOL_SIZE } from '../../platform/workers/worker-pool.ts';
import { issueLicenceForCase } from '../licences/licence-for-case.ts';

export type CaseActor = 'step_worker' | 'admin' | 'front_desk';

export interface CaseActionPlan {
  action: CaseAction;
  /** Timeline entry: what the applicant is told (null: nothing), and the internal note only staff see. */
  event: { action: string; opinion: string | null; note: string | null; details?: Record<string, unknown> };
  /** Facts a notice prints beyond the case's own (decision, reason, delivery). */
  noticeFacts?: Partial<Record<CaseNotice, Record<string, unknown>>>;
}

export interface CaseActionInput {
  row: CaseRow;
  content: ImplementationContent;
  staff: StaffPrincipal;
  tx: Tx;
}

/** Deadlines of the next state, written as the case's projections (queues sort on them). */
export function deadlineColumns(next: CaseState, content: ImplementationContent, context: CaseContext): CaseUpdate {
  if (next.acceptedOn === null) return {};
  const clock = computeCaseClock(context.calendar, clockInputOf(next, content), context.today);
  return { promised_deadline: clock.promisedDeadline, legal_deadline: clock.legalDeadline };
}

/** Core's clock input for a case state (step starts: the current step's latest entry; earlier steps as planned). */
export function clockInputOf(state: CaseState, content: ImplementationContent) {
  return {
    caseKind: content.caseKind, acceptedOn: state.acceptedOn ?? '1970-01-01', legalLimit: content.legalLimit, promisedLimit: content.promisedLimit,
    steps: content.process.map((s, i) => ({ key: s.key, limit: s.limit, startedOn: i === state.stepIndex ? state.stepStartedOn : null })),
    suspensions: state.suspensions, extension: state.extension,
  };
}

export async function runCaseAction(
  deps: Deps, ctx: RequestContext, id: string, request: IdempotentRequest, type: CaseActionType, actor: CaseActor,
  plan: (input: CaseActionInput) => CaseActionPlan | Promise<CaseActionPlan>,
): Promise<IdempotentResult<CaseSummary>> {
  const staff = requireStaff(ctx);
  const documents: string[] = [];
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  const result = await withIdempotency(deps, ctx, { ...request, required: false }, async (tx) => {
    let row: CaseRow;
    let content: ImplementationContent;
    if (actor === 'step_worker') {
      ({ row, content } = await loadStepCase(tx, staff, id, { forUpdate: true }));
    } else {
      row = actor === 'admin' ? await loadAdminCase(tx, staff, id, { forUpdate: true }) : await loadFrontDeskCase(tx, requireStaff(ctx, 'case.pre_review'), id, { forUpdate: true });
      content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    }
    const wrongState = wrongStateCode(row.state.status, type);
    if (wrongState) throw new AppError(wrongState);
    // One worker at a time: a case assigned to a colleague is theirs (countersigners act on their own request).
    if (actor === 'step_worker' && type !== 'countersign' && row.state.assigneeId !== null && row.state.assigneeId !== staff.id) {
      throw new AppError('FORBIDDEN', { message: 'the case is assigned to a colleague' });
    }
    const context = await caseContextOf(deps, content, calendar);
    const step = await plan({ row, content, staff, tx });
    const { next, effects } = transition(row.state, step.action, context);
    const stepKey = row.state.stepIndex === null ? null : (content.process[row.state.stepIndex]?.key ?? null);
    const notices = noticesOf(effects);
    const saved = await repo.saveState(tx, row, next, deadlineColumns(next, content, context), {
      case_id: id, action: step.event.action, actor_kind: 'staff', actor_id: staff.id, actor_name: staff.displayName,
      unit_name: await repo.unitNameOf(tx, { departmentId: actor === 'step_worker' ? row.department_id : staff.departmentId }, actor === 'front_desk' ? row.hall_id : null, row),
      step_key: stepKey, opinion: step.event.opinion, note: step.event.note,
      details: { ...step.event.details, notices, clock: clockChanges(effects) },
    });
    await notifyApplicantOf(deps, tx, saved, effects);
    if (notices.length > 0) {
      const base = await noticeBaseOf(deps, tx, saved, context.today);
      const facts = { submittedOn: saved.received_on, acceptedOn: saved.accepted_on };
      documents.push(...(await queueNotices(tx, id, notices.map((kind) => ({ kind, data: { ...base, ...facts, ...step.noticeFacts?.[kind] } })))));
    }
    if (effects.some((e) => e.type === 'issue_result')) await issueLicenceForCase(deps, tx, auditContextOf(ctx), saved, content, context.today);
    // Last: where the database cannot link audit events at COMMIT, the chain's lock is held from here (audit-log.ts).
    await recordAudit(tx, auditContextOf(ctx), {
      action: `case.${step.event.action}`, subjectType: 'case', subjectId: id,
      summary: { caseNumber: row.case_number, from: row.status, to: next.status, step: stepKey, ...step.event.details },
    });
    return { status: 200, body: toCaseSummary(saved) };
  });
  if (!result.replayed) renderAfterResponse(deps, documents);
  return result;
}

/** Waits while the event loop is busy serving requests (at most `maxMs`). */
async function whileBusy(maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const start = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (performance.eventLoopUtilization(start).utilization < 0.6) return;
  }
}

interface RenderBacklog { ids: string[]; drainers: number }
const backlogs = new WeakMap<Deps['db'], RenderBacklog>();

/**
 * Renders an action's notices after its answer, in order, in the PDF worker pool: the layout takes ≈ 40 ms of CPU
 * per notice, so the request does not wait for it (the pending rows were committed with the action). Rendering
 * yields to requests: while the event loop is busy (utilisation over the last 100 ms above 60 %) the backlog waits,
 * up to a second per notice, and catches up when the load drops; a reader of a case's documents renders what is
 * still pending. Should the process die, the rows stay pending and are rendered on the next read (or by the sweep).
 */
export function renderAfterResponse(deps: Pick<Deps, 'db' | 'files'>, ids: readonly string[]): void {
  if (ids.length === 0) return;
  let backlog = backlogs.get(deps.db);
  if (!backlog) backlogs.set(deps.db, backlog = { ids: [], drainers: 0 });
  backlog.ids.push(...ids);
  const queue = backlog;
  while (queue.drainers < DEFAULT_WORKER_POOL_SIZE) {
    queue.drainers += 1;
    void (async () => {
      try {
        while (queue.ids.length > 0) {
          await whileBusy(1000);
          await renderPendingDocuments(deps, queue.ids.splice(0, 1));
        }
      } catch {
        // The database went away (shutdown): what was not rendered stays pending.
      } finally {
        queue.drainers -= 1;
      }
    })();
  }
}

function clockChanges(effects: readonly CaseEffect[]): string[] {
  return effects.flatMap((e) => (e.type === 'clock' ? [e.change] : []));
}
