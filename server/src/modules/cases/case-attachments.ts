/**
 * Materials an applicant hands in for a case: uploads (PDF, OFD, JPEG, PNG; the type read from the bytes and matching
 * the extension; at most 20 MiB; stored content-addressed, so the SHA-256 is the storage key) and reuse of an
 * attachment from an earlier case of the same applicant (材料复用: the same stored bytes, a new row that says where it
 * came from). Only drafts and cases awaiting correction take materials. A clerk or agent who filed the case on the
 * applicant's behalf uploads the scans; an agent's case also keeps the applicant's signed authorisation letter
 * (授权委托书) under its own key.
 */
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { isLicenceUsable, type ImplementationContent } from '@onetrip/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { cleanFileName, mediaTypeOf } from '../../platform/files/file-type.ts';
import { casesRepository as repo, type CaseAttachmentRow } from './cases.repository.ts';
import { askedMaterials, assertAskedMaterial, CASE_ATTACHMENT_KINDS, CASE_ATTACHMENT_MAX_BYTES, loadOwnCase, toAttachmentView, todayInChina } from './case-support.ts';
import { attachLicence, holderHashOf, licenceFacts } from '../licences/licence-reuse.ts';
import { licencePdfOf } from '../licences/licence-documents.ts';
import { loadCaseForFiler, loadReadableCase } from './case-access.ts';
import { assertEditable } from './save-case-draft.ts';
import type { AttachmentView } from './cases.schemas.ts';

/** The material key of the applicant's signed authorisation letter (授权委托书) kept with a case filed by an agent. */
export const AGENT_AUTHORISATION_KEY = 'agent-authorisation';

/** A material key this case takes: one the version asks for, or the authorisation letter on an agent's case. */
function assertAttachable(row: { channel: string }, content: ImplementationContent, cancelledProofs: ReadonlySet<string>, materialKey: string): void {
  if (materialKey === AGENT_AUTHORISATION_KEY && row.channel === 'agent') return;
  assertAskedMaterial(content, cancelledProofs, materialKey);
}

export type FilerCase = Awaited<ReturnType<typeof loadCaseForFiler>>;

/**
 * Checks ownership and state before the body is read (the route calls it first, and hands the case it read to the
 * upload, which re-checks everything in its transaction on the row read FOR UPDATE).
 */
export async function assertCanAttach(deps: Deps, ctx: RequestContext, caseId: string): Promise<FilerCase> {
  const found = await loadCaseForFiler(deps.db, ctx, caseId, { facts: true });
  assertEditable(found.row.status);
  return found;
}

/** Applicant (or the clerk / agent who filed the case): attaches an uploaded file to a material of the case. */
export async function uploadCaseAttachment(deps: Deps, ctx: RequestContext, caseId: string, input: { materialKey: string; fileName: string; bytes: Uint8Array }, checked?: FilerCase): Promise<AttachmentView> {
  const fileName = cleanFileName(input.fileName);
  if (input.bytes.byteLength === 0 || fileName === '') throw new AppError('CASE_ATTACHMENT_MISSING');
  if (input.bytes.byteLength > CASE_ATTACHMENT_MAX_BYTES) throw new AppError('CASE_ATTACHMENT_TOO_LARGE');
  const mediaType = mediaTypeOf(fileName, input.bytes, CASE_ATTACHMENT_KINDS);
  if (mediaType === null) throw new AppError('CASE_ATTACHMENT_TYPE_NOT_ALLOWED');
  // Guard clauses before storing anything: an unknown material or a closed case stores no bytes.
  // The route's check (`assertCanAttach`, read just before the body) serves as the guard; the transaction re-checks.
  const { row, filer } = checked ?? await loadCaseForFiler(deps.db, ctx, caseId, { facts: true });
  assertEditable(row.status);
  const content = await repo.versionContent(deps.db, row.implementation_id, row.implementation_version);
  assertAttachable(row, content, await repo.cancelledProofCodesFor(deps.db, row), input.materialKey);
  // Bytes first: a crash after this leaves an unreferenced object, never a row without bytes.
  const stored = await deps.files.put(input.bytes);
  const attachment = await deps.db.transaction().execute(async (tx) => {
    const { row: current } = await loadCaseForFiler(tx, ctx, caseId, { forUpdate: true });
    assertEditable(current.status);
    // Again on the locked row, with the proofs cancelled as of now (read with it: no extra statement).
    assertAttachable(current, content, await repo.cancelledProofCodesFor(tx, current), input.materialKey);
    const inserted = await repo.insertAttachment(tx, {
      case_id: caseId, material_key: input.materialKey, file_name: fileName, media_type: mediaType, size: stored.size, storage_key: stored.key,
      uploaded_by_kind: filer.kind, uploaded_by_id: filer.id, reused_from_attachment_id: null, licence_id: null,
    });
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'case.attachment_uploaded', subjectType: 'case', subjectId: caseId,
      summary: { attachmentId: inserted.id, materialKey: input.materialKey, mediaType, size: stored.size, sha256: stored.sha256 },
    });
    return inserted;
  });
  return toAttachmentView(attachment);
}

