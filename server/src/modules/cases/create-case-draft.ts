import { newCaseState, type DeliveryMethod } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { prefillForm } from './case-form.ts';
import { caseDetail, encryptForm } from './case-support.ts';
import type { CaseDetail } from './cases.schemas.ts';

/**
 * Applicant: starts a draft for a published implementation, under its version in force, with the form pre-filled
 * from the account (表单预填). The front desk is the hall of the implementing department's region; where the region has
 * no hall, the department accepts itself (hall_id null).
 */
export async function createCaseDraft(deps: Deps, ctx: RequestContext, input: { implementationId: string; deliveryMethod?: DeliveryMethod | undefined }): Promise<CaseDetail> {
  const applicant = requireApplicant(ctx);
  const row = await deps.db.transaction().execute(async (tx) => {
    const implementation = await repo.publishedImplementation(tx, input.implementationId);
    if (!implementation) throw AppError.notFound('implementation');
    if (implementation.publication_status !== 'published') throw new AppError('IMPLEMENTATION_NOT_PUBLISHED');
    const account = await repo.applicantForPrefill(tx, applicant.id);
    const formData = prefillForm(implementation.content.form, {
      name: account.name,
      idNumber: account.id_number_enc ? deps.pii.decrypt(account.id_number_enc) : null,
      creditCode: account.credit_code,
      phone: deps.pii.decrypt(account.phone_enc),
      legalRepresentative: account.legal_representative,
    });
    const hall = await repo.hallOfRegion(tx, implementation.region_code);
    const created = await repo.insert(tx, {
      case_number: null, implementation_id: implementation.id, implementation_version: implementation.version, implementation_code: implementation.code,
      item_name: implementation.content.name, applicant_id: applicant.id, channel: 'online', filed_by_staff_id: null, agent_id: null,
      status: 'draft', state: newCaseState(), form_data_enc: encryptForm(deps, formData), received_on: null, accepted_on: null,
      pre_review_deadline: null, promised_deadline: null, legal_deadline: null, department_id: implementation.department_id,
      region_code: implementation.region_code, hall_id: hall?.id ?? null, submitted_at: null,
      delivery_method: input.deliveryMethod ?? 'window_pickup',
    });
    await repo.insertEvent(tx, { case_id: created.id, action: 'created', actor_kind: 'applicant', actor_id: applicant.id, actor_name: applicant.name, unit_name: null });
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'case.draft_created', subjectType: 'case', subjectId: created.id,
      summary: { implementationId: implementation.id, implementationVersion: implementation.version, channel: 'online', deliveryMethod: input.deliveryMethod ?? 'window_pickup', prefilled: Object.keys(formData) },
    });
    return created;
  });
  return caseDetail(deps, row, 'applicant');
}
