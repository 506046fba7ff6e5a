import { newCaseState, type DeliveryMethod } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { Tx } from '../../platform/db/database.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import type { CaseChannel } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { casesRepository as repo, type CaseRow } from './cases.repository.ts';
import { prefillForm } from './case-form.ts';
import { caseDetail, encryptForm, todayInChina } from './case-support.ts';
import { attachLicencesToDraft } from '../licences/licence-reuse.ts';
import type { CaseDetail } from './cases.schemas.ts';

/** The published implementation a draft is started for, with its version in force (404 / 409 otherwise). */
export async function loadPublishedImplementation(tx: Tx, implementationId: string) {
  const implementation = await repo.publishedImplementation(tx, implementationId);
  if (!implementation) throw AppError.notFound('implementation');
  if (implementation.publication_status !== 'published') throw new AppError('IMPLEMENTATION_NOT_PUBLISHED');
  return implementation;
}

export type PublishedImplementation = Awaited<ReturnType<typeof loadPublishedImplementation>>;

/**
 * Inserts a draft for an applicant under the implementation's version in force, with the form pre-filled from the
 * applicant's account (表单预填), its front desk (the hall of the implementing department's region; where the region has
 * no hall, the department accepts itself: hall_id null), the timeline event and the audit event. Shared by the
 * applicant's own application and filing on their behalf at a window or by an agent.
 */
export async function insertCaseDraft(deps: Deps, tx: Tx, ctx: RequestContext, input: {
  implementation: PublishedImplementation;
  applicantId: string;
  channel: CaseChannel;
  deliveryMethod: DeliveryMethod;
  hallId: string | null;
  filedBy: { id: string; name: string; unitName: string | null } | null;
  actor: { kind: 'applicant' | 'staff'; id: string; name: string };
  /** Proofs cancelled as of now, when the caller has read them already. */
  cancelledProofs?: ReadonlySet<string>;
}): Promise<{ row: CaseRow; licenceMaterials: string[] }> {
  const { implementation } = input;
  const account = await repo.applicantForPrefill(tx, input.applicantId);
  const formData = prefillForm(implementation.content.form, {
    name: account.name,
    idNumber: account.id_number_enc ? deps.pii.decrypt(account.id_number_enc) : null,
    creditCode: account.credit_code,
    phone: deps.pii.decrypt(account.phone_enc),
    legalRepresentative: account.legal_representative,
  });
  const created = await repo.insert(tx, {
    case_number: null, implementation_id: implementation.id, implementation_version: implementation.version, implementation_code: implementation.code,
    item_name: implementation.content.name, applicant_id: input.applicantId, channel: input.channel, filed_by_staff_id: input.filedBy?.id ?? null, agent_id: null,
    status: 'draft', state: newCaseState(), form_data_enc: encryptForm(deps, formData), received_on: null, accepted_on: null,
    pre_review_deadline: null, promised_deadline: null, legal_deadline: null, department_id: implementation.department_id,
    region_code: implementation.region_code, hall_id: input.hallId, submitted_at: null,
    delivery_method: input.deliveryMethod,
  }, {
    action: 'created', actor_kind: input.actor.kind, actor_id: input.actor.id, actor_name: input.actor.name,
    unit_name: input.filedBy?.unitName ?? null, details: { channel: input.channel },
  });
  await recordAudit(tx, auditContextOf(ctx), {
    action: 'case.draft_created', subjectType: 'case', subjectId: created.id,
    summary: {
      implementationId: implementation.id, implementationVersion: implementation.version, channel: input.channel, deliveryMethod: input.deliveryMethod,
      prefilled: Object.keys(formData), ...(input.filedBy ? { applicantId: input.applicantId, filedBy: input.filedBy.id } : {}),
    },
  });
  // 减证便民: materials a valid e-licence of the applicant satisfies are attached at once (licence-reuse.ts).
  const content = implementation.content;
  const licenceMaterials = content.materials.some((m) => m.satisfiedByLicenseType)
    ? await attachLicencesToDraft(deps, tx, auditContextOf(ctx), created, content, input.cancelledProofs ?? await repo.cancelledProofCodes(tx), { kind: input.actor.kind, id: input.actor.id }, todayInChina())
    : [];
  return { row: created, licenceMaterials };
}

/**
 * Applicant: starts a draft for a published implementation, under its version in force, with the form pre-filled
 * from the account (表单预填). Channel `online`, or `kiosk` when applying at a self-service terminal; an applicant
 * cannot claim the window or agent channels (the schema refuses them).
 */
export async function createCaseDraft(deps: Deps, ctx: RequestContext, input: { implementationId: string; deliveryMethod?: DeliveryMethod | undefined; channel?: 'online' | 'kiosk' | undefined }): Promise<CaseDetail> {
  const applicant = requireApplicant(ctx);
  const { row, licenceMaterials, cancelledProofs } = await deps.db.transaction().execute(async (tx) => {
    // The implementation, its front desk's hall and the cancelled proofs in one statement (draftSources).
    const sources = await repo.draftSources(tx, input.implementationId);
    if (!sources) throw AppError.notFound('implementation');
    if (sources.implementation.publication_status !== 'published') throw new AppError('IMPLEMENTATION_NOT_PUBLISHED');
    const inserted = await insertCaseDraft(deps, tx, ctx, {
      implementation: sources.implementation, applicantId: applicant.id, channel: input.channel ?? 'online', deliveryMethod: input.deliveryMethod ?? 'window_pickup',
      hallId: sources.hallId, filedBy: null, actor: { kind: 'applicant', id: applicant.id, name: applicant.name }, cancelledProofs: sources.cancelledProofs,
    });
    return { ...inserted, cancelledProofs: sources.cancelledProofs };
  });
  // A draft made by this request has only the licences it attached (its id was not known to anyone before the answer).
  return caseDetail(deps, row, 'applicant', { ...(licenceMaterials.length === 0 ? { attachments: [] } : {}), cancelledProofs });
}
