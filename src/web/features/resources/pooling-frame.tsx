import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from '../../router/router';
import { useSession } from '../../session/session';
import { Loading, PageHeader } from '../../ui/page';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { bookingsPath, myResourcesPath, newResourcePath, overviewPath, poolingPath, reportPath } from './resource-paths';
import './resources.css';

/** What the signed-in person may do in the pooling area of a network. */
export function usePoolingAccess(slug: string) {
  const { me } = useSession();
  const roles = me.networks.find((n) => n.slug === slug)?.roles ?? [];
  const isAdmin = !!me.user?.isAdmin;
  return {
    /** Represents at least one organisation: may book, publish and see its own reports. */
    represents: me.organisations.length > 0,
    organisations: me.organisations,
    isCoordinator: roles.includes('coordinator') || isAdmin,
  };
}

/** The frame of every pooling page: the network, the title, the area's tabs. */
export function PoolingFrame({ slug, title, lead, actions, children }: { slug: string; title: string; lead?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: network, error } = useNetwork(slug);
  const access = usePoolingAccess(slug);
  if (error) return <NetworkError error={error} />;
  if (!network) return <Loading />;
  return (
    <>
      <PageHeader
        eyebrow={`${network.name} · ${t('areas.pooling.title')}`}
        title={title}
        lead={lead}
        actions={
          actions ??
          (access.represents ? (
            <Link to={newResourcePath(slug)} className="button button--primary">
              {t('resources.publish')}
            </Link>
          ) : undefined)
        }
      />
      <nav className="tabs" aria-label={t('areas.pooling.title')}>
        <NavLink to={poolingPath(slug)} exact>
          {t('resources.tabs.find')}
        </NavLink>
        {access.represents ? (
          <>
            <NavLink to={bookingsPath(slug)}>{t('resources.tabs.bookings')}</NavLink>
            <NavLink to={myResourcesPath(slug)}>{t('resources.tabs.mine')}</NavLink>
            <NavLink to={reportPath(slug)}>{t('resources.tabs.report')}</NavLink>
          </>
        ) : null}
        {access.isCoordinator ? <NavLink to={overviewPath(slug)}>{t('resources.tabs.overview')}</NavLink> : null}
      </nav>
      {children}
    </>
  );
}
