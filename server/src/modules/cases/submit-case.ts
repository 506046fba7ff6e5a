import { buildCaseNumber, preReviewDeadline, type CaseAction } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { dispatchOutbound, notify, type Notified } from '../../platform/notifications/notify.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { formErrors } from './case-form.ts';
import { caseContextOf, decryptForm, formKeyOf, loadOwnCase, missingRequiredMaterials, transition } from './case-support.ts';
import type { SubmitResult } from './cases.schemas.ts';

/**
 * Applicant: submits a draft, or resubmits after a correction request, exactly once per Idempotency-Key. In one
 * transaction: the rules (core), completeness (the whole form and every required material, all problems listed at
 * once), the case number (gap-free daily sequence, first submission only), receipt today (China date) with art. 32's
 * pre-review deadline, the timeline event, the audit event, the notification and the stored answer.
 */
export async function submitCase(deps: Deps, ctx: RequestContext, id: string, request: IdempotentRequest): Promise<IdempotentResult<SubmitResult>> {
  const applicant = requireApplicant(ctx);
  const notified: Notified[] = [];
  const result = await withIdempotency(deps, ctx, request, async (tx) => {
    const row = await loadOwnCase(tx, applicant, id, { forUpdate: true });
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const context = await caseContextOf(deps, content);
    const isResubmission = row.status === 'correction_requested';
    const action: CaseAction = isResubmission ? { type: 'resubmit' } : { type: 'submit' };
    const { next } = transition(row.state, action, context);

    const missing = missingRequiredMaterials(content, await repo.cancelledProofCodes(tx), await repo.attachments(tx, row.id));
    const materialFields: FieldError[] = missing.map((key) => ({ path: `/materials/${key}`, code: 'CASE_MATERIALS_MISSING' }));
    const fields = formErrors(formKeyOf(row), content.form, decryptForm(deps, row), { partial: false });
    if (fields.length > 0) throw new AppError('CASE_FORM_INVALID', { fields: [...fields, ...materialFields], details: { missingMaterials: missing } });
    if (missing.length > 0) throw new AppError('CASE_MATERIALS_MISSING', { fields: materialFields, details: { missingMaterials: missing } });

    let caseNumber = row.case_number;
    if (caseNumber === null) {
      const sequence = await repo.nextSequence(tx, row.implementation_code, context.today);
      if (sequence === null) throw new AppError('CASE_DAILY_SEQUENCE_EXHAUSTED');
      caseNumber = buildCaseNumber(row.implementation_code, context.today, sequence);
    }
    const deadline = preReviewDeadline(context.calendar, context.today).date;
    const saved = await repo.saveState(tx, row, next, { case_number: caseNumber, pre_review_deadline: deadline, submitted_at: new Date() });
    await repo.insertEvent(tx, {
      case_id: id, action: isResubmission ? 'resubmitted' : 'submitted', actor_kind: 'applicant', actor_id: applicant.id, actor_name: applicant.name, unit_name: null,
      details: { submissionCount: next.submissionCount, preReviewDeadline: deadline },
    });
    await recordAudit(tx, auditContextOf(ctx), {
      action: isResubmission ? 'case.resubmitted' : 'case.submitted', subjectType: 'case', subjectId: id,
      summary: { caseNumber, receivedOn: next.receivedOn, submissionCount: next.submissionCount, preReviewDeadline: deadline },
    });
    if (!isResubmission) {
      notified.push(await notify(deps, tx, { recipient: { kind: 'applicant', id: applicant.id }, template: 'case.submitted', params: { caseNumber, itemName: saved.item_name }, link: `/me/cases/${id}` }));
    }
    return { status: 200, body: { id, caseNumber, status: saved.status, receivedOn: next.receivedOn ?? context.today, preReviewDeadline: deadline, submissionCount: next.submissionCount } };
  });
  if (!result.replayed) await dispatchOutbound(deps, notified);
  return result;
}
