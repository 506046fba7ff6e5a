import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { RegisterWalkInBody, WalkInApplicant } from './front-desk.schemas.ts';
import { toWalkInApplicant } from './find-applicant-at-window.ts';
import { applicantIdentityColumns, checkApplicantIdentity } from '../identity/applicant-identity.ts';

/**
 * Clerk or agent: registers a walk-in applicant who has no account yet, from what the clerk typed after checking the
 * ID card (or the business licence): name, ID number or credit code, phone. The record has no password — the person
 * claims it later by registering online with the same ID, name and phone — and notes who checked the card and when.
 * Every field is checked and all problems are answered at once; a number already registered answers
 * APPLICANT_ALREADY_REGISTERED and changes nothing.
 */
export async function registerWalkInApplicant(deps: Deps, ctx: RequestContext, input: RegisterWalkInBody): Promise<WalkInApplicant> {
  const staff = requireStaff(ctx, 'case.file_on_behalf');
  const errors = new FieldErrors();
  const identity = checkApplicantIdentity(input, errors);
  errors.throwIfAny();

  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await tx.insertInto('applicants').values({
        ...applicantIdentityColumns(deps.pii, identity), password_hash: null, verified_by_staff_id: staff.id, verified_at: new Date(),
      }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, auditContextOf(ctx), {
        action: 'applicant.registered_at_window', subjectType: 'applicant', subjectId: row.id,
        summary: { after: { kind: row.kind, name: row.name, idNumber: row.id_number_masked, creditCode: row.credit_code, phone: row.phone_masked }, verifiedBy: staff.id },
      });
      return toWalkInApplicant(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('APPLICANT_ALREADY_REGISTERED', { cause: error });
    throw error;
  }
}
