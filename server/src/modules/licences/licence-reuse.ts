/**
 * Reuse instead of re-submitting (减证便民; "能通过电子证照库比对查验获得的，不得要求申请人重复提供"): a material
 * whose catalogue entry says `satisfiedByLicenseType` is satisfied by the applicant's valid e-licence of that type.
 *
 * - A new draft (online, at a window, by an agent) gets the applicant's usable licence attached to every such
 *   material at once (`attachLicencesToDraft`), recorded as an attachment row with `licence_id` and no bytes.
 * - The applicant or the filer can attach one explicitly later (`attachLicence`, e.g. a licence issued after the
 *   draft was started), and remove any attachment (case-attachments.ts).
 * - Only a usable licence counts (core's `licenceStatusOn` = valid on the day): an expired, suspended, revoked or not
 *   yet valid licence is refused when attaching (LICENCE_NOT_USABLE), and a submit is refused when an attached
 *   licence has stopped being usable since (`assertAttachedLicencesUsable`).
 * - The applicant's licences are those linked to the account (`holder_applicant_id`) or held under the account's
 *   ID number / credit code (blind index), e.g. stock licences imported before the account existed.
 */
import { isLicenceUsable, licenceStatusOn, type ImplementationContent, type IsoDate, type LicenceStatus } from '@onetrip/core';
import { sql } from 'kysely';
import type { Deps } from '../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit-log.ts';
import type { CaseAttachmentRow, CaseRow } from '../cases/cases.repository.ts';
import { askedMaterials } from '../cases/case-support.ts';

export interface HeldLicence {
  id: string;
  identifier: string;
  name: string;
  typeCode: string;
  issuerName: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  status: LicenceStatus;
}

/** The blind index an applicant's licences are held under (ID number or credit code), or null. */
export async function holderHashOf(db: DbOrTx, deps: Pick<Deps, 'pii'>, applicantId: string): Promise<string | null> {
  const a = await db.selectFrom('applicants').select(['kind', 'id_number_hash', 'credit_code']).where('id', '=', applicantId).executeTakeFirst();
  if (!a) return null;
  return a.kind === 'person' ? a.id_number_hash : a.credit_code ? deps.pii.blindIndex(a.credit_code) : null;
}

/** Licences by id with what a status needs (revocation, suspensions), in one statement. */
export async function licenceFacts(db: DbOrTx, where: { ids: readonly string[] } | { holder: { applicantId: string; codeHash: string | null }; typeCodes: readonly string[] }, today: IsoDate): Promise<HeldLicence[]> {
  let q = db.selectFrom('licences as l')
    .innerJoin('licence_types as t', 't.id', 'l.licence_type_id')
    .innerJoin('departments as d', 'd.id', 'l.issuer_department_id')
    .select(['l.id', 'l.identifier', 't.name', 't.code as type_code', 'd.name as issuer_name', 'l.valid_from', 'l.valid_until', 'l.revoked_on', 'l.issue_date'])
    .select(sql<{ from: string; liftedOn: string | null }[]>`coalesce((SELECT json_agg(json_build_object('from', s.from_date, 'liftedOn', s.lifted_on)) FROM licence_suspensions s WHERE s.licence_id = l.id), '[]')`.as('suspensions'));
  if ('ids' in where) {
    if (where.ids.length === 0) return [];
    q = q.where('l.id', 'in', where.ids);
  } else {
    if (where.typeCodes.length === 0) return [];
    const { applicantId, codeHash } = where.holder;
    q = q.where('t.code', 'in', where.typeCodes)
      .where((eb) => (codeHash ? eb.or([eb('l.holder_applicant_id', '=', applicantId), eb('l.holder_code_hash', '=', codeHash)]) : eb('l.holder_applicant_id', '=', applicantId)));
  }
  const rows = await q.orderBy('l.issue_date', 'desc').orderBy('l.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, identifier: r.identifier, name: r.name, typeCode: r.type_code.trim(), issuerName: r.issuer_name, validFrom: r.valid_from, validUntil: r.valid_until,
    status: licenceStatusOn(today, { validFrom: r.valid_from, validUntil: r.valid_until, revokedOn: r.revoked_on, suspensions: r.suspensions }),
  }));
}

function attachmentValues(caseId: string, materialKey: string, licence: HeldLicence, by: { kind: 'applicant' | 'staff'; id: string }) {
  return {
    case_id: caseId, material_key: materialKey, file_name: `${licence.name}（电子证照）`, media_type: 'application/pdf', size: 0, storage_key: null,
    uploaded_by_kind: by.kind, uploaded_by_id: by.id, reused_from_attachment_id: null, licence_id: licence.id,
  };
}

