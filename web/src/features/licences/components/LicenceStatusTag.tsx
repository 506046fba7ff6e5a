import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VerificationOutcome } from '../verify/api/verify-api.ts';

/** Green valid; orange not yet valid, expired, suspended; red revoked, tampered; grey not found. */
export const OUTCOME_TONE: Record<VerificationOutcome, 'good' | 'warn' | 'bad' | 'none'> = {
  valid: 'good',
  not_yet_valid: 'warn',
  expired: 'warn',
  suspended: 'warn',
  revoked: 'bad',
  tampered: 'bad',
  not_found: 'none',
};

const TAG_COLOR = { good: 'green', warn: 'orange', bad: 'red', none: 'default' } as const;

/**
 * The one status tag of every licence view: wallet, staff register, verification, a licence attached to a case. It takes
 * a licence's status (licenceStatusOn), or a verification's outcome, which adds tampered and not found.
 */
export function LicenceStatusTag({ status }: { status: VerificationOutcome }) {
  const { t } = useTranslation();
  return <Tag color={TAG_COLOR[OUTCOME_TONE[status]]} data-testid="licence-status" data-status={status}>{t(`licenceVerify.status.${status}`)}</Tag>;
}
