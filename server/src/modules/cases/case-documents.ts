/**
 * The notices of a case as stored documents (受理通知书, 不予受理通知书, 一次性补正告知书, 决定书, 批复材料签收单).
 *
 * An action that owes a notice writes a `pending` row in its own transaction, holding the facts the notice prints
 * (fixed at that moment); after commit the PDF is rendered in the worker pool, stored content-addressed and the row
 * set `ready`. A render that fails (or a process that dies before it) leaves the row pending, and the next read of
 * the case's documents renders it again: an acknowledged action never ends without its notice, and a slow render
 * never holds a transaction.
 */
import { maskIdNumber, type CaseNotice, type CaseEffect } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../platform/db/database.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import {
  acceptanceNotice, correctionNotice, decisionLetter, pickupReceipt, rejectionNotice, renderPdf,
  type AcceptanceNoticeData, type CorrectionNoticeData, type DecisionLetterData, type PdfDefinition, type PickupReceiptData, type RejectionNoticeData,
} from '../../platform/documents/index.ts';
import { factsOf, type CaseRow } from './cases.repository.ts';
import { loadOwnCase } from './case-support.ts';
import { loadReadableCase } from './case-access.ts';

export const NOTICE_TITLES: Record<CaseNotice, string> = {
  acceptance_notice: '受理通知书',
  rejection_notice: '不予受理通知书',
  correction_notice: '一次性补正告知书',
  decision_letter: '准予行政许可决定书',
  denial_letter: '不予行政许可决定书',
  delivery_slip: '批复材料签收单',
};

/** The tracking address printed as the notice's QR code: PUBLIC_URL/track/:caseNumber, relative without PUBLIC_URL. */
export function trackingUrlOf(deps: Pick<Deps, 'config'>, caseNumber: string): string {
  return `${deps.config.publicUrl?.replace(/\/$/, '') ?? ''}/track/${encodeURIComponent(caseNumber)}`;
}

/** The part of every notice that comes from the case: issuer, number, applicant (masked ID), item, QR. */
export async function noticeBaseOf(deps: Pick<Deps, 'config' | 'pii'>, tx: DbOrTx, row: CaseRow, today: string) {
  // Read with the case row in this transaction when it was (factsOf), else now.
  const facts = factsOf(row);
  const [department, applicant] = facts && facts.departmentName !== null && facts.applicant
    ? [{ name: facts.departmentName }, facts.applicant]
    : await Promise.all([
      tx.selectFrom('departments').select('name').where('id', '=', row.department_id).executeTakeFirstOrThrow(),
      tx.selectFrom('applicants').select(['name', 'kind', 'id_number_enc', 'credit_code']).where('id', '=', row.applicant_id).executeTakeFirstOrThrow(),
    ]);
  const maskedId = applicant.kind === 'person'
    ? (applicant.id_number_enc ? maskIdNumber(deps.pii.decrypt(applicant.id_number_enc)) : undefined)
    : (applicant.credit_code ?? undefined);
  const caseNumber = row.case_number ?? '';
  return {
    department: { name: department.name }, issuedOn: today, caseNumber, itemName: row.item_name, trackingUrl: trackingUrlOf(deps, caseNumber),
    applicant: { name: applicant.name, ...(maskedId ? { maskedId, idLabel: applicant.kind === 'person' ? '身份证号' : '统一社会信用代码' } : {}) },
  };
}

/** The notices among core's effects. */
export function noticesOf(effects: readonly CaseEffect[]): CaseNotice[] {
  return effects.flatMap((e) => (e.type === 'notice' ? [e.notice] : []));
}

/** Writes the pending document rows of an action, in its transaction; answers their ids (render them after commit). */
export async function queueNotices(tx: Tx, caseId: string, notices: readonly { kind: CaseNotice; data: object }[]): Promise<string[]> {
  if (notices.length === 0) return [];
  const rows = await tx.insertInto('case_documents')
    .values(notices.map((n) => ({ case_id: caseId, kind: n.kind, status: 'pending' as const, storage_key: null, size: null, data: JSON.stringify(n.data), last_error: null, rendered_at: null })))
    .returning('id').execute();
  return rows.map((r) => r.id);
}

function definitionOf(kind: CaseNotice, data: Record<string, unknown>): PdfDefinition {
  switch (kind) {
    case 'acceptance_notice': return acceptanceNotice(data as unknown as AcceptanceNoticeData);
    case 'rejection_notice': return rejectionNotice(data as unknown as RejectionNoticeData);
    case 'correction_notice': return correctionNotice(data as unknown as CorrectionNoticeData);
    case 'decision_letter':
    case 'denial_letter': return decisionLetter(data as unknown as DecisionLetterData);
    case 'delivery_slip': return pickupReceipt(data as unknown as PickupReceiptData);
  }
}

