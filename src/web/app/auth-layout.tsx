import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../ui/brand';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages before sign-in: brand, language, one centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="auth__header">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" className="auth__main" tabIndex={-1}>
        <div className="auth__card">{children}</div>
        <p className="auth__tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
