import { randomInt } from 'node:crypto';
import { buildCreditCode, computeResidentIdCheck } from '@onetrip/core';

export const DEMO_PASSWORD = 'OneTrip@2026';

/** Random digits: with millions of combinations a clash inside one run (on a fresh database) is negligible. */
function randomDigits(length: number): string {
  return String(randomInt(0, 10 ** length)).padStart(length, '0');
}

/** A valid synthetic resident ID number in 红山区 (150402): random birth date 1970–1999 and sequence. */
export function uniqueResidentId(): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + randomInt(0, 10_957) * 86_400_000);
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `150402${yyyymmdd}${randomDigits(3)}`;
  return first17 + computeResidentIdCheck(first17);
}

/** The same ID number with a wrong check character. */
export function withWrongCheckCharacter(idNumber: string): string {
  const last = idNumber.slice(-1);
  const wrong = last === '0' ? '1' : '0';
  return idNumber.slice(0, 17) + wrong;
}

/** A unique mainland mobile number (139 + 8 digits). */
export function uniquePhone(): string {
  return `139${randomDigits(8)}`;
}

/** A valid unified social credit code of a government organ in 赤峰市 (150400), unique per call. */
export function uniqueCreditCode(): string {
  return buildCreditCode('1', '1', '150400', `MB${randomDigits(6)}`);
}
