import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('errors.notFoundTitle')}</h1>}
      subTitle={t('errors.notFoundDescription')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
