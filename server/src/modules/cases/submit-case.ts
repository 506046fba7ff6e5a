import { buildCaseNumber, preReviewDeadline, type CaseAction } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { casesRepository as repo, factsOf } from './cases.repository.ts';
import { caseSubjectOf } from './case-notifications.ts';
import { formErrors } from './case-form.ts';
import { caseContextOf, decryptForm, formKeyOf, missingRequiredMaterials, transition } from './case-support.ts';
import { assertAttachedLicencesUsable } from '../licences/licence-reuse.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { loadCaseForFiler } from './case-access.ts';
import { AGENT_AUTHORISATION_KEY } from './case-attachments.ts';
import type { SubmitResult } from './cases.schemas.ts';

/**
 * Applicant (or the clerk / agent who filed the case on their behalf): submits a draft, or resubmits after a correction request, exactly once per Idempotency-Key. In one
 * transaction: the rules (core), completeness (the whole form and every required material, all problems listed at
 * once), the case number (gap-free daily sequence, first submission only), receipt today (China date) with art. 32's
 * pre-review deadline, the timeline event, the audit event, the notification and the stored answer. An applicant
 * submitting at a self-service terminal names the `kiosk` channel; an agent's case needs the applicant's signed
 * authorisation letter (授权委托书).
 */
export async function submitCase(deps: Deps, ctx: RequestContext, id: string, request: IdempotentRequest, options: { channel?: 'online' | 'kiosk' | undefined } = {}): Promise<IdempotentResult<SubmitResult>> {
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  return withIdempotency(deps, ctx, request, async (tx) => {
    const { row, filer } = await loadCaseForFiler(tx, ctx, id, { forUpdate: true });
    // The channel names where the applicant applies; a case filed by staff keeps its window or agent channel.
    if (options.channel !== undefined && filer.kind === 'staff') throw new AppError('CASE_CHANNEL_NOT_ALLOWED');
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const context = await caseContextOf(deps, content, calendar);
    const isResubmission = row.status === 'correction_requested';
    const action: CaseAction = isResubmission ? { type: 'resubmit' } : { type: 'submit' };
    const { next } = transition(row.state, action, context);

    const attachments = await repo.attachments(tx, row.id);
    const missing = missingRequiredMaterials(content, await repo.cancelledProofCodesFor(tx, row), attachments);
    // Assisted filing (帮办代办): the applicant's signed authorisation letter stays with the case.
    if (row.channel === 'agent' && !attachments.some((a) => a.material_key === AGENT_AUTHORISATION_KEY)) missing.push(AGENT_AUTHORISATION_KEY);
    const materialFields: FieldError[] = missing.map((key) => ({ path: `/materials/${key}`, code: 'CASE_MATERIALS_MISSING' }));
    const fields = formErrors(formKeyOf(row), content.form, decryptForm(deps, row), { partial: false });
    if (fields.length > 0) throw new AppError('CASE_FORM_INVALID', { fields: [...fields, ...materialFields], details: { missingMaterials: missing } });
    if (missing.length > 0) throw new AppError('CASE_MATERIALS_MISSING', { fields: materialFields, details: { missingMaterials: missing } });
    // An attached e-licence must still be valid today (revoked, expired or suspended since it was attached → refused).
    await assertAttachedLicencesUsable(tx, attachments, context.today);

    let caseNumber = row.case_number;
    if (caseNumber === null) {
      const sequence = await repo.nextSequence(tx, row.implementation_code, context.today);
      if (sequence === null) throw new AppError('CASE_DAILY_SEQUENCE_EXHAUSTED');
      caseNumber = buildCaseNumber(row.implementation_code, context.today, sequence);
    }
    const deadline = preReviewDeadline(context.calendar, context.today).date;
    const channel = options.channel && (row.channel === 'online' || row.channel === 'kiosk') ? options.channel : row.channel;
    const saved = await repo.saveState(tx, row, next, { case_number: caseNumber, pre_review_deadline: deadline, submitted_at: new Date(), channel }, {
      case_id: id, action: isResubmission ? 'resubmitted' : 'submitted', actor_kind: filer.kind, actor_id: filer.id, actor_name: filer.name,
      unit_name: filer.kind === 'staff' ? await repo.unitNameOf(tx, filer.staff, row.channel === 'window' ? row.hall_id : null, row) : null,
      details: { submissionCount: next.submissionCount, preReviewDeadline: deadline, channel },
    });
    if (!isResubmission) {
      await notify(deps, tx, { recipient: { kind: 'applicant', id: row.applicant_id }, template: 'case.submitted', params: { caseNumber, itemName: saved.item_name }, link: `/me/cases/${id}`, about: caseSubjectOf(saved), contact: factsOf(row)?.applicant });
    }
    // Last: where the database cannot link audit events at COMMIT, the chain's lock is held from here (audit-log.ts).
    await recordAudit(tx, auditContextOf(ctx), {
      action: isResubmission ? 'case.resubmitted' : 'case.submitted', subjectType: 'case', subjectId: id,
      summary: { caseNumber, receivedOn: next.receivedOn, submissionCount: next.submissionCount, preReviewDeadline: deadline, channel },
    });
    return { status: 200, body: { id, caseNumber, status: saved.status, receivedOn: next.receivedOn ?? context.today, preReviewDeadline: deadline, submissionCount: next.submissionCount } };
  });
}