/**
 * Applicant, or the clerk / agent filing the case for them: reuses an attachment of one of the applicant's earlier
 * cases (材料复用). An attachment of anyone else is "not found".
 */
export async function reuseCaseAttachment(deps: Deps, ctx: RequestContext, caseId: string, input: { attachmentId: string; materialKey?: string | undefined }): Promise<AttachmentView> {
  const attachment = await deps.db.transaction().execute(async (tx) => {
    const { row, filer } = await loadCaseForFiler(tx, ctx, caseId, { forUpdate: true });
    assertEditable(row.status);
    const source = await repo.applicantAttachment(tx, row.applicant_id, input.attachmentId);
    if (!source) throw AppError.notFound('attachment');
    const materialKey = input.materialKey ?? source.material_key;
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    assertAskedMaterial(content, await repo.cancelledProofCodesFor(tx, row), materialKey);
    const inserted = await repo.insertAttachment(tx, {
      case_id: caseId, material_key: materialKey, file_name: source.file_name, media_type: source.media_type, size: source.size, storage_key: source.storage_key,
      uploaded_by_kind: filer.kind, uploaded_by_id: filer.id, reused_from_attachment_id: source.id, licence_id: null,
    });
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'case.attachment_reused', subjectType: 'case', subjectId: caseId,
      summary: { attachmentId: inserted.id, fromAttachmentId: source.id, fromCaseId: source.case_id, materialKey, ...(filer.kind === 'staff' ? { onBehalfOf: row.applicant_id } : {}) },
    });
    return inserted;
  });
  return toAttachmentView(attachment);
}

type ReusableRow = Awaited<ReturnType<typeof repo.reusableAttachments>>[number];

function toReusableView(r: ReusableRow) {
  return {
    id: r.id, caseId: r.case_id, caseNumber: r.case_number, itemName: r.item_name, materialKey: r.material_key,
    fileName: r.file_name, mediaType: r.media_type, size: r.size, sha256: r.storage_key, createdAt: r.created_at.toISOString(),
  };
}

/** Applicant: earlier attachments they can reuse, newest first (one per content and material). */
export async function listReusableAttachments(deps: Deps, ctx: RequestContext, query: { materialKey?: string | undefined }) {
  const applicant = requireApplicant(ctx);
  return (await repo.reusableAttachments(deps.db, applicant.id, query.materialKey)).map(toReusableView);
}

/**
 * The case's applicant's earlier attachments this case can reuse (other cases only), for the applicant or the clerk /
 * agent filing it. Staff reading another person's materials is logged (`case.earlier_materials_listed`).
 */
export async function listCaseReusableAttachments(deps: Deps, ctx: RequestContext, caseId: string, query: { materialKey?: string | undefined }) {
  const { row, filer } = await loadCaseForFiler(deps.db, ctx, caseId);
  assertEditable(row.status);
  const rows = (await repo.reusableAttachments(deps.db, row.applicant_id, query.materialKey)).filter((r) => r.case_id !== caseId);
  if (filer.kind === 'staff') {
    await deps.db.transaction().execute((tx) => recordAudit(tx, auditContextOf(ctx), {
      action: 'case.earlier_materials_listed', subjectType: 'case', subjectId: caseId,
      summary: { applicantId: row.applicant_id, materialKey: query.materialKey ?? null, listed: rows.length },
    }));
  }
  return rows.map(toReusableView);
}

