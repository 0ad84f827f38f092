import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page';

/** What a network page shows when the network cannot be loaded (unknown slug, server down). */
export function NetworkError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('network.notFoundTitle')} />
      <Banner tone="error">{errorText(t, error).text}</Banner>
    </>
  );
}
