import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client.ts';
import { ButtonLink } from '../../../shell/components/ButtonLink.tsx';

/** An implementation that could not be shown: "not found" (also out of scope) or a load failure, with a way back. */
export function ImplementationLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const isMissing = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <Result
      status={isMissing ? '404' : 'error'}
      title={<h1 className="result-title">{isMissing ? t('catalogAdmin.detail.notFound') : t('errors.loadFailed')}</h1>}
      extra={
        <ButtonLink to="/workbench/catalog" type="primary">
          {t('catalogAdmin.detail.backToList')}
        </ButtonLink>
      }
    />
  );
}
