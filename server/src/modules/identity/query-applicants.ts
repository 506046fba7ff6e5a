import { isValidMobilePhone, validateResidentId } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { pageOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { escapeLike } from '../../platform/db/sql-helpers.ts';
import type { ApplicantView } from './identity.schemas.ts';
import { toApplicantView } from './applicant-view.ts';

/** The logged-in applicant's own account (masked like every view). */
export async function getMyApplicant(deps: Deps, ctx: RequestContext): Promise<ApplicantView> {
  const principal = requireApplicant(ctx);
  const row = await deps.db.selectFrom('applicants').selectAll().where('id', '=', principal.id).executeTakeFirstOrThrow();
  return toApplicantView(row);
}

/**
 * Staff search over applicants, masked. A full ID number or phone is matched through the blind index;
 * other text matches the name or credit code. Applicants are not region-scoped: any hall serves anyone (通办).
 */
export async function listApplicants(deps: Deps, ctx: RequestContext, query: PageQuery & { q?: string | undefined; kind?: 'person' | 'enterprise' | undefined }): Promise<Page<ApplicantView>> {
  requireStaff(ctx, 'applicant.read');
  const { page, pageSize, offset } = pageOf(query);
  let base = deps.db.selectFrom('applicants');
  if (query.kind) base = base.where('kind', '=', query.kind);
  const q = query.q?.trim();
  if (q) {
    const upper = q.toUpperCase();
    if (validateResidentId(upper).valid) base = base.where('id_number_hash', '=', deps.pii.blindIndex(upper));
    else if (isValidMobilePhone(q)) base = base.where('phone_hash', '=', deps.pii.blindIndex(q));
    else base = base.where((eb) => eb.or([eb('name', 'like', `%${escapeLike(q)}%`), eb('credit_code', '=', upper)]));
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(pageSize).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toApplicantView), total: Number(count.n), page, pageSize };
}

/** Reveals an applicant's full ID number and phone to authorised staff; every read is written to the audit log. */
export async function readApplicantPersonalData(deps: Deps, ctx: RequestContext, applicantId: string) {
  requireStaff(ctx, 'applicant.read_personal_data');
  const row = await deps.db.selectFrom('applicants').selectAll().where('id', '=', applicantId).executeTakeFirst();
  if (!row) throw AppError.notFound('applicant');
  await deps.db.transaction().execute((tx) =>
    recordAudit(tx, auditContextOf(ctx), { action: 'applicant.personal_data_read', subjectType: 'applicant', subjectId: row.id, summary: { fields: ['idNumber', 'phone'] } }),
  );
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    idNumber: row.id_number_enc ? deps.pii.decrypt(row.id_number_enc) : null,
    creditCode: row.credit_code,
    phone: deps.pii.decrypt(row.phone_enc),
  };
}
