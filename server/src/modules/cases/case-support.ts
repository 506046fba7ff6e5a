/**
 * What the case use-cases share: loading a case for its owner or its front desk (anything else is "not found"),
 * the rules' context, the materials an applicant is asked for, the views, and the after-effects of a transition
 * (notifications now, notice PDFs later).
 */
import {
  applyAction, computeCaseClock, currentStep, isInScope, preReviewStatus, type CaseClock,
  type CaseAction, type CaseContext, type WorkingDayCalendar, type CaseEffect, type CaseImplementation, type CaseState, type ImplementationContent, type Material,
} from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../platform/db/database.ts';
import type { ApplicantPrincipal, StaffPrincipal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { FileKind } from '../../platform/files/file-type.ts';
import { notify, type NotifyDeps } from '../../platform/notifications/notify.ts';
import { caseSubjectOf, notifyApprovalChanges } from './case-notifications.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo, factsOf, type CaseAttachmentRow, type CaseEventRow, type CaseRow, type FrontDesk } from './cases.repository.ts';
import type { FormData } from './case-form.ts';
import type { AttachmentView, CaseDetail, CaseSummary } from './cases.schemas.ts';
import { licenceFacts, type HeldLicence } from '../licences/licence-reuse.ts';
import { todayInChina } from '../../platform/time/today.ts';

export const CASE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const CASE_ATTACHMENT_KINDS: readonly FileKind[] = ['pdf', 'ofd', 'jpeg', 'png'];
/** The correction-request key that names the application form itself rather than a material. */
export const FORM_MATERIAL_KEY = 'form';

export { todayInChina };

export function caseImplementationOf(content: ImplementationContent): CaseImplementation {
  return { caseKind: content.caseKind, process: content.process, specialProcedures: content.specialProcedures, allowsCommitment: content.allowsCommitment ?? false };
}

/**
 * The rules' context. Inside a transaction pass the calendar read before it began (`calendarOf(deps.db)`): the
 * cache's periodic check queries the pool, and transactions that all wait for a pooled connection while holding
 * one would wait for ever.
 */
export async function caseContextOf(deps: Pick<Deps, 'db'>, content: ImplementationContent, calendar?: WorkingDayCalendar): Promise<CaseContext> {
  return { today: todayInChina(), calendar: calendar ?? await calendarOf(deps.db), implementation: caseImplementationOf(content) };
}

/** Runs core's machine; a refusal becomes its coded error and nothing changes. */
export function transition(state: CaseState, action: CaseAction, context: CaseContext): { next: CaseState; effects: CaseEffect[] } {
  const result = applyAction(state, action, context);
  if (!result.ok) throw new AppError(result.code);
  return { next: result.next, effects: result.effects };
}

/** Cache key of the form validator: versions are immutable. */
export function formKeyOf(row: Pick<CaseRow, 'implementation_id' | 'implementation_version'>): string {
  return `${row.implementation_id}:${row.implementation_version}`;
}

export function encryptForm(deps: Pick<Deps, 'pii'>, data: FormData): string {
  return deps.pii.encrypt(JSON.stringify(data));
}

export function decryptForm(deps: Pick<Deps, 'pii'>, row: Pick<CaseRow, 'form_data_enc'>): FormData {
  return JSON.parse(deps.pii.decrypt(row.form_data_enc)) as FormData;
}

/** The materials an applicant is asked for: all of the version's, except proofs cancelled in the proof catalogue. */
export function askedMaterials(content: ImplementationContent, cancelledProofs: ReadonlySet<string>): Material[] {
  return content.materials.filter((m) => !m.proofCode || !cancelledProofs.has(m.proofCode));
}

/**
 * Keys of required materials without an attachment. Conditional materials are judged by the front desk at
 * pre-review. A valid e-licence attached instead of an upload counts (licence-reuse.ts; submit checks it is still usable).
 */
export function missingRequiredMaterials(content: ImplementationContent, cancelledProofs: ReadonlySet<string>, attachments: readonly Pick<CaseAttachmentRow, 'material_key'>[]): string[] {
  const present = new Set(attachments.map((a) => a.material_key));
  return askedMaterials(content, cancelledProofs).filter((m) => m.necessity === 'required' && !present.has(m.key)).map((m) => m.key);
}

/** A material key the applicant may attach to, or the coded refusal. */
export function assertAskedMaterial(content: ImplementationContent, cancelledProofs: ReadonlySet<string>, materialKey: string): Material {
  const material = content.materials.find((m) => m.key === materialKey);
  if (!material) throw new AppError('CASE_MATERIAL_UNKNOWN', { fields: [{ path: '/materialKey', code: 'CASE_MATERIAL_UNKNOWN' }] });
  if (material.proofCode && cancelledProofs.has(material.proofCode)) throw new AppError('CASE_PROOF_CANCELLED', { fields: [{ path: '/materialKey', code: 'CASE_PROOF_CANCELLED' }] });
  return material;
}

/** The applicant's own case, or 404 (another applicant's case does not exist for them). */
export async function loadOwnCase(db: DbOrTx, applicant: ApplicantPrincipal, id: string, options: { forUpdate?: boolean; facts?: boolean } = {}): Promise<CaseRow> {
  const row = await repo.find(db, id, options);
  if (!row || row.applicant_id !== applicant.id) throw AppError.notFound('case');
  return row;
}

export function frontDeskOf(staff: StaffPrincipal): FrontDesk {
  return { scope: staff.scope, regionCode: staff.regionCode, departmentId: staff.departmentId };
}

/**
 * A case the clerk's front desk works: in the clerk's data scope AND at a hall of the clerk's own region (or, where
 * the region has no hall, in the clerk's own department). Anything else is 404, like a case that does not exist.
 */
export async function loadFrontDeskCase(db: DbOrTx, staff: StaffPrincipal, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  const row = await repo.find(db, id, options);
  if (!row || row.status === 'draft' || !isInScope(staff.scope, { regionCode: row.region_code, departmentId: row.department_id })) throw AppError.notFound('case');
  if (!(await repo.isFrontDeskOf(db, frontDeskOf(staff), row))) throw AppError.notFound('case');
  return row;
}

/**
 * In-app notification + SMS (with its delivery job) for the applicant, in the caller's transaction. Params
 * carry no personal data: the case number and the item name only.
 */
export async function notifyApplicantOf(deps: NotifyDeps, tx: Tx, row: CaseRow, effects: readonly CaseEffect[]): Promise<void> {
  const caseNumber = row.case_number ?? '';
  const base = { recipient: { kind: 'applicant' as const, id: row.applicant_id }, link: `/me/cases/${row.id}`, about: caseSubjectOf(row), contact: factsOf(row)?.applicant };
  for (const effect of effects) {
    if (effect.type !== 'notify_applicant') continue;
    switch (effect.about) {
      case 'accepted':
        await notify(deps, tx, { ...base, template: 'case.accepted', params: { caseNumber, itemName: row.item_name, promisedDate: row.promised_deadline ?? row.accepted_on ?? '' } });
        break;
      case 'correction_requested':
        await notify(deps, tx, { ...base, template: 'case.correction_requested', params: { caseNumber, itemName: row.item_name } });
        break;
      case 'rejected':
        await notify(deps, tx, { ...base, template: 'case.rejected', params: { caseNumber, itemName: row.item_name } });
        break;
      case 'concluded':
        await notify(deps, tx, { ...base, template: 'case.concluded', params: { caseNumber, itemName: row.item_name, result: row.state.outcome === 'approved' ? '准予许可' : '不予许可' } });
        break;
      case 'extended':
      case 'voided':
        // With the special procedures' start and end, below (case-notifications.ts).
        break;
    }
  }
  await notifyApprovalChanges(deps, tx, row, effects);
}

export function toCaseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id, caseNumber: row.case_number, implementationId: row.implementation_id, implementationVersion: row.implementation_version,
    implementationCode: row.implementation_code, itemName: row.item_name, status: row.status, channel: row.channel,
    receivedOn: row.received_on, acceptedOn: row.accepted_on, preReviewDeadline: row.pre_review_deadline,
    promisedDeadline: row.promised_deadline, legalDeadline: row.legal_deadline,
    createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(), version: row.version,
  };
}

