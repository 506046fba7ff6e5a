import { isValidMobilePhone, maskIdNumber, maskPhone, validateCreditCode, validateResidentId } from '@onetrip/core';
import type { PiiCipher } from '../../platform/crypto/pii-cipher.ts';
import type { FieldErrors } from '../../platform/errors/app-error.ts';

/** Who an applicant is, as typed at registration online or by a clerk at the window. */
export interface ApplicantIdentityInput {
  kind: 'person' | 'enterprise';
  name: string;
  idNumber?: string | undefined;
  creditCode?: string | undefined;
  legalRepresentative?: string | undefined;
  phone: string;
}

/** The same, checked and normalised; the region comes from the ID number's or the credit code's region prefix. */
export interface ApplicantIdentity {
  kind: 'person' | 'enterprise';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  phone: string;
  regionCode: string | null;
}

const PERSON_NAME = /^[\p{Script=Han}·A-Za-z .]{2,50}$/u;
const NAME_MESSAGES = { zh: '姓名应为 2–50 个汉字或字母', en: 'The name must be 2–50 letters or Chinese characters' };

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

/**
 * Checks an applicant's identity fields — phone; for a person the resident ID number (GB 11643) and a name of 2–50
 * letters or Chinese characters; for an enterprise the unified social credit code (GB 32100), a name and the legal
 * representative's name — adding every problem to `errors` (an ID or code says what is wrong with it). The caller
 * throws them all at once.
 */
export function checkApplicantIdentity(input: ApplicantIdentityInput, errors: FieldErrors): ApplicantIdentity {
  const phone = input.phone.trim();
  const name = input.name.trim();
  if (!isValidMobilePhone(phone)) errors.add('/phone', 'PHONE_INVALID');
  const identity: ApplicantIdentity = { kind: input.kind, name, idNumber: null, creditCode: null, legalRepresentative: null, phone, regionCode: null };
  if (input.kind === 'person') {
    const result = validateResidentId(input.idNumber ?? '');
    if (result.valid) {
      identity.idNumber = result.normalized;
      identity.regionCode = result.regionCode.padEnd(12, '0');
    } else errors.add('/idNumber', 'ID_NUMBER_INVALID', problemMessages({ zh: '身份证号码', en: 'The ID number' }, result.problem));
    if (!PERSON_NAME.test(name)) errors.add('/name', 'VALIDATION_FAILED', NAME_MESSAGES);
  } else {
    const result = validateCreditCode(input.creditCode ?? '');
    if (result.valid) {
      identity.creditCode = result.normalized;
      identity.regionCode = result.regionCode.padEnd(12, '0');
    } else errors.add('/creditCode', 'CREDIT_CODE_INVALID', problemMessages({ zh: '统一社会信用代码', en: 'The credit code' }, result.problem));
    if (name.length < 2) errors.add('/name', 'VALIDATION_FAILED');
    identity.legalRepresentative = input.legalRepresentative?.trim() ?? '';
    if (!PERSON_NAME.test(identity.legalRepresentative)) errors.add('/legalRepresentative', 'VALIDATION_FAILED', NAME_MESSAGES);
  }
  return identity;
}

/** The `applicants` columns of a checked identity: ID number and phone encrypted, blind-indexed and masked. */
export function applicantIdentityColumns(pii: PiiCipher, identity: ApplicantIdentity) {
  const { idNumber, phone } = identity;
  return {
    kind: identity.kind,
    name: identity.name,
    id_number_enc: idNumber ? pii.encrypt(idNumber) : null,
    id_number_hash: idNumber ? pii.blindIndex(idNumber) : null,
    id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
    credit_code: identity.creditCode,
    legal_representative: identity.legalRepresentative,
    phone_enc: pii.encrypt(phone),
    phone_hash: pii.blindIndex(phone),
    phone_masked: maskPhone(phone),
    region_code: identity.regionCode,
  };
}
