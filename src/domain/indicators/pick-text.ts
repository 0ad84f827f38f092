import type { Locale } from '../../db/schema';

const fallbackOrder: readonly string[] = ['fr', 'en', 'de', 'nl', 'und'];

/** The text in the reader's language, else in the first language the record has (user content is not translated). */
export function pickText(value: Record<string, string | undefined> | null | undefined, locale: Locale): string {
  if (!value) return '';
  const direct = value[locale];
  if (direct && direct.trim()) return direct;
  for (const l of fallbackOrder) {
    const v = value[l];
    if (v && v.trim()) return v;
  }
  return Object.values(value).find((v) => v && v.trim()) ?? '';
}
