import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { networkPath } from '../../shared/areas';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { AdminTabs } from './admin-tabs';
import { CreateNetworkForm } from './create-network-form';

export function AdminNetworksPage() {
  const { t } = useTranslation();
  const networks = useApi<Network[]>('/networks');
  const locale = currentLocale();
  return (
    <>
      <PageHeader eyebrow={t('shell.administration')} title={t('admin.networks.title')} lead={<p>{t('admin.networks.lead')}</p>} />
      <AdminTabs />
      <Section title={t('admin.networks.list')} id="networks-title">
        {networks.error ? <Banner tone="error">{errorText(t, networks.error).text}</Banner> : null}
        {networks.data ? (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('admin.networks.name')}</th>
                  <th scope="col">{t('admin.networks.slug')}</th>
                  <th scope="col">{t('admin.networks.agency')}</th>
                  <th scope="col" className="table__number">
                    {t('admin.networks.organisations')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {networks.data.map((n) => (
                  <tr key={n.id}>
                    <td data-label={t('admin.networks.name')} className="table__primary">
                      <Link to={networkPath(n.slug)}>{n.name}</Link>
                      {pickTranslation(n.description, locale) ? <p className="table__sub">{pickTranslation(n.description, locale)}</p> : null}
                    </td>
                    <td data-label={t('admin.networks.slug')}>
                      <code>{n.slug}</code>
                    </td>
                    <td data-label={t('admin.networks.agency')}>{n.agency}</td>
                    <td data-label={t('admin.networks.organisations')} className="table__number">
                      {n.organisationCount ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : networks.error ? null : (
          <Loading />
        )}
      </Section>
      <Section title={t('admin.networks.create')} id="create-network-title">
        <CreateNetworkForm onCreated={networks.reload} />
      </Section>
    </>
  );
}
