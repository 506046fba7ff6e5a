/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 1 registration authority + 1 organisation kind + 6 region + 9 organisation code (GB 11714) + 1 check.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // no I, O, Z, S, V
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Registration authorities (登记管理部门) and the organisation kinds (机构类别) each may use, per GB 32100-2015. */
const AUTHORITY_KINDS: Record<string, string> = {
  '1': '1239', // 机构编制: organ, public institution, central-organ mass organisation, other
  '2': '19', // 外交: resident foreign news agency, other
  '3': '123459', // 司法行政: law firm, notary office, grassroots legal service, forensic institution, arbitration commission, other
  '4': '19', // 文化: foreign cultural centre, other
  '5': '1239', // 民政: social organisation, private non-enterprise unit, foundation, other
  '6': '129', // 旅游: foreign tourism office, Hong Kong/Macao/Taiwan tourism office, other
  '7': '129', // 宗教: place of religious activity, religious college, other
  '8': '19', // 工会: grassroots trade union, other
  '9': '123', // 工商: enterprise, individual business, farmers' cooperative
  A: '19', // 中央军委改革和编制办公室: military public institution, other
  N: '1239', // 农业: group-, village- and township-level collective economic organisation, other
  Y: '1', // 其他
};

export type CreditCodeProblem = 'length' | 'alphabet' | 'registration_authority' | 'organization_code' | 'check_character';

export type CreditCodeResult =
  | { valid: true; normalized: string; regionCode: string; organizationCode: string }
  | { valid: false; problem: CreditCodeProblem };

/** Check character of the embedded 9-character organisation code (GB 11714) over its first 8 characters. */
export function computeOrganizationCodeCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const value = ALPHABET.indexOf(first8[i]!);
    // GB 11714 uses 0-9 and A-Z (A=10 … Z=35); letters beyond the credit-code alphabet never appear here.
    const v = value >= 0 && value < 10 ? value : first8.charCodeAt(i) - 55;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Check character of a credit code over its first 17 characters. */
export function computeCreditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`invalid credit-code character ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check]!;
}

/**
 * Builds a valid credit code from authority, kind, region and an 8-character organisation body:
 * fills in both check characters. Used for demo data and tests.
 */
export function buildCreditCode(authority: string, kind: string, regionCode: string, orgBody8: string): string {
  const orgCode = orgBody8 + computeOrganizationCodeCheck(orgBody8);
  const first17 = authority + kind + regionCode + orgCode;
  return first17 + computeCreditCodeCheck(first17);
}

/** Validates an 18-character unified social credit code including the embedded organisation-code check. */
export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { valid: false, problem: 'length' };
  for (const ch of value) if (!ALPHABET.includes(ch)) return { valid: false, problem: 'alphabet' };
  const kinds = AUTHORITY_KINDS[value[0]!];
  if (!kinds || !kinds.includes(value[1]!)) return { valid: false, problem: 'registration_authority' };
  const org = value.slice(8, 17);
  if (computeOrganizationCodeCheck(org.slice(0, 8)) !== org[8]) return { valid: false, problem: 'organization_code' };
  if (computeCreditCodeCheck(value.slice(0, 17)) !== value[17]) return { valid: false, problem: 'check_character' };
  return { valid: true, normalized: value, regionCode: value.slice(2, 8), organizationCode: org };
}
