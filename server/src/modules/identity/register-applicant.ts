import { checkPasswordPolicy, isValidMobilePhone, maskPhone, validateCreditCode, validateResidentId, maskIdNumber } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError, FieldErrors } from '../../platform/errors/app-error.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ApplicantView, RegisterBody } from './identity.schemas.ts';
import { toApplicantView } from './applicant-view.ts';

const PROBLEM_TEXT = {
  length: { zh: '长度应为 18 位', en: 'must be 18 characters long' },
  alphabet: { zh: '含有不允许的字符', en: 'contains characters that are not allowed' },
  region: { zh: '地区码不存在', en: 'has an unknown region prefix' },
  birth_date: { zh: '出生日期不是真实日期', en: 'has a birth date that does not exist' },
  check_character: { zh: '校验码不正确', en: 'has a wrong check character' },
  registration_authority: { zh: '登记管理部门或机构类别代码不正确', en: 'has an unknown registration authority or organisation kind' },
  organization_code: { zh: '组织机构代码校验码不正确', en: 'has a wrong organisation-code check character' },
} as const;

function problemMessages(label: { zh: string; en: string }, problem: keyof typeof PROBLEM_TEXT) {
  return { zh: `${label.zh}${PROBLEM_TEXT[problem].zh}`, en: `${label.en} ${PROBLEM_TEXT[problem].en}` };
}

/** Self-registration of a natural or legal person; every field is checked and all problems are reported at once. */
export async function registerApplicant(deps: Deps, ctx: RequestContext, input: RegisterBody): Promise<ApplicantView> {
  const errors = new FieldErrors();
  const phone = input.phone.trim();
  if (!isValidMobilePhone(phone)) errors.add('/phone', 'PHONE_INVALID');
  if (checkPasswordPolicy(input.password) !== null) errors.add('/password', 'PASSWORD_TOO_WEAK');
  const name = input.name.trim();
  let idNumber: string | null = null;
  let creditCode: string | null = null;
  let regionCode: string | null = null;
  if (input.kind === 'person') {
    const result = validateResidentId(input.idNumber);
    if (result.valid) {
      idNumber = result.normalized;
      regionCode = result.regionCode.padEnd(12, '0');
    } else {
      errors.add('/idNumber', 'ID_NUMBER_INVALID', problemMessages({ zh: '身份证号码', en: 'The ID number' }, result.problem));
    }
    if (!/^[\p{Script=Han}·A-Za-z .]{2,50}$/u.test(name)) errors.add('/name', 'VALIDATION_FAILED', { zh: '姓名应为 2–50 个汉字或字母', en: 'The name must be 2–50 letters or Chinese characters' });
  } else {
    const result = validateCreditCode(input.creditCode);
    if (result.valid) {
      creditCode = result.normalized;
      regionCode = result.regionCode.padEnd(12, '0');
    } else {
      errors.add('/creditCode', 'CREDIT_CODE_INVALID', problemMessages({ zh: '统一社会信用代码', en: 'The credit code' }, result.problem));
    }
  }
  errors.throwIfAny();

  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const claimed = await claimWalkInRecord(deps, tx, ctx, { kind: input.kind, name, idNumber, creditCode, phone, passwordHash });
      if (claimed) return claimed;
      const row = await tx
        .insertInto('applicants')
        .values({
          kind: input.kind,
          name,
          id_number_enc: idNumber ? deps.pii.encrypt(idNumber) : null,
          id_number_hash: idNumber ? deps.pii.blindIndex(idNumber) : null,
          id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
          credit_code: creditCode,
          legal_representative: input.kind === 'enterprise' ? input.legalRepresentative.trim() : null,
          phone_enc: deps.pii.encrypt(phone),
          phone_hash: deps.pii.blindIndex(phone),
          phone_masked: maskPhone(phone),
          region_code: regionCode,
          password_hash: passwordHash,
        })
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
