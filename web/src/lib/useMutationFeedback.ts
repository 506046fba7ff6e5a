import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client.ts';

/**
 * Callbacks for `mutation.mutate(input, feedback(successMessage))` on list pages: a success toast, or the server's
 * message (a generic one for anything else) as an error toast.
 */
export function useMutationFeedback() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (successMessage: string) => ({
    onSuccess: () => void message.success(successMessage),
    onError: (error: unknown) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
  });
}
