import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../router/router';
import { periodFromSearch, periodQuery } from '../dashboard/period';
import { agencyPath, dashboardPath, graphPath, sponsorsPath } from './reporting-paths';
import { useNetworkRole } from './use-network-role';

/**
 * The tabs of the Reporting area: the dashboard for everyone in the network; the graph, sponsors and the agency view
 * for coordinators. The period travels with the tabs.
 */
export function ReportingNav({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const role = useNetworkRole(slug ?? '');
  const q = `?${periodQuery(periodFromSearch(search))}`;
  const tab = (path: string, label: string) => (
    <Link key={path} to={`${path}${q}`} aria-current={pathname === path ? 'page' : undefined}>
      {label}
    </Link>
  );
  return (
    <nav className="tabs" aria-label={t('reporting.nav.label')}>
      {slug ? tab(dashboardPath(slug), t('reporting.nav.dashboard')) : null}
      {slug && role.coordinates ? tab(graphPath(slug), t('reporting.nav.graph')) : null}
      {slug && role.coordinates ? tab(sponsorsPath(slug), t('reporting.nav.sponsors')) : null}
      {role.coordinatesAny ? tab(agencyPath, t('reporting.nav.agency')) : null}
    </nav>
  );
}
