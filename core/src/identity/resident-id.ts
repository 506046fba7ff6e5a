/**
 * Resident identity number (居民身份证号码), GB 11643-1999.
 * 6-digit region + 8-digit birth date + 3-digit sequence (odd = male) + check character.
 */
import { isKnownProvinceCode } from '../region/region-code.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'length' | 'alphabet' | 'region' | 'birth_date' | 'check_character';

export type ResidentIdResult =
  | { valid: true; normalized: string; regionCode: string; birthDate: string; sex: 'male' | 'female' }
  | { valid: false; problem: ResidentIdProblem };

/** Computes the check character for the first 17 digits. */
export function computeResidentIdCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('computeResidentIdCheck needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True when `yyyymmdd` is a real calendar date not after `today` and not before 1900. */
export function isRealBirthDate(yyyymmdd: string, today: Date = new Date()): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return date.getTime() <= todayUtc;
}

/** Validates an 18-character resident ID number: length, alphabet, region prefix, birth date and check. */
export function validateResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, problem: 'alphabet' };
  const regionCode = value.slice(0, 6);
  if (!isKnownProvinceCode(regionCode.slice(0, 2)) || regionCode.slice(2, 4) === '00' && regionCode.slice(4) !== '00') {
    return { valid: false, problem: 'region' };
  }
  const birth = value.slice(6, 14);
  if (!isRealBirthDate(birth, today)) return { valid: false, problem: 'birth_date' };
  if (computeResidentIdCheck(value.slice(0, 17)) !== value[17]) return { valid: false, problem: 'check_character' };
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  return { valid: true, normalized: value, regionCode, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}
