import type { FormInstance, FormRule } from 'antd';
import { checkPasswordPolicy, isValidMobilePhone, validateCreditCode, validateResidentId } from '@onetrip/core';
import { useTranslation } from 'react-i18next';

/**
 * antd form rules built on the shared validators of @onetrip/core, so the browser rejects exactly what the
 * server rejects and says precisely what is wrong (check character, birth date, …).
 */
export function useIdentityRules() {
  const { t } = useTranslation();
  const required = (field: string): FormRule => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
  const check = (problemOf: (value: string) => string | null): FormRule => ({
    validator: (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
      const problem = problemOf(value);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  });

  return {
    required,
    idNumber: (field: string): FormRule[] => [
      required(field),
      check((value) => {
        const result = validateResidentId(value);
        return result.valid ? null : t(`validation.idNumber.${result.problem}`);
      }),
    ],
    creditCode: (field: string): FormRule[] => [
      required(field),
      check((value) => {
        const result = validateCreditCode(value);
        return result.valid ? null : t(`validation.creditCode.${result.problem}`);
      }),
    ],
    optionalCreditCode: (): FormRule[] => [
      check((value) => {
        const result = validateCreditCode(value);
        return result.valid ? null : t(`validation.creditCode.${result.problem}`);
      }),
    ],
    phone: (field: string): FormRule[] => [
      required(field),
      check((value) => (isValidMobilePhone(value.trim()) ? null : t('validation.phone'))),
    ],
    optionalPhone: (): FormRule[] => [check((value) => (isValidMobilePhone(value.trim()) ? null : t('validation.phone')))],
    password: (field: string): FormRule[] => [
      { required: true, message: t('validation.required', { field }) },
      check((value) => {
        const problem = checkPasswordPolicy(value);
        return problem ? t(`validation.password.${problem}`) : null;
      }),
    ],
    confirmPassword: (field: string, passwordField = 'password'): FormRule[] => [
      { required: true, message: t('validation.required', { field }) },
      (form: Pick<FormInstance, 'getFieldValue'>) => ({
        validator: (_rule, value: unknown) =>
          !value || form.getFieldValue(passwordField) === value
            ? Promise.resolve()
            : Promise.reject(new Error(t('validation.passwordMismatch'))),
      }),
    ],
  };
}

/** Upper-cases ID numbers and credit codes as the user types (a lower-case x or letter is the same code). */
export function normalizeCode(value: unknown): string {
  return typeof value === 'string' ? value.toUpperCase().replace(/\s/g, '') : '';
}
