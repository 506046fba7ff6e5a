import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';

/** A failed case request: the server's message (in the UI language) with its stable code, for support and for tests. */
export function CaseErrorAlert({ error, extra }: { error: unknown; extra?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = isApiError(error) ? (error.code === 'NETWORK_ERROR' ? t('errors.network') : error.message) : t('errors.generic');
  const code = isApiError(error) ? error.code : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="case-error"
      className="case-error"
      title={text}
      description={
        <>
          {(extra ?? []).length > 0 ? <ul className="case-error-list">{extra?.map((line) => <li key={line}>{line}</li>)}</ul> : null}
          {code ? <span className="case-error-code">{t('cases.errorCode', { code })}</span> : null}
        </>
      }
    />
  );
}
