import { checkPasswordPolicy } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ApplicantView, RegisterBody } from './identity.schemas.ts';
import { toApplicantView } from './applicant-view.ts';
import { applicantIdentityColumns, checkApplicantIdentity } from './applicant-identity.ts';

/** Self-registration of a natural or legal person; every field is checked and all problems are reported at once. */
export async function registerApplicant(deps: Deps, ctx: RequestContext, input: RegisterBody): Promise<ApplicantView> {
  const errors = new FieldErrors();
  if (checkPasswordPolicy(input.password) !== null) errors.add('/password', 'PASSWORD_TOO_WEAK');
  const identity = checkApplicantIdentity(input, errors);
  const { name, idNumber, creditCode, phone } = identity;
  errors.throwIfAny();

  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const claimed = await claimWalkInRecord(deps, tx, ctx, { kind: input.kind, name, idNumber, creditCode, phone, passwordHash });
      if (claimed) return claimed;
      const row = await tx
        .insertInto('applicants')
        .values({ ...applicantIdentityColumns(deps.pii, identity), password_hash: passwordHash })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, { ...auditContextOf(ctx), actor: { kind: 'applicant', id: row.id, name: row.name, role: row.kind } }, {
        action: 'applicant.registered', subjectType: 'applicant', subjectId: row.id,
        summary: { after: { kind: row.kind, name: row.name, idNumber: row.id_number_masked, creditCode: row.credit_code, phone: row.phone_masked } },
      });
      return toApplicantView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('APPLICANT_ALREADY_REGISTERED', { cause: error });
    throw error;
  }
}

/**
 * A walk-in registered at a window (no password yet) claims the record by registering with the same ID number or
 * credit code — but only when the name and the phone the clerk recorded after checking the ID card also match, so that
 * knowing someone's ID number is not enough to take over their record. Otherwise the number counts as registered.
 */
async function claimWalkInRecord(deps: Deps, tx: Tx, ctx: RequestContext, input: {
  kind: 'person' | 'enterprise'; name: string; idNumber: string | null; creditCode: string | null; phone: string; passwordHash: string;
}): Promise<ApplicantView | null> {
  let query = tx.selectFrom('applicants').selectAll().where('kind', '=', input.kind).where('password_hash', 'is', null).forUpdate();
  query = input.idNumber ? query.where('id_number_hash', '=', deps.pii.blindIndex(input.idNumber)) : query.where('credit_code', '=', input.creditCode ?? '');
  const walkIn = await query.executeTakeFirst();
  if (!walkIn) return null;
  if (walkIn.name !== input.name || walkIn.phone_hash !== deps.pii.blindIndex(input.phone)) throw new AppError('APPLICANT_ALREADY_REGISTERED');
  const row = await tx.updateTable('applicants').set({ password_hash: input.passwordHash, updated_at: new Date() })
    .where('id', '=', walkIn.id).where('password_hash', 'is', null).returningAll().executeTakeFirstOrThrow();
  await recordAudit(tx, { ...auditContextOf(ctx), actor: { kind: 'applicant', id: row.id, name: row.name, role: row.kind } }, {
    action: 'applicant.account_claimed', subjectType: 'applicant', subjectId: row.id,
    summary: { kind: row.kind, idNumber: row.id_number_masked, creditCode: row.credit_code, verifiedBy: row.verified_by_staff_id },
  });
  return toApplicantView(row);
}
