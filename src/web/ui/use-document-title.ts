import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page · Maillage" in the tab, so screen-reader users hear where a navigation landed. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const brand = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${brand}` : brand;
  }, [title, brand]);
}
