import { useTranslation } from 'react-i18next';
import { Link, Redirect } from '../router/router';
import { useSession } from '../session/session';
import { networkPath } from '../shared/areas';
import { Banner } from '../ui/banner';
import { Loading, PageHeader } from '../ui/page';
import type { Network } from '../api/types';
import { useApi } from '../ui/use-api';
import { lastNetwork, preferredNetwork, strongestRoleNetworks } from './current-network';

/** "/": straight to the person's network; people without one are told how to get in. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  // Sizes only matter when several networks tie on the person's role; otherwise no request is made.
  const tie = !lastNetwork(me.networks) && strongestRoleNetworks(me.networks).length > 1;
  const sizes = useApi<Network[]>(tie ? '/networks' : null);
  if (tie && !sizes.data && !sizes.error) return <Loading />;
  const network = preferredNetwork(me.networks, sizes.data);
  if (network) return <Redirect to={networkPath(network.slug)} />;
  return (
    <>
      <PageHeader title={t('home.noNetworkTitle')} lead={<p>{t('home.noNetwork')}</p>} />
      {me.user?.isAdmin ? (
        <p>
          <Link to="/admin/networks" className="button button--primary">
            {t('admin.networks.create')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} lead={<p>{t('notFound.lead')}</p>} />
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Banner tone="error">{t('forbidden.lead')}</Banner>
    </>
  );
}

export function ServerDownPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1 id="page-title">{t('serverDown.title')}</h1>
      <Banner tone="error">{t('serverDown.lead')}</Banner>
      <div>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('serverDown.retry')}
        </button>
      </div>
    </div>
  );
}
