import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/i18n';
import { Link, useSearchParam } from '../router/router';
import { useSession } from '../session/session';
import { Brand } from '../ui/brand';
import { LanguageSwitch } from './language-switch';

/** The frame of the public showcase: no session needed, a language switch, "?lang=de" opens it in German. */
export function ShowcaseLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, changeLocale } = useSession();
  const lang = useSearchParam('lang');
  useEffect(() => {
    if (!isLocale(lang) || lang === i18n.language) return;
    // A shared link shows the page in its language; it does not change a signed-in person's account language.
    if (me.user) void i18n.changeLanguage(lang);
    else void changeLocale(lang).catch(() => undefined);
    // Only the address decides here; later choices in the switch win.
  }, [lang]);
  return (
    <div className="showcase-frame">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="showcase-frame__header">
        <Brand />
        <div className="showcase-frame__tools">
          <LanguageSwitch />
          <Link to={me.user ? '/' : '/sign-in'} className="button button--ghost button--small">
            {me.user ? t('showcase.openApp') : t('showcase.signIn')}
          </Link>
        </div>
      </header>
      <main id="main" className="showcase-frame__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="showcase-frame__footer">
        <p>{t('showcase.footer')}</p>
      </footer>
    </div>
  );
}
