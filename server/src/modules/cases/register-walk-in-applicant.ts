import { isValidMobilePhone, maskIdNumber, maskPhone, validateCreditCode, validateResidentId } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { RegisterWalkInBody, WalkInApplicant } from './front-desk.schemas.ts';
import { toWalkInApplicant } from './find-applicant-at-window.ts';

const PERSON_NAME = /^[\p{Script=Han}·A-Za-z .]{2,50}$/u;

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
  const phone = input.phone.trim();
  const name = input.name.trim();
  if (!isValidMobilePhone(phone)) errors.add('/phone', 'PHONE_INVALID');
  let idNumber: string | null = null;
  let creditCode: string | null = null;
  let regionCode: string | null = null;
  if (input.kind === 'person') {
    const result = validateResidentId(input.idNumber ?? '');
    if (result.valid) {
      idNumber = result.normalized;
      regionCode = result.regionCode.padEnd(12, '0');
    } else errors.add('/idNumber', 'ID_NUMBER_INVALID');
    if (!PERSON_NAME.test(name)) errors.add('/name', 'VALIDATION_FAILED', { zh: '姓名应为 2–50 个汉字或字母', en: 'The name must be 2–50 letters or Chinese characters' });
  } else {
    const result = validateCreditCode(input.creditCode ?? '');
    if (result.valid) {
      creditCode = result.normalized;
      regionCode = result.regionCode.padEnd(12, '0');
    } else errors.add('/creditCode', 'CREDIT_CODE_INVALID');
    if (name.length < 2) errors.add('/name', 'VALIDATION_FAILED');
    if (!PERSON_NAME.test(input.legalRepresentative?.trim() ?? '')) errors.add('/legalRepresentative', 'VALIDATION_FAILED');
  }
  errors.throwIfAny();

  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await tx.insertInto('applicants').values({
        kind: input.kind, name,
        id_number_enc: idNumber ? deps.pii.encrypt(idNumber) : null,
        id_number_hash: idNumber ? deps.pii.blindIndex(idNumber) : null,
        id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
        credit_code: creditCode,
        legal_representative: input.kind === 'enterprise' ? (input.legalRepresentative ?? '').trim() : null,
        phone_enc: deps.pii.encrypt(phone), phone_hash: deps.pii.blindIndex(phone), phone_masked: maskPhone(phone),
        region_code: regionCode, password_hash: null, verified_by_staff_id: staff.id, verified_at: new Date(),
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
