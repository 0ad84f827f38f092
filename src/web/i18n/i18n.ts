import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';

export const locales: readonly Locale[] = ['fr', 'de', 'en', 'nl'];
export const defaultLocale: Locale = 'fr';
const storageKey = 'maillage.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers the language on this device, so the next visit opens in it. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

/** The first of the browser's preferred languages that we speak (de-AT → de), else French. */
export function browserLocale(languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}

export function initialLocale(): Locale {
  return readStoredLocale() ?? browserLocale();
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

export async function setupI18n(): Promise<void> {
  const lng = initialLocale();
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, de: { translation: de }, en: { translation: en }, nl: { translation: nl } },
    lng,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
}