export function toAttachmentView(a: CaseAttachmentRow, licence?: HeldLicence): AttachmentView {
  return {
    licence: licence ? {
      id: licence.id, identifier: licence.identifier, name: licence.name, issuerName: licence.issuerName, validUntil: licence.validUntil,
      status: licence.status, verifiedAt: new Date().toISOString(),
    } : null,
    id: a.id, materialKey: a.material_key, fileName: a.file_name, mediaType: a.media_type, size: a.size, sha256: a.storage_key,
    reusedFromAttachmentId: a.reused_from_attachment_id, licenceId: a.licence_id, createdAt: a.created_at.toISOString(),
  };
}

/**
 * The statutory clock of an accepted case (core's `computeCaseClock`), as of today — or, once concluded or closed, as
 * of that day (was it on time?). Null before acceptance and for immediate items concluded at the window.
 */
export function clockOf(calendar: Parameters<typeof computeCaseClock>[0], row: CaseRow, content: ImplementationContent): CaseClock | null {
  const state = row.state;
  if (state.acceptedOn === null) return null;
  const asOf = state.concludedOn ?? state.closedOn ?? todayInChina();
  return computeCaseClock(calendar, {
    caseKind: content.caseKind, acceptedOn: state.acceptedOn, legalLimit: content.legalLimit, promisedLimit: content.promisedLimit,
    steps: content.process.map((s, i) => ({ key: s.key, limit: s.limit, startedOn: i === state.stepIndex ? state.stepStartedOn : null })),
    suspensions: state.suspensions, extension: state.extension,
  }, asOf);
}

