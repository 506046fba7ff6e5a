import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink.tsx';

export function ForbiddenResult({ description }: { description?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('auth.forbiddenTitle')}
      subTitle={description ?? t('auth.forbiddenDescription')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
