import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "page – 一次办 OneTrip" so that tabs, history and screen readers name the page. */
export function useDocumentTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const appName = t('common.appFullName');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${appName}` : appName;
  }, [pageTitle, appName]);
}
