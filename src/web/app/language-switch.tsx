import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, locales } from '../i18n/i18n';
import { useSession } from '../session/session';

/** Four languages, each named in itself; the choice is remembered and saved to the profile when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useSession();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <svg className="language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </g>
      </svg>
      <select
        id={id}
        className="input input--compact"
        value={i18n.language}
        onChange={(e) => {
          if (isLocale(e.target.value)) void changeLocale(e.target.value).catch(() => undefined);
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.names.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