/**
 * Attaches the applicant's usable licence to every asked material that a licence satisfies and that has nothing
 * attached yet; returns the material keys satisfied. Two statements for the lookup however many materials.
 */
export async function attachLicencesToDraft(
  deps: Pick<Deps, 'pii'>, tx: Tx, audit: AuditContext, row: Pick<CaseRow, 'id' | 'applicant_id'>, content: ImplementationContent,
  cancelledProofs: ReadonlySet<string>, by: { kind: 'applicant' | 'staff'; id: string }, today: IsoDate,
): Promise<string[]> {
  const wanted = askedMaterials(content, cancelledProofs).filter((m) => m.satisfiedByLicenseType);
  if (wanted.length === 0) return [];
  const codeHash = await holderHashOf(tx, deps, row.applicant_id);
  const held = (await licenceFacts(tx, { holder: { applicantId: row.applicant_id, codeHash }, typeCodes: [...new Set(wanted.map((m) => m.satisfiedByLicenseType!))] }, today))
    .filter((l) => isLicenceUsable(l.status));
  const values = wanted.flatMap((m) => {
    const licence = held.find((l) => l.typeCode === m.satisfiedByLicenseType);
    return licence ? [attachmentValues(row.id, m.key, licence, by)] : [];
  });
  if (values.length === 0) return [];
  await tx.insertInto('case_attachments').values(values).execute();
  await recordAudit(tx, audit, {
    action: 'case.licences_attached', subjectType: 'case', subjectId: row.id,
    summary: { materials: values.map((v) => ({ materialKey: v.material_key, licenceId: v.licence_id })) },
  });
  return values.map((v) => v.material_key);
}

/** Attaches one licence of the case's applicant to a material it satisfies (the caller has locked the case). */
export async function attachLicence(
  deps: Pick<Deps, 'pii'>, tx: Tx, audit: AuditContext, row: Pick<CaseRow, 'id' | 'applicant_id'>, content: ImplementationContent,
  input: { materialKey: string; licenceId: string }, by: { kind: 'applicant' | 'staff'; id: string }, today: IsoDate,
): Promise<{ attachment: CaseAttachmentRow; licence: HeldLicence }> {
  const material = content.materials.find((m) => m.key === input.materialKey);
  if (!material?.satisfiedByLicenseType) throw new AppError('LICENCE_NOT_FOR_MATERIAL', { fields: [{ path: '/materialKey', code: 'LICENCE_NOT_FOR_MATERIAL' }] });
  const codeHash = await holderHashOf(tx, deps, row.applicant_id);
  const held = await licenceFacts(tx, { holder: { applicantId: row.applicant_id, codeHash }, typeCodes: [material.satisfiedByLicenseType] }, today);
  const licence = held.find((l) => l.id === input.licenceId);
  // Someone else's licence, or one of another type, does not exist for this case.
  if (!licence) throw AppError.notFound('licence');
  if (!isLicenceUsable(licence.status)) throw new AppError('LICENCE_NOT_USABLE', { details: { status: licence.status } });
  const inserted = await tx.insertInto('case_attachments').values(attachmentValues(row.id, material.key, licence, by)).returningAll().executeTakeFirstOrThrow();
  await recordAudit(tx, audit, {
    action: 'case.licence_attached', subjectType: 'case', subjectId: row.id, summary: { attachmentId: inserted.id, materialKey: material.key, licenceId: licence.id },
  });
  return { attachment: inserted, licence };
}

/** Refuses a submit while an attached licence is no longer usable (revoked, expired or suspended since). */
export async function assertAttachedLicencesUsable(tx: Tx, attachments: readonly CaseAttachmentRow[], today: IsoDate): Promise<void> {
  const ids = attachments.flatMap((a) => (a.licence_id ? [a.licence_id] : []));
  if (ids.length === 0) return;
  const facts = await licenceFacts(tx, { ids }, today);
  const unusable = attachments.filter((a) => a.licence_id && !isLicenceUsable(facts.find((f) => f.id === a.licence_id)?.status ?? 'revoked'));
  if (unusable.length > 0) {
    throw new AppError('LICENCE_NOT_USABLE', {
      fields: unusable.map((a) => ({ path: `/materials/${a.material_key}`, code: 'LICENCE_NOT_USABLE' as const })),
      details: { attachments: unusable.map((a) => ({ id: a.id, materialKey: a.material_key, status: facts.find((f) => f.id === a.licence_id)?.status ?? null })) },
    });
  }
}