/**
 * Renders pending documents (after commit, or again on read). Never throws: a failure is recorded on the row, which
 * stays pending for the next attempt. Rendering twice is harmless (same bytes, same content address; only a pending
 * row is filled).
 */
export async function renderPendingDocuments(deps: Pick<Deps, 'db' | 'files'>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await deps.db.selectFrom('case_documents').selectAll().where('id', 'in', [...ids]).where('status', '=', 'pending').execute();
  for (const row of rows) {
    try {
      const pdf = await renderPdf(definitionOf(row.kind, row.data));
      const stored = await deps.files.put(pdf);
      await deps.db.updateTable('case_documents').set({ status: 'ready', storage_key: stored.key, size: stored.size, rendered_at: new Date(), last_error: null })
        .where('id', '=', row.id).where('status', '=', 'pending').execute();
    } catch (error) {
      await deps.db.updateTable('case_documents').set((eb) => ({ render_attempts: eb('render_attempts', '+', 1), last_error: String((error as Error).message ?? error).slice(0, 500) }))
        .where('id', '=', row.id).execute().catch(() => undefined);
    }
  }
}

/** Renders every pending document older than `olderThanMs` (a sweep for renders lost with a crashed process). */
export async function renderLostDocuments(deps: Pick<Deps, 'db' | 'files'>, olderThanMs = 60_000): Promise<number> {
  const rows = await deps.db.selectFrom('case_documents').select('id').where('status', '=', 'pending')
    .where('created_at', '<', new Date(Date.now() - olderThanMs)).orderBy('created_at').limit(100).execute();
  await renderPendingDocuments(deps, rows.map((r) => r.id));
  return rows.length;
}

export interface CaseDocumentView { id: string; kind: CaseNotice; title: string; status: 'pending' | 'ready'; sha256: string | null; size: number | null; createdAt: string }

async function loadCaseFor(deps: Deps, ctx: RequestContext, caseId: string): Promise<{ row: CaseRow; isStaff: boolean }> {
  if (ctx.principal?.kind === 'staff') return { row: await loadReadableCase(deps.db, ctx.principal, caseId), isStaff: true };
  return { row: await loadOwnCase(deps.db, requireApplicant(ctx), caseId), isStaff: false };
}

/** The documents of a case (its applicant, or staff who may read it); pending ones are rendered again first. */
/** The order notices of one action are handed over in (the decision before the sign-off slip for it). */
const NOTICE_RANK: Record<CaseNotice, number> = { acceptance_notice: 0, rejection_notice: 1, correction_notice: 2, decision_letter: 3, denial_letter: 4, delivery_slip: 5 };

export async function listCaseDocuments(deps: Deps, ctx: RequestContext, caseId: string): Promise<CaseDocumentView[]> {
  await loadCaseFor(deps, ctx, caseId);
  const pending = await deps.db.selectFrom('case_documents').select('id').where('case_id', '=', caseId).where('status', '=', 'pending').execute();
  await renderPendingDocuments(deps, pending.map((p) => p.id));
  const rows = await deps.db.selectFrom('case_documents').select(['id', 'kind', 'status', 'storage_key', 'size', 'created_at'])
    .where('case_id', '=', caseId).orderBy('created_at').execute();
  // Notices written by one transaction share its timestamp: within it, the order they are handed over in.
  rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || NOTICE_RANK[a.kind] - NOTICE_RANK[b.kind]);
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: NOTICE_TITLES[r.kind], status: r.status, sha256: r.storage_key, size: r.size, createdAt: r.created_at.toISOString() }));
}

/** The PDF of one document; a staff read of a case's document is on record (it carries personal data). */
export async function readCaseDocument(deps: Deps, ctx: RequestContext, caseId: string, documentId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { row, isStaff } = await loadCaseFor(deps, ctx, caseId);
  const find = () => deps.db.selectFrom('case_documents').selectAll().where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst();
  let doc = await find();
  if (!doc) throw AppError.notFound('document');
  if (doc.status === 'pending') {
    await renderPendingDocuments(deps, [doc.id]);
    doc = await find();
  }
  if (!doc || doc.status !== 'ready' || doc.storage_key === null) throw new AppError('CASE_DOCUMENT_NOT_READY');
  if (isStaff) {
    await deps.db.transaction().execute((tx) => recordAudit(tx, auditContextOf(ctx), {
      action: 'case.document_read', subjectType: 'case', subjectId: caseId, summary: { caseNumber: row.case_number, documentId, kind: doc.kind },
    }));
  }
  return { fileName: `${NOTICE_TITLES[doc.kind]}-${row.case_number ?? row.id}.pdf`, bytes: await deps.files.get(doc.storage_key) };
}
