/**
 * Electronic licence identifiers (电子证照标识), GB/T 36904-2018:
 *
 *   `1.2.156.3005.2` . type code . issuer code . serial . version . check
 *
 * - type code (证照类型代码): the defining authority's unified social credit code (18) + a 3-digit sequence = 21;
 * - issuer code (颁发机构代码): the issuing authority's unified social credit code (18);
 * - serial (流水号): assigned by the issuer; here 1–32 characters of `0-9A-Z` (our limit, enough for any
 *   scheme seen in provincial data);
 * - version (版本号): 3 digits, `001` for the first issue of a licence;
 * - check (校验位): ISO/IEC 7064 MOD 37,36 (GB/T 17710) over type + issuer + serial + version without the dots.
 *
 * Public example: `1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F`.
 */
import type { CreditCodeProblem } from '../identity/credit-code.ts';
import { validateCreditCode } from '../identity/credit-code.ts';

/** The fixed object-identifier arc every licence identifier starts with. */
export const LICENCE_IDENTIFIER_PREFIX = '1.2.156.3005.2';
export const LICENCE_TYPE_CODE_LENGTH = 21;
export const LICENCE_SERIAL_MAX_LENGTH = 32;

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface LicenceIdentifierParts {
  /** Defining authority's credit code + 3-digit sequence, 21 characters. */
  typeCode: string;
  /** Issuing authority's credit code, 18 characters. */
  issuerCode: string;
  /** 1–32 characters of 0-9A-Z. */
  serial: string;
  /** 3 digits. */
  version: string;
}

export type LicenceIdentifierProblem =
  | 'prefix'
  | 'structure'
  | 'type_code_length'
  | 'type_code_sequence'
  | `type_code_${CreditCodeProblem}`
  | `issuer_code_${CreditCodeProblem}`
  | 'serial'
  | 'version'
  | 'check_character';

/**
 * ISO/IEC 7064 MOD 37,36 check character over `0-9A-Z` text (the four parts joined without dots):
 * p = 36; for each character p = ((p + value) mod 36, 0 → 36) × 2 mod 37; check = ALNUM36[(37 − p) mod 36].
 * Throws a RangeError for a character outside 0-9A-Z (lower case included: identifiers are upper case).
 */
export function computeLicenceCheckCharacter(text: string): string {
  let p = 36;
  for (const ch of text) {
    const value = ALNUM36.indexOf(ch);
    if (value < 0) throw new RangeError(`licence identifier character outside 0-9A-Z: ${JSON.stringify(ch)}`);
    p = (p + value) % 36;
    if (p === 0) p = 36;
    p = (p * 2) % 37;
  }
  return ALNUM36[(37 - p) % 36]!;
}

function problemOfParts(parts: LicenceIdentifierParts): LicenceIdentifierProblem | null {
  if (parts.typeCode.length !== LICENCE_TYPE_CODE_LENGTH) return 'type_code_length';
  const definingAuthority = validateCreditCode(parts.typeCode.slice(0, 18));
  // validateCreditCode accepts lower case; identifiers must already be upper case.
  if (!definingAuthority.valid) return `type_code_${definingAuthority.problem}`;
  if (definingAuthority.normalized !== parts.typeCode.slice(0, 18)) return 'type_code_alphabet';
  if (!/^\d{3}$/.test(parts.typeCode.slice(18))) return 'type_code_sequence';
  const issuer = validateCreditCode(parts.issuerCode);
  if (!issuer.valid) return `issuer_code_${issuer.problem}`;
  if (issuer.normalized !== parts.issuerCode) return 'issuer_code_alphabet';
  if (!new RegExp(`^[0-9A-Z]{1,${LICENCE_SERIAL_MAX_LENGTH}}$`).test(parts.serial)) return 'serial';
  if (!/^\d{3}$/.test(parts.version)) return 'version';
  return null;
}

/** Builds the identifier with its check character; throws a RangeError naming the problem for bad parts. */
export function buildLicenceIdentifier(parts: LicenceIdentifierParts): string {
  const problem = problemOfParts(parts);
  if (problem !== null) throw new RangeError(`bad licence identifier part (${problem}): ${JSON.stringify(parts)}`);
  const check = computeLicenceCheckCharacter(`${parts.typeCode}${parts.issuerCode}${parts.serial}${parts.version}`);
  return `${LICENCE_IDENTIFIER_PREFIX}.${parts.typeCode}.${parts.issuerCode}.${parts.serial}.${parts.version}.${check}`;
}

/** Validates an identifier exactly as written (no trimming, no case folding): structure, both credit codes, check. */
export function validateLicenceIdentifier(
  value: string,
): { valid: true; parts: LicenceIdentifierParts; check: string } | { valid: false; problem: LicenceIdentifierProblem } {
  if (!value.startsWith(`${LICENCE_IDENTIFIER_PREFIX}.`)) return { valid: false, problem: 'prefix' };
  const rest = value.slice(LICENCE_IDENTIFIER_PREFIX.length + 1).split('.');
  if (rest.length !== 5) return { valid: false, problem: 'structure' };
  const [typeCode, issuerCode, serial, version, check] = rest as [string, string, string, string, string];
  const parts: LicenceIdentifierParts = { typeCode, issuerCode, serial, version };
  const problem = problemOfParts(parts);
  if (problem !== null) return { valid: false, problem };
  if (check !== computeLicenceCheckCharacter(`${typeCode}${issuerCode}${serial}${version}`)) return { valid: false, problem: 'check_character' };
  return { valid: true, parts, check };
}

/** The parts of a valid identifier, or null. */
export function parseLicenceIdentifier(value: string): LicenceIdentifierParts | null {
  const result = validateLicenceIdentifier(value);
  return result.valid ? result.parts : null;
}

export function isValidLicenceIdentifier(value: string): boolean {
  return validateLicenceIdentifier(value).valid;
}

/** Upper-cases and trims what a person typed (verification page) before validating; identifiers have no spaces. */
export function normalizeLicenceIdentifierInput(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}
