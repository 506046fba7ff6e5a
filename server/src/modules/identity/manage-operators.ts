/**
 * An enterprise account authorises natural persons as operators (经办人) who may later file cases on its behalf.
 */
import { validateResidentId } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';

function requireEnterprise(ctx: RequestContext) {
  const principal = requireApplicant(ctx);
  if (principal.applicantKind !== 'enterprise') throw new AppError('NOT_AN_ENTERPRISE');
  return principal;
}

export async function listOperators(deps: Deps, ctx: RequestContext) {
  const enterprise = requireEnterprise(ctx);
  const rows = await deps.db
    .selectFrom('enterprise_operators as eo')
    .innerJoin('applicants as p', 'p.id', 'eo.person_id')
    .select(['p.id as personId', 'p.name', 'p.id_number_masked', 'eo.granted_at'])
    .where('eo.enterprise_id', '=', enterprise.id)
    .where('eo.revoked_at', 'is', null)
    .orderBy('eo.granted_at', 'desc')
    .execute();
  return rows.map((r) => ({ personId: r.personId, name: r.name, idNumberMasked: r.id_number_masked ?? '', grantedAt: r.granted_at.toISOString() }));
}

/** Authorises a registered person, identified by ID number and matching name. */
export async function authorizeOperator(deps: Deps, ctx: RequestContext, input: { idNumber: string; name: string }): Promise<void> {
  const enterprise = requireEnterprise(ctx);
  const id = validateResidentId(input.idNumber);
  if (!id.valid) throw AppError.validation([{ path: '/idNumber', code: 'ID_NUMBER_INVALID' }]);
  const person = await deps.db
    .selectFrom('applicants')
    .select(['id', 'name', 'id_number_masked'])
    .where('kind', '=', 'person')
    .where('id_number_hash', '=', deps.pii.blindIndex(id.normalized))
    .executeTakeFirst();
  if (!person || person.name !== input.name.trim()) throw new AppError('OPERATOR_NOT_FOUND');
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('enterprise_operators')
      .values({ enterprise_id: enterprise.id, person_id: person.id })
      .onConflict((oc) => oc.columns(['enterprise_id', 'person_id']).doUpdateSet({ revoked_at: null, granted_at: new Date() }))
      .execute();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'enterprise.operator_authorized', subjectType: 'applicant', subjectId: enterprise.id,
      summary: { after: { operatorId: person.id, operatorIdNumber: person.id_number_masked } },
    });
  });
}

export async function revokeOperator(deps: Deps, ctx: RequestContext, personId: string): Promise<void> {
  const enterprise = requireEnterprise(ctx);
  await deps.db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('enterprise_operators')
      .set({ revoked_at: new Date() })
      .where('enterprise_id', '=', enterprise.id)
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw AppError.notFound('operator');
    await recordAudit(tx, auditContextOf(ctx), { action: 'enterprise.operator_revoked', subjectType: 'applicant', subjectId: enterprise.id, summary: { before: { operatorId: personId } } });
  });
}

/** Enterprises the logged-in person may act for. */
export async function listOperatedEnterprises(deps: Deps, ctx: RequestContext) {
  const person = requireApplicant(ctx);
  const rows = await deps.db
    .selectFrom('enterprise_operators as eo')
    .innerJoin('applicants as e', 'e.id', 'eo.enterprise_id')
    .select(['e.id', 'e.name', 'e.credit_code'])
    .where('eo.person_id', '=', person.id)
    .where('eo.revoked_at', 'is', null)
    .where('e.active', '=', true)
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({ enterpriseId: r.id, name: r.name, creditCode: r.credit_code ?? '' }));
}
