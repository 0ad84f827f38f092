import { useTranslation } from 'react-i18next';
import { NavLink } from '../router/router';
import { useSession } from '../session/session';
import { areaIds, areaPath, builtAreas, networkPath } from '../shared/areas';

/** The areas of the current network, then the administration for platform admins. */
export function MainNav({ networkSlug, networkName }: { networkSlug: string | undefined; networkName: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      {networkSlug ? (
        <div className="nav-group">
          <p className="nav-group__network">{networkName ?? networkSlug}</p>
          <ul className="nav-list">
            <li>
              <NavLink to={networkPath(networkSlug)} exact>
                {t('nav.home')}
              </NavLink>
            </li>
            {areaIds.map((area) => (
              <li key={area}>
                <NavLink to={areaPath(networkSlug, area)}>
                  {t(`areas.${area}.title`)}
                  {builtAreas.has(area) ? null : <span className="nav-list__soon">{t('nav.soon')}</span>}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {me.user?.isAdmin ? (
        <div className="nav-group">
          <p className="nav-group__title">{t('shell.administration')}</p>
          <ul className="nav-list">
            <li>
              <NavLink to="/admin/networks">{t('admin.networks.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/users">{t('admin.users.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/outbox">{t('admin.outbox.title')}</NavLink>
            </li>
          </ul>
        </div>
      ) : null}
    </>
  );
}
