import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';

/** Explains a failed login; a locked account shows when it unlocks, a throttled network how long to wait. */
export function LoginErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  let text: string;
  if (isApiError(error, 'ACCOUNT_LOCKED')) {
    const lockedUntil = typeof error.details.lockedUntil === 'string' ? error.details.lockedUntil : null;
    text = lockedUntil
      ? t('auth.lockedUntil', { time: formatDateTime(lockedUntil, i18n.language) })
      : error.message;
  } else if (isApiError(error, 'RATE_LIMITED')) {
    const seconds = typeof error.details.retryAfterSeconds === 'number' ? error.details.retryAfterSeconds : 900;
    text = t('auth.rateLimited', { minutes: Math.ceil(seconds / 60) });
  } else if (isApiError(error)) {
    text = error.code === 'NETWORK_ERROR' ? t('errors.network') : error.message;
  } else {
    text = t('errors.generic');
  }
  return <Alert type="error" showIcon title={text} role="alert" data-testid="login-error" style={{ marginBottom: 16 }} />;
}
