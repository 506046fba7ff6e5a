/**
 * Case numbers (办件编号), as observed in provincial exchange data (shared/STANDARDS.md): the 31-character
 * implementation code + the acceptance-system date `yyyyMMdd` + a 4-digit daily sequence, 43 characters in all,
 * e.g. `11150400MB159837483011300000000` + `20261009` + `0001`. The sequence counts per implementation and day from
 * 0001 to 9999; the server allocates it gap-free.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import type { ImplementationCodeProblem } from '../catalog/item-codes.ts';
import { validateImplementationCode } from '../catalog/item-codes.ts';

export const CASE_NUMBER_LENGTH = 43;
export const MAX_DAILY_SEQUENCE = 9999;
const IMPLEMENTATION_CODE_LENGTH = 31;

export interface CaseNumberParts {
  implementationCode: string;
  date: IsoDate;
  sequence: number;
}

export type CaseNumberProblem = 'length' | 'date' | 'sequence' | `implementation_code_${ImplementationCodeProblem}`;

/** The first 39 characters shared by every case of an implementation on a day (for finding the day's last sequence). */
export function caseNumberPrefix(implementationCode: string, date: IsoDate): string {
  if (implementationCode.length !== IMPLEMENTATION_CODE_LENGTH) throw new RangeError(`implementation code must have ${IMPLEMENTATION_CODE_LENGTH} characters: ${implementationCode}`);
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return `${implementationCode}${date.replaceAll('-', '')}`;
}

/** Builds a case number; throws a RangeError for a malformed code or date, or a sequence outside 1–9999. */
export function buildCaseNumber(implementationCode: string, date: IsoDate, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) throw new RangeError(`daily sequence must be 1–${MAX_DAILY_SEQUENCE}: ${sequence}`);
  return `${caseNumberPrefix(implementationCode, date)}${String(sequence).padStart(4, '0')}`;
}

/** Checks length, date, sequence and the embedded implementation code (credit code check, level, basic code). */
export function validateCaseNumber(value: string): { valid: true; parts: CaseNumberParts } | { valid: false; problem: CaseNumberProblem } {
  if (value.length !== CASE_NUMBER_LENGTH) return { valid: false, problem: 'length' };
  const implementationCode = value.slice(0, IMPLEMENTATION_CODE_LENGTH);
  const ymd = value.slice(IMPLEMENTATION_CODE_LENGTH, IMPLEMENTATION_CODE_LENGTH + 8);
  const seq = value.slice(IMPLEMENTATION_CODE_LENGTH + 8);
  const date = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  if (!/^\d{8}$/.test(ymd) || !isIsoDate(date)) return { valid: false, problem: 'date' };
  if (!/^\d{4}$/.test(seq) || seq === '0000') return { valid: false, problem: 'sequence' };
  const code = validateImplementationCode(implementationCode);
  if (!code.valid) return { valid: false, problem: `implementation_code_${code.problem}` };
  return { valid: true, parts: { implementationCode, date, sequence: Number(seq) } };
}

/** The parts of a valid case number, or null. */
export function parseCaseNumber(value: string): CaseNumberParts | null {
  const result = validateCaseNumber(value);
  return result.valid ? result.parts : null;
}

export function isValidCaseNumber(value: string): boolean {
  return validateCaseNumber(value).valid;
}