/**
 * The bytes of an attachment, for the case's applicant or staff who may read the case (its front desk, the clerk or
 * agent who filed it, the competent department); anyone else gets 404.
 */
export async function readCaseAttachment(deps: Deps, ctx: RequestContext, caseId: string, attachmentId: string): Promise<{ attachment: CaseAttachmentRow; bytes: Uint8Array }> {
  if (ctx.principal?.kind === 'staff') await loadReadableCase(deps.db, requireStaff(ctx), caseId);
  else await loadOwnCase(deps.db, requireApplicant(ctx), caseId);
  const attachment = (await repo.attachments(deps.db, caseId)).find((a) => a.id === attachmentId);
  if (!attachment) throw AppError.notFound('attachment');
  if (attachment.storage_key !== null) return { attachment, bytes: await deps.files.get(attachment.storage_key) };
  // A material satisfied by an e-licence: the licence's PDF (rendered on its first read), whatever its status now.
  const licence = attachment.licence_id ? await deps.db.selectFrom('licences').selectAll().where('id', '=', attachment.licence_id).executeTakeFirst() : undefined;
  if (!licence) throw AppError.notFound('attachment');
  return { attachment: { ...attachment, file_name: `${attachment.file_name.replace(/（电子证照）$/, '')}-${licence.identifier}.pdf` }, bytes: await licencePdfOf(deps, licence) };
}

/**
 * Applicant (or the filer): attaches one of the applicant's valid e-licences to a material the catalogue says a
 * licence of that type satisfies (减证便民). Someone else's licence is 404; an expired, suspended or revoked one 409.
 */
export async function attachCaseLicence(deps: Deps, ctx: RequestContext, caseId: string, input: { materialKey: string; licenceId: string }): Promise<AttachmentView> {
  const { attachment, licence } = await deps.db.transaction().execute(async (tx) => {
    const { row, filer } = await loadCaseForFiler(tx, ctx, caseId, { forUpdate: true });
    assertEditable(row.status);
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    assertAskedMaterial(content, await repo.cancelledProofCodesFor(tx, row), input.materialKey);
    return attachLicence(deps, tx, auditContextOf(ctx), row, content, input, { kind: filer.kind, id: filer.id }, todayInChina());
  });
  return toAttachmentView(attachment, licence);
}

/** Applicant (or the filer): removes an attachment of a draft or of a case awaiting correction. */
export async function removeCaseAttachment(deps: Deps, ctx: RequestContext, caseId: string, attachmentId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const { row } = await loadCaseForFiler(tx, ctx, caseId, { forUpdate: true });
    assertEditable(row.status);
    const removed = await tx.deleteFrom('case_attachments').where('id', '=', attachmentId).where('case_id', '=', caseId)
      .returning(['id', 'material_key', 'licence_id', 'storage_key']).executeTakeFirst();
    if (!removed) throw AppError.notFound('attachment');
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'case.attachment_removed', subjectType: 'case', subjectId: caseId,
      summary: { attachmentId, materialKey: removed.material_key, licenceId: removed.licence_id, sha256: removed.storage_key },
    });
  });
}

/**
 * The applicant's licences for the materials of a case that a licence satisfies, each with its status today — so the
 * applicant sees which can be attached, and why an expired or revoked one cannot.
 */
export async function listLicenceCandidates(deps: Deps, ctx: RequestContext, caseId: string) {
  const { row } = await loadCaseForFiler(deps.db, ctx, caseId);
  const content = await repo.versionContent(deps.db, row.implementation_id, row.implementation_version);
  const cancelled = await repo.cancelledProofCodesFor(deps.db, row);
  const materials = askedMaterials(content, cancelled).filter((m) => m.satisfiedByLicenseType);
  if (materials.length === 0) return [];
  const codeHash = await holderHashOf(deps.db, deps, row.applicant_id);
  const held = await licenceFacts(deps.db, { holder: { applicantId: row.applicant_id, codeHash }, typeCodes: [...new Set(materials.map((m) => m.satisfiedByLicenseType!))] }, todayInChina());
  return materials.map((m) => ({
    materialKey: m.key, licenceTypeCode: m.satisfiedByLicenseType!,
    licences: held.filter((l) => l.typeCode === m.satisfiedByLicenseType).map((l) => ({ ...l, usable: isLicenceUsable(l.status) })),
  }));
}
