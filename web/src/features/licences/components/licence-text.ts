import type { TFunction } from 'i18next';

/** A licence's validity as the verification page and the staff register print it: "from 至 until", or open-ended. */
export function licenceValidityText(t: TFunction, from: string, until: string | null): string {
  return until ? t('licenceVerify.result.validityRange', { from, until }) : t('licenceVerify.result.validityOpen', { from });
}
