import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { networkPath } from '../shared/areas';
import { useDisclosure } from '../ui/use-disclosure';

/**
 * The networks of the person (all of them for admins) as a menu of links: moving to another network keeps the area
 * in the address. Links rather than an auto-submitting <select>, so arrow keys never navigate by surprise.
 */
export function NetworkSwitcher({ currentSlug }: { currentSlug: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  const { open, toggle, root, button } = useDisclosure(pathname);
  const panelId = useId();
  const networks = me.networks;
  if (networks.length === 0) return null;
  const current = networks.find((n) => n.slug === currentSlug);
  const area = /^\/n\/[^/]+\/([^/]+)/.exec(pathname)?.[1];
  const target = (slug: string) => (area ? `${networkPath(slug)}/${area}` : networkPath(slug));

  return (
    <div className="network-switcher" ref={root}>
      <button ref={button} type="button" className="network-switcher__button" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        <span className="network-switcher__label">{t('shell.network')}</span>
        <span className="network-switcher__current">{current?.name ?? t('shell.chooseNetwork')}</span>
        <span className="network-switcher__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="popover network-switcher__panel" hidden={!open}>
        <p className="popover__title">{t('shell.switchNetwork')}</p>
        <ul className="menu-list">
          {networks.map((n) => (
            <li key={n.id}>
              <Link to={target(n.slug)} aria-current={n.slug === currentSlug ? 'true' : undefined}>
                <span className="menu-list__main">{n.name}</span>
                {n.roles.length ? <span className="menu-list__sub">{n.roles.map((r) => t(`roles.${r}`)).join(', ')}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
