import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** Cancel + submit row at the end of a form inside a modal or drawer. */
export function FormActions({ onCancel, isSubmitting, submitLabel }: { onCancel: () => void; isSubmitting: boolean; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" gap={8} className="form-actions">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={isSubmitting}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Flex>
  );
}
