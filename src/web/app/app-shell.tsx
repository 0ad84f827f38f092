import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { Brand } from '../ui/brand';
import { preferredNetwork, rememberNetwork } from './current-network';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { NetworkSwitcher } from './network-switcher';
import { UserMenu } from './user-menu';

/** The frame of every signed-in page: header (brand, network, language, user), navigation, main content. */
export function AppShell({ networkSlug, children }: { networkSlug: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  // Pages outside a network (profile, admin) keep the navigation of the network the person works in.
  const navSlug = networkSlug ?? preferredNetwork(me.networks)?.slug;
  const networkName = me.networks.find((n) => n.slug === navSlug)?.name;

  useEffect(() => setNavOpen(false), [pathname]);
  // The network of the address becomes the one "/" opens next time.
  useEffect(() => {
    if (networkSlug && me.networks.some((n) => n.slug === networkSlug)) rememberNetwork(networkSlug);
  }, [networkSlug, me.networks]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="topbar__brand">
          <Brand />
        </Link>
        <button
          type="button"
          className="topbar__menu button button--ghost"
          aria-expanded={navOpen}
          aria-controls="main-nav"
          onClick={() => setNavOpen((o) => !o)}
        >
          {navOpen ? t('shell.closeMenu') : t('shell.menu')}
        </button>
        <div className="topbar__network">
          <NetworkSwitcher currentSlug={navSlug} />
        </div>
        <div className="topbar__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <div className="layout">
        <nav id="main-nav" className={navOpen ? 'sidebar sidebar--open' : 'sidebar'} aria-label={t('shell.mainNavigation')}>
          <MainNav networkSlug={navSlug} networkName={networkName} />
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