export function toEventView(e: CaseEventRow, audience: 'applicant' | 'staff') {
  const base = { at: e.at.toISOString(), action: e.action, actorKind: e.actor_kind, unitName: e.unit_name, opinion: e.opinion, details: e.details };
  return audience === 'staff' ? { ...base, actorName: e.actor_name, note: e.note } : base;
}

/** The case as its applicant (no internal notes, no staff names) or its front desk sees it. */
export async function caseDetail(deps: Pick<Deps, 'db' | 'pii'>, row: CaseRow, audience: 'applicant' | 'staff', known: { attachments?: CaseAttachmentRow[]; cancelledProofs?: ReadonlySet<string> } = {}): Promise<CaseDetail> {
  const [content, cancelled, attachments, events] = await Promise.all([
    repo.versionContent(deps.db, row.implementation_id, row.implementation_version),
    known.cancelledProofs ?? repo.cancelledProofCodes(deps.db),
    known.attachments ?? repo.attachments(deps.db, row.id),
    repo.events(deps.db, row.id),
  ]);
  const licenceIds = attachments.flatMap((a) => (a.licence_id ? [a.licence_id] : []));
  const licences = licenceIds.length > 0 ? await licenceFacts(deps.db, { ids: licenceIds }, todayInChina()) : [];
  const state = row.state;
  const preReview = row.status === 'submitted' && row.received_on !== null ? preReviewStatus(await calendarOf(deps.db), row.received_on, todayInChina()) : null;
  const detail: CaseDetail = {
    ...toCaseSummary(row),
    formData: decryptForm(deps, row),
    materials: askedMaterials(content, cancelled).map((m) => ({
      key: m.key, name: m.name, necessity: m.necessity, condition: m.condition ?? null, isRequired: m.necessity === 'required',
      satisfiedByLicenceType: m.satisfiedByLicenseType ?? null,
      attachmentCount: attachments.filter((a) => a.material_key === m.key).length,
    })),
    attachments: attachments.map((a) => toAttachmentView(a, licences.find((l) => l.id === a.licence_id))),
    events: events.map((e) => toEventView(e, audience)),
    correctionItems: state.correctionItems,
    closeReason: state.closeReason,
    deficiency: state.deficiency,
    commitmentText: state.commitmentText,
    deemedAccepted: state.deemedAccepted,
    preReview,
    clock: clockOf(await calendarOf(deps.db), row, content),
    definition: {
      caseKind: content.caseKind,
      allowsCommitment: content.allowsCommitment === true,
      process: content.process.map((s) => ({ key: s.key, name: s.name, role: s.role, countersign: s.countersign === true })),
      specialProcedures: content.specialProcedures,
    },
    currentStep: ((step) => (step ? { index: state.stepIndex ?? 0, key: step.key, name: step.name, startedOn: state.stepStartedOn } : null))(currentStep(state, content)),
    outcome: state.outcome,
    concludedOn: state.concludedOn,
    deliveryMethod: row.delivery_method,
    delivery: state.delivery,
    extension: state.extension,
    suspensions: state.suspensions,
  };
  if (audience === 'staff') {
    detail.assigneeId = state.assigneeId;
    detail.countersign = state.countersign;
    const applicant = await deps.db.selectFrom('applicants').select(['id', 'name', 'kind']).where('id', '=', row.applicant_id).executeTakeFirstOrThrow();
    detail.applicant = applicant;
  }
  return detail;
}
