import type { Locale, Translated } from '../api/types';

/** Multilingual content in the reader's language, else French, else any language it has. */
export function pickTranslation(text: Translated | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.fr || Object.values(text).find((v) => !!v) || '';
}
