import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · CAF Benchmark" in the tab: screen-reader users and tab lists know the page. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
