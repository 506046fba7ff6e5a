/** Password policy: at least 8 characters from at least 3 of 4 classes (lower, upper, digit, symbol). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes';

export function countPasswordClasses(password: string): number {
  let classes = 0;
  if (/[a-z]/.test(password)) classes += 1;
  if (/[A-Z]/.test(password)) classes += 1;
  if (/\d/.test(password)) classes += 1;
  if (/[^a-zA-Z\d]/.test(password)) classes += 1;
  return classes;
}

export function checkPasswordPolicy(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (countPasswordClasses(password) < 3) return 'too_few_classes';
  return null;
}
