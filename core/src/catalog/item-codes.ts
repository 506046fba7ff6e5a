/**
 * Item codes. Observed national practice (shared/STANDARDS.md): basic code (基本编码) 12 characters;
 * implementation code (实施编码) 31 characters = implementing body's credit code (18) + exercise level (1) +
 * basic code (12). The standard's text allows shorter codes, so other systems' codes are accepted loosely on import;
 * codes this platform creates always have the full form.
 */
import { validateCreditCode } from '../identity/credit-code.ts';
import type { ExerciseLevel, ItemTypeCode } from './catalog-codes.ts';
import { ITEM_TYPE_CODES } from './catalog-codes.ts';

const BASIC_CODE = /^[0-9A-Z]{12}$/;

export function isValidBasicCode(code: string): boolean {
  return BASIC_CODE.test(code);
}

/**
 * Builds a basic code: item type (2) + main item number (3) + sub-item number (3, 000 for a main item) + 4 zeros
 * reserved for the province's extension.
 */
export function buildBasicCode(typeCode: ItemTypeCode, mainNumber: number, subNumber = 0): string {
  if (!Number.isInteger(mainNumber) || mainNumber < 1 || mainNumber > 999) throw new Error('main item number must be 1–999');
  if (!Number.isInteger(subNumber) || subNumber < 0 || subNumber > 999) throw new Error('sub-item number must be 0–999');
  return `${typeCode}${String(mainNumber).padStart(3, '0')}${String(subNumber).padStart(3, '0')}0000`;
}

/** The item type a basic code built by buildBasicCode starts with, when it is a known one. */
export function itemTypeOfBasicCode(code: string): ItemTypeCode | null {
  const prefix = code.slice(0, 2) as ItemTypeCode;
  return ITEM_TYPE_CODES.includes(prefix) ? prefix : null;
}

export function buildImplementationCode(departmentCreditCode: string, level: ExerciseLevel, basicCode: string): string {
  return `${departmentCreditCode}${level}${basicCode}`;
}

export type ImplementationCodeProblem = 'length' | 'credit_code' | 'level' | 'basic_code' | 'mismatch';

/**
 * Validates a 31-character implementation code, and when expectations are given, that it is made of exactly
 * this department's credit code, level and basic code.
 */
export function validateImplementationCode(
  code: string,
  expected?: { departmentCreditCode: string; level: ExerciseLevel; basicCode: string },
): { valid: true } | { valid: false; problem: ImplementationCodeProblem } {
  if (code.length !== 31) return { valid: false, problem: 'length' };
  if (!validateCreditCode(code.slice(0, 18)).valid) return { valid: false, problem: 'credit_code' };
  if (!/^[1-7]$/.test(code[18]!)) return { valid: false, problem: 'level' };
  if (!isValidBasicCode(code.slice(19))) return { valid: false, problem: 'basic_code' };
  if (expected && code !== buildImplementationCode(expected.departmentCreditCode, expected.level, expected.basicCode)) {
    return { valid: false, problem: 'mismatch' };
  }
  return { valid: true };
}
