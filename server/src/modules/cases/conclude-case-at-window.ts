import { wrongStateCode, type CaseEffect, type CaseNotice, type CaseOutcome } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { requestElectronicDelivery } from './deliver-electronically.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { askedMaterials, caseContextOf, loadFrontDeskCase, notifyApplicantOf, toCaseSummary, transition } from './case-support.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { deadlineColumns } from './case-action.ts';
import { issueLicenceForCase } from '../licences/licence-for-case.ts';
import { DELIVERY_LABELS } from './approval-actions.ts';
import { NOTICE_TITLES, noticeBaseOf, noticesOf, queueNotices, renderPendingDocuments } from './case-documents.ts';
import type { CaseSummary } from './cases.schemas.ts';
import type { ConcludeAtWindowBody } from './front-desk.schemas.ts';

const trim = (s: string | undefined) => s?.trim() ?? '';

/**
 * Front desk, immediate items (即办件): accepts and concludes a submitted case in one sitting — approve, or deny with
 * reason and legal basis — through core's `conclude_at_window` (an item that is not immediate answers
 * CASE_NOT_IMMEDIATE and nothing changes). When the applicant takes the result on the spot (`pickedUp`), the delivery is
 * recorded as window pickup in the same sitting. One transaction: state, timeline (accepted, decided, delivered), audit
 * event, the applicant's notification, and the pending notices — 受理通知书, the decision letter and, on pickup, the
 * sign-off slip (批复材料签收单); the PDFs are rendered after commit, ready to print.
 */
export async function concludeCaseAtWindow(deps: Deps, ctx: RequestContext, id: string, input: ConcludeAtWindowBody, request: IdempotentRequest): Promise<IdempotentResult<CaseSummary>> {
  const staff = requireStaff(ctx, 'case.pre_review');
  const documents: string[] = [];
  let awaitsElectronicDelivery = false;
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  const result = await withIdempotency(deps, ctx, { ...request, required: false }, async (tx) => {
    const row = await loadFrontDeskCase(tx, staff, id, { forUpdate: true });
    const wrongState = wrongStateCode(row.state.status, 'conclude_at_window');
    if (wrongState) throw new AppError(wrongState);
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const context = await caseContextOf(deps, content, calendar);
    const outcome: CaseOutcome = input.outcome;
    const opinion = trim(input.opinion);
    const concluded = transition(row.state, { type: 'conclude_at_window', outcome, opinion, reason: trim(input.reason), legalBasis: trim(input.legalBasis) }, context);
    const delivered = input.pickedUp === true ? transition(concluded.next, { type: 'record_delivery', method: 'window_pickup' }, context) : null;
    const next = delivered?.next ?? concluded.next;
    const effects: CaseEffect[] = [...concluded.effects, ...(delivered?.effects ?? [])];
    const saved = await repo.saveState(tx, row, next, deadlineColumns(concluded.next, content, context));

    const unitName = await repo.unitNameOf(tx, staff, row.hall_id, row);
    const actor = { case_id: id, actor_kind: 'staff' as const, actor_id: staff.id, actor_name: staff.displayName, unit_name: unitName };
    const notices = noticesOf(effects);
    await repo.insertEvent(tx, { ...actor, action: 'accepted', opinion: '申请材料齐全、符合法定形式，予以受理（即办件，当场办结）。', note: null, details: { immediate: true, notices: ['acceptance_notice'] } });
    await repo.insertEvent(tx, {
      ...actor, action: outcome, note: input.note ?? null,
      opinion: outcome === 'approved' ? (opinion || `准予${content.name}。`) : `${opinion ? `${opinion}\n` : ''}理由：${trim(input.reason)}；依据：${trim(input.legalBasis)}`,
      details: { outcome, concludedAtWindow: true, notices: notices.filter((n) => n === 'decision_letter' || n === 'denial_letter') },
    });
    if (delivered) {
      await repo.insertEvent(tx, { ...actor, action: 'delivered', opinion: `办理结果已${DELIVERY_LABELS.window_pickup}。`, note: null, details: { method: 'window_pickup', notices: ['delivery_slip'] } });
    }
    await notifyApplicantOf(deps, tx, saved, effects);

    const base = await noticeBaseOf(deps, tx, saved, context.today);
    const facts = { submittedOn: saved.received_on ?? context.today, acceptedOn: saved.accepted_on ?? context.today };
    const decision = outcome === 'approved'
      ? { result: 'approved', content: opinion || `准予${content.name}。`, ...(content.result ? { licence: { name: content.result.name } } : {}), delivery: DELIVERY_LABELS[row.delivery_method] }
      : { result: 'denied', reason: trim(input.reason), legalBasis: trim(input.legalBasis) };
    const cancelled = await repo.cancelledProofCodesFor(tx, row);
    const noticeFacts: Partial<Record<CaseNotice, Record<string, unknown>>> = {
      acceptance_notice: {
        materialsReceived: askedMaterials(content, cancelled).map((m) => ({ name: m.name, form: m.kind === 'original' ? '原件' : '复印件', copies: m.paperCopies })),
        promisedConclusionDate: context.today,
      },
      decision_letter: { decision },
      denial_letter: { decision },
      delivery_slip: { documents: [{ name: outcome === 'approved' ? NOTICE_TITLES.decision_letter : NOTICE_TITLES.denial_letter, copies: 1 }], clerkName: staff.displayName },
    };
    documents.push(...(await queueNotices(tx, id, notices.map((kind) => ({ kind, data: { ...base, ...facts, ...noticeFacts[kind] } })))));
    if (effects.some((e) => e.type === 'issue_result')) await issueLicenceForCase(deps, tx, auditContextOf(ctx), saved, content, context.today);
    // Last: the audit chain's lock is held from here to COMMIT (see case-action.ts).
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'case.concluded_at_window', subjectType: 'case', subjectId: id,
      summary: { caseNumber: row.case_number, from: row.status, to: next.status, outcome, pickedUp: delivered !== null },
    });
    awaitsElectronicDelivery = delivered === null && row.delivery_method === 'electronic';
    return { status: 200, body: toCaseSummary(saved) };
  });
  if (!result.replayed) {
    await renderPendingDocuments(deps, documents);
    // Electronic delivery needs no clerk (deliver-electronically.ts); the sweep catches a lost request.
    if (awaitsElectronicDelivery) await requestElectronicDelivery(deps, id);
  }
  return result;
}
